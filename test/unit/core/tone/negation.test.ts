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
  ["zh", "我们不会就此事采取法律行动。"],
  ["zh", "我们不会将此事交给律师。"],
  ["zh", "我们绝不会因为付款延迟而起诉贵司。"],
  ["ar", "لن نتخذ أي إجراءات قانونية."],
  ["de", "Sie müssen nicht sofort bezahlen."],
  ["es", "No es necesario pagar de inmediato."],
  ["ru", "Вам не нужно платить немедленно."],
  ["zh", "不用马上付款，下周也可以。"],
  ["en", "Don't pay now, next week is fine."],
];

const STILL_HURTFUL: ReadonlyArray<[BuyerLanguage, string, string]> = [
  ["en", "We will not hesitate to take legal action.", "threat"],
  ["en", "We won't hesitate to involve our lawyers.", "threat"],
  ["en", "If you do not pay we will take legal action.", "threat"],
  ["en", "If you pay by Friday, we will not take legal action.", "threat"],
  ["en", "Don't make us take legal action.", "threat"],
  ["en", "Not paying will result in legal action.", "threat"],
  ["en", "We have no choice but to take legal action.", "threat"],
  // "No" of a noun, not of the act: "no problem", "no excuses".
  ["en", "I have no problem taking legal action.", "threat"],
  ["en", "No excuses pay immediately.", "rude_pressure"],
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
  // The negation is the buyer's not paying: a condition, and the threat stands.
  ["zh", "不付款就起诉", "threat"],
  ["zh", "再不付款就报警", "threat"],
  ["zh", "不付款将起诉贵司", "threat"],
  ["zh", "你们不付款就等着法院传票吧", "threat"],
  ["ru", "Не заплатите — подадим в суд.", "threat"],
  ["fr", "Pas de paiement = poursuites judiciaires.", "threat"],
  ["de", "Keine Zahlung = rechtliche Schritte.", "threat"],
  ["en", "No payment by Friday - legal action will follow.", "threat"],
  // A link makes the phrase the consequence.
  ["en", "Payment not received = legal action.", "threat"],
  // The negation denies a doubt, not the threat.
  ["en", "We are not joking about legal action.", "threat"],
  ["en", "This is not an empty threat of legal action.", "threat"],
  ["zh", "毫无疑问将采取法律行动", "threat"],
];

describe("a negated threat or order", () => {
  it.each(REASSURING)("is no finding in %s: %s", (lang, sentence) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });

  it.each(STILL_HURTFUL)("still hurts in %s: %s", (lang, sentence, category) => {
    expect(checkTone(sentence, lang).map((f) => f.category)).toContain(category);
  });
});
