import { builtInLibrary, compose, DELAY_REASONS, LEVERS } from "../../../../src/core/compose";
import { BUYER_LANGUAGES } from "../../../../src/core/text/language";
import { checkTone } from "../../../../src/core/tone";
import { request } from "./build";

/*
 * PRODUCT.md §6: Kindly's own words must pass its own tone check. Every built-in paragraph
 * is checked as written (placeholders and all) and inside whole reminders, with every
 * reason and every lever in both strengths, in its own language and with no language given.
 */
describe.each(BUYER_LANGUAGES.map((l) => [l]))("built-in %s paragraphs", (lang) => {
  const library = builtInLibrary(lang);

  it.each(library.paragraphs.map((p) => [p.id, p.text]))("%s passes the tone check", (_, text) => {
    expect(checkTone(text, lang)).toEqual([]);
    expect(checkTone(text)).toEqual([]);
  });

  it.each([["gentle" as const], ["firm" as const]])("whole %s reminders pass", (strength) => {
    for (const reason of DELAY_REASONS) {
      for (const ask of ["date", "slip"] as const) {
        const { text } = compose(
          request({ lang, reason, levers: LEVERS, strength, ask, relationship: "later" }),
          library
        );
        expect({ reason, ask, findings: checkTone(text, lang) }).toEqual({
          reason,
          ask,
          findings: [],
        });
      }
    }
  });
});

// Firms write their names in capitals, and some names are words of a sentence.
const FIRMS_IN_CAPITALS = [
  "WE CARE TRADING CO., LTD",
  "YOUR HOME FURNITURE LLC",
  "DO IT BEST CORP",
  "PAY LESS SUPERMARKETS LLC",
  "NOW FOODS INC",
  "STILL WATERS TRADING LLC",
  "WE CARE TRADING",
];

describe.each(BUYER_LANGUAGES.map((l) => [l]))(
  "%s reminders signed by a firm in capitals",
  (lang) => {
    it.each(FIRMS_IN_CAPITALS.map((f) => [f]))("%s passes the tone check", (company) => {
      const base = request();
      const { text } = compose(
        request({ lang, levers: LEVERS, strength: "firm", fields: { ...base.fields, company } }),
        builtInLibrary(lang)
      );
      expect(text).toContain(company);
      expect(checkTone(text, lang)).toEqual([]);
      expect(checkTone(text)).toEqual([]);
    });
  }
);
