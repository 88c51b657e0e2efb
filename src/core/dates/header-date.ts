import { ABSOLUTE, isMonthFirst, readAbsolute, type WrittenDay } from "./absolute";
import {
  isValidDate,
  isValidTimeZone,
  toCalendarDate,
  wallTimeToInstant,
  weekdayOf,
} from "./calendar";
import { matchesAt, type Match } from "./match";
import { tokenize, type Token } from "./tokens";

/*
 * The date of a reply/forward header ("Sent: …", "On … wrote:", "Am … schrieb"), as the
 * mail clients of the 13 mail languages write it, to a UTC instant.
 *
 * - The first date with a year in the text is the header's date; words around it are
 *   ignored. A time after it (or, failing that, just before it) is its time, else midnight.
 * - A zone written after the time is honoured: "+0100", "-05:00", "GMT+8", "UTC", "(UTC)",
 *   RFC 5322 names ("EST"). Otherwise the wall time is in `tz`. A Windows zone label
 *   ("(UTC+01:00) Amsterdam, Berlin…") is not honoured: it gives the standard offset even
 *   in summer, so `tz` is the better guess.
 *   A `tz` this engine does not know counts as UTC (a date is still better than none).
 * - 05/06/2026: a number above 12 is the day; else the weekday written beside it decides;
 *   else `lang` (month first for "en"/"en-US"); without `lang`, month first when the
 *   header's other words are English (month or weekday names, AM/PM), day first otherwise.
 * - null when there is no date with a year, or it does not exist (31 February, 25:00).
 */

const SKIP = ["weekday", "at", "of", "yr", "dayMark", "no", ",", "(", ")", ".", "-"] as const;
const MAX_SKIP = 6;

interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** Token index after the time. */
  end: number;
}

/** The UTC instant (ISO-8601) of a reply/forward header's date; wall times without a zone are in tz. */
export function parseHeaderDate(text: string, tz = "UTC", lang?: string): string | null {
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const m = matchesAt(ABSOLUTE, toks, i)[0];
    if (!m) continue;
    const days = readAbsolute(m.pattern.kind, m.caps, toks);
    const hasYear = m.caps.year !== undefined || toks[m.caps.ndate ?? -1]?.parts.length === 3;
    if (!hasYear) continue; // "26 Nov" or "3.5.": not a header date, keep looking
    const day = pick(days, m, toks, lang);
    if (!day || day.year === null || day.year < 1000) return null;
    const clock = timeAfter(toks, m.end) ?? timeBefore(toks, m.start);
    if (clock === "bad") return null;
    const zone = zoneAfter(toks, clock ? clock.end : m.end);
    const { hour = 0, minute = 0, second = 0 } = clock ?? {};
    const ms =
      zone === undefined
        ? wallTimeToInstant(
            day.year,
            day.month,
            day.day,
            hour,
            minute,
            isValidTimeZone(tz) ? tz : "UTC"
          ).getTime()
        : Date.UTC(day.year, day.month - 1, day.day, hour, minute) - zone * 60_000;
    return new Date(ms + second * 1000).toISOString();
  }
  return null;
}

/** Of day/month and month/day, the reading the header's weekday or language supports. */
function pick(days: WrittenDay[], m: Match, toks: Token[], lang?: string): WrittenDay | null {
  if (days.length < 2) return days[0] ?? null;
  const near = toks.slice(Math.max(0, m.start - 3), m.end + 3);
  const wd = near.find((t) => t.roles.weekday !== undefined)?.roles.weekday;
  const agree = days.filter(
    (d) =>
      d.year !== null &&
      isValidDate(d.year, d.month, d.day) &&
      weekdayOf(toCalendarDate(d.year, d.month, d.day)) === wd
  );
  if (agree.length === 1) return agree[0];
  const monthFirst = lang ? isMonthFirst(lang) : toks.some((t) => t.roles.en !== undefined);
  return monthFirst ? days[1] : days[0];
}

function skippable(t: Token | undefined): boolean {
  return !!t && SKIP.some((r) => t.roles[r] !== undefined);
}

