import { ChaseMemory, DEFAULT_POLICY, type PolicySettings } from "../../../src/core/policy";
import { en } from "../../../src/locales/en";
import { HostError } from "../../../src/hosts/mailhost";
import { GRAPH_CLOUDS } from "../../../src/hosts/graph/graph-source";
import { FakeSettings } from "../../fakes/settings-store";
import {
  loadMemory,
  MEMORY_BUDGET,
  MEMORY_KEY,
  rememberChase,
  rememberOverride,
  saveMemory,
} from "../../../src/hosts/memory-store";
import {
  chooseReason,
  chosenReason,
  COUNTRIES_KEY,
  PROFILE_KEY,
  REASONS_BUDGET,
  REASONS_KEY,
  ROAMING_LIMIT,
} from "../../../src/hosts/preferences";
import {
  GRAPH_KEY,
  loadSettings,
  policyFor,
  POLICY_KEY,
  resetSettings,
  saveSettings,
  SETTINGS_BUDGET,
  SettingsError,
  settingsSize,
  TEAM_FILE_KEY,
  UI_LANGUAGE_KEY,
  validateSettings,
  type RepSettings,
} from "../../../src/hosts/settings";

const DEFAULTS: RepSettings = {
  repName: "",
  company: "",
  policy: DEFAULT_POLICY,
  countries: {},
  teamFile: "",
  uiLanguage: "auto",
  graph: { clientId: "", baseUrl: GRAPH_CLOUDS.global.graph },
};

const CLIENT_ID = "5f0e1c2a-7b3d-4e8f-9a1b-2c3d4e5f6a7b";

/** Graph settings: the default global cloud and no client ID, with these changes. */
function graph(changes: Partial<RepSettings["graph"]>): RepSettings["graph"] {
  return { ...DEFAULTS.graph, ...changes };
}

function settings(changes: Partial<RepSettings> = {}, policy: Partial<PolicySettings> = {}) {
  return { ...DEFAULTS, ...changes, policy: { ...DEFAULT_POLICY, ...policy } };
}

const MEMORY = "v1;abc:2026-11-20,2026-11-24";
const REASONS = [["k1", "middleman"]];

