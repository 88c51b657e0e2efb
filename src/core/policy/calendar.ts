import { addDays, weekdayOf, type CalendarDate } from "../dates";
import { displayNames } from "../text/intl";
import type { BuyerCalendar } from "./types";
import {
  DEFAULT_WEEKEND,
  GENERIC_TLDS,
  NATIONAL_SECOND_LEVELS,
  TLD_COUNTRY,
  WEEKENDS,
} from "./weekends";

/**
 * Public holidays of one country as the build packs them: per year, the days
 * of the year (1 = 1 January) that are holidays. Made from date-holidays by
 * scripts/holiday-data.cjs.
 */
export type HolidayYears = Readonly<Record<string, readonly number[]>>;

/**
 * The buyer's country from the country-code top-level domain of their address (".de" → DE,
 * ".com.br" → BR), or null. A ccTLD used as a generic one (".io", ".co") still names its
 * country under a national second level (".com.co" → CO, ".gov.ly" → LY).
 */
export function countryFromAddress(address: string): string | null {
  const labels = address.trim().toLowerCase().split(".");
  const tld = labels.pop() ?? "";
  if (!/^[a-z]{2}$/.test(tld)) return null;
  if (GENERIC_TLDS.has(tld) && !NATIONAL_SECOND_LEVELS.has(labels.pop() ?? "")) return null;
  return TLD_COUNTRY[tld] ?? tld.toUpperCase();
}

/**
 * True for an ISO 3166-1 alpha-2 code of a country or territory ("DE", "HK"), as the
 * engine's region names know them; false for unassigned, private-use and group codes.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code)) {
    return code === "XK"; // Kosovo: user-assigned, but the code everyone uses
  }
  // Retired codes (DY for Benin, UK for GB, SU) canonicalise to today's; they are not countries.
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  const name = displayNames("en", "region").of(code);
  return name !== undefined && name !== code;
}

/** Every country code isCountryCode() accepts, in code order. */
export function countryCodes(): string[] {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) if (isCountryCode(a + b)) codes.push(a + b);
  return codes;
}

function dayOfYear(date: CalendarDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}

/** The buyer's working days: their country's weekend, and its public holidays where known. */
export function makeCalendar(
  country: string | null,
  holidays: HolidayYears | null = null
): BuyerCalendar {
  const weekend = [...(country ? (WEEKENDS[country] ?? DEFAULT_WEEKEND) : DEFAULT_WEEKEND)];
  const hasHolidays = holidays !== null && Object.keys(holidays).length > 0;
  return {
    country,
    weekend,
    hasHolidays,
    isBusinessDay(date) {
      if (weekend.includes(weekdayOf(date))) return false;
      return !(holidays?.[date.slice(0, 4)]?.includes(dayOfYear(date)) ?? false);
    },
  };
}

/** How many business days lie after `from` up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: BuyerCalendar
): number {
  let count = 0;
  for (
    let day = addDays(from, 1), guard = 0;
    day <= to && guard < 3660;
    day = addDays(day, 1), guard++
  ) {
    if (calendar.isBusinessDay(day)) count++;
  }
  return count;
}

/** The last day a CalendarDate names. */
const LAST_DAY: CalendarDate = "9999-12-31";

/**
 * The day `n` business days after `date` (n ≥ 1): counting starts the next day,
 * so a chase sent on a Saturday waits the same as one sent on Friday evening.
 * Counting stops at the calendar's last day, 9999-12-31 (a buyer can promise to pay then).
 */
export function addBusinessDays(
  date: CalendarDate,
  n: number,
  calendar: BuyerCalendar
): CalendarDate {
  let day = date;
  // A calendar with no business day at all would loop forever; a year is more than any gap.
  for (let counted = 0, guard = 0; counted < n && guard < 366 + n * 7 && day < LAST_DAY; guard++) {
    day = addDays(day, 1);
    if (calendar.isBusinessDay(day)) counted++;
  }
  return day;
}

/** The first business day on or after `date`: the day a buyer away until the day before is back. */
export function firstBusinessDayFrom(date: CalendarDate, calendar: BuyerCalendar): CalendarDate {
  return calendar.isBusinessDay(date) ? date : addBusinessDays(date, 1, calendar);
}
