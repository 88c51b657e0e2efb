/** The core's public surface: what the shells (pane, Gmail card, CLI, commands) use. */
export type { Address, MailMessage, Me, Message, MessageKind, Side, Thread } from "./thread/model";
export type { Analysis, AnalyzeOptions, CountryChoice } from "./analyze";
export { threadFacts, type ThreadFacts } from "./thread-facts";
export type { Money, OrderFacts, OrderRef } from "./facts";
export type { CalendarDate } from "./dates";
export { calendarDateIn } from "./dates";
export type { QuotedMessage, SplitBody } from "./thread/split";
export {
  analyze,
  analyzeThread,
  buyerCountry,
  buyerCountryChoice,
  buyerLanguage,
  buyerOf,
} from "./analyze";
export type { BuyerLanguage } from "./text/language";
export { BUYER_LANGUAGES, detectLanguage, isBuyerLanguage } from "./text/language";
export type { ReasonEvidence, ReasonReading, ThreadReason } from "./reasons/types";
export { threadReason } from "./reasons/thread-reason";
export * from "./policy";
export { readThread } from "./thread/read";
export { sideOf } from "./thread/side";
export { newText, splitBody } from "./thread/split";
export { detectAutoReply } from "./thread/auto-reply";
export { baseSubject, subjectKey } from "./thread/subject";
