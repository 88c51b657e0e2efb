/** The cooling-off policy (PRODUCT.md §3): calendars, the decision, its explanation, and the chase memory. */
export type { BuyerCalendar, Decision, DelayReason, PolicySettings, Status, Why } from "./types";
export type { HolidayYears } from "./calendar";
export type { UiLanguage } from "./explain";
export { DEFAULT_POLICY, DELAY_REASONS, isDelayReason } from "./types";
export {
  addBusinessDays,
  businessDaysBetween,
  countryCodes,
  countryFromAddress,
  isCountryCode,
  makeCalendar,
} from "./calendar";
export { chaseDays, decide, overrideAfterChases, standingOverride } from "./decide";
export { countryName, explain, formatDay, uiLocale } from "./explain";
export { ChaseMemory, MAX_CHASES, threadKey } from "./memory";
export type { DecodedMemory, MemoryWarning, ThreadMemory } from "./memory";
export { withRememberedChases } from "./remembered";
