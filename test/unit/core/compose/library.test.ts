import ar from "../../../../src/core/compose/library/ar.json";
import de from "../../../../src/core/compose/library/de.json";
import en from "../../../../src/core/compose/library/en.json";
import es from "../../../../src/core/compose/library/es.json";
import fr from "../../../../src/core/compose/library/fr.json";
import pt from "../../../../src/core/compose/library/pt.json";
import ru from "../../../../src/core/compose/library/ru.json";
import zh from "../../../../src/core/compose/library/zh.json";
import { builtInLibrary } from "../../../../src/core/compose/library";
import { coverage } from "../../../../src/core/compose/merge";
import { compose } from "../../../../src/core/compose/render";
import { slotOf } from "../../../../src/core/compose/slots";
import { fieldsOf } from "../../../../src/core/compose/template";
import { LEVERS } from "../../../../src/core/compose/types";
import { validateLibrary } from "../../../../src/core/compose/validate";
import type { BuyerLanguage } from "../../../../src/core/text/language";
import { request } from "./build";

const FILES: [BuyerLanguage, unknown][] = [
  ["en", en],
  ["zh", zh],
  ["es", es],
  ["fr", fr],
  ["de", de],
  ["pt", pt],
  ["ru", ru],
  ["ar", ar],
];

describe.each(FILES)("built-in library %s", (lang, raw) => {
  it("is valid, for its own language", () => {
    const { file, errors } = validateLibrary(raw, `library/${lang}.json`);
    expect(errors).toEqual([]);
    expect(file?.lang).toBe(lang);
  });

  it("names each paragraph by its slot, so validation can keep a team's ids from clashing", () => {
    // validate.ts refuses a team paragraph whose id is another slot's key; that guards the
    // built-in paragraphs only while their ids are their slot keys.
    for (const paragraph of builtInLibrary(lang).paragraphs) {
      expect(paragraph.id).toBe(slotOf(paragraph).key);
    }
  });

  it("fills every slot", () => {
    expect(coverage(builtInLibrary(lang)).map(({ key }) => key)).toEqual([]);
  });

  it("composes a full reminder with every field filled and nothing left to ask", () => {
    const composed = compose(
      request({ lang, levers: LEVERS, strength: "firm", relationship: "later" }),
      builtInLibrary(lang)
    );
    expect(composed.missing).toEqual([]);
    expect(composed.text).not.toMatch(/[{}]/);
    expect(composed.dir).toBe(lang === "ar" ? "rtl" : "ltr");
  });

  // PRODUCT.md §5: the facts each paragraph is about.
  it.each([
    ["order_reference", "orderRef"],
    ["lever.production", "slotDeadline"],
    ["lever.price_validity", "priceValidUntil"],
  ])("writes %s with {%s}", (prefix, field) => {
    const paragraphs = builtInLibrary(lang).paragraphs.filter((p) =>
      slotOf(p).key.startsWith(prefix)
    );
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs)
      expect([p.id, fieldsOf(p.text)]).toEqual([p.id, expect.arrayContaining([field])]);
  });
});
