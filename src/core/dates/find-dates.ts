import { ABSOLUTE, isMonthFirst, readAbsolute, type WrittenDay } from "./absolute";
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isValidDate,
  parseCalendarDate,
  toCalendarDate,
  weekdayOf,
  type Ymd,
} from "./calendar";
import { matchesAt, pattern, type Captures, type Pattern } from "./match";
import { fold, keyOf, NAMES } from "./names";
import { NO_ROLES, tokenize, type Token } from "./tokens";
import type { CalendarDate, DateMention } from "./types";
import { NOT_AFTER, WORDS } from "./words";

/*
 * Every date a message mentions, resolved against the day it was written (`ref`).
 *
 * Resolution rules (weeks run Monday to Sunday):
 * - A date with a year is that day; one that does not exist (31 February) is no date.
 * - A date without a year ("6 January", "15.12.", "12/15", "1月6日") is the one such day
 *   within six months of ref, either way: written 26 Nov, "3 November" is three weeks back
 *   (not a year ahead), "20 May" is next May; written 30 Dec, "2 January" is 2 January of
 *   the new year; written 3 January, "28 December" is last year's. A day these twelve
 *   months do not have (29 February) is no date. A weekday written with it ("Monday
 *   3 November") picks, of that year, the one before and the one after, the year where the
 *   date falls on that weekday (a stale out-of-office); weekday abbreviations do not.
 * - A day of the month alone ("15号", "el día 15") is the first such day on or after
 *   ref − 7 days: a day of the past week stays in the past ("20号已付", written 25 Nov).
 * - 12/15 and 05/06: a number above 12 is the day; otherwise day first, or month first
 *   when options.lang is US English ("en", "en-US"). With options.ahead and no language or
 *   English (either order), 05/06 is the reading that falls soonest on or after ref; the
 *   language decides only when neither does. A language that writes the day first ("pt",
 *   "es", "en-GB") always decides.
 * - today / tomorrow / the day after tomorrow / yesterday: ref + 0 / 1 / 2 / −1.
 * - A bare weekday ("on Friday", "el viernes", "周五", "в пятницу", "يوم الجمعة") is its next
 *   occurrence after ref (1 to 7 days ahead; "Friday" written on a Friday is a week later).
 * - "this Friday", "ce vendredi", "本周五", "这周五": on or after ref (0 to 6 days ahead).
 * - "next Tuesday", "mardi prochain", "nächsten Dienstag", "в следующий вторник", "下周二",
 *   "Friday next week": Tuesday of next week; "last Friday", "上周五": Friday of the previous week.
 *   Spanish, Portuguese and Arabic "next" before a weekday means its next occurrence, as
 *   their speakers use it ("el próximo viernes", "na próxima sexta", "الجمعة القادمة": written
 *   on a Wednesday, the Friday two days later); the data marks those words ("coming").
 * - "next week" / "la semana que viene" / "nächste Woche" / "下周": the Friday of next week
 *   (a payment promised "next week" is due by its last working day); "this week": this
 *   week's Friday.
 * - "next month" / "下个月": the last day of next month; "this month": the last day of this one.
 * - "the 5th of next month", "el día 5 del mes que viene", "5 числа следующего месяца",
 *   "下个月6号": that day of next month (of this month, of last month). Without "of" or a
 *   word for "day" between them, a number before "this month" is a count ("3 this month").
 * - Thirds of a month, due by their last day: "early" (principios, Anfang, 月初, 上旬) → the
 *   10th, "mid" (mediados, Mitte, 中旬) → the 20th, "end" (fin de mes, Ende, 月底) → the last
 *   day; of this month, next month, or a named one ("end of November", "12月初").
 *   Of a week: early → Tuesday, mid → Wednesday, end → Friday. "End of the year", 年底 → 31 Dec.
 * - "in 3 days" / "within two weeks" / "3天后" / "через 3 дня": ref + 3 days / 14 days;
 *   months are calendar months; business days skip Saturdays and Sundays (holidays are the
 *   policy's business); "3 days ago" / "hace 3 días" count back. Counted from an event
 *   instead ("within 30 days after B/L date", "of receipt", "见提单后7天内"), no date.
 *
 * `relative` is false for dates that name their month (with or without a year), true for
 * everything computed from ref. Weekday abbreviations ("Mon", "qui", "Do") and names that
 * are also ordinary words ("segunda", "среда", "may") never count on their own, and count
 * next to "next", "this" or "last" only of their own language ("next Thu", "próxima sexta";
 * not "do próximo mês", "so next week").
 */

