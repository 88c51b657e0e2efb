import fc from "fast-check";
import { addDays } from "../../../src/core/dates";
import { ChaseMemory, DEFAULT_POLICY, DELAY_REASONS, threadKey } from "../../../src/core/policy";
import { recentView, RECENT_KEY, REP_KEY } from "../../../src/hosts/gmail/addon";
import { PropertiesStore } from "../../../src/hosts/gmail/properties-store";
import { GRAPH_CLOUDS } from "../../../src/hosts/graph/graph-source";
import type { SettingsStore } from "../../../src/hosts/mailhost";
import {
  forgetOverride,
  loadMemory,
  MEMORY_BUDGET,
  MEMORY_KEY,
  rememberChase,
  rememberOverride,
} from "../../../src/hosts/memory-store";
import {
  buyerCountries,
  chooseReason,
  chosenReason,
  COUNTRIES_KEY,
  keptReasons,
  loadProfile,
  PROFILE_KEY,
  REASONS_BUDGET,
  REASONS_KEY,
  saveProfile,
  setBuyerCountry,
} from "../../../src/hosts/preferences";
import {
  GRAPH_KEY,
  loadSettings,
  policyFor,
  POLICY_KEY,
  resetSettings,
  saveSettings,
  SettingsError,
  TEAM_FILE_KEY,
  teamFileFor,
  UI_LANGUAGE_KEY,
  validateSettings,
  type RepSettings,
} from "../../../src/hosts/settings";
import { memoryProperties } from "../../../src/hosts/simulator/gmail";
import { FakeSettings } from "../../fakes/settings-store";
import { PROPERTY_TIMEOUT, RUNS } from "../property-runs";

/*
 * Kindly's stored settings and chase memory edited by hand, cut short, or written by another
 * version: every load recovers (the memory with its warning, the settings field by field),
 * and the next save keeps every part that could still be read.
 */

jest.setTimeout(PROPERTY_TIMEOUT);

const A = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAHNpHc8V5xRImK0qhQT2Ttw=";
const B = "AAQkAGI2NjY0ZmQ2LWM3ZWItNGYzYS04ZDE0LWJkMzA1ZTc0ZTI2ZgAQAJ3kx0QfZkVEg1Nq8wZ7hPc=";
const D = "thread-d@example.com";
const CLIENT_ID = "5f0e1c2a-7b3d-4e8f-9a1b-2c3d4e5f6a7b";
const TEAM_FILE = "https://intranet.example.com/kindly/team.json";

/** Every key Kindly keeps in the host's settings. */
const KEYS = [
  MEMORY_KEY,
  PROFILE_KEY,
  POLICY_KEY,
  COUNTRIES_KEY,
  TEAM_FILE_KEY,
  UI_LANGUAGE_KEY,
  REASONS_KEY,
  GRAPH_KEY,
] as const;

/** The settings as loaded from an empty store: every field its default. */
const DEFAULTS: RepSettings = loadSettings(new FakeSettings());

const GOOD: RepSettings = {
  repName: "Amy Zhang",
  company: "Sunrise Textiles",
  policy: { ...DEFAULT_POLICY, gaps: [2, 4, 4, 8], afterPromise: 0 },
  countries: { "alwaha-trading.ae": "SA", "lily.chen@gmail.com": "HK" },
  teamFile: TEAM_FILE,
  uiLanguage: "zh-TW",
  graph: { clientId: CLIENT_ID, baseUrl: GRAPH_CLOUDS.china.graph },
};

/** The fields of the settings each key holds. */
const FIELDS: Partial<Record<(typeof KEYS)[number], Array<keyof RepSettings>>> = {
  [PROFILE_KEY]: ["repName", "company"],
  [POLICY_KEY]: ["policy"],
  [COUNTRIES_KEY]: ["countries"],
  [TEAM_FILE_KEY]: ["teamFile"],
  [UI_LANGUAGE_KEY]: ["uiLanguage"],
  [GRAPH_KEY]: ["graph"],
};

