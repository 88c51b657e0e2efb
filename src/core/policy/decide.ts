import { calendarDateIn, compareDates, type CalendarDate } from "../dates";
import type { Message, Thread } from "../thread/model";
import { addBusinessDays, businessDaysBetween, firstBusinessDayFrom } from "./calendar";
import type { BuyerCalendar, Decision, DelayReason, PolicySettings, Why } from "./types";

/** A message on the rep's calendar: at its own time, or (an undated chase) where onCalendar() places it. */
interface Dated {
  message: Message;
  day: CalendarDate;
  time: number;
  /** A chase whose date the thread does not show: `day` is the latest it can have been sent. */
  undated: boolean;
}

/** When a message was sent, in ms; NaN when its date is missing or impossible. */
function sentTime(m: Message): number {
  return m.sentAt ? Date.parse(m.sentAt) : NaN;
}

/**
 * The thread on the rep's calendar, oldest first, as of `now` (a message sent later has not
 * happened yet), and how many of our chases nothing could place.
 *
 * Our chases with no usable date (a quote header with none, or one that cannot be: "On
 * 31/02/2026 … wrote:", "Sent: (no date)", year 0000) still count: leaving them out let the
 * pane say "not chased yet" and wait too little. Each is read the conservative way, as late as
 * the thread allows: just before the first dated message other than a chase that stands after
 * it in the thread's order (that message quotes it, or came after it), so a reply after it
 * answers it and an auto-reply after it holds it; with none, just after the thread's newest
 * dated message. It takes that message's day, so the wait counts from a day no earlier than it
 * can have been sent: at least as strict as a chase dated on the open message's day. Only other
 * messages place it, never a dated chase, so one more chase, dated or not, never moves it
 * earlier and never makes the decision less strict. In a thread with no dated message nothing
 * can place it: it is counted as `unplaced`.
 */
function onCalendar(thread: Thread, now: Date, tz: string): { dated: Dated[]; unplaced: number } {
  // Each message in the thread's order, on the calendar if it has a date not after `now`.
  const known = thread.messages.map((message): Dated | null => {
    const time = sentTime(message);
    const day = time <= now.getTime() ? calendarDateIn(new Date(time), tz) : null;
    return day ? { message, day, time, undated: false } : null;
  });
  const dated = known.filter((d) => d !== null);
  const newest = dated.reduce<Dated | null>((a, d) => (a && a.time >= d.time ? a : d), null);
  let unplaced = 0;
  // Walked from the end, so the first dated message after each undated chase that is no chase
  // is at hand (one pass, however many undated chases a body quotes); placed in thread order.
  const placed: Dated[] = [];
  let next: Dated | null = null;
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const message = thread.messages[i];
    if (message.kind === "chase" && isNaN(sentTime(message))) {
      // Half a millisecond: between two sent times (whole milliseconds), on the day of the one it borders.
      if (next) placed.push({ ...next, message, time: next.time - 0.5, undated: true });
      else if (newest) placed.push({ ...newest, message, time: newest.time + 0.5, undated: true });
      else unplaced++;
    }
    const here = known[i];
    if (here !== null && here.message.kind !== "chase") next = here;
  }
  for (const d of placed.reverse()) dated.push(d);
  return { dated: dated.sort((a, b) => a.time - b.time), unplaced };
}

function gapFor(k: number, settings: PolicySettings): number {
  const gaps = settings.gaps.length ? settings.gaps : [0];
  return gaps[Math.min(k, gaps.length) - 1];
}

/**
 * PRODUCT.md §3, rule by rule: whether to chase now, and if not, from when.
 * Business days are the buyer's (`calendar`); dates are calendar dates in the
 * rep's zone `tz`; `now` and every number are arguments, so the answer is
 * reproducible. Messages sent after `now` are left out, and so are undated ones
 * but for our chases, which onCalendar() places as late as the thread allows.
 */
export function decide(
  thread: Thread,
  now: Date,
  settings: PolicySettings,
  calendar: BuyerCalendar,
  tz: string,
  reason: DelayReason = "unknown"
): Decision {
  const decision = decideRules(thread, now, settings, calendar, tz, reason);
  return {
    ...decision,
    waitDays: decision.earliest
      ? businessDaysBetween(decision.today, decision.earliest, calendar)
      : 0,
  };
}