type Kind =
  | "date"
  | "ndate"
  | "dayonly"
  | "monthday"
  | "dayof"
  | "rel"
  | "weekday"
  | "span"
  | "period"
  | "offset";

const PATTERNS: Pattern<Kind>[] = [
  ...ABSOLUTE,
  pattern("dayonly", "day dayMark"), // 15号, 15日
  pattern("dayonly", "dayword day"), // el día 15, até dia 15
  pattern("monthday", "mod ge? monthMark day dayMark"), // 下个月6号
  // the 5th of next month, am 5. des nächsten Monats, 5 числа следующего месяца, dia 10 do próximo mês
  pattern("dayof", "dayword? day .? dayword? of? of? mod unit"),
  pattern("dayof", "dayword? day .? dayword? of? of? unit mod"), // el día 5 del mes que viene, le 5 du mois prochain
  pattern("rel", "rel"),
  // Before the weekdays: 下个月 is next month, not "next Monday" (月 is also Japanese Monday).
  pattern("span", "mod ge? unit"), // next week, 下个月, nächste Woche
  pattern("span", "unit mod"), // la semana que viene, الأسبوع القادم
  pattern("weekday", "weekday"),
  pattern("weekday", "mod ge? weekday"), // next Friday, 下周五, в следующую пятницу
  pattern("weekday", "weekday mod"), // vendredi prochain, el viernes que viene, الجمعة القادمة
  pattern("weekday", "weekday of? mod unit"), // Friday next week
  pattern("weekday", "weekday of? of? unit mod"), // viernes de la semana que viene
  pattern("weekday", "mod ge? unit no? of? weekday"), // next week Friday, 来週の金曜日
  pattern("weekday", "unit mod of? weekday"), // la semana que viene el viernes
  pattern("period", "part of? of? mod? ge? unit mod?"), // end of the month, début du mois prochain
  pattern("period", "mod? ge? unit part"), // 月底, 下个月初, bu ay sonunda
  pattern("period", "part -? of? month ,? year?"), // end of November, mid-December, в конце ноября
  pattern("period", "month part"), // Kasım sonu
  pattern("period", "year? yearMark? mo=day monthMark part"), // 11月底, 12月上旬
  pattern("offset", "pre of? mod? count ge? unit post?"), // in 3 days, within the next two weeks
  pattern("offset", "pre unit"), // через неделю, خلال يومين
  pattern("offset", "count ge? unit post"), // 3天后, 3 days ago, 两周内
];

const LOOKBACK_DAYS = 7;
/** How far either side of ref a date without a year may fall. */
const HALF_YEAR_MONTHS = 6;
// Unit values, as words.ts writes them.
const DAY = 1;
const WEEK = 7;
const MONTH = 30;
const YEAR = 365;
const BUSINESS_DAY = 5;

/** Options of findDates. */
export interface FindDatesOptions {
  /** The writer's language tag, to read 05/06 month first in US English, day first in others. */
  lang?: string;
  /**
   * The dates sought lie ahead (a promised payment, a return to the office): unless the
   * language writes the day first, read an ambiguous 05/06 whichever way falls soonest on
   * or after ref. Written on 26 November, "12/5" is 5 December, and "05/12/2024" is
   * 5 December too.
   */
  ahead?: boolean;
  /**
   * The dates sought lie behind (when a contract was signed): a date without a year is
   * the most recent such day on or before ref, not the one within six months of ref.
   * Written on 20 November, "signed on 3 Nov" is 3 November of that year.
   */
  past?: boolean;
}