/** A rep's whole store, every key holding what Kindly writes. */
async function goodValues(): Promise<Record<string, unknown>> {
  const store = new FakeSettings();
  await saveSettings(store, GOOD);
  await rememberChase(store, A, "2026-03-02");
  await rememberOverride(store, A, "2026-03-04");
  await chooseReason(store, D, "middleman");
  expect(Object.keys(store.values).sort()).toEqual([...KEYS].sort());
  return store.values;
}

/** GOOD, with the fields the key holds at their defaults. */
function withDefaultsFor(key: string): RepSettings {
  const fields = FIELDS[key as keyof typeof FIELDS] ?? [];
  return { ...GOOD, ...Object.fromEntries(fields.map((f) => [f, DEFAULTS[f]])) };
}

function deep(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = i % 2 ? { nested: value } : [value, i];
  return value;
}

const HUGE = "x".repeat(200_000);

const WRONG_SHAPES: Array<[string, unknown]> = [
  ["JSON text, cut short", '{"repName": "Amy Zh'],
  ["a number", 42],
  ["true", true],
  ["an empty array", []],
  ["an array of junk", [1, "a", null, { b: 2 }, [3]]],
  ["an empty object", {}],
  ["an object of junk", { a: [1, 2], "": null, K1: "K1." }],
  ["a huge string", HUGE],
  ["a deep object", deep(100)],
];

describe("a value of the wrong shape in any key", () => {
  const cases = KEYS.flatMap((key) => WRONG_SHAPES.map(([what, value]) => [key, what, value]));

  it.each(cases)(
    "%s holding %s loads as its default; the rest loads whole",
    async (key, _, value) => {
      const store = new FakeSettings({ ...(await goodValues()), [key as string]: value });
      const loaded = loadSettings(store);
      expect(loaded).toEqual(withDefaultsFor(key as string));
      expect(validateSettings(loaded)).toEqual({});
      const { memory, warning } = loadMemory(store);
      if (key === MEMORY_KEY) {
        expect(warning).toBe("unreadable");
        expect(memory.size).toBe(0);
      } else {
        expect(warning).toBeNull();
        expect(memory.get(A)).toEqual({ chases: ["2026-03-02"], override: "2026-03-04" });
      }
      expect(chosenReason(store, D)).toBe(key === REASONS_KEY ? null : "middleman");
    }
  );

  it.each(cases)("%s holding %s: the next saves keep everything else", async (key, _, value) => {
    const store = new FakeSettings({ ...(await goodValues()), [key as string]: value });
    await rememberChase(store, B, "2026-03-10");
    await chooseReason(store, B, "competitor");
    await saveSettings(store, loadSettings(store));
    const after = store.reopened();
    expect(loadSettings(after)).toEqual(withDefaultsFor(key as string));
    const { memory, warning } = loadMemory(after);
    expect(warning).toBeNull();
    expect(memory.get(B).chases).toEqual(["2026-03-10"]);
    expect(memory.get(A).chases).toEqual(key === MEMORY_KEY ? [] : ["2026-03-02"]);
    expect(chosenReason(after, B)).toBe("competitor");
    expect(chosenReason(after, D)).toBe(key === REASONS_KEY ? null : "middleman");
  });

  it("loads nothing stored (null) as nothing, without a warning", () => {
    const store = new FakeSettings(Object.fromEntries(KEYS.map((key) => [key, null])));
    expect(loadSettings(store)).toEqual(DEFAULTS);
    expect(loadMemory(store)).toMatchObject({ warning: null });
  });
});

describe("partial values", () => {
  it("keep every field that can be read", async () => {
    const store = new FakeSettings({
      [PROFILE_KEY]: { company: " Sunrise Textiles " },
      [POLICY_KEY]: { gaps: [2, 4] },
      [COUNTRIES_KEY]: { "alwaha-trading.ae": "sa", "x.de": { code: "DE" } },
      [GRAPH_KEY]: { clientId: CLIENT_ID },
      [REASONS_KEY]: [[threadKey(D), "middleman"], [threadKey(A)], ["", "competitor"], "cash_flow"],
    });
    expect(loadSettings(store)).toEqual({
      ...DEFAULTS,
      company: "Sunrise Textiles",
      policy: { ...DEFAULT_POLICY, gaps: [2, 4] },
      countries: { "alwaha-trading.ae": "SA" },
      graph: { ...DEFAULTS.graph, clientId: CLIENT_ID },
    });
    expect(chosenReason(store, D)).toBe("middleman");
    expect(chosenReason(store, A)).toBeNull();
    await saveProfile(store, { repName: "Amy Zhang" });
    expect(loadProfile(store)).toEqual({ repName: "Amy Zhang", company: "Sunrise Textiles" });
  });
});

