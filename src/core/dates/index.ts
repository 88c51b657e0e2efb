/** Dates as mail clients and buyers write them: calendar days, zones, header dates, dates in text. */
export type { CalendarDate, DateMention } from "./types";
export type { Ymd } from "./calendar";
export type { FindDatesOptions } from "./find-dates";
export type { LanguageNames } from "./names";

export {
  /** The date n days after d. */
  addDays,
  /** The date n months after d, clamped to a shorter month's last day. */
  addMonths,
  /** The day an instant falls on in an IANA zone. */
  calendarDateIn,
  /** Negative, 0 or positive as a is before, on or after b. */
  compareDates,
  /** The number of days from a to b. */
  daysBetween,
  /** The number of days of a month. */
  daysInMonth,
  /** The last day of d's month. */
  endOfMonth,
  /** True for "YYYY-MM-DD" naming a real day. */
  isCalendarDate,
  /** True when year, month, day make a real day. */
  isValidDate,
  /** True for an IANA zone the engine knows. */
  isValidTimeZone,
  /** A zone's offset from UTC at an instant, in minutes. */
  offsetMinutes,
  /** The parts of a "YYYY-MM-DD" string, or null. */
  parseCalendarDate,
  /** "YYYY-MM-DD" of year, month, day. */
  toCalendarDate,
  /** A wall-clock time in an IANA zone → its UTC instant (DST gaps move forward, overlaps take the earlier). */
  wallTimeToInstant,
  /** 0 = Sunday … 6 = Saturday. */
  weekdayOf,
} from "./calendar";
export {
  /** Month and weekday names per mail language (data). */
  NAMES,
  /** Lower case without accents, for comparing words. */
  fold,
  /** The month (1-12) a name means in any mail language, or null. */
  monthFromName,
  /** The weekday (0-6) a name means in any mail language, or null. */
  weekdayFromName,
} from "./names";
/** The UTC instant (ISO-8601) of a reply/forward header's date, or null. */
export { parseHeaderDate } from "./header-date";
/** Every date expression in a text, resolved against the day it was written. */
export { findDates } from "./find-dates";
