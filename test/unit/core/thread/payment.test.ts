import { isAboutPayment, isChase, promisedDate } from "../../../../src/core/thread/payment";
import { measured } from "./helpers";

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

describe("a payment received, or not", () => {
  it.each([
    ["English", "As of today no payment received on our side. Could you kindly check?"],
    ["English, not yet", "We have not yet received the deposit."],
    ["Chinese", "我们还没收到定金，请问什么时候可以安排？"],
    ["Spanish", "Todavía no hemos recibido el pago del anticipo."],
    ["Portuguese", "Ainda não recebemos o pagamento do sinal."],
    ["German", "Leider konnten wir bis heute keinen Zahlungseingang feststellen."],
    ["Russian", "Мы еще не получили оплату по счету."],
    ["Arabic", "لم يتم استلام الدفعة حتى الآن."],
    ["French", "Aucun paiement reçu à ce jour pour l'acompte."],
    ["a condition", "We will ship as soon as the balance is received."],
    ["a question", "Has the payment been received by your bank?"],
    ["a condition, Chinese", "收到定金后我们安排生产。"],
    ["upon receipt", "Upon receipt of the deposit we will book your production slot."],
  ])("a payment not received is still about payment (%s)", (_what, text) => {
    expect(isAboutPayment(text)).toBe(true);
  });

  it.each([
    ["English", "Thank you, we have received your signed PI. Kindly arrange the 30% deposit."],
    ["same sentence", "We have received your PI and ask you to arrange the deposit."],
    ["Chinese", "PI已收到，请安排定金。"],
  ])("receiving something else is no thank-you for a payment (%s)", (_what, text) => {
    expect(isChase(text)).toBe(true);
  });

  it.each([
    "Payment received with thanks.",
    "We confirm receipt of your payment.",
    "Thank you, the deposit has been credited to our account.",
    "Vielen Dank, die Zahlung haben wir erhalten.",
    "Nous avons bien reçu votre virement, merci.",
    "Recebemos o pagamento, obrigado.",
    "Оплата получена, спасибо!",
    "定金已收到，谢谢！",
    "لقد استلمنا الدفعة، شكرا.",
    "Thank you for the remittance, it reached our account this morning.",
    "Thanks for the deposit! Production will start next week.",
    "Gracias por el pago, ya iniciamos la producción.",
    "Merci pour le virement, la production commence lundi.",
    "Vielen Dank für die Anzahlung! Die Produktion beginnt nächste Woche.",
    "Obrigado pelo pagamento, a produção já começou.",
    "Спасибо за оплату, производство уже началось.",
    "感谢您的付款，我们已安排生产。",
    "شكراً على الدفعة، بدأنا الإنتاج.",
  ])("a payment received is not: %s", (text) => {
    expect(isAboutPayment(text)).toBe(false);
  });

  // Clause by clause: thanks for one payment, in the same sentence as a request for another.
  it.each([
    "Thanks for the deposit, please also arrange the balance payment by Friday.",
    "Thanks for your transfer confirmation, but the funds have not arrived.",
    "Many thanks for the transfer slip, however we have not received the payment yet.",
    "Thank you for the payment schedule, please pay the deposit by Friday.",
    "We have received the deposit, please arrange the balance by Friday.",
    "Gracias por el pago del anticipo, por favor envíe el saldo antes del viernes.",
    "Merci pour le virement, merci de régler le solde avant vendredi.",
    "感谢您的付款，请在周五前支付尾款。",
    "Danke für die Anzahlung, bitte überweisen Sie den Restbetrag bis Freitag.",
    "Спасибо за предоплату, просим оплатить остаток до пятницы.",
  ])("a thank-you clause leaves the request in the same sentence standing: %s", (text) => {
    expect(isChase(text)).toBe(true);
  });

  it("a thank-you sentence leaves a separate request standing", () => {
    expect(
      isChase("We have received the deposit, thank you. Could you arrange the balance by Friday?")
    ).toBe(true);
  });

  it("a received payment wrapped over two lines is still one sentence", () => {
    expect(isAboutPayment("Thank you, we have received\nyour payment of USD 4,250.00.")).toBe(
      false
    );
  });

  it("a line of its own is a sentence of its own", () => {
    expect(isChase("Deposit: received\nBalance: please remit before shipment")).toBe(true);
  });
});

