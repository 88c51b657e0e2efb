import type { CalendarDate } from "./dates";
import { extractFacts, type OrderFacts } from "./facts";
import type { Thread } from "./thread/model";

/** The order facts of a thread, with the buyer's latest promised payment date. */
export interface ThreadFacts extends OrderFacts {
  promisedDate: CalendarDate | null;
}

/**
 * The order facts a reminder cites (reference, amount, confirmation, price validity) and the
 * buyer's latest promise. Apart from analyzeThread: the pane's first screen does not show
 * them, so the facts' tables load with the composer that does.
 */
export function threadFacts(thread: Thread, tz: string): ThreadFacts {
  const promises = thread.messages.filter((m) => m.promisedDate);
  return {
    ...extractFacts(thread.messages, { tz, subject: thread.subject }),
    promisedDate: promises[promises.length - 1]?.promisedDate ?? null,
  };
}