describe("huge values", () => {
  it("leave out a name too long to sign with, keeping the company", async () => {
    const store = new FakeSettings({ [PROFILE_KEY]: { repName: HUGE, company: "Sunrise" } });
    expect(loadProfile(store)).toEqual({ company: "Sunrise" });
    expect(validateSettings(loadSettings(store))).toEqual({});
    await saveSettings(store, loadSettings(store));
    expect(store.values[PROFILE_KEY]).toEqual({ company: "Sunrise" });
  });

  it("leave out a buyer longer than any address, keeping the others", async () => {
    const store = new FakeSettings({
      [COUNTRIES_KEY]: { [`${"a".repeat(300)}.example.com`]: "DE", "x.de": "DE" },
    });
    expect(buyerCountries(store)).toEqual({ "x.de": "DE" });
    expect(validateSettings(loadSettings(store))).toEqual({});
    await setBuyerCountry(store, "y.fr", "FR");
    expect(store.values[COUNTRIES_KEY]).toEqual({ "x.de": "DE", "y.fr": "FR" });
  });

  it("in the chosen reasons are tidied to their share at the next save of the settings", async () => {
    const junk = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? [`k${i}`, "nonsense"] : i));
    const pairs = Array.from({ length: 300 }, (_, i) => [`thread${i}`, "away"]);
    const store = new FakeSettings({
      [REASONS_KEY]: [[threadKey(D), "middleman"], ...junk, ...pairs, ["x".repeat(5000), "away"]],
    });
    expect(chosenReason(store, D)).toBe("middleman");
    await saveSettings(store, { ...loadSettings(store), repName: "Amy Zhang" });
    const kept = store.values[REASONS_KEY] as unknown[];
    expect(kept).toEqual(keptReasons(store));
    expect(JSON.stringify({ [REASONS_KEY]: kept }).length).toBeLessThanOrEqual(REASONS_BUDGET);
    expect(kept.length).toBeGreaterThan(100);
    expect(kept[0]).toEqual([threadKey(D), "middleman"]);
    expect(kept[1]).toEqual(["thread0", "away"]);
    expect(loadProfile(store).repName).toBe("Amy Zhang");
  });

  it("in the memory are pruned to the budget at the next save, keeping the most recent", async () => {
    const big = new ChaseMemory();
    for (let i = 0; i < 5_000; i++) big.recordChase(`thread ${i}`, addDays("2024-01-01", i % 700));
    const store = new FakeSettings({ [MEMORY_KEY]: big.encode() });
    expect((store.values[MEMORY_KEY] as string).length).toBeGreaterThan(2 * MEMORY_BUDGET);
    expect(loadMemory(store).warning).toBeNull();
    await rememberChase(store, A, "2026-03-10");
    expect((store.values[MEMORY_KEY] as string).length).toBeLessThanOrEqual(MEMORY_BUDGET);
    expect(loadMemory(store).memory.get(A).chases).toEqual(["2026-03-10"]);
    expect(loadMemory(store).memory.get("thread 699").chases).toEqual([addDays("2024-01-01", 699)]);
  });
});

