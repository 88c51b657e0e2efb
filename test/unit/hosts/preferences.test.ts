import { threadKey } from "../../../src/core/policy";
import type { SettingsStore } from "../../../src/hosts/mailhost";
import {
  buyerCountries,
  chooseReason,
  chosenReason,
  COUNTRIES_KEY,
  keptReasons,
  loadProfile,
  MAX_COUNTRIES,
  PROFILE_KEY,
  REASONS_BUDGET,
  REASONS_KEY,
  saveProfile,
  setBuyerCountry,
  SETTINGS_BUDGET,
  SettingsError,
  settingsSize,
} from "../../../src/hosts/preferences";
import { FakeSettings } from "../../fakes/settings-store";

function store(initial: Record<string, unknown> = {}) {
  const values = { ...initial };
  const saves: Array<Record<string, unknown>> = [];
  const settings: SettingsStore = {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
    remove: (key) => {
      delete values[key];
    },
    save: async () => {
      saves.push(JSON.parse(JSON.stringify(values)) as Record<string, unknown>);
    },
  };
  return { settings, saves };
}

describe("the buyers' countries in roaming settings", () => {
  it("reads domains and addresses with their country codes, normalised", () => {
    const { settings } = store({
      [COUNTRIES_KEY]: { " Alwaha-Trading.AE ": "sa", "lily.chen@gmail.com": "HK" },
    });
    expect(buyerCountries(settings)).toEqual({
      "alwaha-trading.ae": "SA",
      "lily.chen@gmail.com": "HK",
    });
  });

  it.each([
    ["nothing stored", undefined],
    ["a string", "SA"],
    ["an array", ["SA"]],
    ["bad entries", { "alwaha-trading.ae": "QQ", localhost: "DE", "x.de": 7, "": "DE" }],
  ])("gives no countries for %s", (_, stored) => {
    expect(buyerCountries(store({ [COUNTRIES_KEY]: stored }).settings)).toEqual({});
  });

  it("sets, replaces and clears a buyer's country, and saves each time", async () => {
    const { settings, saves } = store({ [COUNTRIES_KEY]: { "x.de": "DE" } });
    await setBuyerCountry(settings, "Alwaha-Trading.ae", "sa");
    await setBuyerCountry(settings, "alwaha-trading.ae", "OM");
    expect(buyerCountries(settings)).toEqual({ "x.de": "DE", "alwaha-trading.ae": "OM" });
    await setBuyerCountry(settings, "alwaha-trading.ae", null);
    expect(buyerCountries(settings)).toEqual({ "x.de": "DE" });
    expect(saves).toHaveLength(3);
  });

  it("refuses a code that is no country, and changes nothing", async () => {
    const { settings, saves } = store();
    await expect(setBuyerCountry(settings, "x.de", "Germany")).rejects.toThrow(RangeError);
    expect(settings.get(COUNTRIES_KEY)).toBeUndefined();
    expect(saves).toEqual([]);
  });
});

/** As many buyers' domains (of about 30 characters) as asked, each with a country. */
function manyCountries(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`buyer-trading-company-${i}.com`, "AE"])
  );
}

