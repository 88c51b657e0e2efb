import { BUYER_LANGUAGES } from "../../../../src/core/text/language";
import { GRAMMAR, REASON_CUES } from "../../../../src/core/reasons/cues";
import { expandGroups, parseParts } from "../../../../src/core/reasons/groups";

/** Every pattern of the tables, with where it came from. */
function allPatterns(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const { reason, cues } of REASON_CUES) {
    for (const [lang, table] of Object.entries(cues)) {
      for (const [level, list] of Object.entries(table)) {
        for (const p of list as string[]) out.push([`${reason}/${lang}/${level}`, p]);
      }
    }
  }
  for (const [lang, grammar] of Object.entries(GRAMMAR)) {
    for (const [kind, list] of Object.entries(grammar)) {
      for (const p of list as string[]) out.push([`grammar/${lang}/${kind}`, p]);
    }
  }
  return out;
}

describe("the cue tables", () => {
  it("cover every explained reason once, in every buyer language", () => {
    expect(REASON_CUES.map((r) => r.reason).sort()).toEqual(
      ["away", "cash_flow", "competitor", "exchange_rate", "middleman"].sort()
    );
    for (const { reason, cues } of REASON_CUES) {
      for (const lang of BUYER_LANGUAGES) {
        expect({ reason, lang, strong: cues[lang].strong.length > 0 }).toEqual({
          reason,
          lang,
          strong: true,
        });
      }
    }
  });

  it("have grammar for every buyer language", () => {
    for (const lang of BUYER_LANGUAGES) {
      expect(GRAMMAR[lang].not.length).toBeGreaterThan(0);
      expect(GRAMMAR[lang].contrast.length).toBeGreaterThan(0);
    }
  });

  it("are well formed: groups closed, no empty part or phrase, a letter before every *", () => {
    for (const [where, pattern] of allPatterns()) {
      // An empty alternative is allowed only inside a group (it makes the group optional):
      // written out, every part and every phrase has text.
      for (const part of parseParts(pattern)) {
        for (const alt of part)
          expect({ where, alt, empty: alt.trim() === "" }).toEqual({ where, alt, empty: false });
      }
      for (const part of expandGroups(pattern).split(" … ")) {
        for (const text of part.split("|")) {
          expect({ where, text, empty: text === "" }).toEqual({ where, text, empty: false });
          expect({ where, text, star: /^\*|\s\*/.test(text) }).toEqual({
            where,
            text,
            star: false,
          });
        }
      }
    }
  });

  it("hold many cues per reason and language", () => {
    for (const { reason, cues } of REASON_CUES) {
      for (const lang of BUYER_LANGUAGES) {
        const alternatives = [...cues[lang].strong, ...(cues[lang].weak ?? [])]
          .map((p) => expandGroups(p).split(" … ")[0].split("|").length)
          .reduce((a, b) => a + b, 0);
        expect({ reason, lang, many: alternatives >= 10 }).toEqual({ reason, lang, many: true });
      }
    }
  });
});
