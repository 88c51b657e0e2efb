import { isCountryCode } from "../core/policy";
import type { SettingsStore } from "./mailhost";

/*
 * The rep's own settings in the host's roaming settings, read defensively: a value another
 * version wrote, or a hand-edited one, falls back to the default rather than breaking the pane.
 */

/** The roaming setting mapping a buyer's domain or address to their country (ISO code). */
export const COUNTRIES_KEY = "kindly.countries";

/**
 * Per-buyer countries, `{"alwaha-trading.ae": "SA", "omar@example.com": "AE"}`, keys lower-cased
 * and codes upper-cased; entries that are not a domain or address with a country code are left out.
 */
export function buyerCountries(settings: SettingsStore): Record<string, string> {
  const stored = settings.get(COUNTRIES_KEY);
  const out: Record<string, string> = {};
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return out;
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    const code = typeof value === "string" ? value.trim().toUpperCase() : "";
    const where = key.trim().toLowerCase();
    if (/^[^\s@]*@?[^\s@]+\.[^\s@]+$/.test(where) && isCountryCode(code)) out[where] = code;
  }
  return out;
}

/** Sets (or, with null, clears) the country of a buyer's domain or address, and saves. */
export async function setBuyerCountry(
  settings: SettingsStore,
  where: string,
  country: string | null
): Promise<void> {
  const key = where.trim().toLowerCase();
  const code = country?.trim().toUpperCase() ?? null;
  if (code !== null && !isCountryCode(code)) throw new RangeError(`Not a country code: ${country}`);
  const countries = buyerCountries(settings);
  if (code === null) delete countries[key];
  else countries[key] = code;
  settings.set(COUNTRIES_KEY, countries);
  await settings.save();
}
