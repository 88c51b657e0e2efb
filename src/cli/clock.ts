import {
  calendarDateIn,
  isValidTimeZone,
  parseCalendarDate,
  wallTimeToInstant,
} from "../core/dates";
import { usageError } from "./errors";

/**
 * The machine's IANA zone, the default for --tz; a usage error when it cannot be told (Intl
 * gives undefined for TZ=":/etc/localtime", "Etc/Unknown" for TZ=""), not one about a --tz
 * the rep never gave.
 */
export function machineZone(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (isValidTimeZone(tz)) return tz;
  throw usageError(
    "the machine's time zone cannot be told (check TZ): pass --tz <IANA zone>, such as --tz Asia/Shanghai"
  );
}

/** The zone as given, or a usage error when Intl does not know it. */
export function checkZone(tz: string): string {
  if (isValidTimeZone(tz)) return tz;
  throw usageError(`--tz: unknown time zone "${tz}" (use an IANA name such as Asia/Shanghai)`);
}

/** Year, month, day of a "YYYY-MM-DD" that names a real day, or a usage error. */
export function checkDate(text: string): { year: number; month: number; day: number } {
  const ymd = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseCalendarDate(text) : null;
  if (!ymd) throw usageError(`--now: "${text}" is not a date (use YYYY-MM-DD)`);
  return { year: ymd.year, month: ymd.month, day: ymd.day };
}

/**
 * The last millisecond of `date` in `tz`: "as of that day", every message sent that
 * day is already in the past, and the rep's calendar date is still `date`.
 */
export function endOfDay(date: string, tz: string): Date {
  const { year, month, day } = checkDate(date);
  return new Date(wallTimeToInstant(year, month, day, 23, 59, tz).getTime() + 59_999);
}

/** The calendar date ("YYYY-MM-DD") of an instant in `tz`. */
export function dateIn(instant: string | Date, tz: string): string {
  return calendarDateIn(instant, tz);
}