describe("loading the rep's settings", () => {
  it("gives the defaults when nothing is stored", () => {
    const store = new FakeSettings();
    expect(loadSettings(store)).toEqual(DEFAULTS);
    expect(policyFor(store)).toEqual(DEFAULT_POLICY);
  });

  it("reads back every setting saved", async () => {
    const store = new FakeSettings();
    const mine = settings(
      {
        repName: "Amy Zhang",
        company: "Sunrise Textiles",
        countries: { "alwaha-trading.ae": "SA", "lily.chen@gmail.com": "HK" },
        teamFile: "https://intranet.example.com/kindly/team.json",
        uiLanguage: "zh-TW",
        graph: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.china.graph },
      },
      { gaps: [2, 4, 4, 8], afterPromise: 0, competitorMaxGap: 3 }
    );
    await saveSettings(store, mine);
    expect(loadSettings(store)).toEqual(mine);
    expect(policyFor(store)).toEqual(mine.policy);
    // Another pane reading the same roaming settings sees the same.
    expect(loadSettings(new FakeSettings(store.writes[0]))).toEqual(mine);
  });

  it("falls back to the default field by field when a stored value is unreadable", () => {
    const store = new FakeSettings({
      [POLICY_KEY]: {
        gaps: [3, 2], // decreasing
        autoReplyHold: 0,
        afterPromise: 4, // fine
        middlemanMinGap: "9",
        competitorMaxGap: 2.5,
      },
      [TEAM_FILE_KEY]: "ftp://example.com/team.json",
      [UI_LANGUAGE_KEY]: "fr",
      [PROFILE_KEY]: { repName: 42, company: " Sunrise " },
      [COUNTRIES_KEY]: { "x.de": "DE", "bad key": "FR", "y.fr": "QQ" },
      [GRAPH_KEY]: { clientId: "kindly-app", baseUrl: "http://graph.example.com" },
    });
    expect(loadSettings(store)).toEqual({
      repName: "",
      company: "Sunrise",
      policy: { ...DEFAULT_POLICY, afterPromise: 4 },
      countries: { "x.de": "DE" },
      teamFile: "",
      uiLanguage: "auto",
      graph: DEFAULTS.graph,
    });
  });

  it("reads the Graph client ID and cloud field by field", () => {
    const load = (stored: unknown) => loadSettings(new FakeSettings({ [GRAPH_KEY]: stored })).graph;
    expect(load({ clientId: CLIENT_ID })).toEqual(graph({ clientId: CLIENT_ID }));
    expect(load({ baseUrl: GRAPH_CLOUDS.usGov.graph })).toEqual(
      graph({ baseUrl: GRAPH_CLOUDS.usGov.graph })
    );
    expect(load({ clientId: "not-a-guid", baseUrl: GRAPH_CLOUDS.china.graph })).toEqual(
      graph({ baseUrl: GRAPH_CLOUDS.china.graph })
    );
    expect(load({ clientId: CLIENT_ID, baseUrl: "ftp://graph.example.com" })).toEqual(
      graph({ clientId: CLIENT_ID })
    );
    expect(load(CLIENT_ID)).toEqual(DEFAULTS.graph);
    // A test endpoint on this machine is kept, as the simulator uses one.
    expect(load({ baseUrl: "http://127.0.0.1:8080/" })).toEqual(
      graph({ baseUrl: "http://127.0.0.1:8080" })
    );
  });

  it.each([
    ["a string", "gaps: 3, 5"],
    ["an array", [3, 5, 7]],
    ["null", null],
  ])("gives the default policy for %s", (_, stored) => {
    expect(policyFor(new FakeSettings({ [POLICY_KEY]: stored }))).toEqual(DEFAULT_POLICY);
  });

  it.each([
    ["five gaps", { gaps: [1, 2, 3, 4, 5] }, { gaps: DEFAULT_POLICY.gaps }],
    ["no gap", { gaps: [] }, { gaps: DEFAULT_POLICY.gaps }],
    ["a gap of 31", { gaps: [3, 31] }, { gaps: DEFAULT_POLICY.gaps }],
    ["two gaps", { gaps: [4, 6] }, { gaps: [4, 6] }],
    ["an afterPromise of 11", { afterPromise: 11 }, { afterPromise: DEFAULT_POLICY.afterPromise }],
    ["an afterPromise of 0", { afterPromise: 0 }, { afterPromise: 0 }],
    // A competitor gap above the middleman's is not kept: the default, or the middleman's if less.
    [
      "a competitor above the middleman",
      { middlemanMinGap: 4, competitorMaxGap: 6 },
      { middlemanMinGap: 4, competitorMaxGap: 2 },
    ],
    ["a middleman of 1", { middlemanMinGap: 1 }, { middlemanMinGap: 1, competitorMaxGap: 1 }],
  ])("reads %s", (_, stored, expected) => {
    const policy = policyFor(new FakeSettings({ [POLICY_KEY]: stored }));
    expect(policy).toEqual({ ...DEFAULT_POLICY, ...expected });
    // Whatever was stored, what is loaded can be saved as it is.
    expect(validateSettings({ ...DEFAULTS, policy })).toEqual({});
  });

  it("keeps an http://localhost team file, for development", () => {
    const store = new FakeSettings({ [TEAM_FILE_KEY]: "http://localhost:3000/team.json" });
    expect(loadSettings(store).teamFile).toBe("http://localhost:3000/team.json");
  });
});