describe("a memory entry with impossible dates", () => {
  const good = new ChaseMemory();
  good.recordChase(A, "2026-03-02");
  good.recordOverride(A, "2026-03-04");
  const key = threadKey(D);

  it.each([
    ["a day before the year 1", `${key}:-zzzzz`],
    ["a day after the year 9999", `${key}:zzzzz`],
    ["a chase after the year 9999, by its steps", `${key}:1vw,zzzzz,zzzzz,zzzzz`],
    ["the same day twice", `${key}:1vw,0`],
    ["a step back in time", `${key}:1vw,-3`],
    ["a Chase anyway after the year 9999", `${key}:1vw!zzzzz`],
    ["a Chase anyway with no revision", `${key}:1vw!1vx*`],
    ["a key beyond 32 bits", `zzzzzzz:1vw`],
    ["no day at all", `${key}:`],
    ["text where a day goes", `${key}:2026-03-02`],
  ])("%s: drops that entry, warns, and saves the rest with the next chase", async (_, entry) => {
    const stored = good.encode().replace(/\.$/, `;${entry}.`);
    const store = new FakeSettings({ [MEMORY_KEY]: stored });
    const loaded = loadMemory(store);
    expect(loaded.warning).toBe("partial");
    expect(loaded.memory.get(A)).toEqual({ chases: ["2026-03-02"], override: "2026-03-04" });
    expect(loaded.memory.size).toBe(1);
    const { warning } = await rememberChase(store, B, "2026-03-10");
    expect(warning).toBe("partial");
    const after = loadMemory(store.reopened());
    expect(after.warning).toBeNull();
    expect(after.memory.get(A)).toEqual({ chases: ["2026-03-02"], override: "2026-03-04" });
    expect(after.memory.get(B).chases).toEqual(["2026-03-10"]);
  });
});

describe("a memory a newer Kindly saved", () => {
  const NEWER = "K2;abc:1vw,7!1vz;def:1vx.";

  it("is left as it is: this version says so, and saves nothing over it", async () => {
    const store = new FakeSettings({ [MEMORY_KEY]: NEWER });
    expect(loadMemory(store).warning).toBe("newer");
    const chase = await rememberChase(store, A, "2026-03-10");
    expect(chase.warning).toBe("newer");
    expect(chase.memory.get(A).chases).toEqual(["2026-03-10"]);
    await rememberOverride(store, A, "2026-03-11");
    await forgetOverride(store, A);
    expect(store.values[MEMORY_KEY]).toBe(NEWER);
    expect(store.saves).toBe(0);
  });

  it("does not hold back the rep's other settings", async () => {
    const store = new FakeSettings({ [MEMORY_KEY]: NEWER });
    await saveSettings(store, GOOD);
    await chooseReason(store, D, "away");
    expect(loadSettings(store.reopened())).toEqual(GOOD);
    expect(store.values[MEMORY_KEY]).toBe(NEWER);
  });
});

describe("Gmail's properties written by hand", () => {
  const oneChase = new ChaseMemory();
  oneChase.recordChase(A, "2026-03-02");

  it("load as defaults when not JSON, and saves write JSON without touching other keys", async () => {
    const properties = memoryProperties({
      [PROFILE_KEY]: '{"repName": "Amy',
      [COUNTRIES_KEY]: "alwaha-trading.ae=SA",
      [POLICY_KEY]: "{gaps: [2, 4]}",
      [REASONS_KEY]: "[[",
      [MEMORY_KEY]: oneChase.encode(),
      "someone.else": "{not json",
    });
    const store = new PropertiesStore(properties);
    expect(loadSettings(store)).toEqual(DEFAULTS);
    // A memory in the stored text itself (not JSON-quoted) is still a memory.
    expect(loadMemory(store).memory.get(A).chases).toEqual(["2026-03-02"]);
    await chooseReason(store, D, "away");
    await setBuyerCountry(store, "alwaha-trading.ae", "SA");
    await rememberChase(store, B, "2026-03-10");
    expect(store.failure).toBeNull();
    const reread = new PropertiesStore(properties);
    expect(chosenReason(reread, D)).toBe("away");
    expect(buyerCountries(reread)).toEqual({ "alwaha-trading.ae": "SA" });
    expect(loadMemory(reread).memory.get(A).chases).toEqual(["2026-03-02"]);
    expect(properties.values["someone.else"]).toBe("{not json");
    for (const key of [REASONS_KEY, COUNTRIES_KEY, MEMORY_KEY]) {
      expect(() => JSON.parse(properties.values[key]) as unknown).not.toThrow();
    }
  });
});

// ---------------------------------------------------------------------------------------
// Any JSON at all, in every key.

