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

describe("patience running out is passive aggression, as 我们的耐心是有限的 is", () => {
  expectFlagged("passive_aggression", [
    ["en", "Our patience is running out."],
    ["en", "We are running out of patience."],
    ["en", "My patience is wearing thin."],
    ["zh", "我们的耐心快要耗尽了。"],
    ["zh", "我们已经快没有耐心了。"],
    ["es", "Nuestra paciencia se está agotando."],
    ["es", "Se nos está acabando la paciencia."],
    ["fr", "Notre patience est à bout."],
    ["fr", "Notre patience a des limites."],
    ["de", "Unsere Geduld ist langsam am Ende."],
    ["de", "Uns reißt der Geduldsfaden."],
    ["pt", "Nossa paciência está se esgotando."],
    ["pt", "Estamos perdendo a paciência."],
    ["ru", "Наше терпение на исходе."],
    ["ru", "У нас заканчивается терпение."],
    ["ar", "صبرنا بدأ ينفد."],
    ["ar", "لقد نفد صبرنا."],
  ]);
  expectCourteous([
    ["en", "Thank you for your patience while we finalised the QC report."],
    ["en", "We count on our patience and cooperation to close this together."],
    ["zh", "感谢您的耐心与配合。"],
    ["es", "Gracias por su paciencia y colaboración."],
    ["fr", "Merci de votre patience et de votre coopération."],
    ["de", "Vielen Dank für Ihre Geduld und Ihr Verständnis."],
    ["pt", "Obrigado pela sua paciência e colaboração."],
    ["ru", "Спасибо за ваше терпение и сотрудничество."],
    ["ar", "شكرا على صبركم وتعاونكم."],
  ]);
});

describe("a penalty or a lost deposit announced for not paying is a threat", () => {
  expectFlagged("threat", [
    ["en", "Failure to pay by Friday will result in late fees."],
    ["en", "Pay now or lose your deposit."],
    ["en", "Pay by Friday or you will lose your deposit."],
    ["zh", "周五前未付款将导致滞纳金。"],
    ["zh", "立即付款，否则您将失去定金。"],
    ["es", "La falta de pago antes del viernes dará lugar a recargos por mora."],
    ["es", "Pague ya o pierda su anticipo."],
    ["fr", "Le défaut de paiement d'ici vendredi entraînera des pénalités de retard."],
    ["fr", "Payez maintenant ou vous perdrez votre acompte."],
    ["de", "Bei Nichtzahlung bis Freitag werden Verzugsgebühren fällig."],
    ["de", "Zahlen Sie jetzt oder Sie verlieren Ihre Anzahlung."],
    ["pt", "A falta de pagamento até sexta-feira resultará em multa por atraso."],
    ["pt", "Pague agora ou perca o seu depósito."],
    ["ru", "Неоплата до пятницы приведёт к начислению пени."],
    ["ru", "Платите сейчас, иначе потеряете предоплату."],
    ["ar", "ادفعوا الآن وإلا ستخسرون العربون."],
  ]);
  expectCourteous([
    ["en", "Kindly note that per our agreement late payments carry 1% monthly interest."],
    ["en", "Please don't worry, you will not lose your deposit."],
    ["en", "We hope to receive the deposit by Friday so we can start production."],
    ["fr", "Nous espérons recevoir l'acompte d'ici vendredi pour lancer la production."],
    [
      "de",
      "Wir hoffen, die Anzahlung bis Freitag zu erhalten, damit wir mit der Produktion beginnen können.",
    ],
  ]);
});
