import { daysInMonth } from "./calendar";
import { pattern, type Captures, type Pattern } from "./match";
import { NUMERIC_DATES, type Token } from "./tokens";

/*
 * Dates written with a day and a month (and maybe a year): the part that reply headers
 * and free text share. Reading one gives day, month and year as written; deciding the
 * year when none is written, and the order of 05/06, is the caller's business.
 */

/** Patterns of absolute dates, in every language (the words come from the data). */
export const ABSOLUTE: Pattern<"date" | "ndate">[] = [
  // 6 January 2027, 6 de enero de 2027, 4. Januar, 6 января 2026 г., jeudi 26 novembre, el día 15 de mayo
  pattern("date", "dayword? weekday? ,? day .? of? month ,? of? year? yr?"),
  // 26 Kasım 2026 Perşembe (Turkish writes the weekday after the year)
  pattern("date", "day .? of? month ,? of? year yr? weekday"),
  // January 6th, 2027; Thursday, November 26, 2026; January the 6th
  pattern("date", "weekday? ,? month of? day ,? year?"),
  // 2027年1月6日, 1月6号, 十一月二十六日
  pattern("date", "year? yearMark? mo=day monthMark day dayMark"),
  // 26.11.2026, 2026-11-26, 11/26/2026, 15.12., 12/15
  pattern("ndate", "ndate"),
];

/** A day as written: year null when the text gives none. */
export interface WrittenDay {
  year: number | null;
  month: number;
  day: number;
}

/**
 * The day(s) an absolute-date match can mean: none when it is not a date, two when a
 * numeric date could be day/month or month/day (day-first reading first).
 */
export function readAbsolute(kind: "date" | "ndate", caps: Captures, toks: Token[]): WrittenDay[] {
  if (kind === "ndate" && isRangeOfCounts(toks, caps.ndate ?? -1)) return [];
  const out = kind === "date" ? readWords(caps, toks) : readNumeric(toks[caps.ndate ?? -1]);
  return out.filter((d) => d.day <= daysInMonth(d.year ?? 2000, d.month));
}

/** "10/15 days", "7/10个工作日": two numbers before a unit of time are a range of counts. */
function isRangeOfCounts(toks: Token[], i: number): boolean {
  if (toks[i]?.parts.length !== 2) return false;
  const next = toks[i + 1]?.roles.ge === undefined ? toks[i + 1] : toks[i + 2];
  return next?.roles.unit !== undefined;
}

function readWords(caps: Captures, toks: Token[]): WrittenDay[] {
  const year = caps.year === undefined ? null : (toks[caps.year].roles.year ?? null);
  const day = toks[caps.day ?? -1]?.roles.day;
  if (day === undefined) return [];
  if (caps.mo !== undefined) {
    const mo = toks[caps.mo].roles.day ?? 0;
    return mo <= 12 ? [{ year, month: mo, day }] : [];
  }
  const m = toks[caps.month ?? -1];
  const month = m?.roles.month;
  if (month === undefined) return [];
  // "out", "set", "may": only with a dot, a year or a capital ("3 May", "26 out. 2026").
  if (m.roles.weakMonth && !m.dot && year === null && !m.cap) return [];
  return [{ year, month, day }];
}

function readNumeric(t: Token | undefined): WrittenDay[] {
  const shape = t?.roles.ndate;
  if (!t || shape === undefined) return [];
  const order = NUMERIC_DATES[shape][1];
  const [a, b, c] = t.parts;
  const [wa, wb] = t.widths;
  const year = t.parts.length < 3 ? null : order === "ymd" ? a : fullYear(c, t.widths[2]);
  const twoDigitPart = wa === 2 || wb === 2;
  // Without a four-digit year, a lone "3.5." or "1/2" is more likely a number than a date.
  if ((year === null || t.widths[2] === 2) && order !== "ymd" && !twoDigitPart) return [];
  if (t.text === "24/7") return [];
  if (order === "ymd") return valid({ year, month: b, day: c });
  if (order === "dmy") return valid({ year, month: b, day: a });
  return [
    ...valid({ year, month: b, day: a }),
    ...(a === b ? [] : valid({ year, month: a, day: b })),
  ];
}

function fullYear(y: number, width: number): number {
  return width === 4 ? y : y < 70 ? 2000 + y : 1900 + y;
}

function valid(d: WrittenDay): WrittenDay[] {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && (d.year === null || d.year >= 1) ? [d] : [];
}

/** True when a language tag writes the month first in 05/06 (English as in the US: "en", "en-US", "*-US"). */
export function isMonthFirst(lang: string): boolean {
  return /^en(-us)?$/i.test(lang) || /-us$/i.test(lang);
}
