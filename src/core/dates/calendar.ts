import type { CalendarDate } from "./types";
import { dateTimeFormat } from "../text/intl";

/*
 * Calendar days and time zones without a library.
 *
 * A CalendarDate is "YYYY-MM-DD" in the proleptic Gregorian calendar, years 0001-9999.
 * Day arithmetic works on day numbers (days since 1970-01-01, Howard Hinnant's civil
 * algorithms), so it never meets a time zone or a daylight-saving change. Zones are read
 * through Intl.DateTimeFormat, which browsers, Node and Apps Script all have.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date's parts. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year (1-9999), month (1-12) and day make a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The CalendarDate of year, month, day; throws RangeError when that day does not exist. */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The parts of a "YYYY-MM-DD" string, or null when it is not a real calendar day. */
export function parseCalendarDate(date: string): Ymd | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** True for a "YYYY-MM-DD" string that names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

/** The date n days after d (n may be negative). */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(dayNumber(d) + n);
}

/** The date n months after d, clamped to the last day of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  const { year, month, day } = parts(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toCalendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The last day of d's month. */
export function endOfMonth(d: CalendarDate): CalendarDate {
  const { year, month } = parts(d);
  return toCalendarDate(year, month, daysInMonth(year, month));
}

/** The day of the week of d: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return mod(dayNumber(d) + 4, 7);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/** The number of days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The calendar day an instant falls on in an IANA time zone; throws RangeError on a bad instant or zone. */
export function calendarDateIn(instant: Date | string, tz: string): CalendarDate {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return fromDayNumber(Math.floor((ms + offsetMs(tz, ms)) / DAY_MS));
}

/**
 * The UTC instant of a wall-clock time in an IANA zone. A time that happens twice (the hour
 * the clocks go back) gives the earlier instant; a time that never happens (the hour the
 * clocks go forward) is moved forward by the gap (02:30 → 03:30), as Temporal's
 * "compatible" disambiguation does. Throws RangeError on a bad date, time or zone.
 */
export function wallTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  tz: string
): Date {
  if (!isValidDate(year, month, day) || !isClock(hour, 23) || !isClock(minute, 59)) {
    throw new RangeError(`Not a wall-clock time: ${year}-${month}-${day} ${hour}:${minute}`);
  }
  const local = (daysFromCivil(year, month, day) * 24 + hour) * 3_600_000 + minute * 60_000;
  // The offsets a day either side cover the one transition that can be near this time.
  const before = offsetMs(tz, local - DAY_MS);
  const after = offsetMs(tz, local + DAY_MS);
  let best = Infinity;
  for (const offset of before === after ? [before] : [before, after]) {
    const t = local - offset;
    if (offsetMs(tz, t) === offset && t < best) best = t;
  }
  return new Date(best === Infinity ? local - before : best);
}

/** True when tz is an IANA time zone this engine knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== "string" || !tz) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, tz: string): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Not an instant");
  return offsetMs(tz, ms) / 60_000;
}

// ---- internals ----------------------------------------------------------------------

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function isClock(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

function parts(d: CalendarDate): Ymd {
  const ymd = parseCalendarDate(d);
  if (!ymd) throw new RangeError(`Not a calendar date: ${d}`);
  return ymd;
}

function dayNumber(d: CalendarDate): number {
  const { year, month, day } = parts(d);
  return daysFromCivil(year, month, day);
}

function fromDayNumber(n: number): CalendarDate {
  const [year, month, day] = civilFromDays(n);
  return toCalendarDate(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil (Hinnant, civil_from_days). */
function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function formatter(tz: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-US", {
    timeZone: tz,
    // h23, not hour12: false, which some engines print as "24" at midnight.
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
}

/** The zone's offset from UTC at epoch milliseconds ms, in milliseconds. */
function offsetMs(tz: string, ms: number): number {
  if (tz === "UTC" || tz === "Etc/UTC") return 0;
  const whole = Math.floor(ms / 1000) * 1000; // the formatter shows whole seconds
  const got: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(whole)) got[p.type] = Number(p.value);
  const wall =
    ((daysFromCivil(got.year, got.month, got.day) * 24 + (got.hour % 24)) * 60 + got.minute) *
      60_000 +
    got.second * 1000;
  return wall - whole;
}
