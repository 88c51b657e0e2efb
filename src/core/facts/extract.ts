import { calendarDateIn, findDates, type CalendarDate, type DateMention } from "../dates";
import { ownWordsToRead } from "../text/language";
import { findMoneyMentions, type MoneyMention } from "./amounts";
import {
  CANCELLERS,
  CONFIRM_CUES,
  PART_CUES,
  SUBJECT_LINES,
  TOTAL_CUES,
  VALID_BEFORE_CUES,
  VALID_UNTIL_CUES,
} from "./cues";
import { compileTable, scan, sentenceAround, type Hit } from "./pattern";
import { findOrderRefMentions, refKey } from "./refs";
import type { FactSource, Money, OrderFacts, OrderRef } from "./types";

/** How to read a thread's facts. */
export interface FactOptions {
  /** IANA time zone whose calendar gives each message its day (default "UTC"). */
  tz?: string;
  /** The thread's subject line(s): a reference named there is what the thread is about. */
  subject?: string | readonly string[];
}

const TOTAL = compileTable(TOTAL_CUES);
const PART = compileTable(PART_CUES);
const CONFIRM = compileTable(CONFIRM_CUES);
const CANCEL = compileTable(CANCELLERS);
const VALID_UNTIL = compileTable(VALID_UNTIL_CUES);
const VALID_BEFORE = compileTable(VALID_BEFORE_CUES);
const SUBJECT_LINE = compileTable(SUBJECT_LINES);

// How far, in characters, a cue may stand from what it qualifies.
const CUE_BEFORE = 60;
const CUE_AFTER = 30;
const CANCEL_BEFORE = 24;
const DATE_AFTER_CUE = 16;
const DATE_BEFORE_CUE = 3;

/** One message as the fact finder reads it. */
interface Reading {
  source: FactSource;
  /** The message's own day, in the rep's zone. */
  day: CalendarDate | null;
  /** The day relative dates in it count from: its own, else the nearest dated message's. */
  refDay: CalendarDate | null;
  /** The last day it can have been written: its own, else the next dated message's. */
  notAfter: CalendarDate | null;
  dates: DateMention[] | null;
}

/**
 * The order facts of a thread, messages oldest first (each message's own words only, the first
 * OWN_WORDS_READ characters of each).
 *
 * - `orderRef`: the reference with the highest score, one point per message naming it and
 *   two more when a subject line (the `subject` option, or a "Subject:"/"Re:" line in a body)
 *   names it; on a tie, the one named first.
 * - `amount`: amounts next to a part cue (deposit, balance, "30%", freight, unit price) never
 *   count. Then the last amount next to a total cue ("total", "总金额", "über"); else the last
 *   amount in a buyer message that confirms the order; else the largest amount.
 *   "Next to" is decided by the nearest cue in the same sentence (before it, or just after it).
 * - `confirmedOn`: the first buyer message that confirms the order (no negation, condition or
 *   request around the cue): the date written in that sentence nearest the cue and not after
 *   the message's day ("signed on 3 Nov"; for an undated message, not after the next dated
 *   one's), else the message's day.
 * - `priceValidUntil`: the date right after a validity cue ("valid until 15 December"), or right
 *   before one ("12月15日前有效"); the last one stated wins (reps extend validity).
 */
export function extractFacts(
  messages: readonly FactSource[],
  options: FactOptions = {}
): OrderFacts {
  const readings = read(messages, options.tz ?? "UTC");
  const subjects =
    typeof options.subject === "string" ? [options.subject] : (options.subject ?? []);
  const { orderRef, orderRefs } = references(readings, subjects);
  const { amount, amounts } = money(readings);
  return {
    orderRef,
    orderRefs,
    amount,
    amounts,
    confirmedOn: confirmationDay(readings),
    priceValidUntil: priceValidity(readings),
  };
}

function read(messages: readonly FactSource[], tz: string): Reading[] {
  const days = messages.map((m) => dayOf(m.sentAt, tz));
  return messages.map((message, i) => {
    // Only the start of a long message (OWN_WORDS_READ says why).
    const source = { ...message, text: ownWordsToRead(message.text) };
    const earlier = days.slice(0, i).reverse().find(Boolean);
    const later = days.slice(i + 1).find(Boolean);
    const day = days[i];
    const refDay = day ?? earlier ?? later ?? null;
    return { source, day, refDay, notAfter: day ?? later ?? null, dates: null };
  });
}

/** The day of an instant in `tz` (UTC when the zone is unknown), or null when there is no usable instant. */
function dayOf(sentAt: string | null, tz: string): CalendarDate | null {
  if (!sentAt || isNaN(Date.parse(sentAt))) return null;
  try {
    return calendarDateIn(sentAt, tz);
  } catch {
    return tz === "UTC" ? null : dayOf(sentAt, "UTC");
  }
}

function datesOf(r: Reading): DateMention[] {
  r.dates ??= r.refDay ? findDates(r.source.text, r.refDay) : [];
  return r.dates;
}

interface Tally {
  ref: OrderRef;
  /** Messages naming it (-1: the subject option). */
  messages: Set<number>;
  inSubject: boolean;
}

const scoreOf = (t: Tally): number => t.messages.size + (t.inSubject ? 2 : 0);

