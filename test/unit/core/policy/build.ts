import type { Message, MessageKind, Side, Thread } from "../../../../src/core/thread/model";

let n = 0;
/** A message of the thread as the reader derives it: ours for chases and others, else the buyer's. */
export function msg(
  kind: MessageKind,
  sentAt: string | null,
  extra: Partial<Message> = {}
): Message {
  const side: Side = kind === "chase" || kind === "other" ? "ours" : "buyer";
  const from =
    side === "ours"
      ? { name: "Amy", address: "amy@sunrisetex.com" }
      : { name: "Klaus", address: "k@becker-hw.de" };
  return {
    id: `m${++n}`,
    from,
    to: [],
    cc: [],
    sentAt,
    subject: "PI 45",
    text: "",
    side,
    kind,
    autoReply: kind === "auto-reply",
    returnDate: null,
    promisedDate: null,
    source: "item",
    ...extra,
  };
}
export const thread = (...messages: Message[]): Thread => ({ subject: "PI 45", messages });
/** Noon UTC on a day: the same calendar day in Europe and Asia. */
export const at = (day: string) => `${day}T12:00:00Z`;
export const now = (day: string) => new Date(at(day));
