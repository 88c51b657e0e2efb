import { isCalendarDate, wallTimeToInstant, type CalendarDate } from "../dates";
import type { Address, Message, Thread } from "../thread/model";
import { chaseDays } from "./decide";

/*
 * The chases Kindly remembers (PRODUCT.md §7) join the thread the mailbox shows. The open
 * item's quoted history may have been trimmed of an earlier chase, and Outlook without
 * Graph sees nothing else; the memory fills that gap, and never doubles what the mailbox
 * already shows.
 */

/**
 * The thread with each remembered chase day that the thread does not already show a chase
 * of ours on (days on the rep's calendar, zone `tz`). A remembered chase has a day, not a
 * time: it counts from the start of that day, so a buyer's reply the same day answers it.
 * Days that are not calendar dates are ignored.
 */
export function withRememberedChases(
  thread: Thread,
  days: readonly CalendarDate[],
  tz: string,
  me: Address | null = null
): Thread {
  const shown = new Set(chaseDays(thread, tz));
  const added = [...new Set(days)]
    .filter((day) => isCalendarDate(day) && !shown.has(day))
    .map((day) => rememberedChase(day, thread.subject, tz, me));
  if (!added.length) return thread;
  const messages = [...thread.messages];
  for (const chase of added) {
    const time = Date.parse(chase.sentAt!);
    const later = messages.findIndex((m) => m.sentAt !== null && Date.parse(m.sentAt) > time);
    messages.splice(later < 0 ? messages.length : later, 0, chase);
  }
  return { ...thread, messages };
}

function rememberedChase(
  day: CalendarDate,
  subject: string,
  tz: string,
  me: Address | null
): Message {
  const [year, month, date] = day.split("-").map(Number);
  return {
    id: `memory:${day}`,
    from: me,
    to: [],
    cc: [],
    sentAt: wallTimeToInstant(year, month, date, 0, 0, tz).toISOString(),
    subject,
    text: "",
    side: "ours",
    kind: "chase",
    autoReply: false,
    returnDate: null,
    promisedDate: null,
    source: "memory",
  };
}