function references(
  readings: Reading[],
  subjects: readonly string[]
): { orderRef: OrderRef | null; orderRefs: OrderRef[] } {
  const tallies = new Map<string, Tally>();
  const note = (ref: OrderRef, message: number, inSubject: boolean): void => {
    const key = refKey(ref);
    const t = tallies.get(key) ?? { ref, messages: new Set<number>(), inSubject };
    tallies.set(key, t);
    t.messages.add(message);
    t.inSubject ||= inSubject;
  };
  subjects.forEach((s) => findOrderRefMentions(s).forEach((m) => note(m.ref, -1, true)));
  readings.forEach((r, i) => {
    const lines = subjectLines(r.source.text);
    for (const m of findOrderRefMentions(r.source.text)) {
      note(
        m.ref,
        i,
        lines.some(([s, e]) => m.start >= s && m.start < e)
      );
    }
  });
  let best: Tally | null = null;
  for (const t of tallies.values()) {
    if (!best || scoreOf(t) > scoreOf(best)) best = t;
  }
  return { orderRef: best?.ref ?? null, orderRefs: [...tallies.values()].map((t) => t.ref) };
}

/** Spans of the lines of `text` that are quoted subject lines ("Subject: …", "Re: …"). */
function subjectLines(text: string): Array<[number, number]> {
  return scan(SUBJECT_LINE, text)
    .filter(
      (h) => h.start === 0 || /\n[ \t>]{0,4}$/.test(text.slice(Math.max(0, h.start - 5), h.start))
    )
    .map((h) => {
      const end = text.indexOf("\n", h.end);
      return [h.start, end < 0 ? text.length : end];
    });
}

function money(readings: Reading[]): { amount: Money | null; amounts: Money[] } {
  const amounts: Money[] = [];
  let best: Money | null = null;
  let bestRank = -1;
  for (const r of readings) {
    const text = r.source.text;
    const mentions = findMoneyMentions(text);
    const confirming = r.source.side === "buyer" && confirmation(text) !== null;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const money: Money = { amount: m.amount, currency: m.currency, text: m.text };
      amounts.push(money);
      const role = roleOf(text, m, mentions[k - 1], mentions[k + 1]);
      if (role === "part") continue;
      const rank = role === "total" ? 2 : confirming ? 1 : 0;
      // stated totals and confirmations: the latest; otherwise: the largest
      const better =
        rank > bestRank || (rank === bestRank && (rank > 0 || m.amount > (best?.amount ?? 0)));
      if (better) {
        best = money;
        bestRank = rank;
      }
    }
  }
  return { amount: best, amounts };
}

/** Whether the nearest cue in the sentence makes this amount the total or a part (null: neither). */
function roleOf(
  text: string,
  m: MoneyMention,
  previous: MoneyMention | undefined,
  next: MoneyMention | undefined
): "total" | "part" | null {
  const [s, e] = sentenceAround(text, m.start, m.end, CUE_BEFORE);
  const before = text.slice(Math.max(s, m.start - CUE_BEFORE, previous?.end ?? 0), m.start);
  const afterEnd = Math.min(e, m.end + CUE_AFTER, next?.start ?? text.length);
  const after = text.slice(m.end, afterEnd).split(/[,;，；]/)[0];
  const distance = (re: RegExp): number => {
    const b = scan(re, before).pop();
    const a = scan(re, after)[0];
    // a cue before the amount is the usual order; one after it must be clearly nearer
    return Math.min(b ? before.length - b.end : Infinity, a ? a.start + 2 : Infinity);
  };
  const total = distance(TOTAL);
  const part = distance(PART);
  if (part === Infinity && total === Infinity) return null;
  return part <= total ? "part" : "total";
}

/** The first confirmation cue in `text` that no negation, condition or request turns around. */
function confirmation(text: string): Hit | null {
  for (const hit of scan(CONFIRM, text)) {
    const [s] = sentenceAround(text, hit.start, hit.end, CANCEL_BEFORE);
    const around = text.slice(Math.max(s, hit.start - CANCEL_BEFORE), hit.end);
    if (scan(CANCEL, around).length === 0) return hit;
  }
  return null;
}

function confirmationDay(readings: Reading[]): CalendarDate | null {
  for (const r of readings) {
    if (r.source.side !== "buyer") continue;
    const hit = confirmation(r.source.text);
    if (!hit) continue;
    const [s, e] = sentenceAround(r.source.text, hit.start, hit.end);
    const gap = (d: DateMention): number =>
      d.end <= hit.start ? hit.start - d.end : Math.max(0, d.start - hit.end);
    const written = datesOf(r)
      .filter((d) => d.start >= s && d.end <= e && (!r.notAfter || d.date <= r.notAfter))
      .sort((a, b) => gap(a) - gap(b))[0];
    const day = written?.date ?? r.day;
    if (day) return day;
  }
  return null;
}

function priceValidity(readings: Reading[]): CalendarDate | null {
  let found: CalendarDate | null = null;
  for (const r of readings) {
    const text = r.source.text;
    const cuesAfter = scan(VALID_UNTIL, text);
    const cuesBefore = scan(VALID_BEFORE, text);
    if (cuesAfter.length === 0 && cuesBefore.length === 0) continue;
    const dates = [...datesOf(r)].sort((a, b) => a.start - b.start);
    const stated: DateMention[] = [];
    for (const c of cuesAfter) {
      const [, e] = sentenceAround(text, c.start, c.end, DATE_AFTER_CUE + 1);
      const d = dates[firstFrom(dates, c.end)];
      if (d && d.start - c.end <= DATE_AFTER_CUE && d.start < e) stated.push(d);
    }
    for (const c of cuesBefore) {
      const d = dates[firstFrom(dates, c.start) - 1];
      if (d && d.end <= c.start && c.start - d.end <= DATE_BEFORE_CUE) stated.push(d);
    }
    const last = stated.sort((a, b) => a.start - b.start).pop();
    if (last) found = last.date;
  }
  return found;
}

/** Index of the first date starting at or after `at` (dates sorted by start); binary search keeps hostile text linear. */
function firstFrom(dates: readonly DateMention[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
