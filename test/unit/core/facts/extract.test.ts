import fc from "fast-check";
import { extractFacts } from "../../../../src/core/facts";
import type { FactSource, OrderFacts } from "../../../../src/core/facts";
import { ownWordsToRead } from "../../../../src/core/text/language";

const ours = (sentAt: string, text: string): FactSource => ({ side: "ours", sentAt, text });
const buyer = (sentAt: string, text: string): FactSource => ({ side: "buyer", sentAt, text });
const money = (amount: number, currency: string, text: string) => ({ amount, currency, text });

describe("extractFacts: whole threads", () => {
  const threads: Array<[string, FactSource[], OrderFacts]> = [
    [
      "English",
      [
        ours(
          "2026-11-02T08:00:00Z",
          "Dear Mr. Smith,\nPlease find attached PI SR-2611-045 for 2 x 40HQ PVC flooring, total amount USD 18,400.00.\nTerms: 30% deposit (USD 5,520.00), balance against B/L copy. The price is valid until 15 December.\nBest regards,\nAmy"
        ),
        buyer(
          "2026-11-03T15:30:00Z",
          "Hi Amy, we confirm the order. PI SR-2611-045 is signed, see attachment. Our PO-4471 for your reference."
        ),
        ours(
          "2026-11-10T09:00:00Z",
          "Dear Mr. Smith, kindly arrange the 30% deposit of USD 5,520.00 for PI SR-2611-045 so we can keep your production slot."
        ),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [
          { kind: "PI", value: "SR-2611-045" },
          { kind: "PO", value: "4471" },
        ],
        amount: money(18400, "USD", "USD 18,400.00"),
        amounts: [
          money(18400, "USD", "USD 18,400.00"),
          money(5520, "USD", "USD 5,520.00"),
          money(5520, "USD", "USD 5,520.00"),
        ],
        confirmedOn: "2026-11-03",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "Chinese",
      [
        ours(
          "2026-11-02T02:00:00Z",
          "王总您好，附件是形式发票SR-2611-045，总金额18,400美元，定金30%即5,520美元。价格有效期至12月15日。"
        ),
        buyer("2026-11-04T03:00:00Z", "合同已确认，我们下周安排定金。"),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [{ kind: "PI", value: "SR-2611-045" }],
        amount: money(18400, "USD", "18,400美元"),
        amounts: [money(18400, "USD", "18,400美元"), money(5520, "USD", "5,520美元")],
        confirmedOn: "2026-11-04",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "Spanish",
      [
        ours(
          "2026-11-02T14:00:00Z",
          "Estimado Sr. García: adjunto la factura proforma SR-2611-045 por un total de USD 18.400,00. La oferta es válida hasta el 15 de diciembre."
        ),
        buyer(
          "2026-11-06T16:00:00Z",
          "Confirmamos el pedido y aprobamos la proforma. El anticipo de USD 5.520,00 se enviará la próxima semana."
        ),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [{ kind: "PI", value: "SR-2611-045" }],
        amount: money(18400, "USD", "USD 18.400,00"),
        amounts: [money(18400, "USD", "USD 18.400,00"), money(5520, "USD", "USD 5.520,00")],
        confirmedOn: "2026-11-06",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "French",
      [
        ours(
          "2026-11-02T09:00:00Z",
          "Bonjour Madame Dubois, veuillez trouver ci-joint la facture proforma SR-2610-076 d'un montant de 24 600,00 EUR. Nos prix sont valables jusqu'au 15 décembre."
        ),
        buyer(
          "2026-11-05T10:00:00Z",
          "Bonjour, je vous confirme notre commande PI SR-2610-076. Acompte de 7 380,00 EUR la semaine prochaine."
        ),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2610-076" },
        orderRefs: [{ kind: "PI", value: "SR-2610-076" }],
        amount: money(24600, "EUR", "24 600,00 EUR"),
        amounts: [money(24600, "EUR", "24 600,00 EUR"), money(7380, "EUR", "7 380,00 EUR")],
        confirmedOn: "2026-11-05",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "German",
      [
        ours(
          "2026-11-02T09:00:00Z",
          "Sehr geehrter Herr Müller, anbei unsere AB 2026-0931 über EUR 24.600,00. Die Preise sind gültig bis 15.12.2026."
        ),
        buyer(
          "2026-11-04T11:00:00Z",
          "Hiermit bestätigen wir die Bestellung gemäß AB 2026-0931. Die Anzahlung von EUR 7.380,00 folgt."
        ),
      ],
      {
        orderRef: { kind: "order", value: "2026-0931" },
        orderRefs: [{ kind: "order", value: "2026-0931" }],
        amount: money(24600, "EUR", "EUR 24.600,00"),
        amounts: [money(24600, "EUR", "EUR 24.600,00"), money(7380, "EUR", "EUR 7.380,00")],
        confirmedOn: "2026-11-04",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "Portuguese",
      [
        ours(
          "2026-11-02T12:00:00Z",
          "Prezado Sr. Silva, segue a fatura proforma SR-2611-045 no valor total de USD 18.400,00. O preço é válido até 15 de dezembro."
        ),
        buyer(
          "2026-11-05T13:00:00Z",
          "Confirmamos o pedido. O sinal de USD 5.520,00 será pago na próxima semana."
        ),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [{ kind: "PI", value: "SR-2611-045" }],
        amount: money(18400, "USD", "USD 18.400,00"),
        amounts: [money(18400, "USD", "USD 18.400,00"), money(5520, "USD", "USD 5.520,00")],
        confirmedOn: "2026-11-05",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "Russian",
      [
        ours(
          "2026-11-02T07:00:00Z",
          "Уважаемый Иван, направляем проформу SR-2611-045 на сумму 1 250 000 руб. Цена действительна до 15 декабря."
        ),
        buyer(
          "2026-11-05T08:00:00Z",
          "Добрый день! Подтверждаем заказ № 451, договор подписан 3 ноября."
        ),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [
          { kind: "PI", value: "SR-2611-045" },
          { kind: "order", value: "451" },
        ],
        amount: money(1250000, "RUB", "1 250 000 руб."),
        amounts: [money(1250000, "RUB", "1 250 000 руб.")],
        confirmedOn: "2026-11-03",
        priceValidUntil: "2026-12-15",
      },
    ],
    [
      "Arabic",
      [
        ours(
          "2026-11-02T07:00:00Z",
          "السيد أحمد المحترم، نرفق الفاتورة المبدئية SR-2611-045 بقيمة 18,400 دولار. السعر ساري حتى 15 ديسمبر."
        ),
        buyer("2026-11-05T08:00:00Z", "نؤكد الطلب رقم 4471 وسنرسل الدفعة المقدمة الأسبوع القادم."),
      ],
      {
        orderRef: { kind: "PI", value: "SR-2611-045" },
        orderRefs: [
          { kind: "PI", value: "SR-2611-045" },
          { kind: "order", value: "4471" },
        ],
        amount: money(18400, "USD", "18,400 دولار"),
        amounts: [money(18400, "USD", "18,400 دولار")],
        confirmedOn: "2026-11-05",
        priceValidUntil: "2026-12-15",
      },
    ],
  ];

  it.each(threads)("%s", (_language, messages, expected) => {
    expect(extractFacts(messages)).toEqual(expected);
  });

  it("finds nothing in an empty thread", () => {
    expect(extractFacts([])).toEqual({
      orderRef: null,
      orderRefs: [],
      amount: null,
      amounts: [],
      confirmedOn: null,
      priceValidUntil: null,
    });
  });
});

describe("extractFacts: the main reference", () => {
  const thread = [
    ours("2026-11-02T08:00:00Z", "Please find PI SR-2611-045 attached."),
    buyer("2026-11-03T08:00:00Z", "Noted, this is for our PO-4471."),
    buyer("2026-11-04T08:00:00Z", "PO#4471 is approved internally. PO-4471 again."),
  ];

  it("is the one most messages name (once per message), spelled as first written", () => {
    const facts = extractFacts(thread);
    expect(facts.orderRef).toEqual({ kind: "PO", value: "4471" });
    expect(facts.orderRefs).toEqual([
      { kind: "PI", value: "SR-2611-045" },
      { kind: "PO", value: "4471" },
    ]);
  });

  it("is the one the subject names", () => {
    expect(extractFacts(thread, { subject: "RE: PI SR-2611-045 / payment" }).orderRef).toEqual({
      kind: "PI",
      value: "SR-2611-045",
    });
  });

  it("reads several subject lines", () => {
    const subjects = ["Fwd: payment", "RE: PI SR-2611-045"];
    expect(extractFacts(thread, { subject: subjects }).orderRef?.value).toBe("SR-2611-045");
  });

  it("counts a subject line quoted in a body as a subject", () => {
    const quoted = [
      ...thread,
      ours("2026-11-05T08:00:00Z", "Subject: PI SR-2611-045 deposit\nKindly arrange it."),
    ];
    expect(extractFacts(quoted).orderRef).toEqual({ kind: "PI", value: "SR-2611-045" });
  });

  it("is the first named on a tie", () => {
    const tie = [ours("2026-11-02T08:00:00Z", "Contract HT-2611-008 and PO-4471.")];
    expect(extractFacts(tie).orderRef).toEqual({ kind: "contract", value: "HT-2611-008" });
  });
});

describe("extractFacts: the order total", () => {
  const amountOf = (...messages: FactSource[]) => extractFacts(messages).amount;

  it.each<[string, FactSource[], number | null]>([
    [
      "is none when only a deposit is stated",
      [ours("2026-11-02T08:00:00Z", "Please arrange the 30% deposit (USD 5,520.00).")],
      null,
    ],
    [
      "skips balances, freight and unit prices",
      [
        ours(
          "2026-11-02T08:00:00Z",
          "Unit price USD 12.50/pc. Freight USD 1,200. Balance USD 12,880 before shipment. Total USD 18,400."
        ),
      ],
      18400,
    ],
    [
      "takes the buyer's confirmation over a larger side amount",
      [
        buyer("2026-11-03T08:00:00Z", "We confirm the order for USD 18,400."),
        ours("2026-11-04T08:00:00Z", "Our credit line is USD 50,000."),
      ],
      18400,
    ],
    [
      "takes the latest stated total (a revision)",
      [
        ours("2026-11-02T08:00:00Z", "Total USD 18,400.00."),
        ours("2026-11-06T08:00:00Z", "New total USD 17,900.00 after the 5% discount."),
      ],
      17900,
    ],
    [
      "takes the largest amount when no cue says",
      [ours("2026-11-02T08:00:00Z", "2 x 40HQ come to USD 18,400 and the samples to USD 350.")],
      18400,
    ],
    [
      "skips a share of the total",
      [ours("2026-11-02T08:00:00Z", "The deposit is 30% of the total amount, USD 5,520.")],
      null,
    ],
    [
      "reads 总金额 / 定金",
      [ours("2026-11-02T08:00:00Z", "定金5,520美元，总金额18,400美元。")],
      18400,
    ],
    [
      "reads über / Anzahlung",
      [ours("2026-11-02T08:00:00Z", "Anzahlung EUR 7.380,00 auf unsere AB über EUR 24.600,00.")],
      24600,
    ],
    [
      "reads valor total / sinal",
      [ours("2026-11-02T08:00:00Z", "Sinal de USD 5.520,00 sobre o valor total de USD 18.400,00.")],
      18400,
    ],
    [
      "reads на сумму / предоплата",
      [ours("2026-11-02T08:00:00Z", "Предоплата 375 000 руб. по счёту на сумму 1 250 000 руб.")],
      1250000,
    ],
    [
      "reads a part named earlier in the clause over a total word next to the amount",
      [ours("2026-11-02T08:00:00Z", "Kindly arrange the 30% deposit in the amount of USD 5,520.")],
      null,
    ],
    [
      "does not let a part in an earlier clause take the total",
      [ours("2026-11-02T08:00:00Z", "Including freight, the total is USD 18,900.")],
      18900,
    ],
    [
      "reads a total in parentheses after a part",
      [
        ours(
          "2026-11-18T08:00:00Z",
          "When will the deposit for PI SR-2611-045 (USD 18,400.00 total) be remitted?"
        ),
      ],
      18400,
    ],
    [
      "does not give a total the part in parentheses after it",
      [
        ours(
          "2026-11-02T08:00:00Z",
          "Total amount of the order: USD 18,400.00 (30% deposit = USD 5,520.00)"
        ),
        ours("2026-11-10T08:00:00Z", "Could you kindly arrange the USD 5,520?"),
      ],
      18400,
    ],
    [
      "reads a part in parentheses right after the amount as its own",
      [ours("2026-11-02T08:00:00Z", "Please pay USD 5,520.00 (30% deposit) by Friday.")],
      null,
    ],
  ])("%s", (_what, messages, amount) => {
    expect(amountOf(...messages)?.amount ?? null).toBe(amount);
  });

  it.each([
    "Please remit the deposit amount of USD 5,520 at your earliest convenience.",
    "Kindly arrange the 30% deposit in the amount of USD 5,520.",
    "The balance amounting to USD 12,880 is due before shipment.",
    "Bitte überweisen Sie die Anzahlung in Höhe von 5.520,00 USD.",
    "请安排定金，定金金额为USD5,520。",
    "Просим оплатить предоплату в размере 30% на сумму 5 520 USD.",
    "Por favor, envíe el anticipo por un importe de 5.520,00 USD.",
    "Favor enviar o sinal no valor de USD 5.520,00.",
    "Merci de régler l'acompte d'un montant de 5 520,00 USD.",
  ])("keeps the earlier total when a later message asks: %s", (text) => {
    const thread = [
      ours("2026-11-02T08:00:00Z", "PI SR-2611-045, total USD 18,400.00."),
      ours("2026-11-10T08:00:00Z", text),
    ];
    expect(amountOf(...thread)?.amount).toBe(18400);
  });
});

describe("extractFacts: the order total, by who states it", () => {
  const pi = ours(
    "2026-11-02T08:00:00Z",
    "Attached our PI SR-2611-045, total amount USD 18,400.00."
  );
  const amountOf = (...messages: FactSource[]) => extractFacts(messages).amount?.amount ?? null;

  it.each([
    "Our customer still owes us a total of USD 85,000, so we have to wait for his payment.",
    "Another supplier offered us the same fabric for a total of USD 16,900.",
    "Our customer in Riyadh still owes us USD 85,000, we are waiting for him.",
    "We confirm the order. Sorry, our customer still owes us a total of USD 85,000.",
  ])("keeps our total when the buyer writes %j", (text) => {
    expect(amountOf(pi, buyer("2026-11-19T08:00:00Z", text))).toBe(18400);
  });

  it.each([
    "Our customer still owes us a total of USD 85,000.",
    "We confirm the order. Sorry, our customer still owes us a total of USD 85,000.",
    "Our PO-7788 to our own customer totals USD 85,000.",
  ])("takes no buyer amount that is not about the order: %j", (text) => {
    const thread = [
      ours("2026-11-02T08:00:00Z", "Attached our PI SR-2611-045."),
      buyer("2026-11-19T08:00:00Z", text),
    ];
    expect(amountOf(...thread)).toBeNull();
  });

  it("keeps an uncued amount of ours over a buyer's unrelated one", () => {
    const thread = [
      ours("2026-11-02T08:00:00Z", "Please find PI No. SR-2611-045 for USD 18,400.00 attached."),
      buyer("2026-11-19T08:00:00Z", "Our customer still owes us USD 85,000."),
    ];
    expect(amountOf(...thread)).toBe(18400);
  });

  it("takes a buyer's total that names the order's reference when we stated none", () => {
    const thread = [
      ours("2026-11-02T08:00:00Z", "Attached our PI SR-2611-045."),
      buyer("2026-11-05T08:00:00Z", "The total of PI SR-2611-045 is USD 18,400, noted."),
    ];
    expect(amountOf(...thread)).toBe(18400);
  });

  it("prefers our stated total to a later one from the buyer", () => {
    const counter = buyer("2026-11-05T08:00:00Z", "PI SR-2611-045 total USD 16,900, please.");
    expect(amountOf(pi, counter)).toBe(18400);
  });
});

describe("extractFacts: the confirmation day", () => {
  const day = "2026-11-05T10:00:00Z";
  const confirmedOn = (text: string, side: "buyer" | "ours" = "buyer") =>
    extractFacts([{ side, sentAt: day, text }]).confirmedOn;

  it.each([
    "We confirm the order.",
    "PI is confirmed, thanks.",
    "Attached the signed PI SR-2611-045.",
    "Please go ahead with production.",
    "We accept the PI and will pay the deposit next week.",
    "合同已确认。",
    "我们确认订单，下周付定金。",
    "PI已签字盖章，请查收。",
    "可以安排生产。",
    "Confirmamos el pedido.",
    "Aprobamos la proforma SR-2611-045.",
    "La proforma está firmada.",
    "Je vous confirme notre commande.",
    "La commande est confirmée.",
    "Hiermit bestätigen wir die Bestellung.",
    "Die Bestellung wurde freigegeben.",
    "Confirmamos o pedido.",
    "A proforma foi aprovada.",
    "Подтверждаем заказ № 451.",
    "Договор подписан.",
    "نؤكد الطلب.",
    "تم توقيع العقد.",
  ])("a buyer's %s confirms on the message's day", (text) => {
    expect(confirmedOn(text)).toBe("2026-11-05");
  });

  it.each([
    "The PI is not confirmed yet.",
    "Once the PI is confirmed we will pay the deposit.",
    "We cannot confirm the order yet.",
    "合同还没确认。",
    "请确认合同金额。",
    "如果合同已确认，我们就付款。",
    "Todavía no confirmamos el pedido.",
    "Nous ne confirmons pas encore la commande.",
    "Sobald die Bestellung bestätigt ist, zahlen wir.",
    "Ainda não confirmamos o pedido.",
    "Пока не подтверждаем заказ.",
    "لم نؤكد الطلب بعد.",
    "We confirm receipt of your PI SR-2611-045 and will revert soon.",
    "I confirm we have received your proforma invoice, our boss will check it.",
    "Acknowledged, we confirm the PI has been received and is under review.",
    "我们确认收到形式发票，老板在审核。",
    "Confirmamos la recepción de su proforma, la revisaremos.",
    "Nous vous confirmons la réception de votre commande.",
    "Wir bestätigen den Erhalt Ihrer Proforma-Rechnung.",
  ])("%s does not confirm", (text) => {
    expect(confirmedOn(text)).toBeNull();
  });

  it("does not take our own words as the buyer's confirmation", () => {
    expect(confirmedOn("We confirm the order.", "ours")).toBeNull();
  });

  it("still confirms after an acknowledgement earlier in the sentence", () => {
    expect(confirmedOn("We have received your PI and we confirm the order.")).toBe("2026-11-05");
  });

  it("takes the later confirmation after an acknowledgement of receipt", () => {
    const facts = extractFacts([
      buyer("2026-11-05T07:00:00Z", "Dear Deniz, we confirm receipt of your PI and will revert."),
      buyer(
        "2026-11-12T07:00:00Z",
        "The management approved it. Please find the signed PI attached."
      ),
    ]);
    expect(facts.confirmedOn).toBe("2026-11-12");
  });

  it.each([
    "We confirm the order as per your PI No. SR-2611-045 dated 1 November 2026.",
    "We confirm your PI No. SR-2611-045 dated 01.11.2026.",
    "Hiermit bestätigen wir Ihre Proforma-Rechnung Nr. 2024/118 vom 01.11.2026.",
    "Подтверждаем заказ № 451 от 01.11.2026.",
  ])("does not take the document's own date for the confirmation: %s", (text) => {
    expect(confirmedOn(text)).toBe("2026-11-05");
  });

  it("reads a year-less date of a confirmation stated as done backwards", () => {
    const late = buyer(
      "2026-11-20T10:00:00Z",
      "Hi Li, we signed the PI on 3 Nov, but our customer has not paid us yet."
    );
    expect(extractFacts([late]).confirmedOn).toBe("2026-11-03");
  });

  it("does not read a later clause's date backwards (a payment plan after a signed PI)", () => {
    expect(confirmedOn("Signed PI attached, we will pay the deposit by 20 Nov.")).toBe(
      "2026-11-05"
    );
  });

  it("takes a past date written in the sentence", () => {
    expect(confirmedOn("The contract HT-2611-008 was signed on 3 Nov, please proceed.")).toBe(
      "2026-11-03"
    );
  });

  it("ignores a future date in the sentence (a payment plan)", () => {
    expect(confirmedOn("We confirm the order and will pay the deposit by 20 Nov.")).toBe(
      "2026-11-05"
    );
  });

  it("takes the first buyer confirmation of the thread", () => {
    const facts = extractFacts([
      buyer("2026-11-03T10:00:00Z", "We confirm the order."),
      buyer("2026-11-09T10:00:00Z", "As said, PI is confirmed."),
    ]);
    expect(facts.confirmedOn).toBe("2026-11-03");
  });

  it("gives no day for an undated confirmation that writes none", () => {
    const undated = [{ side: "buyer" as const, sentAt: null, text: "We confirm the order." }];
    expect(extractFacts(undated).confirmedOn).toBeNull();
  });

  it("reads a written date in an undated confirmation", () => {
    const undated = [
      ours("2026-11-02T08:00:00Z", "PI SR-2611-045 attached."),
      { side: "buyer" as const, sentAt: "garbled", text: "PI signed on 4 Nov 2026, thanks." },
    ];
    expect(extractFacts(undated).confirmedOn).toBe("2026-11-04");
  });

  it("counts the day in the rep's time zone", () => {
    const late = [buyer("2026-11-05T23:30:00Z", "We confirm the order.")];
    expect(extractFacts(late).confirmedOn).toBe("2026-11-05");
    expect(extractFacts(late, { tz: "Asia/Shanghai" }).confirmedOn).toBe("2026-11-06");
  });
});

describe("extractFacts: price validity", () => {
  const validUntil = (text: string) =>
    extractFacts([ours("2026-11-02T08:00:00Z", text)]).priceValidUntil;

  it.each([
    "The price is valid until 15 December.",
    "Price valid till 15 Dec 2026.",
    "Prices hold until 15 December.",
    "La oferta es válida hasta el 15 de diciembre.",
    "价格有效期至12月15日。",
    "报价12月15日前有效。",
    "Nos prix sont valables jusqu'au 15 décembre.",
    "Das Angebot ist gültig bis 15.12.2026.",
    "O preço é válido até 15 de dezembro.",
    "Цена действительна до 15 декабря.",
    "السعر ساري حتى 15 ديسمبر.",
    "Please note that the price is valid only until December 15.",
  ])("%s", (text) => {
    expect(validUntil(text)).toBe("2026-12-15");
  });

  it.each([
    "Please pay before 15 December.",
    "We ship on 15 December.",
    "The price is valid.",
    "The L/C will be valid until 15 December.",
    "Our bank account details are valid until 15 December, after that use the new account.",
    "Your passport must be valid until 15 December.",
    "Die Bankverbindung ist gültig bis 15.12.2026.",
    "信用证有效期至12月15日。",
    "Payment within 30 days.",
    "The L/C is valid for 90 days.",
    "This is valid for 15 days.",
  ])("%s gives no validity", (text) => {
    expect(validUntil(text)).toBeNull();
  });

  it.each([
    ["This offer is valid for 15 days.", "2026-11-17"],
    ["Price validity: 15 days from the PI date.", "2026-11-17"],
    ["The quotation is valid for 2 weeks.", "2026-11-16"],
    ["Prices are valid for 1 month.", "2026-12-02"],
    ["Das Angebot ist 14 Tage gültig.", "2026-11-16"],
    ["报价有效期7天。", "2026-11-09"],
    ["Oferta válida por 15 días.", "2026-11-17"],
    ["Offre valable 30 jours.", "2026-12-02"],
    ["Предложение действительно 10 дней.", "2026-11-12"],
  ])("%s counts from the message's day", (text, until) => {
    expect(validUntil(text)).toBe(until);
  });

  it("reads a validity weeks back as this year's, not next year's", () => {
    const facts = extractFacts([
      ours("2025-11-28T08:00:00Z", "The price was valid until 20 November, we can still hold it."),
    ]);
    expect(facts.priceValidUntil).toBe("2025-11-20");
  });

  it.each([
    ["The price is valid until 12/5, thank you.", "2026-12-05"], // not 12 May: it lies ahead
    ["Olá, o preço é válido até 01/02/2027, obrigado.", "2027-02-01"], // Portuguese: day first
  ])("reads a slashed validity as ahead, in the writer's order: %s", (text, until) => {
    expect(extractFacts([ours("2026-11-25T08:00:00Z", text)]).priceValidUntil).toBe(until);
  });

  it("keeps the price's validity when the buyer later states the L/C's", () => {
    const facts = extractFacts([
      ours("2026-11-02T08:00:00Z", "Total amount USD 42,000.00. Prices valid until 30 Nov 2026."),
      buyer(
        "2026-11-06T08:00:00Z",
        "We confirm the order; the L/C will be valid until 31 Jan 2027."
      ),
    ]);
    expect(facts.priceValidUntil).toBe("2026-11-30");
  });

  it("takes the latest statement (an extension)", () => {
    const facts = extractFacts([
      ours("2026-11-02T08:00:00Z", "The price is valid until 15 November."),
      ours(
        "2026-11-12T08:00:00Z",
        "Good news: we can hold the price, now valid until 30 November."
      ),
    ]);
    expect(facts.priceValidUntil).toBe("2026-11-30");
  });
});

describe("extractFacts: robustness", () => {
  const side = fc.constantFrom<"ours" | "buyer">("ours", "buyer");
  const sentAt = fc.oneof(
    fc.constant(null),
    fc.constant("not a date"),
    fc
      .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString())
  );
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          "We confirm the order ",
          "PI SR-2611-045 ",
          "total USD 18,400.00 ",
          "30% deposit ",
          "valid until 15 December ",
          "合同已确认",
          "有效期至12月15日",
          "\ud800",
          "\n",
          "Subject: "
        ),
        { maxLength: 30 }
      )
      .map((parts) => parts.join(""))
  );

  it("never throws on arbitrary messages", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ side, sentAt, text }), { maxLength: 6 }), (messages) => {
        const facts = extractFacts(messages, { tz: "Europe/Berlin" });
        expect(facts.orderRefs.length).toBeLessThanOrEqual(
          messages.reduce((n, m) => n + m.text.length, 0)
        );
      }),
      { numRuns: 200 }
    );
  });

  it("survives an unknown time zone", () => {
    expect(
      extractFacts([buyer("2026-11-05T10:00:00Z", "We confirm the order.")], { tz: "Mars/Base" })
        .confirmedOn
    ).toBe("2026-11-05");
  });

  it.each([
    "If the PI is confirmed, ",
    "valid until 15 December 有效期至12月15日 ",
    "Subject: PI SR-2611-045\n",
    "deposit total USD 1,000 ",
  ])("finishes on 200 KB of %j", (unit) => {
    const big = unit.repeat(Math.ceil(200_000 / unit.length));
    const facts = extractFacts([
      buyer("2026-11-05T10:00:00Z", big),
      ours("2026-11-06T10:00:00Z", big),
    ]);
    expect(facts.orderRefs.length).toBeLessThanOrEqual(1);
  });

  it("finishes on a 200 KB message made of cues", () => {
    const big = "We confirm the order, total USD 18,400.00, valid until 15 December; ".repeat(
      3_000
    );
    const facts = extractFacts([buyer("2026-11-05T10:00:00Z", big)]);
    expect(facts.confirmedOn).toBe("2026-11-05");
    // Every amount in the part of the message that is read (OWN_WORDS_READ), and none after it.
    const read = ownWordsToRead(big);
    expect(read.length).toBeLessThan(big.length);
    expect(facts.amounts.length).toBe(read.split("USD 18,400.00").length - 1);
  });
});