interface Context {
  toks: Token[];
  ref: CalendarDate;
  r: Ymd;
  monthFirst: boolean;
  /** The writer's language is known and writes the day first. */
  dayFirst: boolean;
  ahead: boolean;
  /** The earliest day a date without a year may be; it falls within the twelve months from there. */
  floor: CalendarDate;
  /** The earliest day a day of the month alone may be. */
  monthFloor: CalendarDate;
}

/** Every date expression in text, resolved against ref (the day the text was written). */
export function findDates(
  text: string,
  ref: CalendarDate,
  options: FindDatesOptions = {}
): DateMention[] {
  const r = parseCalendarDate(ref);
  if (!r) throw new RangeError(`Not a calendar date: ${ref}`);
  const toks = tokenize(text);
  const x: Context = {
    toks,
    ref,
    r,
    monthFirst: isMonthFirst(options.lang ?? ""),
    dayFirst: !!options.lang && !isMonthFirst(options.lang),
    ahead: options.ahead ?? false,
    floor: options.past ? addDays(addMonths(ref, -12), 1) : addMonths(ref, -HALF_YEAR_MONTHS),
    monthFloor: options.past ? addDays(addMonths(ref, -1), 1) : addDays(ref, -LOOKBACK_DAYS),
  };
  const out: DateMention[] = [];
  for (let i = 0; i < toks.length;) {
    let next = i + 1;
    if (toks[i].roles !== NO_ROLES) {
      for (const m of matchesAt(PATTERNS, toks, i)) {
        const date = attempt(m.pattern.kind, m.caps, x);
        if (!date) continue;
        const start = toks[m.start].start;
        const end = toks[m.end - 1].end;
        const named = m.caps.month !== undefined || m.caps.mo !== undefined;
        const relative = !(m.pattern.kind === "date" || m.pattern.kind === "ndate" || named);
        out.push({ start, end, text: text.slice(start, end), date, relative });
        next = m.end;
        break;
      }
    }
    i = next;
  }
  return out;
}

function attempt(kind: Kind, c: Captures, x: Context): CalendarDate | null {
  try {
    return RESOLVE[kind](c, x);
  } catch {
    return null; // a day beyond year 9999 or before year 1 is no date
  }
}

