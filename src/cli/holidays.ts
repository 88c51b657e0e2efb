import Holidays from "date-holidays";
import type { HolidayYears } from "../core/policy";

/** The years the packed holiday data covers: wide enough for any chase a rep makes with this build. */
export const HOLIDAY_YEARS = { from: 2024, to: 2032 };

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/**
 * Public holidays date-holidays lists that only some people have off, by country and its rule:
 * an office works them (China's Children's Day is for children under 14; Madagascar's Women's
 * Day for women).
 */
const FOR_SOME_ONLY: Record<string, readonly string[]> = {
  CN: ["06-01"],
  MG: ["03-08"],
};

const HOUR_MS = 3_600_000;

/**
 * A country's national public holidays from date-holidays, packed as the core
 * reads them: per year, the days of the year. Multi-day holidays (Eid) count
 * every day they span. A half day off (an eve from noon; China's Youth Day, for the young)
 * and a holiday for some people only are working days: a chase can go. Null for a country
 * date-holidays does not know.
 */
export function holidayYears(country: string, years = HOLIDAY_YEARS): HolidayYears | null {
  if (!(country in new Holidays().getCountries())) return null;
  const hd = new Holidays(country);
  const out: Record<string, number[]> = {};
  for (let year = years.from; year <= years.to; year++) {
    const days = new Set<number>();
    for (const h of hd.getHolidays(year)) {
      if (h.type !== "public" || FOR_SOME_ONLY[country]?.includes(h.rule)) continue;
      if (h.end.getTime() - h.start.getTime() < 24 * HOUR_MS) continue;
      // The date field is the holiday's first local day; start/end give its length in days.
      const [y, m, d] = h.date.slice(0, 10).split("-").map(Number);
      const length = Math.round((h.end.getTime() - h.start.getTime()) / (24 * HOUR_MS));
      for (let i = 0; i < length; i++) {
        const day = dayOfYear(y, m, d) + i;
        if (y === year && day <= dayOfYear(year, 12, 31)) days.add(day);
      }
    }
    out[String(year)] = [...days].sort((a, b) => a - b);
  }
  return out;
}

/** Every country date-holidays knows, by ISO code. */
export function holidayCountries(): string[] {
  return Object.keys(new Holidays().getCountries());
}