describe("checking settings before they are saved", () => {
  it("accepts the defaults", () => {
    expect(validateSettings(DEFAULTS)).toEqual({});
  });

  // Each rule: a value it refuses (with the field and message) and one it accepts.
  it.each<[string, RepSettings, RepSettings, string, string]>([
    [
      "a gap of 0",
      settings({}, { gaps: [0, 5, 7, 10] }),
      settings({}, { gaps: [1, 5, 7, 10] }),
      "policy.gaps.0",
      "settingsProblemDays",
    ],
    [
      "a gap of 31",
      settings({}, { gaps: [3, 5, 7, 31] }),
      settings({}, { gaps: [3, 5, 7, 30] }),
      "policy.gaps.3",
      "settingsProblemDays",
    ],
    [
      "a fractional gap",
      settings({}, { gaps: [3, 5.5] }),
      settings({}, { gaps: [3, 5] }),
      "policy.gaps.1",
      "settingsProblemDays",
    ],
    [
      "a missing gap (NaN)",
      settings({}, { gaps: [3, NaN, 7] }),
      settings({}, { gaps: [3, 3, 7] }),
      "policy.gaps.1",
      "settingsProblemDays",
    ],
    [
      "decreasing gaps",
      settings({}, { gaps: [3, 5, 4, 10] }),
      settings({}, { gaps: [3, 5, 5, 10] }),
      "policy.gaps.2",
      "settingsProblemGapsOrder",
    ],
    [
      "no gaps",
      settings({}, { gaps: [] }),
      settings({}, { gaps: [4] }),
      "policy.gaps",
      "settingsProblemGapsCount",
    ],
    [
      "five gaps",
      settings({}, { gaps: [1, 2, 3, 4, 5] }),
      settings({}, { gaps: [1, 2, 3, 4] }),
      "policy.gaps",
      "settingsProblemGapsCount",
    ],
    [
      "an auto-reply hold of 0",
      settings({}, { autoReplyHold: 0 }),
      settings({}, { autoReplyHold: 1 }),
      "policy.autoReplyHold",
      "settingsProblemDays",
    ],
    [
      "an auto-reply hold of 31",
      settings({}, { autoReplyHold: 31 }),
      settings({}, { autoReplyHold: 30 }),
      "policy.autoReplyHold",
      "settingsProblemDays",
    ],
    [
      "a negative wait after a promise",
      settings({}, { afterPromise: -1 }),
      settings({}, { afterPromise: 0 }),
      "policy.afterPromise",
      "settingsProblemAfterPromise",
    ],
    [
      "a wait after a promise of 11",
      settings({}, { afterPromise: 11 }),
      settings({}, { afterPromise: 10 }),
      "policy.afterPromise",
      "settingsProblemAfterPromise",
    ],
    [
      "a middleman gap of 0",
      settings({}, { middlemanMinGap: 0 }),
      settings({}, { middlemanMinGap: 30 }),
      "policy.middlemanMinGap",
      "settingsProblemDays",
    ],
    [
      "a competitor gap of 0",
      settings({}, { competitorMaxGap: 0 }),
      settings({}, { competitorMaxGap: 1 }),
      "policy.competitorMaxGap",
      "settingsProblemDays",
    ],
    [
      "a competitor gap above the middleman's",
      settings({}, { middlemanMinGap: 5, competitorMaxGap: 6 }),
      settings({}, { middlemanMinGap: 5, competitorMaxGap: 5 }),
      "policy.competitorMaxGap",
      "settingsProblemCompetitor",
    ],
    [
      "a team file over http",
      settings({ teamFile: "http://example.com/team.json" }),
      settings({ teamFile: "https://example.com/team.json" }),
      "teamFile",
      "settingsProblemTeamFile",
    ],
    [
      "a team file that is no address",
      settings({ teamFile: "team.json" }),
      settings({ teamFile: "http://localhost:3000/team.json" }),
      "teamFile",
      "settingsProblemTeamFile",
    ],
    [
      "a team file over 500 characters",
      settings({ teamFile: `https://example.com/${"a".repeat(481)}` }),
      settings({ teamFile: `https://example.com/${"a".repeat(480)}` }),
      "teamFile",
      "settingsProblemTeamFile",
    ],
    [
      "a name over 100 characters",
      settings({ repName: "A".repeat(101) }),
      settings({ repName: "A".repeat(100) }),
      "repName",
      "settingsProblemTooLong",
    ],
    [
      "a company over 100 characters",
      settings({ company: "B".repeat(101) }),
      settings({ company: "B".repeat(100) }),
      "company",
      "settingsProblemTooLong",
    ],
    [
      "a country key that is no domain",
      settings({ countries: { localhost: "DE" } }),
      settings({ countries: { "example.de": "DE" } }),
      "countries.localhost",
      "settingsProblemCountry",
    ],
    [
      "a code that is no country",
      settings({ countries: { "omar@example.com": "QQ" } }),
      settings({ countries: { "omar@example.com": "AE" } }),
      "countries.omar@example.com",
      "settingsProblemCountry",
    ],
    [
      "a language Kindly does not speak",
      settings({ uiLanguage: "fr" as "en" }),
      settings({ uiLanguage: "zh-CN" }),
      "uiLanguage",
      "settingsProblemLanguage",
    ],
    [
      "a client ID that is no GUID",
      settings({ graph: graph({ clientId: "kindly-outlook-app" }) }),
      settings({ graph: graph({ clientId: CLIENT_ID }) }),
      "graph.clientId",
      "settingsProblemClientId",
    ],
    [
      "a client ID one digit short",
      settings({ graph: graph({ clientId: CLIENT_ID.slice(0, -1) }) }),
      settings({ graph: graph({ clientId: ` ${CLIENT_ID.toUpperCase()} ` }) }),
      "graph.clientId",
      "settingsProblemClientId",
    ],
    [
      "a Graph address over http",
      settings({ graph: graph({ baseUrl: "http://graph.example.com" }) }),
      settings({ graph: graph({ baseUrl: "http://127.0.0.1:8080" }) }),
      "graph.baseUrl",
      "settingsProblemGraphUrl",
    ],
    [
      "a Graph address that is no address",
      settings({ graph: graph({ baseUrl: "" }) }),
      settings({ graph: graph({ baseUrl: GRAPH_CLOUDS.usGovDod.graph }) }),
      "graph.baseUrl",
      "settingsProblemGraphUrl",
    ],
    [
      "a Graph address with a query",
      settings({ graph: graph({ baseUrl: "https://graph.example.com/?tenant=x" }) }),
      settings({ graph: graph({ baseUrl: "https://graph.example.com/" }) }),
      "graph.baseUrl",
      "settingsProblemGraphUrl",
    ],
  ])("refuses %s and accepts a good value", (_, bad, good, field, problem) => {
    expect(validateSettings(bad)).toEqual({ [field]: problem });
    expect(validateSettings(good)).toEqual({});
    // Every problem has words for the rep.
    expect(en[problem as keyof typeof en]).toEqual(expect.any(String));
  });

  it("allows 200 buyers' countries, not 201", () => {
    const countries = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`buyer${i}.de`, "DE"]));
    expect(validateSettings(settings({ countries: countries(200) }))).toEqual({});
    expect(validateSettings(settings({ countries: countries(201) }))).toEqual({
      countries: "settingsProblemTooManyCountries",
    });
  });

  it("refuses to save invalid settings with a RangeError, and changes nothing", async () => {
    const store = new FakeSettings({ [PROFILE_KEY]: { repName: "Amy" } });
    const bad = settings({ repName: "Amy Zhang" }, { gaps: [0] });
    await expect(saveSettings(store, bad)).rejects.toThrow(RangeError);
    await expect(saveSettings(store, bad)).rejects.toThrow(/policy\.gaps\.0/);
    await expect(saveSettings(store, bad)).rejects.toMatchObject({
      problems: { "policy.gaps.0": "settingsProblemDays" },
    });
    expect(store.values).toEqual({ [PROFILE_KEY]: { repName: "Amy" } });
    expect(store.writes).toEqual([]);
  });
});

