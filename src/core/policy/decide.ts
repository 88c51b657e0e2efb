import { calendarDateIn, compareDates, type CalendarDate } from "../dates";
import type { Message, Thread } from "../thread/model";
import { addBusinessDays, businessDaysBetween } from "./calendar";
import type { BuyerCalendar, Decision, DelayReason, PolicySettings, Why } from "./types";

/** A dated message, on the rep's calendar. */
interface Dated {
  message: Message;
  day: CalendarDate;
  time: number;
}

function gapFor(k: number, settings: PolicySettings): number {
  const gaps = settings.gaps.length ? settings.gaps : [0];
  return gaps[Math.min(k, gaps.length) - 1];
}

/**
 * PRODUCT.md §3, rule by rule: whether to chase now, and if not, from when.
 * Business days are the buyer's (`calendar`); dates are calendar dates in the
 * rep's zone `tz`; `now` and every number are arguments, so the answer is
 * reproducible. Undated messages cannot be placed on the calendar and are left
 * out, as are messages sent after `now`.
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
  // As of `now`: a message sent later has not happened yet.
  const dated: Dated[] = thread.messages
    .filter(
      (m) => m.sentAt && !isNaN(Date.parse(m.sentAt)) && Date.parse(m.sentAt) <= now.getTime()
    )
    .map((m) => ({ message: m, day: calendarDateIn(m.sentAt!, tz), time: Date.parse(m.sentAt!) }))
    .sort((a, b) => a.time - b.time);
  const base = { country: calendar.country, today };
  const future = (date: CalendarDate) => compareDates(date, today) > 0;
  const holdUntil = (date: CalendarDate) => addBusinessDays(date, settings.afterPromise, calendar);

  const chases = dated.filter((d) => d.message.kind === "chase");
  const replies = dated.filter((d) => d.message.kind === "reply");
  const lastChase = chases[chases.length - 1];
  const lastReply = replies[replies.length - 1];
  const unanswered = lastReply ? chases.filter((c) => c.time > lastReply.time) : chases;
  const k = unanswered.length;

  // 1. No chase yet.
  if (!lastChase)
    return { ...base, status: "ok", earliest: null, k: 0, gap: null, why: { rule: "no-chase" } };

  // Rules 2 to 4 either hold until a day or (rule 2) ask for an answer; none uses a gap.
  const hold = (earliest: CalendarDate, why: Why) =>
    ({ ...base, status: "hold", earliest, k, gap: null, why }) as const;

  // 2. The buyer wrote last.
  if (lastReply && lastReply.time > lastChase.time) {
    const promised = latestPromise(replies.filter((r) => r.time > lastChase.time));
    const after = settings.afterPromise;
    if (promised && future(promised.date)) {
      const why = { rule: "buyer-wrote", on: promised.on, promised: promised.date, after } as const;
      return hold(holdUntil(promised.date), why);
    }
    const why = { rule: "buyer-wrote", on: lastReply.day, promised: null, after } as const;
    return { ...base, status: "respond", earliest: null, k, gap: null, why };
  }

  // 3. An auto-reply after our last chase.
  // Quoted headers keep minutes only: an auto-reply stamped the same minute answers that chase.
  const autos = dated.filter((d) => d.message.kind === "auto-reply" && d.time >= lastChase.time);
  const auto = autos[autos.length - 1];
  if (auto) {
    const returnDate = auto.message.returnDate;
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
  if (promised && future(promised.date)) {
    const why = { rule: "promise", on: promised.on, promised: promised.date } as const;
    return hold(holdUntil(promised.date), { ...why, after: settings.afterPromise });
  }

  // 5. The gap after our last chase, adjusted for why the buyer is late.
  let gap = gapFor(Math.max(k, 1), settings);
  let adjusted: "middleman" | "competitor" | null = null;
  if (reason === "middleman" && gap < settings.middlemanMinGap)
    [gap, adjusted] = [settings.middlemanMinGap, "middleman"];
  if (reason === "competitor" && gap > settings.competitorMaxGap)
    [gap, adjusted] = [settings.competitorMaxGap, "competitor"];
  const earliest = addBusinessDays(lastChase.day, gap, calendar);
  const why = { rule: "gap" as const, chases: unanswered.map((c) => c.day), k, gap, adjusted };
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
 * long as no chase of ours came later than that day. A chase on a later day has used it.
 */
export function standingOverride(
  override: CalendarDate | null,
  thread: Thread,
  today: CalendarDate,
  tz: string
): CalendarDate | null {
  if (!override) return null;
  if (override === today) return override;
  const used = thread.messages.some(
    (m) =>
      m.kind === "chase" &&
      m.sentAt &&
      !isNaN(Date.parse(m.sentAt)) &&
      compareDates(calendarDateIn(m.sentAt, tz), override) >= 0
  );
  return used || compareDates(override, today) > 0 ? null : override;
}
