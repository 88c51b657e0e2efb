/** The core's public surface: what the shells (pane, Gmail card, CLI, commands) use. */
export type { Address, MailMessage, Me, Message, MessageKind, Side, Thread } from "./thread/model";
export { readThread } from "./thread/read";
export { sideOf } from "./thread/side";
