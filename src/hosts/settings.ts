import { DEFAULT_POLICY, type PolicySettings, type UiLanguage } from "../core/policy";
import { isUiLanguage, UI_LANGUAGE_KEY, UI_LANGUAGES } from "../locales";

export { GRAPH_KEY, UI_LANGUAGE_KEY, UI_LANGUAGES };
import {
  GRAPH_KEY,
  isClientId,
  isGraphBaseUrl,
  loadGraphSettings,
  type GraphSettings,
} from "./graph/conversation";
import { GRAPH_CLOUDS } from "./graph/graph-source";
import type { SettingsStore } from "./mailhost";
import {
  buyerCountries,
  isBuyerCountry,
  COUNTRIES_KEY,
  keptReasons,
  loadProfile,
  checkChanges,
  MAX_COUNTRIES,
  MAX_NAME_LENGTH,
  POLICY_KEY,
  PROFILE_KEY,
  REASONS_KEY,
  SETTINGS_BUDGET,
  SETTINGS_BUDGET_KEYS,
  SettingsError,
  settingsSize,
  TEAM_FILE_KEY,
  type SettingsProblem,
  type SettingsProblems,
} from "./preferences";

export {
  MAX_COUNTRIES,
  MAX_NAME_LENGTH,
  POLICY_KEY,
  SETTINGS_BUDGET,
  SettingsError,
  settingsSize,
  TEAM_FILE_KEY,
  type SettingsProblem,
  type SettingsProblems,
};

/*
 * The rep's settings as one object for the settings screen: their profile, the cooling-off
 * numbers (PRODUCT.md §3), the buyers' countries, the team's paragraph file, the Microsoft
 * Graph app registration and cloud, and the UI language. Read defensively (anything
 * unreadable falls back to its default, field by field), checked before saving, and kept
 * within SETTINGS_BUDGET, their share of Outlook's 32 KB of roaming settings (preferences.ts
 * shares it out).
 */

/** Everything the settings screen shows and saves. */
export interface RepSettings {
  /** How the rep signs reminders; "" for none (the pane then uses the mailbox's name). */
  repName: string;
  company: string;
  policy: PolicySettings;
  /** Buyer's domain or address (lower case) → ISO country code (upper case). */
  countries: Record<string, string>;
  /** The address of the team's paragraph file; "" for none. */
  teamFile: string;
  /** The UI language; "auto" follows Outlook's display language. */
  uiLanguage: "auto" | UiLanguage;
  /** The Microsoft Graph app registration ("" for none) and cloud, to read whole conversations. */
  graph: GraphSettings;
}

/** The longest team file address, in characters. */
export const MAX_TEAM_FILE_LENGTH = 500;
/** The most gaps: one for each of the first chases, the last for every chase beyond. */
const MAX_GAPS = 4;

/** The whole numbers each policy setting may take (business days), as loaded and as validated. */
const GAP_RANGE: Range = [1, 30];
const POLICY_RANGES: Record<Exclude<keyof PolicySettings, "gaps">, Range> = {
  autoReplyHold: [1, 30],
  afterPromise: [0, 10],
  middlemanMinGap: [1, 30],
  competitorMaxGap: [1, 30],
};
/** The message for a policy number out of its range. */
const RANGE_PROBLEM: Record<Exclude<keyof PolicySettings, "gaps">, SettingsProblem> = {
  autoReplyHold: "settingsProblemDays",
  afterPromise: "settingsProblemAfterPromise",
  middlemanMinGap: "settingsProblemDays",
  competitorMaxGap: "settingsProblemDays",
};
type Range = readonly [min: number, max: number];

function isWhole(value: unknown, [min, max]: Range): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function validGaps(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_GAPS &&
    value.every((gap, i) => isWhole(gap, GAP_RANGE) && (i === 0 || gap >= (value[i - 1] as number)))
  );
}

/** The stored policy, each field that is unreadable or out of range replaced by its default. */
function loadPolicy(store: SettingsStore): PolicySettings {
  const stored = store.get(POLICY_KEY);
  const raw: Record<string, unknown> =
    stored && typeof stored === "object" && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const pick = (key: Exclude<keyof PolicySettings, "gaps">): number => {
    const value = raw[key];
    return isWhole(value, POLICY_RANGES[key]) ? value : DEFAULT_POLICY[key];
  };
  const policy: PolicySettings = {
    gaps: validGaps(raw.gaps) ? [...raw.gaps] : [...DEFAULT_POLICY.gaps],
    autoReplyHold: pick("autoReplyHold"),
    afterPromise: pick("afterPromise"),
    middlemanMinGap: pick("middlemanMinGap"),
    competitorMaxGap: pick("competitorMaxGap"),
  };
  // A competitor is never chased less often than a middleman: keep the pair consistent.
  if (policy.competitorMaxGap > policy.middlemanMinGap) {
    policy.competitorMaxGap = Math.min(DEFAULT_POLICY.competitorMaxGap, policy.middlemanMinGap);
  }
  return policy;
}

