import {
  addDays,
  addMonths,
  calendarDateIn,
  findDates,
  type CalendarDate,
  type DateMention,
} from "../dates";
import { detectLanguage, ownWordsToRead } from "../text/language";
import { findMoneyMentions, type MoneyMention } from "./amounts";
import {
  CANCELLERS,
  CONFIRM_CUES,
  DOCUMENT_DATE_WORDS,
  DONE_WORDS,
  MONTH_WORDS,
  OTHER_VALID_SUBJECTS,
  PART_CUES,
  PRICE_SUBJECTS,
  RECEIPT_WORDS,
  SUBJECT_LINES,
  TOTAL_CUES,
  VALID_BEFORE_CUES,
  VALID_FOR_CUES,
  VALID_UNTIL_CUES,
  WEEK_WORDS,
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
const VALID_FOR = compileTable(VALID_FOR_CUES);
const WEEKS = compileTable(WEEK_WORDS);
const MONTHS = compileTable(MONTH_WORDS);
const PRICE = compileTable(PRICE_SUBJECTS);
const OTHER_SUBJECT = compileTable(OTHER_VALID_SUBJECTS);
const SUBJECT_LINE = compileTable(SUBJECT_LINES);
const RECEIPT = compileTable(RECEIPT_WORDS);
const DONE = compileTable(DONE_WORDS);
const DOCUMENT_DATE = compileTable(DOCUMENT_DATE_WORDS);

// How far, in characters, a cue may stand from what it qualifies.
const CUE_BEFORE = 60;
const CUE_AFTER = 30;
const CANCEL_BEFORE = 24;
const DATE_AFTER_CUE = 16;
const DATE_BEFORE_CUE = 3;
const RECEIPT_AFTER = 24;
const SUBJECT_BEFORE = 60;

/** Where one clause of a sentence ends and the next begins: a comma (not one inside a number, "18,400") or a parenthesis. */
const CLAUSE_BREAK = /[,，、](?!\d)|[(（]/g;

/** One message as the fact finder reads it. */
interface Reading {
  source: FactSource;
  /** The message's own day, in the rep's zone. */
  day: CalendarDate | null;
  /** The day relative dates in it count from: its own, else the nearest dated message's. */
  refDay: CalendarDate | null;
  /** The last day it can have been written: its own, else the next dated message's. */
  notAfter: CalendarDate | null;
  /** What it says, read once when first asked for (datesOf, refsOf, confirmationsOf). */
  dates: DateMention[] | null;
  refs: ReturnType<typeof findOrderRefMentions> | null;
  confirmations: Hit[] | null;
}

/**
 * The order facts of a thread, messages oldest first (each message's own words only, the first
 * OWN_WORDS_READ characters of each).
 *
 * - `orderRef`: the reference with the highest score, one point per message naming it and
 *   two more when a subject line (the `subject` option, or a "Subject:"/"Re:" line in a body)
 *   names it; on a tie, the one named first.
 * - `amount`: amounts next to a part cue (deposit, balance, "30%", freight, unit price) never
 *   count; nor does a part named earlier in the amount's clause ("the deposit in the amount of
 *   USD 5,520"). Then, highest first: a total of ours (the amount next to a total cue: "total",
 *   "总金额", "über"); a buyer's total in a sentence that confirms the order or names its
 *   reference; a buyer's amount in the sentence confirming the order; any other amount of ours.
 *   The latest wins within the first three, the largest within the last. Any other buyer amount
 *   never counts (what their customer owes them, a competitor's price): a wrong total in a
 *   reminder is worse than none, and the PI's total is ours to state.
 *   "Next to" is decided by the nearest cue in the same sentence (before it, or just after it).
 * - `confirmedOn`: the first buyer message that confirms the order (no negation, condition or
 *   request around the cue, no word of receipt in or just after it: "we confirm receipt of your
 *   PI" does not): the date written in that sentence nearest the cue and not after the
 *   message's day ("signed on 3 Nov"; for an undated message, not after the next dated one's),
 *   else the message's day. A date right after "dated", "vom", "от" is the document's, not the
 *   confirmation's; a year-less date in the clause of a cue stated as done ("we signed the PI
 *   on 3 Nov") is the latest such day.
 * - `priceValidUntil`: the date right after a validity cue ("valid until 15 December"), or right
 *   before one ("12月15日前有效"), or the message's day plus a span ("valid for 15 days"), when
 *   the last thing the sentence names up to the cue is the price, offer, quotation or PI (not a
 *   letter of credit or bank details); the last one stated wins (reps extend validity).
 */
export function extractFacts(
  messages: readonly FactSource[],
  options: FactOptions = {}
): OrderFacts {
  const readings = read(messages, options.tz ?? "UTC");
  const subjects =
    typeof options.subject === "string" ? [options.subject] : (options.subject ?? []);
  const { orderRef, orderRefs } = references(readings, subjects);
  const { amount, amounts } = money(readings, orderRef);
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
    const notAfter = day ?? later ?? null;
    return { source, day, refDay, notAfter, dates: null, refs: null, confirmations: null };
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

function refsOf(r: Reading): ReturnType<typeof findOrderRefMentions> {
  return (r.refs ??= findOrderRefMentions(r.source.text));
}

function confirmationsOf(r: Reading): Hit[] {
  return (r.confirmations ??= confirmations(r.source.text));
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
    for (const m of refsOf(r)) {
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

// How much an amount says about the order total, by who wrote it and where (higher wins).
const OUR_TOTAL = 3;
const BUYER_TOTAL = 2;
const BUYER_CONFIRMING = 1;
const OURS_UNCUED = 0;

function money(
  readings: Reading[],
  orderRef: OrderRef | null
): { amount: Money | null; amounts: Money[] } {
  const amounts: Money[] = [];
  let best: Money | null = null;
  let bestRank = -1;
  for (const r of readings) {
    const text = r.source.text;
    const mentions = findMoneyMentions(text);
    const buyer = r.source.side === "buyer";
    // A buyer's amount is about this order only in a sentence that confirms it or names its
    // reference: otherwise it may be what their customer owes them or a competitor's price.
    const confirmed = buyer && mentions.length > 0 ? confirmationsOf(r) : [];
    const key = orderRef && refKey(orderRef);
    const named =
      buyer && mentions.length > 0 && key ? refsOf(r).filter((m) => refKey(m.ref) === key) : [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const money: Money = { amount: m.amount, currency: m.currency, text: m.text };
      amounts.push(money);
      const role = roleOf(text, m, mentions[k - 1], mentions[k + 1]);
      if (role === "part") continue;
      let rank = role === "total" ? OUR_TOTAL : OURS_UNCUED;
      if (buyer) {
        const [s, e] = sentenceAround(text, m.start, m.end);
        const confirming = anyWithin(confirmed, s, e);
        if (role === "total" && (confirming || anyWithin(named, s, e))) rank = BUYER_TOTAL;
        else if (confirming) rank = BUYER_CONFIRMING;
        else continue;
      }
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

/** Whether this amount is the total or a part (null: neither), by the cues of its sentence. */
function roleOf(
  text: string,
  m: MoneyMention,
  previous: MoneyMention | undefined,
  next: MoneyMention | undefined
): "total" | "part" | null {
  const [s, e] = sentenceAround(text, m.start, m.end, CUE_BEFORE);
  const before = text.slice(Math.max(s, m.start - CUE_BEFORE, previous?.end ?? 0), m.start);
  // "the 30% deposit in the amount of USD 5,520", "定金金额为": a part named earlier in the
  // clause is what the amount is of, however near a word like "amount" stands.
  if (scan(PART, before.slice(lastClauseBreak(before))).length > 0) return "part";
  const afterEnd = Math.min(e, m.end + CUE_AFTER, next?.start ?? text.length);
  const clause = text.slice(m.end, afterEnd).split(/[,;，；]/)[0];
  // "USD 18,400.00 (30% deposit = USD 5,520.00)": a parenthesis that holds the next amount
  // speaks of that one; "USD 5,520.00 (30% deposit)" of this one.
  const paren = clause.search(/[(（]/);
  const holdsNext = next && paren >= 0 && !/[)）]/.test(text.slice(m.end + paren, next.start));
  const after = holdsNext ? clause.slice(0, paren) : clause;
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

/** Offset just after the last clause break in `text` (0 when there is none). */
function lastClauseBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) at = m.index + 1;
  return at;
}

/** Offset of the first clause break in `text` (its length when there is none). */
function firstClauseBreak(text: string): number {
  CLAUSE_BREAK.lastIndex = 0;
  return CLAUSE_BREAK.exec(text)?.index ?? text.length;
}

/**
 * The confirmation cues in `text` that no negation, condition or request turns around, and that
 * do not merely acknowledge receipt ("we confirm receipt of your PI", "the PI has been received").
 */
function confirmations(text: string): Hit[] {
  return scan(CONFIRM, text).filter((hit) => {
    const [s, e] = sentenceAround(text, hit.start, hit.end, Math.max(CANCEL_BEFORE, RECEIPT_AFTER));
    const around = text.slice(Math.max(s, hit.start - CANCEL_BEFORE), hit.end);
    if (scan(CANCEL, around).length > 0) return false;
    const rest = text.slice(hit.end, Math.min(e, hit.end + RECEIPT_AFTER));
    return scan(RECEIPT, hit.text + rest.slice(0, firstClauseBreak(rest))).length === 0;
  });
}

/** Whether any of `spans` (sorted by start) starts in [s, e). */
function anyWithin(spans: readonly Span[], s: number, e: number): boolean {
  const i = firstFrom(spans, s);
  return i < spans.length && spans[i].start < e;
}

function confirmationDay(readings: Reading[]): CalendarDate | null {
  for (const r of readings) {
    if (r.source.side !== "buyer") continue;
    const text = r.source.text;
    const hit = confirmationsOf(r)[0];
    if (!hit) continue;
    const [s, e] = sentenceAround(text, hit.start, hit.end);
    // A confirmation stated as done ("we signed the PI on 3 Nov"): a date in its clause is
    // when it happened, so one without a year is the latest such day, not the next.
    const from = s + lastClauseBreak(text.slice(s, hit.start));
    const to = hit.end + firstClauseBreak(text.slice(hit.end, e));
    const done =
      r.notAfter && scan(DONE, hit.text).length > 0
        ? findDates(text.slice(from, to), r.notAfter, { past: true })
        : [];
    const reading = (d: DateMention): DateMention => {
      const back = done.find((p) => from + p.start === d.start);
      return back ? { ...d, date: back.date } : d;
    };
    const gap = (d: DateMention): number =>
      d.end <= hit.start ? hit.start - d.end : Math.max(0, d.start - hit.end);
    const written = datesOf(r)
      .filter((d) => d.start >= s && d.end <= e && !documentDate(text, d))
      .map(reading)
      .filter((d) => !r.notAfter || d.date <= r.notAfter)
      .sort((a, b) => gap(a) - gap(b))[0];
    const day = written?.date ?? r.day;
    if (day) return day;
  }
  return null;
}

/** Whether a document's date word stands right before this date ("your PI dated 1 Nov", "vom 01.11.2024"). */
function documentDate(text: string, d: DateMention): boolean {
  const lead = text.slice(Math.max(0, d.start - 24), d.start);
  const word = scan(DOCUMENT_DATE, lead).pop();
  return word !== undefined && /^\s{0,3}$/.test(lead.slice(word.end));
}

/** One statement of how long the price holds: where it was written and the last day it gives. */
interface Validity {
  at: number;
  date: CalendarDate;
}

/**
 * The dates a message gives, read as lying ahead as a price's last day does: "valid until 12/5"
 * written in November is 5 December, in the order the message's language writes dates.
 */
function validityDates(r: Reading): DateMention[] {
  if (!r.refDay) return [];
  const lang = detectLanguage(r.source.text) ?? undefined;
  return findDates(r.source.text, r.refDay, { ahead: true, lang });
}

function priceValidity(readings: Reading[]): CalendarDate | null {
  let found: CalendarDate | null = null;
  for (const r of readings) {
    const text = r.source.text;
    const cuesAfter = scan(VALID_UNTIL, text);
    const cuesBefore = scan(VALID_BEFORE, text);
    const cuesFor = scan(VALID_FOR, text);
    if (cuesAfter.length + cuesBefore.length + cuesFor.length === 0) continue;
    const dates = validityDates(r);
    const stated: Validity[] = [];
    for (const c of cuesAfter) {
      const [, e] = sentenceAround(text, c.start, c.end, DATE_AFTER_CUE + 1);
      const d = dates[firstFrom(dates, c.end)];
      if (d && d.start - c.end <= DATE_AFTER_CUE && d.start < e && ofPrice(text, c)) {
        stated.push({ at: d.start, date: d.date });
      }
    }
    for (const c of cuesBefore) {
      const d = dates[firstFrom(dates, c.start) - 1];
      if (d && d.end <= c.start && c.start - d.end <= DATE_BEFORE_CUE && ofPrice(text, c)) {
        stated.push({ at: d.start, date: d.date });
      }
    }
    // "valid for 15 days": counted from the day it was written
    const from = r.day ?? r.refDay;
    for (const c of cuesFor) {
      if (from && ofPrice(text, c)) stated.push({ at: c.start, date: afterSpan(from, c) });
    }
    const last = stated.sort((a, b) => a.at - b.at).pop();
    if (last) found = last.date;
  }
  return found;
}

/**
 * Whether a validity cue speaks of the price: the last thing its sentence names up to the cue's
 * end is a price, offer, quotation or PI, not a letter of credit, bank details or a passport.
 */
function ofPrice(text: string, cue: Hit): boolean {
  const [s] = sentenceAround(text, cue.start, cue.end, SUBJECT_BEFORE);
  const lead = text.slice(Math.max(s, cue.start - SUBJECT_BEFORE), cue.end);
  const price = scan(PRICE, lead).pop();
  const other = scan(OTHER_SUBJECT, lead).pop();
  return price !== undefined && (other === undefined || other.start < price.start);
}

/** The last day of a span like "15 days", "2 weeks", "1 month" written in `cue`, counted from `day`. */
function afterSpan(day: CalendarDate, cue: Hit): CalendarDate {
  const n = Number(/\d{1,3}/.exec(cue.text)?.[0] ?? 0);
  if (scan(MONTHS, cue.text).length > 0) return addMonths(day, n);
  return addDays(day, scan(WEEKS, cue.text).length > 0 ? 7 * n : n);
}

/** A stretch of text by where it starts: a date, a cue, a reference. */
type Span = { start: number };

/** Index of the first span starting at or after `at` (spans sorted by start); binary search keeps hostile text linear. */
function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
