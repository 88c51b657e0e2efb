import { makeCalendar, type BuyerCalendar, type HolidayYears } from "../core/policy";

/**
 * The buyer's calendar with their country's public holidays. Each country's
 * holidays are a small file of their own (src/generated/holidays, packed from
 * date-holidays at install), loaded only for the buyer at hand.
 */
export async function loadCalendar(country: string | null): Promise<BuyerCalendar> {
  if (!country || !/^[A-Z]{2}$/.test(country)) return makeCalendar(country);
  try {
    const module = (await import(
      /* webpackChunkName: "holidays-[request]", webpackExclude: /all\.json$/ */ `../generated/holidays/${country}.json`
    )) as {
      default: HolidayYears;
    };
    return makeCalendar(country, module.default);
  } catch {
    // A country the data does not know: its weekend still counts.
    return makeCalendar(country);
  }
}
