import type { MailMessage, Me, Message, Thread } from "./model";
import { sideOf } from "./side";

/** The time of a message for ordering; undated messages sort first. */
function timeOf(m: { sentAt: string | null }): number {
  const t = m.sentAt ? Date.parse(m.sentAt) : NaN;
  return isNaN(t) ? -Infinity : t;
}

/** Builds the thread, oldest first, from the messages a host handed over. */
export function readThread(input: MailMessage[], me: Me): Thread {
  const messages: Message[] = input.map((m, i) => {
    const side = sideOf(m.from, me);
    return {
      id: m.id ?? `m${i + 1}`,
      from: m.from,
      to: m.to,
      cc: m.cc,
      sentAt: m.sentAt,
      subject: m.subject,
      text: m.body.trim(),
      side,
      kind: side === "buyer" ? "reply" : m.taggedChase ? "chase" : "other",
      autoReply: false,
      returnDate: null,
      promisedDate: null,
      source: m.source ?? "item",
    };
  });
  messages.sort((a, b) => timeOf(a) - timeOf(b));
  return { subject: input[input.length - 1]?.subject ?? "", messages };
}
