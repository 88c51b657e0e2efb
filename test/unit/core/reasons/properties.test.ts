import fc from "fast-check";
import { classifyAutoReply, classifyReply } from "../../../../src/core/reasons";

// Pieces of real replies, cues and grammar words, so random text often comes
// close to a reason, mixed with any code point and unpaired surrogates.
const FRAGMENTS = [
  "our customer",
  " has not paid",
  "hasn't",
  "not because of",
  "the exchange rate",
  " is not the problem",
  "but",
  "on holiday",
  "Happy holidays",
  "another supplier",
  "cash flow",
  "客户",
  "还没付款",
  "不是",
  "汇率",
  "。",
  "！",
  "？",
  "nuestro cliente",
  "aún no nos paga",
  "ne nous a pas",
  "unser Kunde",
  "noch nicht bezahlt",
  "não pagou",
  "заказчик",
  "не оплатил",
  "в курсе",
  "عميلنا",
  "لم يدفع",
  "؟",
  "،",
  "…",
  ".",
  "?",
  "!",
  ",",
  ";",
  " ",
  "\n",
  "\n\n",
  "Mr.",
  "ß",
  "İ",
  "é",
  "\u0301",
  "\ud83d",
  "\ude00",
  "😀",
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary" })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(""));

const LABELS = ["middleman", "cash_flow", "exchange_rate", "competitor", "away", "unknown"];

describe("classifyReply on any text", () => {
  it("never throws, and its evidence points into the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const reading of [classifyReply(t), classifyAutoReply(t)]) {
          expect(LABELS).toContain(reading.label);
          expect(reading.confidence).toBeGreaterThanOrEqual(0);
          expect(reading.confidence).toBeLessThanOrEqual(1);
          for (const e of reading.evidence) {
            expect(t.slice(e.start, e.end)).toBe(e.sentence);
            expect(e.sentence).toContain(e.cue);
            expect(e.cue.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 }
    );
  });

  it("gives evidence for the label it names", () => {
    fc.assert(
      fc.property(text, (t) => {
        const reading = classifyReply(t);
        if (reading.label !== "unknown") expect(reading.evidence[0].reason).toBe(reading.label);
      }),
      { numRuns: 300 }
    );
  });
});