/** The rep's settings as stored, every unreadable part replaced by its default. */
export function loadSettings(store: SettingsStore): RepSettings {
  const profile = loadProfile(store);
  const uiLanguage = store.get(UI_LANGUAGE_KEY);
  return {
    repName: profile.repName ?? "",
    company: profile.company ?? "",
    policy: loadPolicy(store),
    countries: buyerCountries(store),
    teamFile: teamFileFor(store),
    uiLanguage: isUiLanguage(uiLanguage) ? uiLanguage : "auto",
    graph: loadGraphSettings(store),
  };
}

/** The cooling-off policy the rep set (DEFAULT_POLICY where they set nothing). */
export function policyFor(store: SettingsStore): PolicySettings {
  return loadPolicy(store);
}

/** The team paragraph file's address, "" for none (or for one that is not valid). */
export function teamFileFor(store: SettingsStore): string {
  const stored = store.get(TEAM_FILE_KEY);
  return typeof stored === "string" && validTeamFile(stored.trim()) ? stored.trim() : "";
}

/** An https:// address (or http://localhost, for development) of at most 500 characters. */
function validTeamFile(address: string): boolean {
  if (address === "") return true;
  if (address.length > MAX_TEAM_FILE_LENGTH || /\s/.test(address)) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (!url.hostname) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && url.hostname === "localhost");
}

/**
 * What is wrong with a draft of the settings, keyed by field; empty when it can be saved.
 * Each gap is checked on its own ("policy.gaps.0"…), "policy.gaps" only for how many there are.
 */
export function validateSettings(draft: RepSettings): SettingsProblems {
  const problems: SettingsProblems = {};
  for (const key of ["repName", "company"] as const) {
    if (typeof draft[key] !== "string" || draft[key].trim().length > MAX_NAME_LENGTH) {
      problems[key] = "settingsProblemTooLong";
    }
  }

  const { policy } = draft;
  const gaps: unknown[] = Array.isArray(policy.gaps) ? policy.gaps : [];
  if (gaps.length < 1 || gaps.length > MAX_GAPS)
    problems["policy.gaps"] = "settingsProblemGapsCount";
  gaps.forEach((gap, i) => {
    const before = gaps[i - 1];
    if (!isWhole(gap, GAP_RANGE)) problems[`policy.gaps.${i}`] = "settingsProblemDays";
    else if (i > 0 && isWhole(before, GAP_RANGE) && gap < before) {
      problems[`policy.gaps.${i}`] = "settingsProblemGapsOrder";
    }
  });
  for (const key of Object.keys(POLICY_RANGES) as Array<keyof typeof POLICY_RANGES>) {
    if (!isWhole(policy[key], POLICY_RANGES[key])) problems[`policy.${key}`] = RANGE_PROBLEM[key];
  }
  if (
    !problems["policy.competitorMaxGap"] &&
    !problems["policy.middlemanMinGap"] &&
    policy.competitorMaxGap > policy.middlemanMinGap
  ) {
    problems["policy.competitorMaxGap"] = "settingsProblemCompetitor";
  }

  const entries = Object.entries(draft.countries ?? {});
  if (entries.length > MAX_COUNTRIES) problems.countries = "settingsProblemTooManyCountries";
  for (const [key, code] of entries) {
    const where = key.trim().toLowerCase();
    if (typeof code !== "string" || !isBuyerCountry(where, code.trim().toUpperCase())) {
      problems[`countries.${key}`] = "settingsProblemCountry";
    }
  }

  if (typeof draft.teamFile !== "string" || !validTeamFile(draft.teamFile.trim())) {
    problems.teamFile = "settingsProblemTeamFile";
  }
  if (draft.uiLanguage !== "auto" && !isUiLanguage(draft.uiLanguage)) {
    problems.uiLanguage = "settingsProblemLanguage";
  }

  const { clientId, baseUrl }: Partial<GraphSettings> = draft.graph ?? {};
  if (typeof clientId !== "string" || (clientId.trim() !== "" && !isClientId(clientId.trim()))) {
    problems["graph.clientId"] = "settingsProblemClientId";
  }
  if (typeof baseUrl !== "string" || !isGraphBaseUrl(baseUrl.trim())) {
    problems["graph.baseUrl"] = "settingsProblemGraphUrl";
  }
  return problems;
}

