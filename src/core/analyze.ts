import type { CalendarDate } from "./dates";
import { extractFacts, type OrderFacts } from "./facts";
import type { MailMessage, Me, Thread } from "./thread/model";
import { readThread } from "./thread/read";

/** What the shells pass to the core for one thread. */
export interface AnalyzeOptions {
  me: Me;
  /** The rep's IANA time zone: calendar dates are the rep's. */
  tz: string;
  /** The current instant (an argument, so every answer is reproducible). */
  now: Date;
}

/** The order facts of a thread, with the buyer's latest promised payment date. */
export interface ThreadFacts extends OrderFacts {
  promisedDate: CalendarDate | null;
}

/** Everything the core reads from a thread, for the pane, the card and the CLI. */
export interface Analysis {
  thread: Thread;
  facts: ThreadFacts;
}

/** Reads a thread from the messages a host handed over (the open item, or the whole conversation). */
export function analyze(messages: MailMessage[], options: AnalyzeOptions): Analysis {
  const thread = readThread(messages, options.me, { tz: options.tz });
  const promises = thread.messages.filter((m) => m.promisedDate);
  return {
    thread,
    facts: {
      ...extractFacts(thread.messages, { tz: options.tz, subject: thread.subject }),
      promisedDate: promises[promises.length - 1]?.promisedDate ?? null,
    },
  };
}