describe("saving the rep's settings", () => {
  it("stores only the policy fields that differ from the default", async () => {
    const store = new FakeSettings();
    await saveSettings(store, settings({}, { gaps: [2, 4, 6, 8], middlemanMinGap: 10 }));
    expect(store.writes).toHaveLength(1);
    expect(store.values[POLICY_KEY]).toEqual({ gaps: [2, 4, 6, 8], middlemanMinGap: 10 });
    await saveSettings(store, settings({}, { gaps: [2, 4, 6, 8] }));
    expect(store.values[POLICY_KEY]).toEqual({ gaps: [2, 4, 6, 8] });
  });

  it("stores only the Graph settings that differ from the default", async () => {
    const store = new FakeSettings();
    await saveSettings(store, settings({ graph: graph({ clientId: CLIENT_ID }) }));
    expect(store.values[GRAPH_KEY]).toEqual({ clientId: CLIENT_ID });
    await saveSettings(store, settings({ graph: graph({ baseUrl: GRAPH_CLOUDS.china.graph }) }));
    expect(store.values[GRAPH_KEY]).toEqual({ baseUrl: GRAPH_CLOUDS.china.graph });
    await saveSettings(
      store,
      settings({ graph: { clientId: ` ${CLIENT_ID} `, baseUrl: "http://127.0.0.1:8080/" } })
    );
    expect(store.values[GRAPH_KEY]).toEqual({
      clientId: CLIENT_ID,
      baseUrl: "http://127.0.0.1:8080",
    });
    // The global cloud, however written, and no client ID: no key at all.
    await saveSettings(
      store,
      settings({ graph: graph({ baseUrl: "https://graph.microsoft.com/" }) })
    );
    expect(store.values).toEqual({});
    expect(store.writes).toHaveLength(4);
  });

  it("removes the keys of settings set back to their defaults", async () => {
    const store = new FakeSettings({ [MEMORY_KEY]: MEMORY, [REASONS_KEY]: REASONS });
    await saveSettings(
      store,
      settings(
        {
          repName: "Amy",
          company: "Sunrise",
          countries: { "x.de": "DE" },
          teamFile: "https://example.com/team.json",
          uiLanguage: "en",
          graph: graph({ clientId: CLIENT_ID }),
        },
        { autoReplyHold: 8 }
      )
    );
    expect(Object.keys(store.values).sort()).toEqual(
      [
        COUNTRIES_KEY,
        GRAPH_KEY,
        MEMORY_KEY,
        POLICY_KEY,
        PROFILE_KEY,
        REASONS_KEY,
        TEAM_FILE_KEY,
        UI_LANGUAGE_KEY,
      ].sort()
    );
    await saveSettings(store, DEFAULTS);
    expect(store.values).toEqual({ [MEMORY_KEY]: MEMORY, [REASONS_KEY]: REASONS });
    expect(store.writes).toHaveLength(2);
  });

  it("normalises what it stores: trimmed names, lower-case buyers, upper-case codes", async () => {
    const store = new FakeSettings();
    await saveSettings(
      store,
      settings({
        repName: "  Amy Zhang ",
        company: " ",
        countries: { " Alwaha-Trading.AE ": "sa" },
        teamFile: " https://example.com/team.json ",
      })
    );
    expect(store.values).toEqual({
      [PROFILE_KEY]: { repName: "Amy Zhang" },
      [COUNTRIES_KEY]: { "alwaha-trading.ae": "SA" },
      [TEAM_FILE_KEY]: "https://example.com/team.json",
    });
  });

  it("rejects as the host does, and leaves the settings as they were", async () => {
    const store = new FakeSettings({
      [PROFILE_KEY]: { repName: "Amy" },
      [POLICY_KEY]: { afterPromise: 2 },
    });
    store.refuse = true;
    const change = settings({ repName: "Amy Zhang", uiLanguage: "zh-CN" });
    await expect(saveSettings(store, change)).rejects.toThrow(HostError);
    expect(store.values).toEqual({
      [PROFILE_KEY]: { repName: "Amy" },
      [POLICY_KEY]: { afterPromise: 2 },
    });
    // A retry once the host answers saves it all.
    store.refuse = false;
    await saveSettings(store, change);
    expect(loadSettings(store)).toEqual(change);
  });
});