const RESOLVE: Record<Kind, (c: Captures, x: Context) => CalendarDate | null> = {
  date: (c, x) => absolute("date", c, x),
  ndate: (c, x) => absolute("ndate", c, x),

  dayonly: (c, x) => {
    const day = role(c, x, "day", "day");
    for (let k = -1; k <= 12; k++) {
      const { year, month } = monthAfter(x.r, k);
      const d = dayIn(year, month, day);
      if (d && compareDates(d, x.monthFloor) >= 0) return d;
    }
    return null;
  },

  monthday: (c, x) => dayOfMonthAfter(c, x),

  dayof: (c, x) => {
    if (c.of === undefined && c.dayword === undefined) return null;
    return role(c, x, "unit", "unit") === MONTH ? dayOfMonthAfter(c, x) : null;
  },

  rel: (c, x) => {
    const i = c.rel ?? -1;
    const t = x.toks[i];
    const blockers = notAfter().get(t.text);
    const prev = x.toks[i - 1];
    if (blockers && prev && prev.kind === "word" && blockers.includes(prev.text)) return null;
    return addDays(x.ref, t.roles.rel ?? 0);
  },

  weekday: (c, x) => {
    const t = x.toks[c.weekday ?? -1];
    const wd = t.roles.weekday ?? 0;
    if (c.unit !== undefined && role(c, x, "unit", "unit") !== WEEK) return null;
    const today = weekdayOf(x.ref);
    if (c.mod === undefined) {
      return t.roles.weakWeekday ? null : addDays(x.ref, ((wd - today + 6) % 7) + 1);
    }
    // A short name that is also a word ("do", "mi", "so") counts next to "next" or "this" only
    // in its own language: "próxima sexta", "next Thu", not "do próximo mês" or "so next week".
    if (t.roles.weakWeekday && !oneLanguage(t, x.toks[c.mod])) return null;
    const mod = role(c, x, "mod", "mod");
    const coming = mod === 1 && c.unit === undefined && x.toks[c.mod].roles.coming !== undefined;
    if (coming) return addDays(x.ref, ((wd - today + 6) % 7) + 1);
    if (mod === 0) return addDays(x.ref, (wd - today + 7) % 7);
    return addDays(mondayOf(x.ref), 7 * mod + ((wd + 6) % 7));
  },

  span: (c, x) => {
    const unit = role(c, x, "unit", "unit");
    const mod = role(c, x, "mod", "mod");
    if (mod < 0) return null;
    if (unit === WEEK) return addDays(mondayOf(x.ref), 7 * mod + 4);
    if (unit !== MONTH) return null;
    const { year, month } = monthAfter(x.r, mod);
    return toCalendarDate(year, month, daysInMonth(year, month));
  },

  period: (c, x) => {
    const part = role(c, x, "part", "part");
    // The last day of the month's first, second or last part (上旬, 中旬, 下旬).
    const partEnd = (year: number, month: number): number =>
      part === 1 ? 10 : part === 2 ? 20 : daysInMonth(year, month);
    const month = namedMonth(c, x);
    if (month === null) return null;
    if (month > 0) {
      const make = (y: number) =>
        isValidDate(y, month, 1) ? toCalendarDate(y, month, partEnd(y, month)) : null;
      return c.year !== undefined ? make(role(c, x, "year", "year")) : nearest(x, make);
    }
    const unit = role(c, x, "unit", "unit");
    const mod = c.mod === undefined ? 0 : role(c, x, "mod", "mod");
    if (unit === WEEK) return addDays(mondayOf(x.ref), 7 * mod + [1, 2, 4][part - 1]);
    if (unit === MONTH) {
      const { year, month: m } = monthAfter(x.r, mod);
      return toCalendarDate(year, m, partEnd(year, m));
    }
    return unit === YEAR && part === 3 ? toCalendarDate(x.r.year + mod, 12, 31) : null;
  },

  offset: (c, x) => {
    if (fromEvent(c, x)) return null;
    const unit = role(c, x, "unit", "unit");
    const n =
      c.count !== undefined ? role(c, x, "count", "count") : x.toks[c.unit ?? -1].roles.count;
    if (n === undefined) return null;
    const dir = c.post !== undefined ? role(c, x, "post", "post") : role(c, x, "pre", "pre");
    if (unit === DAY) return addDays(x.ref, n * dir);
    if (unit === WEEK) return addDays(x.ref, 7 * n * dir);
    if (unit === MONTH) return addMonths(x.ref, n * dir);
    if (unit === YEAR) return addMonths(x.ref, 12 * n * dir);
    return unit === BUSINESS_DAY ? addBusinessDays(x.ref, n * dir) : null;
  },
};

/**
 * Whether an offset counts from an event, not from ref: an event word after it ("30 days
 * after B/L", "of receipt") or, when no "in"/"within" opens it, before its count ("后7天内");
 * not when the event is a day relative to ref ("from today", "今天起").
 */
function fromEvent(c: Captures, x: Context): boolean {
  const last = c.post ?? c.unit ?? -1;
  const tied = (at: number, beyond: number): boolean =>
    x.toks[at]?.roles.event !== undefined && x.toks[beyond]?.roles.rel === undefined;
  const count = c.count ?? -1;
  return tied(last + 1, last + 2) || (c.pre === undefined && tied(count - 1, count - 2));
}

/** A role's value on a captured token (0 when missing: patterns make sure it is not). */
function role(c: Captures, x: Context, name: string, r: keyof Token["roles"]): number {
  return x.toks[c[name] ?? -1]?.roles[r] ?? 0;
}

/** The captured day of the month the captured "next", "this" or "last" names. */
function dayOfMonthAfter(c: Captures, x: Context): CalendarDate | null {
  const { year, month } = monthAfter(x.r, role(c, x, "mod", "mod"));
  return dayIn(year, month, role(c, x, "day", "day"));
}

