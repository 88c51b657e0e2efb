import { classifyAutoReply, classifyReply } from "../../../../src/core/reasons/classify";
import { OWN_WORDS_READ } from "../../../../src/core/text/language";
import { cartonLine, packingList } from "../thread/helpers";

// A buyer's reason is in the first screenfuls of a reply, not in the packing list under it:
// only the first OWN_WORDS_READ characters of a reply's own words are read.

/** A packing list longer than what is read, with no number that holds "1688". */
const LONG_LIST = packingList(OWN_WORDS_READ + 10_000);
const REASON = "Dear Amy,\n\nOur customer has not paid us yet; we will pay once he pays.\n\n";
const COMPETITOR =
  "Another supplier offers us the same towels 15% cheaper, so we need a better price from you.";

describe("a reply longer than what is read", () => {
  it("gets its reason from its first part, whatever the text beyond says", () => {
    const text = `${REASON}${LONG_LIST}\n${COMPETITOR.repeat(3)}`;
    expect(classifyReply(COMPETITOR.repeat(3)).label).toBe("competitor");
    const reading = classifyReply(text);
    expect(reading.label).toBe("middleman");
    expect(reading.lang).toBe("en");
    expect(reading.evidence.map((e) => e.reason)).toEqual(["middleman"]);
    // Evidence offsets point into the whole text.
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  });

  it("does not read a cue planted only after the limit", () => {
    const reading = classifyReply(`${LONG_LIST}\n${REASON}`);
    expect(reading.label).toBe("unknown");
    expect(reading.evidence).toEqual([]);
    expect(classifyReply(`${packingList(2_000)}\n${REASON}`).label).toBe("middleman");
  });

  it("reads an automatic reply's first part for its evidence", () => {
    const text = `I am out of the office until Monday with limited access to email.\n${LONG_LIST}\nI am on annual leave.`;
    const reading = classifyAutoReply(text);
    expect(reading.label).toBe("away");
    expect(reading.evidence.length).toBeGreaterThan(0);
    for (const e of reading.evidence) expect(e.end).toBeLessThanOrEqual(OWN_WORDS_READ);
  });
});

describe("numbers in a packing list", () => {
  it("give no competitor reason: a number cue (1688) is not inside a longer number", () => {
    // 11688, 16880–16889 and 21688 hold "1688", the marketplace's name, but are carton numbers.
    const cartons = [11_688, ...Array.from({ length: 10 }, (_, k) => 16_880 + k), 21_688];
    const list = cartons.map(cartonLine).join("\n");
    const reading = classifyReply(`Dear Amy,\n\nThe packing list follows.\n\n${list}`);
    expect(reading.label).not.toBe("competitor");
    expect(reading.evidence.filter((e) => e.reason === "competitor")).toEqual([]);
  });

  it("still read the number as a cue where it stands alone", () => {
    expect(classifyReply("We found the same towels on 1688 for 20% less.").label).toBe(
      "competitor"
    );
    expect(classifyReply("我们在1688上找到同款，便宜很多。").label).toBe("competitor");
  });
});