describe("resetting the rep's settings", () => {
  it("forgets every setting but keeps the chase memory and the chosen reasons", async () => {
    const store = new FakeSettings({ [MEMORY_KEY]: MEMORY, [REASONS_KEY]: REASONS });
    await saveSettings(
      store,
      settings(
        {
          repName: "Amy",
          company: "Sunrise",
          countries: { "x.de": "DE" },
          teamFile: "https://example.com/team.json",
          uiLanguage: "zh-TW",
          graph: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.usGov.graph },
        },
        { gaps: [1], competitorMaxGap: 1 }
      )
    );
    expect(store.values[GRAPH_KEY]).toEqual({
      clientId: CLIENT_ID,
      baseUrl: GRAPH_CLOUDS.usGov.graph,
    });
    await resetSettings(store);
    expect(store.values).toEqual({ [MEMORY_KEY]: MEMORY, [REASONS_KEY]: REASONS });
    expect(store.writes.at(-1)).toEqual({ [MEMORY_KEY]: MEMORY, [REASONS_KEY]: REASONS });
    expect(loadSettings(store)).toEqual(DEFAULTS);
  });

  it("rejects as the host does, and keeps the settings", async () => {
    const stored = { [PROFILE_KEY]: { repName: "Amy" }, [UI_LANGUAGE_KEY]: "en" };
    const store = new FakeSettings(stored);
    store.refuse = true;
    await expect(resetSettings(store)).rejects.toThrow("Outlook could not save your settings.");
    expect(store.values).toEqual(stored);
  });
});

