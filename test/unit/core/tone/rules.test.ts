import { TONE_FAMILIES } from "../../../../src/core/tone";
import type { PatternFamily } from "../../../../src/core/tone";
import { compileContext, compilePatterns } from "../../../../src/core/tone/pattern";
import { BUYER_LANGUAGES } from "../../../../src/core/text/language";

const patternFamilies = TONE_FAMILIES.filter((f): f is PatternFamily => f.kind === "patterns");

// The script a suggestion must be written in, so it reads in the buyer's language.
const SCRIPT: Record<string, RegExp> = {
  en: /\p{sc=Latin}/u,
  es: /\p{sc=Latin}/u,
  fr: /\p{sc=Latin}/u,
  de: /\p{sc=Latin}/u,
  pt: /\p{sc=Latin}/u,
  zh: /\p{sc=Han}/u,
  ru: /\p{sc=Cyrillic}/u,
  ar: /\p{sc=Arabic}/u,
};

describe("tone rules as data", () => {
  it("has one family per category, shouting as code", () => {
    expect(TONE_FAMILIES.map((f) => f.category).sort()).toEqual([
      "accusation",
      "doubt",
      "passive_aggression",
      "rude_pressure",
      "shouting",
      "threat",
    ]);
    expect(TONE_FAMILIES.find((f) => f.category === "shouting")?.kind).toBe("code");
  });

  describe.each(patternFamilies.map((f) => [f.category, f]))("%s", (_, family) => {
    it.each(BUYER_LANGUAGES.map((l) => [l]))("has rules for %s that compile", (lang) => {
      const rules = family.rules[lang];
      expect(rules.length).toBeGreaterThanOrEqual(3);
      for (const rule of rules) {
        expect(rule.match.length).toBeGreaterThan(0);
        expect(() => compilePatterns(rule.match)).not.toThrow();
        if (rule.notBefore) expect(() => compileContext(rule.notBefore as string)).not.toThrow();
        if (rule.notAfter) expect(() => compileContext(rule.notAfter as string)).not.toThrow();
        expect(rule.say.trim()).not.toBe("");
        expect(rule.say).toMatch(SCRIPT[lang]);
        expect(rule.say).not.toMatch(/[{}]/);
      }
    });

    it("bounds every quantifier it writes itself", () => {
      // "*" is the shorthand for a word ending; "+" and open ranges would let one match
      // attempt run over the whole draft.
      for (const lang of BUYER_LANGUAGES) {
        for (const rule of family.rules[lang]) {
          for (const p of [...rule.match, rule.notBefore ?? "", rule.notAfter ?? ""]) {
            expect(p.replace(/\\./g, "")).not.toMatch(/\+|\{\d+,\}/);
          }
        }
      }
    });

    it("never matches an empty phrase", () => {
      for (const lang of BUYER_LANGUAGES) {
        for (const rule of family.rules[lang]) {
          const re = compilePatterns(rule.match);
          re.lastIndex = 0;
          expect(re.exec("")).toBeNull();
        }
      }
    });
  });
});
