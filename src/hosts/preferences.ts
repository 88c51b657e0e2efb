import { isDelayReason, isCountryCode, threadKey, type DelayReason } from "../core/policy";
import type { SettingsStore } from "./mailhost";

/*
 * The rep's own settings in the host's roaming settings, read defensively: a value another
 * version wrote, or a hand-edited one, falls back to the default rather than breaking the pane.
 */

/** The roaming setting mapping a buyer's domain or address to their country (ISO code). */
export const COUNTRIES_KEY = "kindly.countries";

/** The longest buyer key: an address is at most 254 characters. */
const MAX_COUNTRY_KEY_LENGTH = 254;

/** Whether a per-buyer country entry can stand: a domain or address (lower case) and a country code. */
export function isBuyerCountry(where: string, code: string): boolean {
  return (
    where.length <= MAX_COUNTRY_KEY_LENGTH &&
    /^[^\s@]*@?[^\s@]+\.[^\s@]+$/.test(where) &&
    isCountryCode(code)
  );
}

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
    if (isBuyerCountry(where, code)) out[where] = code;
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

/** The roaming setting with the rep's name and company as they sign reminders. */
export const PROFILE_KEY = "kindly.profile";

/** The longest name or company, in characters. */
export const MAX_NAME_LENGTH = 100;

/** How the rep signs: their name and company, as they last entered them. */
export interface Profile {
  repName?: string;
  company?: string;
}

/** The rep's profile; what is not a non-empty string of at most MAX_NAME_LENGTH is left out. */
export function loadProfile(settings: SettingsStore): Profile {
  const stored = settings.get(PROFILE_KEY);
  const profile: Profile = {};
  if (!stored || typeof stored !== "object") return profile;
  for (const key of ["repName", "company"] as const) {
    const value = (stored as Record<string, unknown>)[key];
    const name = typeof value === "string" ? value.trim() : "";
    // A name too long to enter (written by hand, or another version) would sign every reminder.
    if (name && name.length <= MAX_NAME_LENGTH) profile[key] = name;
  }
  return profile;
}

/** Saves the parts of the profile given (an empty string clears one). */
export async function saveProfile(settings: SettingsStore, changes: Profile): Promise<void> {
  const profile: Profile = { ...loadProfile(settings), ...changes };
  for (const key of ["repName", "company"] as const) {
    if (!profile[key]?.trim()) delete profile[key];
  }
  settings.set(PROFILE_KEY, profile);
  await settings.save();
}

/** The roaming setting with the reasons the rep chose for threads, most recent first. */
export const REASONS_KEY = "kindly.reasons";
/** Threads whose chosen reason is kept: enough for a rep's open chases, small in the budget (~20 chars each). */
export const MAX_CHOSEN_REASONS = 200;

/** The longest thread key kept (threadKey writes at most 7 characters). */
const MAX_REASON_KEY_LENGTH = 16;

/**
 * The reasons as chooseReason stores them: [threadKey, reason] pairs, most recent first, one
 * per thread, at most MAX_CHOSEN_REASONS; anything else stored is ignored.
 */
export function keptReasons(settings: SettingsStore): Array<[string, DelayReason]> {
  const stored = settings.get(REASONS_KEY);
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const kept: Array<[string, DelayReason]> = [];
  for (const pair of stored as unknown[]) {
    if (kept.length === MAX_CHOSEN_REASONS) break;
    if (!Array.isArray(pair) || !isDelayReason(pair[1])) continue;
    const key: unknown = pair[0];
    if (typeof key !== "string" || !key || key.length > MAX_REASON_KEY_LENGTH || seen.has(key))
      continue;
    seen.add(key);
    kept.push([key, pair[1]]);
  }
  return kept;
}

/** The reason the rep chose for a conversation, if they did. */
export function chosenReason(settings: SettingsStore, conversationId: string): DelayReason | null {
  const key = threadKey(conversationId);
  return keptReasons(settings).find(([k]) => k === key)?.[1] ?? null;
}

/** Keeps (or, with null, forgets) the reason the rep chose for a conversation, and saves. */
export async function chooseReason(
  settings: SettingsStore,
  conversationId: string,
  reason: DelayReason | null
): Promise<void> {
  const key = threadKey(conversationId);
  const rest = keptReasons(settings).filter(([k]) => k !== key);
  const pairs = reason ? [[key, reason] as [string, DelayReason], ...rest] : rest;
  settings.set(REASONS_KEY, pairs.slice(0, MAX_CHOSEN_REASONS));
  await settings.save();
}
