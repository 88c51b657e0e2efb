import { isDelayReason, isCountryCode, threadKey, type DelayReason } from "../core/policy";
import { UI_LANGUAGE_KEY } from "../locales";
import { en, type Strings } from "../locales/en";
import type { SettingsStore } from "./mailhost";
import type { WordedError } from "./worded";

/*
 * The rep's own settings in the host's roaming settings, read defensively: a value another
 * version wrote, or a hand-edited one, falls back to the default rather than breaking the pane.
 *
 * Outlook keeps 32 KB of roaming settings per add-in, every key together, and refuses any
 * save that would go over (error 9057): after that no chase, reason or setting could be
 * saved. So the 32 KB is shared out here, in characters of JSON as Outlook stores them, and
 * every writer keeps to its own share:
 *
 *   kindly.memory       MEMORY_BUDGET    20,000  a cache: saveMemory prunes it, least
 *                                                recently active thread first
 *   kindly.reasons      REASONS_BUDGET    3,000  a cache: chooseReason prunes it, oldest
 *                                                choice first
 *   the rep's settings  SETTINGS_BUDGET   8,000  the rep's own choices: saveSettings,
 *                                                setBuyerCountry and saveProfile refuse a
 *                                                change that would go over
 *                                        ------
 *                                        31,000  of ROAMING_LIMIT (32,768)
 *
 * The 1,768 left is margin: the memory's key and the JSON joining the three (about 20
 * characters), and slack should Outlook count a name in Chinese in UTF-8 bytes (3 a
 * character) rather than in characters.
 */

/** Outlook's roaming settings per add-in: 32 KB, every key and value as JSON. */
export const ROAMING_LIMIT = 32 * 1024;
/** The chase memory's share, for its value (memory-store.ts): ~1,150 threads at 17 characters. */
export const MEMORY_BUDGET = 20_000;
/** The chosen reasons' share, key and value: at 28 characters a thread at most, 100 threads and more. */
export const REASONS_BUDGET = 3_000;
/**
 * The rep's settings' share (SETTINGS_BUDGET_KEYS, keys and values): room for the 200 buyers'
 * countries the settings allow, at domains of about 30 characters, and everything else.
 */
export const SETTINGS_BUDGET = 8_000;

/** The roaming setting with the rep's name and company as they sign reminders. */
export const PROFILE_KEY = "kindly.profile";
/** The roaming setting with the rep's Graph client ID and cloud (graph/conversation.ts reads it). */
export const GRAPH_KEY = "kindly.graph";
/** The roaming setting with the cooling-off numbers that differ from DEFAULT_POLICY. */
export const POLICY_KEY = "kindly.policy";
/** The roaming setting mapping a buyer's domain or address to their country (ISO code). */
export const COUNTRIES_KEY = "kindly.countries";
/** The roaming setting with the address of the team's paragraph file. */
export const TEAM_FILE_KEY = "kindly.teamFile";
/** The roaming setting with the reasons the rep chose for threads, most recent first. */
export const REASONS_KEY = "kindly.reasons";

/** The keys holding the rep's settings: those SETTINGS_BUDGET covers, and resetSettings clears. */
export const SETTINGS_BUDGET_KEYS = [
  PROFILE_KEY,
  POLICY_KEY,
  COUNTRIES_KEY,
  TEAM_FILE_KEY,
  UI_LANGUAGE_KEY,
  GRAPH_KEY,
] as const;

/** The longest name or company, in characters. */
export const MAX_NAME_LENGTH = 100;
/** The most buyers with a country of the rep's choosing. */
export const MAX_COUNTRIES = 200;

/** A problem with a setting: the key of its message in the UI strings. */
export type SettingsProblem = keyof Strings & `settingsProblem${string}`;

/**
 * Problems keyed by field: "repName", "policy.gaps.1", "teamFile", "countries.x.de",
 * "graph.clientId", "budget"…
 */
export type SettingsProblems = Record<string, SettingsProblem>;

/** Settings that cannot be saved: invalid, or too large for the mailbox. */
export class SettingsError extends RangeError implements WordedError {
  constructor(readonly problems: SettingsProblems) {
    super(
      `Settings not saved: ${Object.entries(problems)
        .map(([field, problem]) => `${field}: ${en[problem]}`)
        .join("; ")}`
    );
    this.name = "SettingsError";
  }

  /** Each problem's words once, in a UI language (the fields are on screen beside them). */
  wordedIn(t: Strings): string {
    return [...new Set(Object.values(this.problems))].map((problem) => t[problem]).join(" ");
  }
}

/**
 * The characters, as JSON, that the rep's settings (SETTINGS_BUDGET_KEYS) take in the store,
 * with `changes` applied (undefined removes a key).
 */
export function settingsSize(store: SettingsStore, changes: Record<string, unknown> = {}): number {
  const all: Record<string, unknown> = {};
  for (const key of SETTINGS_BUDGET_KEYS) {
    const value = key in changes ? changes[key] : store.get(key);
    if (value !== undefined) all[key] = value;
  }
  return JSON.stringify(all).length;
}

/**
 * Throws a SettingsError with the problems, or with "budget" when the changes would take the
 * rep's settings over SETTINGS_BUDGET and make them larger: a change that grows nothing goes
 * through even then, so that settings over it (as an older Kindly let them grow) can still be
 * changed and removed.
 */
