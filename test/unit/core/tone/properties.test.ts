import fc from "fast-check";
import { checkTone, TONE_CATEGORIES, type ToneFinding } from "../../../../src/core/tone";
import { BUYER_LANGUAGES, type BuyerLanguage } from "../../../../src/core/text/language";
import { COURTEOUS, FLAGGED } from "./sentences";
import { RUNS, runsFraction } from "../../property-runs";
import { bidiWrapped, hostileText, megabyteLine } from "../hostile-text";

// UTF-16 units of any value, so unpaired surrogates and combining marks come up often.
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

// Pieces of what the rules look for, so random text often comes close to a finding.
const FRAGMENTS = [
  "you ",
  "still ",
  "haven't ",
  "haven\u2019t ",
  "paid",
  "must ",
  "ASAP",
  "PLEASE PAY ",
  "PI ",
  "T/T ",
  "SR-2611-045 ",
  "!!",
  "?!",
  "！！",
  "؟؟",
  "legal action",
  "per my last email",
  "as I told you",
  "我们",
  "必须",
  "付款",
  "法律",
  "不得不采取",
  "acciones legales",
  "procédure",
  "e\u0301",
  "rechtliche Schritte",
  "Maßnahmen",
  "medidas judiciais",
  "обратиться в суд",
  "вы не ",
  "الإجراءات القانونية",
  "سَنُ",
  "ـ",
  "\u200b",
  "ß",
  "İ",
  " ",
  "\n",
  ".",
  ",",
  "\ud800",
  "\udc00",
];
const pieces = fc.constantFrom(...FRAGMENTS);
const textish = fc
  .array(fc.oneof(pieces, anyUnits, fc.string({ unit: "binary", maxLength: 20 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));
const sentences = fc.constantFrom(
  ...BUYER_LANGUAGES.flatMap((l) => [
    ...TONE_CATEGORIES.flatMap((c) => FLAGGED[l][c as keyof (typeof FLAGGED)[typeof l]]),
    ...COURTEOUS[l],
  ])
);
const draft = fc
  .array(fc.oneof(sentences, textish), { maxLength: 8 })
  .map((parts) => parts.join(" "));
const language = fc.option(fc.constantFrom<BuyerLanguage>(...BUYER_LANGUAGES), { nil: undefined });

/**
 * Findings as their type says: exact, sorted, apart, each with a category, a language and a
 * wording. Plain checks and one expect: a 1 MB draft has tens of thousands of findings.
 */
function expectFindings(found: ToneFinding[], text: string): void {
  const wrong = found.filter(
    (f, i) =>
      f.start < (i > 0 ? found[i - 1].end : 0) ||
      f.end <= f.start ||
      f.end > text.length ||
      text.slice(f.start, f.end) !== f.phrase ||
      !TONE_CATEGORIES.includes(f.category) ||
      !BUYER_LANGUAGES.includes(f.lang) ||
      f.suggestion.trim() === ""
  );
  expect(wrong).toEqual([]);
}

describe("properties", () => {
  it("never throws on any Unicode (full range, unpaired surrogates, bidi controls); findings are exact, sorted, apart and complete", () => {
    const text = fc.oneof(anyUnits, textish, draft, hostileText(FRAGMENTS));
    fc.assert(
      fc.property(text, language, (t, lang) => expectFindings(checkTone(t, lang), t)),
      { numRuns: RUNS }
    );
  });

  it("finds a flagged sentence wrapped in bidi controls", () => {
    const text = bidiWrapped(FLAGGED.en.threat[0]);
    const found = checkTone(text, "en");
    expectFindings(found, text);
    expect(found.map((f) => f.category)).toContain("threat");
  });

  it("comes back on a 1 MB line of findings, bidi controls and surrogates", () => {
    const text = megabyteLine(
      "You still haven't paid! PLEASE PAY NOW or we will take legal action 你们必须付款"
    );
    expectFindings(checkTone(text), text);
  });

  it("gives the same answer when asked twice", () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        expect(checkTone(text, lang)).toEqual(checkTone(text, lang));
      }),
      // A tenth: each run checks a draft of up to eight sentences twice.
      { numRuns: runsFraction(0.1) }
    );
  });

  it("finds a flagged sentence again inside a longer draft", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUYER_LANGUAGES), fc.nat(), fc.nat(), (lang, pickA, pickB) => {
        const before = COURTEOUS[lang][pickA % COURTEOUS[lang].length];
        const category = TONE_CATEGORIES.filter((c) => c !== "shouting")[pickB % 5];
        const list = FLAGGED[lang][category as "threat"];
        const flagged = list[pickB % list.length];
        const found = checkTone(`${before}\n${flagged}\n${before}`, lang);
        expect(found.map((f) => f.category)).toContain(category);
      }),
      { numRuns: RUNS }
    );
  });

  it("answers nothing for what is not a text", () => {
    expect(checkTone("")).toEqual([]);
    expect(checkTone(undefined as unknown as string)).toEqual([]);
    expect(checkTone(42 as unknown as string)).toEqual([]);
  });

  // Adversarial 200 KB drafts: long runs of what the rules start on but cannot finish. Each
  // must come back (the speed itself is measured in benchmarks, not here).
  it.each([
    ["blanks", " ".repeat(200_000)],
    ["one long word", "x".repeat(200_000)],
    ["a lead-in, then a long word", "must " + "a".repeat(200_000)],
    ["many lead-ins, then a long word", "must ".repeat(10_000) + "a".repeat(150_000)],
    ["repeated subjects", "you ".repeat(50_000)],
    ["repeated findings", "pay now ".repeat(25_000)],
    ["capitals", "PLEASE PAY ".repeat(20_000)],
    ["codes in capitals", "USD FOB PI ".repeat(20_000)],
    ["marks", "!?".repeat(100_000)],
    ["Chinese lead-ins", "你们必须".repeat(50_000)],
    ["Chinese gaps", ("必须" + "款".repeat(14)).repeat(12_000)],
    ["Arabic lead-ins", "يجب عليكم ".repeat(20_000)],
    ["Cyrillic", "вы не ".repeat(30_000)],
    ["combining marks", "e\u0301".repeat(100_000)],
    ["lone surrogates", "\ud800".repeat(100_000) + "\udc00".repeat(100_000)],
    ["apostrophes", "\u2019".repeat(200_000)],
  ])("comes back on %s", (_, text) => {
    const found = checkTone(text);
    expect(found.every((f) => text.slice(f.start, f.end) === f.phrase)).toBe(true);
  });
});