function decideRules(
  thread: Thread,
  now: Date,
  settings: PolicySettings,
  calendar: BuyerCalendar,
  tz: string,
  reason: DelayReason
): Omit<Decision, "waitDays"> {
  const today = calendarDateIn(now, tz);
  const { dated, unplaced } = onCalendar(thread, now, tz);
  const base = { country: calendar.country, today };
  const future = (date: CalendarDate) => compareDates(date, today) > 0;
  const holdUntil = (date: CalendarDate) => addBusinessDays(date, settings.afterPromise, calendar);
  // A promise holds while the day after it is ahead, as an auto-reply's return does: on the
  // day the buyer named, the hold announced the day before ("until the next business day")
  // still stands, and the buyer has that day to pay.

  const chases = dated.filter((d) => d.message.kind === "chase");
  const replies = dated.filter((d) => d.message.kind === "reply");
  const lastChase = chases[chases.length - 1];
  const lastReply = replies[replies.length - 1];
  const unanswered = lastReply ? chases.filter((c) => c.time > lastReply.time) : chases;
  const k = unanswered.length;

  // 1. No chase yet. Chases no date places (in a thread with no readable date at all) are
  // chases all the same; with no day to count a wait from, the rep may chase now.
  if (!lastChase) {
    const why: Why = unplaced ? { rule: "undated", chases: unplaced } : { rule: "no-chase" };
    return { ...base, status: "ok", earliest: null, k: unplaced, gap: null, why };
  }

  // Rules 2 to 4 either hold until a day or (rule 2) ask for an answer; none uses a gap.
  const hold = (earliest: CalendarDate, why: Why) =>
    ({ ...base, status: "hold", earliest, k, gap: null, why }) as const;

  // 2. The buyer wrote last.
  if (lastReply && lastReply.time > lastChase.time) {
    const promised = latestPromise(replies.filter((r) => r.time > lastChase.time));
    const after = settings.afterPromise;
    const until = promised && holdUntil(promised.date);
    if (promised && until && future(until)) {
      const why = { rule: "buyer-wrote", on: promised.on, promised: promised.date, after } as const;
      return hold(until, why);
    }
    const why = { rule: "buyer-wrote", on: lastReply.day, promised: null, after } as const;
    return { ...base, status: "respond", earliest: null, k, gap: null, why };
  }

  // 3. An auto-reply after our last chase.
  // Quoted headers keep minutes only: an auto-reply stamped the same minute answers that chase.
  const autos = dated.filter((d) => d.message.kind === "auto-reply" && d.time >= lastChase.time);
  const auto = autos[autos.length - 1];
  if (auto) {
    // "Away until Friday 6 March" reads as back on Saturday the 7th: a buyer is back on a
    // working day, so the day after their return is counted from the first one.
    const back = auto.message.returnDate;
    const returnDate = back ? firstBusinessDayFrom(back, calendar) : null;
    const until = returnDate
      ? holdUntil(returnDate)
      : addBusinessDays(auto.day, settings.autoReplyHold, calendar);
    const after = settings.afterPromise;
    const why: Why = {
      rule: "auto-reply",
      on: auto.day,
      returnDate,
      after,
      hold: settings.autoReplyHold,
    };
    if (future(until)) return hold(until, why);
  }

  // 4. An earlier promise still ahead.
  const promised = latestPromise(replies);
  const until = promised && holdUntil(promised.date);
  if (promised && until && future(until)) {
    const why = { rule: "promise", on: promised.on, promised: promised.date } as const;
    return hold(until, { ...why, after: settings.afterPromise });
  }

  // 5. The gap after our last chase, adjusted for why the buyer is late.
  let gap = gapFor(Math.max(k, 1), settings);
  let adjusted: "middleman" | "competitor" | null = null;
  if (reason === "middleman" && gap < settings.middlemanMinGap)
    [gap, adjusted] = [settings.middlemanMinGap, "middleman"];
  if (reason === "competitor" && gap > settings.competitorMaxGap)
    [gap, adjusted] = [settings.competitorMaxGap, "competitor"];
  const earliest = addBusinessDays(lastChase.day, gap, calendar);
  const days = unanswered.filter((c) => !c.undated).map((c) => c.day);
  const undated = k - days.length;
  // The day counted from is a dated chase's, or else the latest an undated one can have.
  const from = days.includes(lastChase.day) ? null : lastChase.day;
  const why: Why = {
    rule: "gap",
    chases: days,
    k,
    gap,
    adjusted,
    holidays: calendar.hasHolidays,
    ...(undated ? { undated: { count: undated, from } } : {}),
  };
  if (compareDates(today, earliest) < 0)
    return { ...base, status: "too-soon", earliest, k, gap, why };
  return { ...base, status: "ok", earliest: null, k, gap, why };
}

/** The latest payment date the buyer committed to among these replies, and when they said it. */
function latestPromise(replies: Dated[]): { date: CalendarDate; on: CalendarDate } | null {
  for (let i = replies.length - 1; i >= 0; i--) {
    const date = replies[i].message.promisedDate;
    if (date) return { date, on: replies[i].day };
  }
  return null;
}

/**
 * The rep's "Chase anyway" for a thread, if it still stands: all of the day it was chosen
 * (the chase it allows may be written, inserted and sent that day), and after that for as
 * long as no chase of ours came on or after that day. Once the day is over, such a chase has
 * used it.
 */
export function standingOverride(
  override: CalendarDate | null,
  thread: Thread,
  today: CalendarDate,
  tz: string
): CalendarDate | null {
  return overrideAfterChases(override, chaseDays(thread, tz), today);
}

/** A message's day on the rep's calendar (zone `tz`), or null when it has no readable date. */
export function dayOf(m: Message, tz: string): CalendarDate | null {
  return m.sentAt && !isNaN(Date.parse(m.sentAt)) ? calendarDateIn(m.sentAt, tz) : null;
}

/** The days of our dated chases in the thread, on the rep's calendar (zone `tz`), oldest first. */
export function chaseDays(thread: Thread, tz: string): CalendarDate[] {
  return thread.messages.flatMap((m) => {
    const day = m.kind === "chase" ? dayOf(m, tz) : null;
    return day ? [day] : [];
  });
}

/**
 * standingOverride's rule on the days of our chases alone: for a shell that cannot read the
 * thread again (Gmail's compose card, from the view it kept and the chases remembered since).
 */
export function overrideAfterChases(
  override: CalendarDate | null,
  chases: readonly CalendarDate[],
  today: CalendarDate
): CalendarDate | null {
  if (!override) return null;
  if (override === today) return override;
  const used = chases.some((day) => compareDates(day, override) >= 0);
  return used || compareDates(override, today) > 0 ? null : override;
}
