import {
  BUYER_LANGUAGES,
  detectLanguage,
  isBuyerLanguage,
} from "../../../../src/core/text/language";

describe("detectLanguage", () => {
  it.each([
    ["en", "Sorry for the delay, we will arrange the payment as soon as possible."],
    ["en", "Hi Tom, thanks for your patience. Our customer has not paid us yet."],
    ["zh", "王经理您好，我们下周安排付款。"],
    ["zh", "我們下週安排付款，謝謝。"],
    ["es", "Estimado Juan, le confirmo que haremos el pago la próxima semana. Saludos."],
    ["es", "Hola, todavía no tenemos los fondos, pero pagaremos pronto."],
    ["fr", "Bonjour, nous effectuerons le virement dès que possible. Cordialement."],
    ["fr", "Je suis en congés jusqu'au 3 janvier, je m'en occupe à mon retour."],
    ["de", "Sehr geehrte Frau Wang, wir werden die Zahlung nächste Woche veranlassen."],
    ["de", "Leider hat unser Kunde noch nicht bezahlt. Viele Grüße"],
    ["pt", "Prezado, ainda não recebemos o pagamento do nosso cliente. Obrigado."],
    ["pt", "Bom dia, vamos fazer a transferência quando o câmbio melhorar, você pode aguardar?"],
    ["ru", "Добрый день! Оплату произведём на следующей неделе."],
    ["ar", "مرحبا، سنقوم بالتحويل الأسبوع القادم إن شاء الله."],
  ])("reads %s: %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("goes by the script that carries the words, not a Latin greeting", () => {
    expect(detectLanguage("Hi Tom, 我们的客户还没有付款，请再等一下。")).toBe("zh");
    expect(detectLanguage("Dear Sir, عميلنا لم يدفع بعد")).toBe("ar");
    expect(detectLanguage("Hello! Наш заказчик ещё не оплатил.")).toBe("ru");
  });

  it.each([
    ["empty", ""],
    ["digits and signs", "12,500.00 USD — 30% / 70%"],
    ["one word", "Thanks!"],
    ["one Han character", "好"],
    ["a short Cyrillic word", "Да"],
    ["Japanese", "お支払いは来週になります。よろしくお願いします。"],
    ["Korean", "다음 주에 결제하겠습니다."],
    ["Ukrainian", "Ми оплатимо наступного тижня, дякуємо за терпіння і розуміння."],
    ["Persian", "ما هفته آینده پرداخت می‌کنیم، ممنون از صبر شما."],
    ["Italian, no buyer language", "Grazie mille, faremo il pagamento domani."],
  ])("says nothing for %s", (_what, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it("needs a clear margin between Latin languages", () => {
    // One Spanish and one Portuguese function word: too close to call.
    expect(detectLanguage("muy obrigado")).toBeNull();
  });

  it("reads accented and unaccented writing alike", () => {
    expect(detectLanguage("Nao recebemos o pagamento ainda, voce pode aguardar?")).toBe("pt");
    expect(detectLanguage("Ihre Zahlung fur die Rechnung ist noch nicht da, bitte warten")).toBe(
      "de"
    );
  });

  it("only names buyer languages", () => {
    for (const text of ["Hello there, how are you?", "我们明天付款", "Оплатим завтра, спасибо"]) {
      const lang = detectLanguage(text);
      expect(lang === null || isBuyerLanguage(lang)).toBe(true);
      expect(lang === null || BUYER_LANGUAGES.includes(lang)).toBe(true);
    }
  });
});