export function checkChanges(
  store: SettingsStore,
  changes: Record<string, unknown>,
  problems: SettingsProblems = {}
): void {
  const size = settingsSize(store, changes);
  if (size > SETTINGS_BUDGET && size > settingsSize(store))
    problems.budget = "settingsProblemBudget";
  if (Object.keys(problems).length) throw new SettingsError(problems);
}

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

/**
 * Sets (or, with null, clears) the country of a buyer's domain or address, and saves. A buyer
 * who had none is refused, with a SettingsError and nothing changed, once MAX_COUNTRIES buyers
 * have one or the rep's settings would go over SETTINGS_BUDGET, as on the settings screen.
 */
export async function setBuyerCountry(
  settings: SettingsStore,
  where: string,
  country: string | null
): Promise<void> {
  const key = where.trim().toLowerCase();
  const code = country?.trim().toUpperCase() ?? null;
  if (code !== null && !isCountryCode(code)) throw new RangeError(`Not a country code: ${country}`);
  const countries = buyerCountries(settings);
  const before = Object.keys(countries).length;
  if (code === null) delete countries[key];
  else countries[key] = code;
  // When full, a new buyer is refused rather than room made by dropping another buyer's
  // country: the rep chose that one, nothing else keeps it, and dropping it would quietly
  // change the weekends and holidays Kindly counts for that buyer. The settings screen lists
  // the countries to remove. Changing or clearing a country grows nothing: never refused.
  const count = Object.keys(countries).length;
  checkChanges(
    settings,
    { [COUNTRIES_KEY]: countries },
    count > MAX_COUNTRIES && count > before ? { countries: "settingsProblemTooManyCountries" } : {}
  );
  settings.set(COUNTRIES_KEY, countries);
  await settings.save();
}

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

/**
 * Saves the parts of the profile given (an empty string clears one). Refuses, with a
 * SettingsError and nothing changed, a name longer than MAX_NAME_LENGTH (loadProfile would
 * not read it back) and a profile that would take the rep's settings over SETTINGS_BUDGET.
 */
export async function saveProfile(settings: SettingsStore, changes: Profile): Promise<void> {
  const profile: Profile = { ...loadProfile(settings), ...changes };
  const problems: SettingsProblems = {};
  for (const key of ["repName", "company"] as const) {
    const name = profile[key]?.trim();
    if (!name) delete profile[key];
    else if (name.length > MAX_NAME_LENGTH) problems[key] = "settingsProblemTooLong";
    else profile[key] = name;
  }
  checkChanges(settings, { [PROFILE_KEY]: profile }, problems);
  settings.set(PROFILE_KEY, profile);
  await settings.save();
}

/** The longest thread key kept (threadKey writes at most 7 characters). */
const MAX_REASON_KEY_LENGTH = 16;

/**
 * Of [threadKey, reason] pairs, most recent first, those Kindly keeps: well-formed ones, the
 * first for each thread, and only as many as fit in REASONS_BUDGET as stored, so that the
 * oldest choices are the ones dropped.
 */
function recentReasons(pairs: readonly unknown[]): Array<[string, DelayReason]> {
  let size = JSON.stringify({ [REASONS_KEY]: [] }).length;
  const seen = new Set<string>();
  const kept: Array<[string, DelayReason]> = [];
  for (const pair of pairs) {
    if (!Array.isArray(pair) || !isDelayReason(pair[1])) continue;
    const key: unknown = pair[0];
    if (typeof key !== "string" || !key || key.length > MAX_REASON_KEY_LENGTH || seen.has(key))
      continue;
    const entry: [string, DelayReason] = [key, pair[1]];
    size += JSON.stringify(entry).length + (kept.length ? 1 : 0); // the comma before it
    if (size > REASONS_BUDGET) break;
    seen.add(key);
    kept.push(entry);
  }
  return kept;
}

/**
 * The reasons as chooseReason stores them: [threadKey, reason] pairs, most recent first, one
 * per thread, within REASONS_BUDGET; anything else stored is ignored.
 */
export function keptReasons(settings: SettingsStore): Array<[string, DelayReason]> {
  const stored = settings.get(REASONS_KEY);
  return Array.isArray(stored) ? recentReasons(stored) : [];
}

/** The reason the rep chose for a conversation, if they did. */
export function chosenReason(settings: SettingsStore, conversationId: string): DelayReason | null {
  const key = threadKey(conversationId);
  return keptReasons(settings).find(([k]) => k === key)?.[1] ?? null;
}

/**
 * Keeps (or, with null, forgets) the reason the rep chose for a conversation, and saves. The
 * reasons are a cache of the rep's choices for threads (the detected reason is there without
 * them): this choice goes first, and the oldest are dropped to stay within REASONS_BUDGET.
 */
export async function chooseReason(
  settings: SettingsStore,
  conversationId: string,
  reason: DelayReason | null
): Promise<void> {
  const key = threadKey(conversationId);
  const rest = keptReasons(settings).filter(([k]) => k !== key);
  settings.set(REASONS_KEY, recentReasons(reason ? [[key, reason], ...rest] : rest));
  await settings.save();
}
