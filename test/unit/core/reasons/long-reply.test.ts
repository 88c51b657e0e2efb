import { classifyAutoReply, classifyReply } from "../../../../src/core/reasons/classify";
import { OWN_WORDS_READ } from "../../../../src/core/text/language";

// A buyer's reason is in the first screenfuls of a reply, not in the packing list under it:
// only the first OWN_WORDS_READ characters of a reply's own words are read.

/** Packing-list lines for cartons `from` to `to` (no cue in them but their numbers). */
function packingList(from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i <= to; i++) {
    lines.push(
      `Carton ${i}: 24 bath towels, 70x140 cm, 500 gsm, colour ${i % 7}, net 11.2 kg, gross 12.0 kg.`
    );
  }
  return lines.join("\n");
}

/** A packing list longer than what is read, with no number that holds "1688". */
const LONG_LIST = packingList(0, 999);
const REASON = "Dear Amy,\n\nOur customer has not paid us yet; we will pay once he pays.\n\n";
const COMPETITOR =
  "Another supplier offers us the same towels 15% cheaper, so we need a better price from you.";

describe("a reply longer than what is read", () => {
  it("the packing list under test is longer than the part read", () => {
    expect(LONG_LIST.length).toBeGreaterThan(OWN_WORDS_READ);
  });

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
    expect(classifyReply(`${packingList(0, 20)}\n${REASON}`).label).toBe("middleman");
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
    const list = [
      packingList(11_688, 11_688),
      packingList(16_880, 16_889),
      packingList(21_688, 21_688),
    ];
    const reading = classifyReply(`Dear Amy,\n\nThe packing list follows.\n\n${list.join("\n")}`);
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
