import { checkTone } from "../../../../src/core/tone";
import type { BuyerLanguage } from "../../../../src/core/text/language";

/*
 * A negation of the act takes the threat or the order away: a reassurance is courteous.
 * A negation that leaves the act standing does not: "we will not hesitate to…", "不得不",
 * a condition that makes it a bargain, a negation the rule itself is written with.
 */

const REASSURING: ReadonlyArray<[BuyerLanguage, string]> = [
  ["en", "We will not charge any late fees."],
  ["en", "We will not take any legal action."],
  ["en", "You don't need to pay immediately; next week is fine."],
  ["en", "We are not going to take any legal action."],
  ["de", "Wir werden keine rechtlichen Schritte einleiten."],
  ["es", "No vamos a tomar medidas legales."],
  ["fr", "Nous n'engagerons aucune action en justice."],
  ["pt", "Não vamos tomar medidas legais."],
  ["ru", "Мы не будем подавать в суд."],
  ["zh", "我们不会采取任何法律手段。"],
  ["zh", "我们不会采取法律手段。"],
  ["ar", "لن نتخذ أي إجراءات قانونية."],
];

const STILL_HURTFUL: ReadonlyArray<[BuyerLanguage, string, string]> = [
  ["en", "We will not hesitate to take legal action.", "threat"],
  ["en", "We won't hesitate to involve our lawyers.", "threat"],
  ["en", "If you do not pay we will take legal action.", "threat"],
  ["en", "If you pay by Friday, we will not take legal action.", "threat"],
  ["en", "Don't make us take legal action.", "threat"],
  ["en", "Not paying will result in legal action.", "threat"],
  ["en", "We have no choice but to take legal action.", "threat"],
  ["en", "We will not ask again.", "threat"],
  ["de", "Wir werden nicht zögern, rechtliche Schritte einzuleiten.", "threat"],
  ["es", "No dudaremos en tomar medidas legales.", "threat"],
  ["fr", "Nous n'hésiterons pas à engager une action en justice.", "threat"],
  ["pt", "Não hesitaremos em tomar medidas legais.", "threat"],
  ["ru", "Мы не будем колебаться и подадим в суд.", "threat"],
  ["zh", "我们不得不采取法律手段。", "threat"],
  ["zh", "我们会毫不犹豫地采取法律手段。", "threat"],
  ["ar", "لن نتردد في اتخاذ إجراءات قانونية.", "threat"],
  ["ar", "يجب الدفع في أسرع وقت، ولا مجال للنقاش.", "rude_pressure"],
];

describe("a negated threat or order", () => {
  it.each(REASSURING)("is no finding in %s: %s", (lang, sentence) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });

  it.each(STILL_HURTFUL)("still hurts in %s: %s", (lang, sentence, category) => {
    expect(checkTone(sentence, lang).map((f) => f.category)).toContain(category);
  });
});
