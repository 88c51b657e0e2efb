import type { BuyerLanguage } from "../../../../src/core/text/language";
import { checkTone, type ToneCategory } from "../../../../src/core/tone";

/*
 * Common harsh phrases of a payment chase, in every language where they are said, and the
 * courteous sentences that share their words.
 */
function expectFlagged(
  category: ToneCategory,
  cases: readonly (readonly [BuyerLanguage, string])[]
): void {
  it.each(cases)(`flag [%s] %s as ${category}`, (lang, sentence) => {
    expect(checkTone(sentence, lang).map((f) => f.category)).toContain(category);
  });
}

function expectCourteous(cases: readonly (readonly [BuyerLanguage, string])[]): void {
  it.each(cases)("leave [%s] %s unflagged", (lang, sentence) => {
    expect(checkTone(sentence, lang)).toEqual([]);
  });
}

describe("an order to stop ignoring us blames the buyer", () => {
  expectFlagged("accusation", [
    ["en", "Stop ignoring our emails."],
    ["en", "Please stop ignoring my messages."],
    ["zh", "请不要再无视我们的邮件。"],
    ["es", "Dejen de ignorar nuestros correos."],
    ["fr", "Arrêtez d'ignorer nos e-mails."],
    ["fr", "Cessez de nous ignorer."],
    ["de", "Hören Sie auf, unsere E-Mails zu ignorieren."],
    ["de", "Ignorieren Sie unsere E-Mails nicht länger."],
    ["pt", "Parem de ignorar nossos e-mails."],
    ["ru", "Перестаньте игнорировать наши письма."],
    ["ar", "توقفوا عن تجاهل رسائلنا."],
  ]);
  expectCourteous([
    ["en", "Please ignore my last email, the amount was wrong."],
    ["zh", "如已付款，请忽略此邮件。"],
    ["es", "Por favor, ignore mi correo anterior."],
    ["fr", "Merci d'ignorer mon précédent e-mail."],
    ["de", "Bitte ignorieren Sie meine vorherige E-Mail."],
    ["pt", "Por favor, ignore meu e-mail anterior."],
    ["ru", "Пожалуйста, проигнорируйте моё предыдущее письмо."],
    ["ar", "يرجى تجاهل رسالتي السابقة."],
  ]);
});
