import { compareDates, isCalendarDate, wallTimeToInstant, type CalendarDate } from "../dates";
import type { Address, Message, Thread } from "../thread/model";
import { dayOf } from "./decide";

/*
 * The chases Kindly remembers (PRODUCT.md §7) join the thread the mailbox shows. The open
 * item's quoted history may have been trimmed of an earlier chase, and Outlook without
 * Graph sees nothing else; the memory fills that gap, and never doubles what the mailbox
 * already shows.
 *
 * A remembered day is the day Kindly saw the chase: the day the pane inserted the reminder,
 * or the day Outlook's send check let it go. A chase the thread shows on a remembered day
 * stands for that day. A quoted chase whose date cannot be read stands for the latest
 * remembered day before the next dated message (and since the buyer's last reply before it).
 *
 * Where the thread is the whole conversation (Graph, Gmail), every chase that went out is in
 * it, so a remembered day it shows no chase on was a reminder inserted and sent later (one
 * inserted one evening goes out the next morning), or thrown away before the rep wrote one:
 * either way one chase went out, on the later day. There a chase stands for the latest
 * remembered day on or before it, since the buyer's last reply, that no other chase stands
 * for. From quotes alone the same gap may be a chase the quotes left out, so only the day
 * itself is matched there.
 */

/** How the memory joins a thread. */
export interface RememberOptions {
  /** The rep, as the remembered chases' sender. */
  me?: Address | null;
  /** The thread is the whole conversation as the mailbox holds it, not an item's quotes. */
  whole?: boolean;
}

/**
 * The thread with each remembered chase day (on the rep's calendar, zone `tz`) that no chase
 * of ours in it stands for (see above). A remembered chase has a day, not a time: it is put
 * after the buyer's replies that day, since one that answered it would have quoted it, and
 * else at the start of the day, before an automatic reply that day (which answers a chase
 * within minutes, quoting nothing). Days that are not calendar dates are ignored.
 */
export function withRememberedChases(
  thread: Thread,
  days: readonly CalendarDate[],
  tz: string,
  { me = null, whole = false }: RememberOptions = {}
): Thread {
  const open = unshownDays(thread, days, tz, whole);
  if (!open.length) return thread;
  const messages = [...thread.messages];
  for (const day of open) {
    const [year, month, date] = day.split("-").map(Number);
    let time = wallTimeToInstant(year, month, date, 0, 0, tz).getTime();
    for (const m of thread.messages)
      if (m.kind === "reply" && dayOf(m, tz) === day)
        time = Math.max(time, Date.parse(m.sentAt!) + 1);
    const chase = rememberedChase(day, new Date(time).toISOString(), thread.subject, me);
    const later = messages.findIndex((m) => m.sentAt !== null && Date.parse(m.sentAt) > time);
    messages.splice(later < 0 ? messages.length : later, 0, chase);
  }
  return { ...thread, messages };
}

/** A chase the thread shows: its day if dated, and the remembered days it may stand for. */
interface ShownChase {
  day: CalendarDate | null;
  since: CalendarDate | null;
  until: CalendarDate | null;
}

/** The remembered days, oldest first, that no chase the thread shows stands for. */
function unshownDays(
  thread: Thread,
  days: readonly CalendarDate[],
  tz: string,
  whole: boolean
): CalendarDate[] {
  const open = [...new Set(days)].filter(isCalendarDate).sort(compareDates);
  const dated = thread.messages.map((m) => dayOf(m, tz));
  const chases: ShownChase[] = [];
  let since: CalendarDate | null = null; // the day of the buyer's last dated reply so far
  for (const [i, m] of thread.messages.entries()) {
    if (m.kind === "reply") since = dated[i] ?? since;
    if (m.kind !== "chase") continue;
    const day = dated[i];
    const next = dated.slice(i + 1).find((d) => d !== null) ?? null;
    chases.push({ day, since, until: day ?? next });
  }
  const take = (day: CalendarDate) => open.splice(open.indexOf(day), 1);
  // A dated chase stands for its own day first.
  const rest: ShownChase[] = [];
  for (const chase of chases) {
    if (chase.day && open.includes(chase.day)) take(chase.day);
    else rest.push(chase);
  }
  for (const chase of rest) {
    if (chase.day && !whole) continue;
    const latest = [...open]
      .reverse()
      .find(
        (day) =>
          (chase.until === null || compareDates(day, chase.until) <= 0) &&
          (chase.since === null || compareDates(day, chase.since) >= 0)
      );
    if (latest) take(latest);
  }
  return open;
}

function rememberedChase(
  day: CalendarDate,
  sentAt: string,
  subject: string,
  me: Address | null
): Message {
  return {
    id: `memory:${day}`,
    from: me,
    to: [],
    cc: [],
    sentAt,
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