/** Roaming settings as Outlook keeps them: a save that would take them over 32 KB is refused. */
class OutlookSettings extends FakeSettings {
  override async save(): Promise<void> {
    if (JSON.stringify(this.values).length > ROAMING_LIMIT) {
      throw new HostError("Outlook could not save settings: over 32 KB");
    }
    await super.save();
  }
}

describe("everything Kindly keeps, within Outlook's 32 KB", () => {
  it("shares the 32 KB out with a margin: chase memory, chosen reasons, the rep's settings", () => {
    expect(ROAMING_LIMIT).toBe(32_768);
    expect(MEMORY_BUDGET + REASONS_BUDGET + SETTINGS_BUDGET).toBeLessThanOrEqual(
      ROAMING_LIMIT - 1_500
    );
  });

  it("holds a rep's busy year: 200 buyers' countries, 200 reasons chosen, a full memory", async () => {
    const store = new OutlookSettings();
    const countries = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `buyer-trading-company-${String(i).padStart(3, "0")}.com`,
        "AE",
      ])
    );
    await saveSettings(
      store,
      settings({ repName: "Amy Zhang", company: "Sunrise Textiles Co., Ltd.", countries })
    );
    for (let i = 0; i < 200; i++) {
      await chooseReason(
        store,
        `AAMkAGI2-conversation-${i}`,
        i % 2 ? "exchange_rate" : "middleman"
      );
    }
    // Two thousand threads chased over the year: more than the memory's share holds.
    const year = new ChaseMemory();
    for (let i = 0; i < 2_000; i++) {
      const month = String(1 + (i % 12)).padStart(2, "0");
      year.recordChase(`conv-${i}`, `2026-${month}-${String(1 + (i % 28)).padStart(2, "0")}`);
    }
    await saveMemory(store, year);

    // Every save since went through, and every kind of save still does.
    expect(JSON.stringify(store.values).length).toBeLessThanOrEqual(ROAMING_LIMIT);
    await rememberChase(store, "conv-new", "2026-12-30");
    await rememberOverride(store, "conv-new", "2026-12-31");
    await chooseReason(store, "AAMkAGI2-conversation-new", "competitor");
    await saveSettings(store, { ...loadSettings(store), teamFile: "https://example.com/t.json" });
    expect(loadMemory(store).memory.get("conv-new").override).toBe("2026-12-31");
    expect(chosenReason(store, "AAMkAGI2-conversation-new")).toBe("competitor");
    expect(loadSettings(store).countries).toEqual(countries);
  });

  it("holds every share full at once", async () => {
    const store = new OutlookSettings({
      [MEMORY_KEY]: "x".repeat(MEMORY_BUDGET),
      [REASONS_KEY]: Array.from({ length: 300 }, (_, i) => [
        `t${i}`.padEnd(16, "x"),
        "exchange_rate",
      ]),
    });
    // The longest names, and as many buyers (long addresses) as the settings' share holds.
    const profile = { repName: "R".repeat(100), company: "C".repeat(100) };
    const countries: Record<string, string> = {};
    for (let i = 0; ; i++) {
      const more = { ...countries, [`accounts.payable.${i}@long-buyer-name.example.com`]: "DE" };
      if (settingsSize(store, { [PROFILE_KEY]: profile, [COUNTRIES_KEY]: more }) > SETTINGS_BUDGET)
        break;
      Object.assign(countries, more);
    }
    await saveSettings(store, settings({ ...profile, countries }));
    expect(settingsSize(store)).toBeGreaterThan(SETTINGS_BUDGET - 100);
    const reasons = JSON.stringify({ [REASONS_KEY]: store.values[REASONS_KEY] });
    expect(reasons.length).toBeGreaterThan(REASONS_BUDGET - 100);
    expect(JSON.stringify(store.values).length).toBeLessThanOrEqual(ROAMING_LIMIT);
  });
});

