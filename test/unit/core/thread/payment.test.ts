import { isAboutPayment, isChase, promisedDate } from "../../../../src/core/thread/payment";

const SENT = "2026-11-25T09:00:00Z"; // a Wednesday

describe("our messages about getting paid", () => {
  it.each([
    ["English", "May I check when the deposit will be remitted? Please send the bank slip."],
    ["Chinese", "王总您好，合同的定金请问什么时候可以安排？收到水单后我们马上排产。"],
    ["Spanish", "¿Podría enviarnos el comprobante de la transferencia del anticipo?"],
    ["French", "Pourriez-vous me confirmer la date du virement de l'acompte ?"],
    ["German", "Wann dürfen wir mit der Anzahlung rechnen?"],
    ["Portuguese", "Poderia confirmar a data do pagamento do sinal?"],
    ["Russian", "Подскажите, пожалуйста, когда будет произведена предоплата?"],
    ["Arabic", "هل يمكنكم تأكيد موعد تحويل الدفعة المقدمة؟"],
  ])("are chases (%s)", (_lang, text) => {
    expect(isAboutPayment(text)).toBe(true);
  });

  it.each([
    "Thank you, we have received your payment. Production starts Monday.",
    "已收到定金，谢谢！",
    "Hemos recibido el pago, gracias.",
    "Please find the revised drawing attached.",
  ])("are not: %s", (text) => {
    expect(isAboutPayment(text)).toBe(false);
  });

  it("ignores payment words in the lines a message quotes", () => {
    expect(isAboutPayment("Thanks for the photos!\n> When will you pay the deposit?")).toBe(false);
  });
});

describe("the buyer's promised payment date", () => {
  it.each([
    ["English", "We will remit the deposit next Tuesday.", "2026-12-01"],
    ["English, date", "Payment will be made on 3 December.", "2026-12-03"],
    ["Spanish", "El pago saldrá el viernes, le enviaremos el comprobante.", "2026-11-27"],
    ["Chinese", "定金我们下周二安排支付，付款后发水单给你。", "2026-12-01"],
    ["German", "Wir werden die Anzahlung am Freitag überweisen.", "2026-11-27"],
    ["French", "Nous allons effectuer le virement lundi prochain.", "2026-11-30"],
    ["Portuguese", "Vamos fazer o pagamento na sexta-feira.", "2026-11-27"],
    ["Russian", "Оплатим предоплату в пятницу.", "2026-11-27"],
    ["Arabic", "سوف نقوم بتحويل الدفعة يوم الأحد.", "2026-11-29"],
  ])("%s", (_lang, text, date) => {
    expect(promisedDate(text, SENT)).toBe(date);
  });

  it.each([
    ["no date", "We will pay as soon as possible."],
    [
      "no commitment",
      "This month we are short of cash: we are waiting for our customers' payment.",
    ],
    ["a past date", "We paid the deposit on 20 November."],
    ["not about paying", "We will send the drawings on Friday."],
  ])("none when %s", (_what, text) => {
    expect(promisedDate(text, SENT)).toBeNull();
  });

  it("the last promise in a message wins", () => {
    expect(
      promisedDate("We will pay half on Friday. We will transfer the rest on 10 December.", SENT)
    ).toBe("2026-12-10");
  });
});

describe("chases", () => {
  it("are not the PI going out with its payment terms", () => {
    expect(
      isChase(
        "Please find attached our PI SR-2611-045. The 30% deposit lets us book your production slot."
      )
    ).toBe(false);
    expect(isChase("附件是形式发票，请查收。30%定金到账后我们安排生产。")).toBe(false);
  });

  it("are a question about the deposit, even with the PI attached again", () => {
    expect(
      isChase(
        "Attached is the PI again for your reference. Could you arrange the deposit this week?"
      )
    ).toBe(true);
    expect(isChase("May I check on the deposit?")).toBe(true);
  });
});

describe("promises without the usual future tense", () => {
  it.each([
    [
      "German, this week",
      "Unsere Buchhaltung prüft die Zahlung gerade; die Anzahlung geht diese Woche raus.",
      "2026-11-27",
    ],
    [
      "German, a dotted date",
      "Die Anzahlung über 4.250,00 € wird am 2.12. überwiesen.",
      "2026-12-02",
    ],
  ])("%s", (_what, text, date) => {
    expect(promisedDate(text, SENT)).toBe(date);
  });

  it("not a question", () => {
    expect(promisedDate("Can you send the invoice by Friday so that we can pay?", SENT)).toBeNull();
  });
});
