import { extractFacts, type FactSource } from "../../../../src/core/facts";
import { OWN_WORDS_READ } from "../../../../src/core/text/language";
import { packingList } from "../thread/helpers";

// The order facts are in the first screenfuls of a message, not in the packing list under
// it: only the first OWN_WORDS_READ characters of each message's own words are read.

/** A packing list longer than what is read, with no fact in it. */
const LIST = packingList(OWN_WORDS_READ + 10_000);
const SENT = "2026-11-03T15:30:00Z";
const buyer = (text: string): FactSource => ({ side: "buyer", sentAt: SENT, text });
const ours = (text: string): FactSource => ({ side: "ours", sentAt: SENT, text });

describe("extractFacts on a message longer than what is read", () => {
  it("takes the reference, amount and price validity from its first part", () => {
    const facts = extractFacts([
      ours(
        `Dear Mr. Smith,\nPlease find PI HX-2611-003, total amount USD 31,000.00. The price is valid until 15 December.\n\n${LIST}\n` +
          "PI ZZ-9999-999, total amount USD 99,999.00. The price is valid until 20 January."
      ),
    ]);
    expect(facts.orderRef).toEqual({ kind: "PI", value: "HX-2611-003" });
    expect(facts.orderRefs).toEqual([{ kind: "PI", value: "HX-2611-003" }]);
    expect(facts.amount).toEqual({ amount: 31000, currency: "USD", text: "USD 31,000.00" });
    expect(facts.amounts.map((m) => m.amount)).toEqual([31000]);
    expect(facts.priceValidUntil).toBe("2026-12-15");
  });

  it("takes the confirmation date from its first part", () => {
    const first = extractFacts([
      buyer(`We confirm the order, PI signed on 2 November.\n${LIST}\nWe confirm the order.`),
    ]);
    expect(first.confirmedOn).toBe("2026-11-02");
  });

  it("does not read a fact planted only after the limit", () => {
    const facts = extractFacts([
      buyer(
        `${LIST}\nWe confirm the order, PI HX-2611-003 signed on 2 November, total USD 31,000.00. The price is valid until 15 December.`
      ),
    ]);
    expect(facts).toEqual({
      orderRef: null,
      orderRefs: [],
      amount: null,
      amounts: [],
      confirmedOn: null,
      priceValidUntil: null,
    });
  });
});