function absolute(kind: "date" | "ndate", c: Captures, x: Context): CalendarDate | null {
  const days = readAbsolute(kind, c, x.toks);
  const wd = x.toks[c.weekday ?? -1]?.roles;
  const weekday = wd && !wd.weakWeekday ? (wd.weekday ?? null) : null;
  if (days.length === 2 && x.ahead && !x.dayFirst) {
    const soonest = days
      .map((d) => dayOf(d, x, weekday))
      .filter((d): d is CalendarDate => d !== null && compareDates(d, x.ref) >= 0)
      .sort(compareDates)[0];
    if (soonest) return soonest;
  }
  const d = days.length === 2 && x.monthFirst ? days[1] : days[0];
  return d ? dayOf(d, x, weekday) : null;
}

/**
 * The calendar day a written day means, taking the year from ref when none is written: the
 * nearest reading, or the year before or after it when only that one falls on the weekday
 * written with it.
 */
function dayOf(d: WrittenDay, x: Context, weekday: number | null): CalendarDate | null {
  if (d.year !== null) return dayIn(d.year, d.month, d.day);
  const near = nearest(x, (y) => dayIn(y, d.month, d.day));
  if (near === null || weekday === null) return near;
  const { year } = parseCalendarDate(near) as Ymd;
  const onWeekday = [year, year - 1, year + 1]
    .map((y) => dayIn(y, d.month, d.day))
    .find((day) => day !== null && weekdayOf(day) === weekday);
  return onWeekday ?? near;
}

/** The month a period names: 1-12, 0 when it names none, null when the name does not count. */
function namedMonth(c: Captures, x: Context): number | null {
  if (c.mo !== undefined) {
    const mo = role(c, x, "mo", "day");
    return mo <= 12 ? mo : null;
  }
  if (c.month === undefined) return 0;
  const t = x.toks[c.month];
  if (t.roles.weakMonth && !t.dot && !t.cap && c.year === undefined) return null;
  return t.roles.month ?? null;
}

/** The day make(year) gives in the twelve months from the floor, or null when none does. */
function nearest(x: Context, make: (year: number) => CalendarDate | null): CalendarDate | null {
  const end = addMonths(x.floor, 12);
  for (let y = x.r.year - 1; y <= x.r.year + 1; y++) {
    const d = make(y);
    if (d && compareDates(d, x.floor) >= 0 && compareDates(d, end) < 0) return d;
  }
  return null;
}

function dayIn(year: number, month: number, day: number): CalendarDate | null {
  return isValidDate(year, month, day) ? toCalendarDate(year, month, day) : null;
}

function monthAfter(r: Ymd, k: number): { year: number; month: number } {
  const index = r.year * 12 + r.month - 1 + k;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function mondayOf(d: CalendarDate): CalendarDate {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

function addBusinessDays(d: CalendarDate, n: number): CalendarDate {
  const step = Math.sign(n);
  let out = d;
  for (let left = Math.abs(n); left > 0;) {
    out = addDays(out, step);
    if (weekdayOf(out) % 6 !== 0) left--;
  }
  return out;
}

/** "lang form" of each language's weekday names, and of its "next"/"this"/"last" words. */
let weekdayNames: Set<string> | null = null;
let modWords: Set<string> | null = null;

function byLanguage(forms: (lang: string) => string[]): Set<string> {
  const langs = Object.keys(NAMES);
  return new Set(langs.flatMap((lang) => forms(lang).map((f) => `${lang} ${keyOf(f)}`)));
}

/** Whether one language has both the weekday name and the "next"/"this"/"last" word. */
function oneLanguage(weekday: Token, mod: Token): boolean {
  const names = (weekdayNames ??= byLanguage((lang) =>
    [...NAMES[lang].weekdays, ...NAMES[lang].weekdaysShort].flatMap((f) => f.split("|"))
  ));
  const mods = (modWords ??= byLanguage((lang) =>
    (WORDS[lang]?.mod ?? "").split("|").map((entry) => entry.split("=")[0])
  ));
  return Object.keys(NAMES).some(
    (lang) => names.has(`${lang} ${weekday.text}`) && mods.has(`${lang} ${mod.text}`)
  );
}

let blocked: Map<string, string[]> | null = null;

function notAfter(): Map<string, string[]> {
  blocked ??= new Map(
    Object.entries(NOT_AFTER).map(([w, list]) => [fold(w), list.split("|").map(fold)])
  );
  return blocked;
}