/** The policy fields that differ from DEFAULT_POLICY (all of them as stored: nothing else). */
function policyChanges(policy: PolicySettings): Partial<PolicySettings> {
  const changes: Partial<PolicySettings> = {};
  const sameGaps =
    policy.gaps.length === DEFAULT_POLICY.gaps.length &&
    policy.gaps.every((gap, i) => gap === DEFAULT_POLICY.gaps[i]);
  if (!sameGaps) changes.gaps = [...policy.gaps];
  for (const key of [
    "autoReplyHold",
    "afterPromise",
    "middlemanMinGap",
    "competitorMaxGap",
  ] as const) {
    if (policy[key] !== DEFAULT_POLICY[key]) changes[key] = policy[key];
  }
  return changes;
}

/** The Graph settings that differ from the default: a client ID, a cloud other than global. */
function graphChanges(graph: GraphSettings): Partial<GraphSettings> {
  const changes: Partial<GraphSettings> = {};
  const clientId = graph.clientId.trim();
  const baseUrl = graph.baseUrl.trim().replace(/\/+$/, "");
  if (clientId) changes.clientId = clientId;
  if (baseUrl !== GRAPH_CLOUDS.global.graph) changes.baseUrl = baseUrl;
  return changes;
}

/** The value each key is to hold (undefined: removed), as saveSettings writes them. */
function storedValues(settings: RepSettings): Record<string, unknown> {
  const profile: Record<string, string> = {};
  for (const key of ["repName", "company"] as const) {
    const value = settings[key].trim();
    if (value) profile[key] = value;
  }
  const countries: Record<string, string> = {};
  for (const [key, code] of Object.entries(settings.countries)) {
    countries[key.trim().toLowerCase()] = code.trim().toUpperCase();
  }
  const policy = policyChanges(settings.policy);
  const teamFile = settings.teamFile.trim();
  const graph = graphChanges(settings.graph);
  return {
    [PROFILE_KEY]: Object.keys(profile).length ? profile : undefined,
    [POLICY_KEY]: Object.keys(policy).length ? policy : undefined,
    [COUNTRIES_KEY]: Object.keys(countries).length ? countries : undefined,
    [TEAM_FILE_KEY]: teamFile || undefined,
    [UI_LANGUAGE_KEY]: settings.uiLanguage === "auto" ? undefined : settings.uiLanguage,
    [GRAPH_KEY]: Object.keys(graph).length ? graph : undefined,
  };
}

/**
 * The reasons chosen for threads as chooseReason keeps them, when what is stored is not (a
 * value written by hand, or by another version): {} when it is. The settings screen cannot
 * edit them, so a value over their share must not hold every save over Outlook's 32 KB.
 */
function tidiedReasons(store: SettingsStore): Record<string, unknown> {
  const stored = store.get(REASONS_KEY);
  if (stored === undefined) return {};
  const kept = keptReasons(store);
  const tidy = kept.length ? kept : undefined;
  return JSON.stringify(tidy) === JSON.stringify(stored) ? {} : { [REASONS_KEY]: tidy };
}

/**
 * Writes the values (undefined removes), saves, and puts the previous ones back if the host
 * refuses: each key that still holds what this save wrote, not one another save has changed since.
 */
async function write(store: SettingsStore, values: Record<string, unknown>): Promise<void> {
  const previous = Object.keys(values).map((key) => [key, store.get(key)] as const);
  const put = (key: string, value: unknown) =>
    value === undefined ? store.remove(key) : store.set(key, value);
  for (const [key, value] of Object.entries(values)) put(key, value);
  const written = new Map(Object.keys(values).map((key) => [key, JSON.stringify(store.get(key))]));
  try {
    await store.save();
  } catch (error) {
    try {
      for (const [key, value] of previous) {
        if (JSON.stringify(store.get(key)) === written.get(key)) put(key, value);
      }
    } catch {
      // The host refused the save already; its error is the one the rep should see.
    }
    throw error;
  }
}

/**
 * Checks the settings and saves them: only the policy and Graph fields that differ from the
 * default, and no key at all for what is empty or default (and the chosen reasons tidied, if
 * what is stored is not as Kindly keeps them). Throws a SettingsError (a
 * RangeError) with the problems when the settings are invalid or would grow over
 * SETTINGS_BUDGET (the rule setBuyerCountry and saveProfile follow: checkChanges), changing
 * nothing; rejects as store.save() does, leaving the settings as they were.
 */
export async function saveSettings(store: SettingsStore, settings: RepSettings): Promise<void> {
  const values = storedValues(settings);
  checkChanges(store, values, validateSettings(settings));
  await write(store, { ...values, ...tidiedReasons(store) });
}

/**
 * Forgets the rep's settings (profile, policy, countries, team file, UI language, Graph) and
 * saves; Kindly's memory of chases and the reasons chosen for threads are kept.
 */
export async function resetSettings(store: SettingsStore): Promise<void> {
  await write(store, Object.fromEntries(SETTINGS_BUDGET_KEYS.map((key) => [key, undefined])));
}
