import type { SettingsStore } from "../../../src/hosts/mailhost";
import { buyerCountries, COUNTRIES_KEY, setBuyerCountry } from "../../../src/hosts/preferences";

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