describe("payment words as buyers inflect them", () => {
  it.each([
    "Напоминаем об оплате счета №118.",
    "Когда ожидать поступления предоплаты?",
    "Пришлите, пожалуйста, платежное поручение.",
    "Как обстоят дела с предоплатой?",
    "Could you let us know when the funds will be transferred?",
    "Just checking in: have the funds been wired?",
    "When will you be paying the invoice?",
    "Wann erfolgt die Zahlungsfreigabe?",
  ])("count: %s", (text) => {
    expect(isAboutPayment(text)).toBe(true);
  });

  it.each([
    "Сертификат в переводе на английский прилагаю.",
    "Платье и платформа готовы к отправке.",
    "The wireless module is in the box.",
    "Wir haben zahlreiche Muster verschickt.",
    "Please see página 3 of the catalogue.",
  ])("words that only look alike do not: %s", (text) => {
    expect(isAboutPayment(text)).toBe(false);
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
    ["English, wrapped", "We will remit the deposit\non Friday.", "2026-11-27"],
    // A day of next month is that day, not the month's last.
    [
      "English, a day of next month",
      "We will pay the balance on the 5th of next month.",
      "2026-12-05",
    ],
    [
      "Spanish, a day of next month",
      "Pagaremos el saldo el día 5 del mes que viene.",
      "2026-12-05",
    ],
    ["French, a day of next month", "Nous réglerons le solde le 5 du mois prochain.", "2026-12-05"],
    ["Russian, a day of next month", "Оплатим остаток 5 числа следующего месяца.", "2026-12-05"],
    ["Portuguese, a day of next month", "Faremos o pagamento dia 10 do próximo mês.", "2026-12-10"],
    ["English, so next week", "So next week we will remit the balance.", "2026-12-04"],
    [
      "Portuguese, do próximo mês",
      "Faremos o pagamento do saldo no decorrer do próximo mês.",
      "2026-12-31",
    ],
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
    ["days counted from the B/L", "We will pay the balance within 30 days after B/L date."],
    ["days counted from the B/L, Chinese", "余款见提单复印件后7天内支付。"],
    ["not about paying", "We will send the drawings on Friday."],
    ["a refusal, typed with a curly apostrophe", "We can’t remit the deposit on Friday."],
  ])("none when %s", (_what, text) => {
    expect(promisedDate(text, SENT)).toBeNull();
  });

  it.each([
    ["present tense", "We are paying on Friday.", "2026-11-27"],
    ["-ing", "We will be remitting the funds on Monday.", "2026-11-30"],
    ["passive", "The funds will be transferred on Friday.", "2026-11-27"],
    ["a PI received first, Chinese", "PI已收到，定金下周二安排支付。", "2026-12-01"],
    [
      "a PI received first, English",
      "We have received the revised PI and will transfer the deposit next Tuesday.",
      "2026-12-01",
    ],
    [
      "a PI received first, Spanish",
      "Hemos recibido la factura proforma y haremos el pago el próximo martes.",
      "2026-12-01",
    ],
    [
      "a PI received first, Portuguese",
      "Recebemos a PI e faremos o pagamento na próxima terça-feira.",
      "2026-12-01",
    ],
  ])("a promise: %s", (_what, text, date) => {
    expect(promisedDate(text, SENT)).toBe(date);
  });

  it.each([
    ["month first", "We will wire the balance on 12/5.", "2026-12-05"],
    ["month first, with a year", "We will wire the balance on 12/05/2026.", "2026-12-05"],
    ["day first, with a year", "We will transfer the balance on 05/12/2026.", "2026-12-05"],
    ["day first", "Wir überweisen die Anzahlung am 03/12.", "2026-12-03"],
  ])("an ambiguous slashed date is the reading that lies ahead (%s)", (_what, text, date) => {
    expect(promisedDate(text, SENT)).toBe(date);
  });

  it.each([
    ["Portuguese", "Olá, vamos fazer o pagamento do saldo em 01/02/2026, obrigado.", "2026-02-01"],
    [
      "Spanish",
      "Hola, le haremos la transferencia del saldo el 01/02/2026, saludos.",
      "2026-02-01",
    ],
    ["English, either way", "Hi, we will wire the balance on 01/02/2026, thanks.", "2026-01-02"],
  ])("a slashed date is read the way the buyer's language writes it (%s)", (_l, text, date) => {
    // Written 15 December 2025: 2 January and 1 February both lie ahead.
    expect(promisedDate(text, "2025-12-15T09:00:00Z")).toBe(date);
  });

  it("a reply too short to tell its language is read in the buyer's (the thread's)", () => {
    // "Pagaremos el 05/06" alone does not say it is Spanish; written 20 April, 6 May lies
    // ahead as well as 5 June.
    expect(promisedDate("Pagaremos el 05/06.", "2026-04-20T09:00:00Z")).toBe("2026-05-06");
    expect(promisedDate("Pagaremos el 05/06.", "2026-04-20T09:00:00Z", "UTC", "es")).toBe(
      "2026-06-05"
    );
    // What the message's own words tell comes first.
    expect(
      promisedDate(
        "Hi, we will wire the balance on 05/06, thanks.",
        "2026-04-20T09:00:00Z",
        "UTC",
        "es"
      )
    ).toBe("2026-05-06");
  });

  it.each([
    ["English, not able to", "Sorry, we will not be able to pay on 4 December."],
    ["English, not possible", "Payment on 4 December is not possible."],
    ["English, won't", "We won't pay the balance by 4 December."],
    ["French", "Nous ne pourrons pas payer le solde le 4 décembre."],
    ["Portuguese", "Não conseguiremos pagar o saldo em 4 de dezembro."],
    ["Spanish", "No podremos pagar el saldo el 4 de diciembre."],
    ["Russian", "Мы не сможем оплатить 4 декабря."],
    // The full stop of "4. Dezember" does not end the sentence before its "nicht".
    ["German", "Wir können die Zahlung am 4. Dezember nicht leisten."],
    ["English, unable to", "We are unable to make the balance payment on 4 December."],
    ["English, not possible after a word", "Payment on 4 December is unfortunately not possible."],
    ["English, the date refused", "We will pay the balance, but not on 4 December."],
    ["German, nicht zahlen können", "Am 4. Dezember werden wir leider nicht zahlen können."],
    ["Chinese, 无法", "我们12月4日无法付款。"],
    ["Chinese, 不能 before the date", "我们不能在12月4日付款。"],
    ["Chinese, 不行 after", "12月4日付款不行。"],
    ["Russian, a date first", "4 декабря мы не сможем оплатить счёт."],
    ["English, a long way to the act", "We won't be able to make the payment on 4 December."],
    ["Arabic", "لن نتمكن من الدفع يوم 4 ديسمبر."],
    // A trade term's full stop ends the sentence; the next one promises nothing.
    [
      "English, after B/L.",
      "We will not pay until we receive the corrected B/L. Expected on 4 Dec.",
    ],
  ])("no promise in a refusal to pay on the date (%s)", (_what, text) => {
    expect(promisedDate(text, SENT)).toBeNull();
  });

  it.each([
    ["a deadline", "We will pay the balance no later than 4 December.", "2026-12-04"],
    ["a deadline, Spanish", "Pagaremos el saldo no más tarde del 4 de diciembre.", "2026-12-04"],
    ["a deadline, Chinese", "我们不会晚于12月4日付款。", "2026-12-04"],
    [
      "an earlier failure in its own clause",
      "Sorry we could not pay last week, we will pay on 4 December.",
      "2026-12-04",
    ],
    ["another date refused", "We will pay on 4 Dec, not 1 Dec.", "2026-12-04"],
    [
      "a negation about the goods",
      "We have not received the goods yet so we will pay on 4 December.",
      "2026-12-04",
    ],
    [
      "Portuguese 'no' (in the)",
      "Faremos o pagamento do saldo no dia 4 de dezembro.",
      "2026-12-04",
    ],
    ["a negation of worrying", "Don't worry we will pay on 4 December.", "2026-12-04"],
    ["'non' inside a word", "We will pay the non-refundable balance on 4 December.", "2026-12-04"],
    [
      "an earlier failure in the same clause",
      "Sorry we couldn't pay on time we will pay on 4 December.",
      "2026-12-04",
    ],
    ["Chinese, not late again", "我们保证12月4日付款不会再延迟。", "2026-12-04"],
    ["Russian, will not forget", "Мы не забудем оплатить счёт 4 декабря.", "2026-12-04"],
    ["not failing to pay", "We will not fail to pay the balance on 4 December.", "2026-12-04"],
    [
      "a negation after the promise",
      "We will pay on 4 December as we do not want any delay.",
      "2026-12-04",
    ],
    // A refusal in the sentence before, ended by a trade term or a company's "Ltd.", or in the
    // statement before a semicolon, is not this one's.
    ["after L/C.", "We can't pay via L/C. We will pay by T/T on 4 Dec.", "2026-12-04"],
    [
      "after Ltd.",
      "Our bank cannot send money to ABC Co., Ltd. We will pay on 4 Dec.",
      "2026-12-04",
    ],
    ["after a semicolon", "We can't pay this week; we'll pay on 4 Dec.", "2026-12-04"],
    ["Chinese, after a semicolon", "我们本周无法付款；12月4日付款。", "2026-12-04"],
    [
      "Spanish, after a semicolon",
      "No podemos pagar hoy; pagaremos el 4 de diciembre.",
      "2026-12-04",
    ],
  ])("a promise with a negation that does not refuse it (%s)", (_what, text, date) => {
    expect(promisedDate(text, SENT)).toBe(date);
  });

  it("no promise in a thank-you for a payment received", () => {
    expect(
      promisedDate("We have received your payment on 30 November, thank you.", SENT)
    ).toBeNull();
  });

  it("no promise in a range of days, which is no day and month", () => {
    // Written 1 September, 10/15 read as a date would be 15 October, ahead.
    const sent = "2026-09-01T09:00:00Z";
    expect(promisedDate("We will pay the deposit in 10/15 days.", sent)).toBeNull();
    expect(promisedDate("Pagaremos el anticipo en 10/15 días.", sent)).toBeNull();
    expect(promisedDate("定金10/15天内安排支付。", sent)).toBeNull();
  });

  it("no promise a year ahead in a date of weeks ago", () => {
    // Written Wednesday 26 November 2025: the PI's date is this November's, not next year's.
    const text = "We will arrange the deposit next week as per the PI dated 3 November.";
    expect(promisedDate(text, "2025-11-26T09:00:00Z")).toBe("2025-12-05");
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

describe("a long sentence", () => {
  it("is read once for all its dates, however many deadlines it words with a negation", () => {
    // One sentence, hundreds of dates and of "no later than".
    const text = "we will pay you no later than next week as agreed ".repeat(400);
    const { result, work } = measured(
      String.prototype,
      "slice",
      (_text, part) => String(part).length,
      () => promisedDate(text, SENT)
    );
    expect(result).toBe("2026-12-04");
    // The characters copied out of it: a few times the sentence, not once a date or a deadline.
    expect(work).toBeLessThan(20 * text.length);
  });
});