function timeAfter(toks: Token[], from: number): Clock | "bad" | null {
  let j = from;
  for (let n = 0; n < MAX_SKIP && skippable(toks[j]); n++) j++;
  return clockAt(toks, j);
}

function timeBefore(toks: Token[], before: number): Clock | "bad" | null {
  let j = before - 1;
  for (let n = 0; n < MAX_SKIP && skippable(toks[j]); n++) j--;
  if (toks[j]?.roles.ampm !== undefined) j--;
  if (toks[j]?.roles.ntime === undefined) return null;
  if (toks[j - 1]?.roles.ampm !== undefined) j--;
  return clockAt(toks, j);
}

/** "10:30", "10:30:00", "10:30 AM", "上午10:30", "10h30", "10 PM" at token j. */
function clockAt(toks: Token[], j: number): Clock | "bad" | null {
  let k = j;
  let ampm = toks[k]?.roles.ampm;
  if (ampm !== undefined) k++;
  const t = toks[k];
  if (!t) return null;
  let hour: number;
  let minute = 0;
  let second = 0;
  if (t.roles.ntime !== undefined) {
    [hour, minute, second = 0] = t.parts;
    k++;
  } else if (
    t.roles.hour !== undefined &&
    toks[k + 1]?.roles.hsep !== undefined &&
    toks[k + 2]?.kind === "num" &&
    toks[k + 2].digits === 2 // "10h30": the 30 is glued to a letter, so it has no roles
  ) {
    hour = t.value;
    minute = toks[k + 2].value;
    k += 3;
  } else if (
    t.roles.hour !== undefined &&
    ampm === undefined &&
    toks[k + 1]?.roles.ampm !== undefined
  ) {
    hour = t.value;
    k++;
  } else {
    return null;
  }
  if (ampm === undefined && toks[k]?.roles.ampm !== undefined) ampm = toks[k++].roles.ampm;
  // "3:00 PM" → 15; "12:30 AM" → 0:30; "下午 15:00" keeps its 24-hour value.
  if (ampm !== undefined && hour >= 1 && hour <= 12) hour = (hour % 12) + ampm;
  if (hour > 23 || minute > 59 || second > 59) return "bad";
  return { hour, minute, second, end: k };
}

/** Minutes east of UTC of a zone written at or just after token j; undefined when none is. */
function zoneAfter(toks: Token[], from: number): number | undefined {
  let j = from;
  for (let n = 0; n < 3 && toks[j] && (toks[j].roles.at !== undefined || toks[j].text === ","); n++)
    j++;
  const t = toks[j];
  if (!t) return undefined;
  if (t.text === "(") {
    const inner = zoneAt(toks, j + 1);
    if (!inner) return undefined;
    // "(UTC+01:00) Amsterdam, Berlin": a Windows zone label, not this moment's offset.
    const after = toks[inner.end + 1];
    const label = toks[inner.end]?.text === ")" && after?.kind === "word" && !after.newline;
    return label ? undefined : inner.minutes;
  }
  return zoneAt(toks, j)?.minutes;
}

function zoneAt(toks: Token[], j: number): { minutes: number; end: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.roles.utc !== undefined) {
    const off = offsetAt(toks, j + 1);
    return off ?? { minutes: 0, end: j + 1 };
  }
  if (t.roles.zone !== undefined) return { minutes: t.roles.zone, end: j + 1 };
  return offsetAt(toks, j);
}

/** "+0100", "-05:00", "+8" at token j (the sign glued to its number). */
function offsetAt(toks: Token[], j: number): { minutes: number; end: number } | null {
  const sign = toks[j]?.text === "+" ? 1 : toks[j]?.text === "-" ? -1 : 0;
  const n = toks[j + 1];
  if (!sign || !n || n.space) return null;
  let h: number;
  let m = 0;
  if (n.kind === "num" && n.digits === 4) [h, m] = [Math.floor(n.value / 100), n.value % 100];
  else if (n.kind === "num" && n.digits <= 2) h = n.value;
  else if (n.kind === "group" && n.parts.length === 2 && n.text.includes(":")) [h, m] = n.parts;
  else return null;
  return h <= 14 && m < 60 ? { minutes: sign * (h * 60 + m), end: j + 2 } : null;
}
