import { builtInLibrary } from "../../../src/core/compose";
import {
  baseFields,
  defaultChoices,
  fieldsFor,
  reminderFor,
  type Edits,
  type ReminderFacts,
} from "../../../src/hosts/reminder";

// The reminder's fields as the Outlook composer and the Gmail card both build them: what the
// thread and the rep's profile give, and what the form must ask for instead.

const TODAY = "2026-12-01";
const FACTS: ReminderFacts = {
  orderRef: { kind: "PI", value: "SR-2611-045" },
  amount: null,
  confirmedOn: "2026-11-05",
  priceValidUntil: null,
  promisedDate: null,
};
const PROFILE = { company: "Sunrise Textiles" };

const base = (buyer: string | undefined, facts: Partial<ReminderFacts> = {}, displayName = "") =>
  baseFields(buyer, { ...FACTS, ...facts }, PROFILE, displayName, "en", TODAY);

/** The fields the form asks for with the price-validity lever on, and the reminder's text. */
function withPriceLever(fields: ReturnType<typeof base>, edits = {}) {
  const choices = {
    ...defaultChoices("en", null),
    levers: new Set(["price_validity"] as const),
    edits,
  };
  const { asked, composed, refused } = reminderFor(
    "first",
    "unknown",
    fields,
    choices,
    builtInLibrary("en"),
    TODAY
  );
  return { asked, text: composed.text, missing: composed.missing, refused };
}

describe("baseFields", () => {
  it("greets the buyer by name, and asks for one where Outlook gave only an address", () => {
    expect(base("Omar Haddad").buyerName).toBe("Omar Haddad");
    for (const name of ["omar@alwaha-trading.ae", "Omar <omar@alwaha-trading.ae>", "", undefined])
      expect(base(name).buyerName).toBeUndefined();
  });

  it("signs with the rep's display name, unless it is an address (then the form asks)", () => {
    expect(base("Omar", {}, "Amy Zhang").repName).toBe("Amy Zhang");
    expect(base("Omar", {}, "amy.zhang@sunrisetex.com").repName).toBeUndefined();
    const signed = baseFields("Omar", FACTS, { repName: "Amy" }, "amy@x.com", "en", TODAY);
    expect(signed.repName).toBe("Amy");
  });

  it("cites a price validity from the thread only while it holds; a passed one is asked for", () => {
    expect(base("Omar", { priceValidUntil: "2026-12-15" }).priceValidUntil).toBe("2026-12-15");
    expect(base("Omar", { priceValidUntil: TODAY }).priceValidUntil).toBe(TODAY);
    const passed = withPriceLever(base("Omar", { priceValidUntil: "2026-03-15" }));
    expect(passed.asked).toContain("priceValidUntil");
    expect(passed.missing).toContain("priceValidUntil");
    expect(passed.text).not.toContain("15 March 2026");
    // The rep gives the new date, as typed (spaces around it too).
    const given = withPriceLever(base("Omar", { priceValidUntil: "2026-03-15" }), {
      priceValidUntil: " 2026-12-20 ",
    });
    expect(given.missing).not.toContain("priceValidUntil");
    expect(given.text).toContain("20 December 2026");
  });
});

describe("fieldsFor", () => {
  const typed = (edits: Edits) => fieldsFor(base("Omar"), edits, TODAY);

  it.each([
    ["12,500.00", 12500],
    ["12.500,00", 12500],
    ["12 500,50", 12500.5],
    ["12,50", 12.5],
    ["1250", 1250],
    [" 8.400,5 ", 8400.5],
  ])("reads the amount %j as %d, in the rep's own convention", (amount, read) => {
    const { fields, refused } = typed({ amount, currency: "usd" });
    expect(fields.amount).toEqual({ amount: read, currency: "USD" });
    expect(refused).toEqual({});
  });

  it.each(["0x10", "1e3", "12.11.2026", "-5", "0", "1.2345", "abc"])(
    "takes no amount from %j, and says why",
    (amount) => {
      const { fields, refused } = typed({ amount, currency: "USD" });
      expect(fields.amount).toBeUndefined();
      expect(refused).toEqual({ amount: "amount" });
    }
  );

  it.each([
    ["1500.250", "KWD", 1500.25],
    ["1,500.250", "KWD", 1500.25],
    ["1.500,250", "BHD", 1500.25],
    ["12 500,125", "OMR", 12500.125],
    // Where three digits can group thousands, they do, in every currency.
    ["1,500", "KWD", 1500],
    ["1.500.250", "KWD", 1500250],
    ["1500.250", "USD", NaN],
    ["1,500.250", "USD", NaN],
  ])("reads %j in %s as %d: three decimals in a currency that has them", (amount, cur, read) => {
    const { fields } = typed({ amount, currency: cur });
    expect(fields.amount?.amount ?? NaN).toBe(read);
  });

  it("takes no amount without a three-letter currency, and says so of the currency", () => {
    for (const currency of ["", "US", "$", "dollars"]) {
      const { fields, refused } = typed({ amount: "1,200", currency });
      expect(fields.amount).toBeUndefined();
      expect(refused).toEqual({ currency: "currency" });
    }
  });

  it("takes a date typed with spaces around it, and refuses one that is no day", () => {
    expect(typed({ slotDeadline: " 2026-12-15 " })).toEqual({
      fields: expect.objectContaining({ slotDeadline: "2026-12-15" }),
      refused: {},
    });
    for (const day of ["15/12/2026", "2026-02-30", "2026-13-01", "next Friday"]) {
      const { fields, refused } = typed({ slotDeadline: day });
      expect(fields.slotDeadline).toBeUndefined();
      expect(refused).toEqual({ slotDeadline: "date" });
    }
  });

  it("refuses a slot or price day before today, which the reminder would cite as to come", () => {
    const { fields, refused } = typed({
      slotDeadline: "2026-11-30",
      priceValidUntil: "2026-03-15",
    });
    expect(fields.slotDeadline).toBeUndefined();
    expect(fields.priceValidUntil).toBeUndefined();
    expect(refused).toEqual({ slotDeadline: "past", priceValidUntil: "past" });
    // Today itself is still to come, to the end of the day.
    expect(typed({ slotDeadline: TODAY }).fields.slotDeadline).toBe(TODAY);
  });

  it("refuses an order confirmed on a day still to come, and takes one up to today", () => {
    expect(typed({ confirmedOn: "2026-12-02" }).refused).toEqual({ confirmedOn: "future" });
    expect(typed({ confirmedOn: "2026-12-02" }).fields.confirmedOn).toBe(FACTS.confirmedOn);
    expect(typed({ confirmedOn: TODAY }).fields.confirmedOn).toBe(TODAY);
  });

  it("keeps the reminder's field asked for while the typed day is refused", () => {
    const passed = withPriceLever(base("Omar"), { priceValidUntil: "2026-11-20" });
    expect(passed.missing).toContain("priceValidUntil");
    expect(passed.refused).toEqual({ priceValidUntil: "past" });
    expect(passed.text).not.toContain("20 November 2026");
  });
});