describe("the buyers' countries set in the pane, within the settings' limits", () => {
  it("refuses a 201st buyer, as the settings screen does, and changes nothing", async () => {
    const store = new FakeSettings();
    for (let i = 0; i < MAX_COUNTRIES; i++) {
      await setBuyerCountry(store, `buyer-trading-company-${i}.com`, "AE");
    }
    const full = structuredClone(store.values);
    const attempt = setBuyerCountry(store, "one-more-buyer.com", "SA");
    await expect(attempt).rejects.toBeInstanceOf(SettingsError);
    await expect(attempt).rejects.toMatchObject({
      problems: { countries: "settingsProblemTooManyCountries" },
    });
    await expect(attempt).rejects.toThrow("At most 200 buyers can have a country set");
    expect(store.values).toEqual(full);
    expect(store.saves).toBe(MAX_COUNTRIES);
  });

  it("still changes and clears a buyer's country when full, and takes a new one after", async () => {
    const store = new FakeSettings({ [COUNTRIES_KEY]: manyCountries(MAX_COUNTRIES) });
    await setBuyerCountry(store, "buyer-trading-company-7.com", "SA");
    expect(buyerCountries(store)["buyer-trading-company-7.com"]).toBe("SA");
    await setBuyerCountry(store, "buyer-trading-company-8.com", null);
    await setBuyerCountry(store, "one-more-buyer.com", "OM");
    expect(buyerCountries(store)["one-more-buyer.com"]).toBe("OM");
    expect(Object.keys(buyerCountries(store))).toHaveLength(MAX_COUNTRIES);
  });

  it("refuses a buyer that would take the settings over their budget, and changes nothing", async () => {
    // Long addresses fill the budget well before 200 buyers.
    const address = (i: number) => `accounts.payable.${i}@a-long-buyer-company-name.example.com`;
    const store = new FakeSettings();
    let added = 0;
    let refusal: unknown = null;
    while (refusal === null && added < MAX_COUNTRIES) {
      try {
        await setBuyerCountry(store, address(added), "DE");
        added++;
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toBeInstanceOf(SettingsError);
    expect(refusal).toMatchObject({ problems: { budget: "settingsProblemBudget" } });
    expect(added).toBeLessThan(MAX_COUNTRIES);
    expect(Object.keys(buyerCountries(store))).toHaveLength(added);
    expect(settingsSize(store)).toBeLessThanOrEqual(SETTINGS_BUDGET);
  });

  it("lets a rep whose settings are over (as an older Kindly let them grow) clear and change, not add", async () => {
    const store = new FakeSettings({ [COUNTRIES_KEY]: manyCountries(400) });
    expect(settingsSize(store)).toBeGreaterThan(SETTINGS_BUDGET);
    await setBuyerCountry(store, "buyer-trading-company-1.com", null);
    await setBuyerCountry(store, "buyer-trading-company-2.com", "SA");
    expect(Object.keys(buyerCountries(store))).toHaveLength(399);
    await expect(setBuyerCountry(store, "one-more-buyer.com", "SA")).rejects.toMatchObject({
      problems: { countries: "settingsProblemTooManyCountries", budget: "settingsProblemBudget" },
    });
    expect(buyerCountries(store)["one-more-buyer.com"]).toBeUndefined();
  });
});

describe("the rep's profile saved from the composer", () => {
  it("saves names trimmed, and clears one given empty", async () => {
    const store = new FakeSettings({ [PROFILE_KEY]: { repName: "Amy", company: "Sunrise" } });
    await saveProfile(store, { repName: "  Amy Zhang ", company: "" });
    expect(store.values[PROFILE_KEY]).toEqual({ repName: "Amy Zhang" });
  });

  it("refuses a name too long to read back, and changes nothing", async () => {
    const store = new FakeSettings({ [PROFILE_KEY]: { repName: "Amy" } });
    await expect(saveProfile(store, { company: "C".repeat(101) })).rejects.toMatchObject({
      problems: { company: "settingsProblemTooLong" },
    });
    expect(store.values[PROFILE_KEY]).toEqual({ repName: "Amy" });
    expect(store.saves).toBe(0);
  });

  it("refuses a profile that would take the settings over their budget", async () => {
    // Buyers' countries (long addresses) filling the budget to within 100 characters.
    const countries: Record<string, string> = {};
    const size = () => settingsSize(new FakeSettings({ [COUNTRIES_KEY]: countries }));
    for (let i = 0; size() <= SETTINGS_BUDGET - 100; i++) {
      countries[`accounts.payable.${i}@a-long-buyer-company-name.example.com`] = "DE";
    }
    delete countries[Object.keys(countries)[0]];
    const store = new FakeSettings({ [COUNTRIES_KEY]: countries });
    await saveProfile(store, { repName: "Amy" });
    await expect(
      saveProfile(store, { repName: "R".repeat(100), company: "C".repeat(100) })
    ).rejects.toMatchObject({ problems: { budget: "settingsProblemBudget" } });
    expect(loadProfile(store)).toEqual({ repName: "Amy" });
    expect(settingsSize(store)).toBeLessThanOrEqual(SETTINGS_BUDGET);
  });
});

describe("the reasons chosen for threads: a cache within its share", () => {
  /** The characters the chosen reasons take, as stored. */
  const reasonsSize = (store: FakeSettings) =>
    JSON.stringify({ [REASONS_KEY]: store.values[REASONS_KEY] }).length;

  it("drops the oldest choices to stay within REASONS_BUDGET, never the one just made", async () => {
    const store = new FakeSettings();
    for (let i = 0; i < 300; i++) {
      await chooseReason(store, `conversation-${i}`, "exchange_rate");
      expect(chosenReason(store, `conversation-${i}`)).toBe("exchange_rate");
      expect(reasonsSize(store)).toBeLessThanOrEqual(REASONS_BUDGET);
    }
    const kept = keptReasons(store);
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept.length).toBeLessThan(300);
    // Most recent first: the newest kept, the oldest gone.
    expect(kept[0]).toEqual([threadKey("conversation-299"), "exchange_rate"]);
    expect(kept.at(-1)).toEqual([threadKey(`conversation-${300 - kept.length}`), "exchange_rate"]);
    expect(chosenReason(store, "conversation-0")).toBeNull();
  });

  it("keeps a thread whose reason the rep chooses again, moving it to the front", async () => {
    const store = new FakeSettings();
    await chooseReason(store, "conversation-old", "middleman");
    for (let i = 0; i < 300; i++) {
      await chooseReason(store, `conversation-${i}`, "cash_flow");
      // The rep picks the old thread's reason again now and then: it stays the most recent.
      if (i % 50 === 0) await chooseReason(store, "conversation-old", "competitor");
    }
    expect(chosenReason(store, "conversation-old")).toBe("competitor");
    expect(keptReasons(store).filter(([k]) => k === threadKey("conversation-old"))).toHaveLength(1);
  });

  it("forgets a choice, keeping the others in their order", async () => {
    const store = new FakeSettings();
    await chooseReason(store, "a", "away");
    await chooseReason(store, "b", "middleman");
    await chooseReason(store, "c", "competitor");
    await chooseReason(store, "b", null);
    expect(keptReasons(store)).toEqual([
      [threadKey("c"), "competitor"],
      [threadKey("a"), "away"],
    ]);
  });
});
