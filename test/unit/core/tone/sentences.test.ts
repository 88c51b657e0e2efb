import { checkTone, TONE_CATEGORIES } from "../../../../src/core/tone";
import { BUYER_LANGUAGES } from "../../../../src/core/text/language";
import { COURTEOUS, FLAGGED } from "./sentences";

function describeFindings(text: string, lang?: string): string {
  const found = checkTone(text, lang as never);
  return found.map((f) => `${f.category}: "${f.phrase}"`).join("; ") || "(none)";
}

describe.each(BUYER_LANGUAGES.map((lang) => [lang]))("%s", (lang) => {
  describe.each(TONE_CATEGORIES.map((c) => [c]))("%s", (category) => {
    const sentences = FLAGGED[lang][category];

    it("has several sentences", () => {
      expect(sentences.length).toBeGreaterThanOrEqual(2);
    });

    it.each(sentences.map((s) => [s]))("flags %s", (sentence) => {
      // With the buyer language known, and without it (every language's rules run).
      for (const given of [lang, undefined]) {
        const categories = checkTone(sentence, given).map((f) => f.category);
        if (!categories.includes(category))
          throw new Error(`no ${category} in "${sentence}": ${describeFindings(sentence, given)}`);
      }
    });
  });

  describe("courteous", () => {
    it.each(COURTEOUS[lang].map((s) => [s]))("leaves alone %s", (sentence) => {
      for (const given of [lang, undefined]) {
        const findings = checkTone(sentence, given);
        if (findings.length > 0)
          throw new Error(`"${sentence}" flagged: ${describeFindings(sentence, given)}`);
      }
    });

    it("leaves the courteous sentences alone as one whole draft", () => {
      expect(checkTone(COURTEOUS[lang].join("\n"), lang)).toEqual([]);
    });
  });
});