// Mostly the years Kindly is used in, sometimes the calendar's ends.
const dates = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2022-01-01", n)) },
  { weight: 1, arbitrary: fc.constantFrom("0001-01-01", "9999-12-31") }
);
const memories = fc
  .array(
    fc.tuple(fc.constantFrom("chase", "override", "clear"), fc.string({ maxLength: 12 }), dates),
    { maxLength: 30 }
  )
  .map((ops) => {
    const memory = new ChaseMemory();
    for (const [kind, id, date] of ops) {
      if (kind === "chase") memory.recordChase(id, date);
      else if (kind === "override") memory.recordOverride(id, date);
      else memory.clearOverride(id);
    }
    return memory.encode();
  });
const damagedMemories = fc
  .tuple(memories, fc.nat(), fc.string({ maxLength: 4 }))
  .map(([text, at, junk]) => text.slice(0, at % text.length) + junk + text.slice(at % text.length));
const names = fc.oneof(fc.string({ maxLength: 120 }), fc.jsonValue());
const days = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double(), fc.jsonValue());

/** Per key, values that are nearly what Kindly writes: the likeliest hand edits. */
const NEAR: Record<(typeof KEYS)[number], fc.Arbitrary<unknown>> = {
  [MEMORY_KEY]: fc.oneof(memories, damagedMemories, fc.constantFrom("K2;abc:1vw.", "K1", "")),
  [PROFILE_KEY]: fc.record({ repName: names, company: names }, { requiredKeys: [] }),
  [POLICY_KEY]: fc.record(
    {
      gaps: fc.oneof(fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 6 }), fc.jsonValue()),
      autoReplyHold: days,
      afterPromise: days,
      middlemanMinGap: days,
      competitorMaxGap: days,
    },
    { requiredKeys: [] }
  ),
  [COUNTRIES_KEY]: fc.dictionary(
    fc.oneof(fc.domain(), fc.emailAddress(), fc.string()),
    fc.oneof(fc.constantFrom("DE", "sa", " hk ", "QQ", ""), fc.jsonValue())
  ),
  [TEAM_FILE_KEY]: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string()),
  [UI_LANGUAGE_KEY]: fc.oneof(fc.constantFrom("en", "zh-CN", "zh-TW", "auto", "fr"), fc.string()),
  [REASONS_KEY]: fc.array(
    fc.oneof(
      fc.tuple(
        fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue()),
        fc.constantFrom(...DELAY_REASONS)
      ),
      fc.tuple(fc.jsonValue(), fc.jsonValue()),
      fc.jsonValue()
    ),
    { maxLength: 30 }
  ),
  [GRAPH_KEY]: fc.record(
    {
      clientId: fc.oneof(fc.uuid(), fc.string()),
      baseUrl: fc.oneof(
        fc.constantFrom(...Object.values(GRAPH_CLOUDS).map((c) => c.graph)),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string()
      ),
    },
    { requiredKeys: [] }
  ),
};

/** What a store holds: per key nothing, any JSON, or something close to what Kindly writes. */
const stores = fc.record(
  Object.fromEntries(
    KEYS.map((key) => [key, fc.option(fc.oneof(fc.jsonValue(), NEAR[key]), { nil: undefined })])
  ) as Record<(typeof KEYS)[number], fc.Arbitrary<unknown>>,
  { requiredKeys: [] }
);

/** Every load Kindly does, none of which may throw. */
function loadAll(store: SettingsStore) {
  return {
    settings: loadSettings(store),
    policy: policyFor(store),
    teamFile: teamFileFor(store),
    countries: buyerCountries(store),
    profile: loadProfile(store),
    reasons: keptReasons(store),
    chosen: chosenReason(store, A),
    memory: loadMemory(store),
  };
}

/**
 * Loads, then the saves a rep's day makes; checks that each load recovers and that every
 * save keeps what could be read. `fresh` gives the store as the next action sees it.
 */
