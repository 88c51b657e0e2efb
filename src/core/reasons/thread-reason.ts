import type { Message, Thread } from "../thread/model";
import { classifyAutoReply, classifyReply, readReply } from "./classify";
import type { ExplainedReason, ReasonReading, ThreadReason } from "./types";

/**
 * The buyer's replies and auto-replies in the thread's order, which is oldest first (Thread):
 * readThread sorts dated messages by date and places an undated quote just before the message
 * quoting it. Re-sorting by date here put undated quotes after every dated message, so an old
 * quoted reply overrode the newest one that quoted it.
 */
function buyerMessages(thread: Thread): Message[] {
  return thread.messages.filter(
    (m) => m.side === "buyer" && (m.kind === "reply" || m.kind === "auto-reply" || m.autoReply)
  );
}

/**
 * Why the buyer is late, for a whole thread: the reading of the latest buyer message that
 * gives a reason (an auto-reply gives "away"); "unknown" with no message when none does. A
 * reason stands only while nothing newer takes it back: not when a later message of the buyer
 * says it no longer holds ("our customer has paid us" after "our customer has not paid us"),
 * and not an auto-reply's absence once the buyer has written a reply of his own since.
 */
export function threadReason(thread: Thread): ThreadReason {
  const messages = buyerMessages(thread);
  // The latest message read as a reply, kept for the "unknown" answer's confidence and language.
  let latestAsReply: ReasonReading | null = null;
  // What the messages newer than the one at hand took back, and whether one was a reply of his own.
  const takenBack = new Set<ExplainedReason>();
  let replied = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    const auto = m.autoReply || m.kind === "auto-reply";
    if (auto && replied) continue;
    const { reading, takenBack: back } = auto
      ? { reading: classifyAutoReply(m.text), takenBack: [] }
      : readReply(m.text);
    if (reading.label !== "unknown") {
      if (takenBack.has(reading.label)) break;
      return { ...reading, messageId: m.id };
    }
    if (i === messages.length - 1 && !auto) latestAsReply = reading;
    for (const r of back) takenBack.add(r);
    replied ||= !auto;
  }
  const latest = messages[messages.length - 1];
  // Without a message to point into, evidence offsets would mean nothing.
  const reading = latestAsReply ?? (latest ? classifyReply(latest.text) : null);
  return {
    label: "unknown",
    confidence: reading?.confidence ?? 1,
    evidence: [],
    lang: reading?.lang ?? null,
    messageId: null,
  };
}