describe("the settings' share of the roaming settings", () => {
  it("keeps ordinary settings far under the budget", async () => {
    const store = new FakeSettings({
      [REASONS_KEY]: REASONS,
      [MEMORY_KEY]: "x".repeat(MEMORY_BUDGET),
    });
    await saveSettings(
      store,
      settings(
        {
          repName: "Amy Zhang",
          company: "Sunrise Textiles Co., Ltd.",
          countries: {
            "alwaha-trading.ae": "SA",
            "lily.chen@gmail.com": "HK",
            "balajient.in": "IN",
          },
          teamFile: "https://intranet.example.com/kindly/team-paragraphs.json",
          uiLanguage: "zh-CN",
          graph: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.usGovDod.graph },
        },
        { gaps: [2, 4, 6, 9], middlemanMinGap: 10 }
      )
    );
    // Neither the memory nor the chosen reasons are counted: they have shares of their own.
    const size = settingsSize(store);
    expect(size).toBeGreaterThan(100);
    expect(size).toBeLessThan(SETTINGS_BUDGET / 10);
  });

  it("refuses 200 long country overrides with long names, as too large, and changes nothing", async () => {
    const countries = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `accounts.payable.department.${i}@long-buyer-company-name.example.com`,
        "AE",
      ])
    );
    const big = settings({ repName: "R".repeat(100), company: "C".repeat(100), countries });
    expect(validateSettings(big)).toEqual({});
    const store = new FakeSettings({ [PROFILE_KEY]: { repName: "Amy" } });
    const attempt = saveSettings(store, big);
    await expect(attempt).rejects.toThrow(RangeError);
    await expect(attempt).rejects.toMatchObject({ problems: { budget: "settingsProblemBudget" } });
    await expect(attempt).rejects.toBeInstanceOf(SettingsError);
    expect(store.values).toEqual({ [PROFILE_KEY]: { repName: "Amy" } });
    expect(store.writes).toEqual([]);
    // Half as many buyers fit.
    const half = Object.fromEntries(Object.entries(countries).slice(0, 100));
    await saveSettings(store, { ...big, countries: half });
    expect(settingsSize(store)).toBeLessThanOrEqual(SETTINGS_BUDGET);
    expect(store.writes).toHaveLength(1);
  });

  it("saves a change that shrinks settings already over the budget (as an older Kindly let them grow)", async () => {
    const countries = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `accounts.payable.department.${i}@long-buyer-company-name.example.com`,
        "AE",
      ])
    );
    const store = new FakeSettings({ [COUNTRIES_KEY]: countries });
    expect(settingsSize(store)).toBeGreaterThan(SETTINGS_BUDGET);
    // The settings screen is where the rep removes buyers: fewer must save, more must not.
    const fewer = Object.fromEntries(Object.entries(countries).slice(1));
    await saveSettings(store, settings({ countries: fewer }));
    expect(loadSettings(store).countries).toEqual(fewer);
    const more = { ...fewer, "new@buyer-company.example.com": "DE" as const, ...countries };
    await expect(saveSettings(store, settings({ countries: more }))).rejects.toMatchObject({
      problems: { budget: "settingsProblemBudget" },
    });
    expect(loadSettings(store).countries).toEqual(fewer);
  });

  it("counts the Graph settings, which share the budget", async () => {
    const stored = { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.china.graph };
    const store = new FakeSettings({ [MEMORY_KEY]: MEMORY, [GRAPH_KEY]: stored });
    expect(settingsSize(store)).toBe(JSON.stringify({ [GRAPH_KEY]: stored }).length);
    expect(settingsSize(store, { [GRAPH_KEY]: undefined })).toBe(2);
    // A Graph address long enough to crowd out the rest is refused as too large.
    const long = graph({ baseUrl: `https://graph.example.com/${"a".repeat(SETTINGS_BUDGET)}` });
    expect(validateSettings(settings({ graph: long }))).toEqual({});
    await expect(saveSettings(store, settings({ graph: long }))).rejects.toMatchObject({
      problems: { budget: "settingsProblemBudget" },
    });
    expect(store.values[GRAPH_KEY]).toEqual(stored);
  });

  it("leaves out the reasons chosen for threads, tidying them to their own share", async () => {
    const reasons = Array.from({ length: 200 }, (_, i) => [`thread${i}xyz`, "competitor"]);
    const countries = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`buyer-${i}@company-${i}.example.com`, "DE"])
    );
    // 200 reasons stored no longer make the settings screen refuse the rep's countries…
    const store = new FakeSettings({ [REASONS_KEY]: reasons });
    await saveSettings(store, settings({ countries }));
    expect(loadSettings(store).countries).toEqual(countries);
    // …and are kept within their share, the most recent first.
    const kept = store.values[REASONS_KEY] as unknown[];
    expect(JSON.stringify({ [REASONS_KEY]: kept }).length).toBeLessThanOrEqual(REASONS_BUDGET);
    expect(kept).toEqual(reasons.slice(0, kept.length));
  });
});