async function loadAndSave(fresh: () => SettingsStore): Promise<void> {
  const before = loadAll(fresh());
  const problems = Object.keys(validateSettings(before.settings));
  expect(problems.filter((p) => p !== "countries")).toEqual([]);
  const storedMemory = fresh().get(MEMORY_KEY);

  await rememberChase(fresh(), A, "2026-03-09");
  await rememberOverride(fresh(), B, "2026-03-10");
  await forgetOverride(fresh(), B);
  await chooseReason(fresh(), D, "competitor");
  await setBuyerCountry(fresh(), "new-buyer.example.com", "DE");
  await saveProfile(fresh(), { company: "Sunrise" });
  const screen = fresh();
  const unchanged = JSON.stringify(KEYS.map((key) => screen.get(key)));
  await saveSettings(screen, loadSettings(screen)).catch((error: unknown) => {
    // Only a refusal the settings screen shows: too many buyers, or too large for the mailbox.
    expect(error).toBeInstanceOf(SettingsError);
    for (const field of Object.keys((error as SettingsError).problems)) {
      expect(["budget", "countries"]).toContain(field);
    }
    expect(JSON.stringify(KEYS.map((key) => screen.get(key)))).toBe(unchanged);
  });

  const after = loadAll(fresh());
  expect(after.settings).toEqual({
    ...before.settings,
    company: "Sunrise",
    countries: { ...before.countries, "new-buyer.example.com": "DE" },
  });
  const reasons = before.reasons.filter(([k]) => k !== threadKey(D));
  // At most 31 pairs with keys of at most 16 characters: within REASONS_BUDGET, none dropped.
  expect(after.reasons).toEqual([[threadKey(D), "competitor"], ...reasons]);
  if (before.memory.warning === "newer") {
    expect(fresh().get(MEMORY_KEY)).toBe(storedMemory);
  } else {
    const expected = before.memory.memory.merge(new ChaseMemory());
    expected.recordChase(A, "2026-03-09");
    expected.recordOverride(B, "2026-03-10");
    expected.clearOverride(B);
    expected.prune(MEMORY_BUDGET);
    expect(after.memory.warning).toBeNull();
    expect(after.memory.memory.encode()).toBe(expected.encode());
  }

  await resetSettings(fresh());
  const reset = loadAll(fresh());
  expect(reset.settings).toEqual(DEFAULTS);
  expect(reset.reasons).toEqual(after.reasons);
  expect(reset.memory.memory.encode()).toBe(after.memory.memory.encode());
}

describe("any JSON in every key Kindly keeps", () => {
  it("never makes a load or a save throw, and every save keeps what could be read (Outlook)", async () => {
    await fc.assert(
      fc.asyncProperty(stores, async (values) => {
        const store = new FakeSettings(values);
        await loadAndSave(() => store);
      }),
      { numRuns: RUNS }
    );
  });

  it("nor any text in Gmail's properties, with each action reading them afresh", async () => {
    const text = (key: (typeof KEYS)[number]) =>
      fc.oneof(
        fc.string(),
        fc.json(),
        NEAR[key].map((value) => JSON.stringify(value)),
        key === MEMORY_KEY ? memories : fc.constant("")
      );
    const gmailKeys = fc.record(
      {
        ...Object.fromEntries(KEYS.map((key) => [key, text(key)])),
        [REP_KEY]: fc.oneof(fc.string(), fc.json()),
        [RECENT_KEY]: fc.oneof(fc.string(), fc.json()),
      },
      { requiredKeys: [] }
    );
    await fc.assert(
      fc.asyncProperty(gmailKeys, async (generated) => {
        const values = generated as Record<string, string>;
        const properties = memoryProperties(values);
        const stores: PropertiesStore[] = [];
        await loadAndSave(() => {
          const store = new PropertiesStore(properties);
          stores.push(store);
          return store;
        });
        expect(stores.map((s) => s.failure)).toEqual(stores.map(() => null));
        expect(() => recentView(new PropertiesStore(properties), "t", "subject")).not.toThrow();
        for (const key of KEYS) {
          const raw = properties.values[key];
          // What Kindly wrote is JSON; what it did not write is as the rep left it.
          if (raw !== undefined && raw !== values[key]) expect(() => JSON.parse(raw)).not.toThrow();
        }
      }),
      { numRuns: RUNS }
    );
  });
});
