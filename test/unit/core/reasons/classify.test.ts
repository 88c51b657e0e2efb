import {
  classifyAutoReply,
  classifyReply,
  MIN_CONFIDENCE,
  readReply,
} from "../../../../src/core/reasons/classify";
import type { DelayReason } from "../../../../src/core/reasons/types";

// Replies written for these tests, the way buyers in each region tend to write
// them: greetings, apologies, the reason somewhere in the middle, a promise.

type Case = [lang: string, text: string];

const MIDDLEMAN: Case[] = [
  [
    "en",
    "Hi Anna, sorry for the late reply. Our customer in Kenya still hasn't paid us for this shipment, so we can't release the balance yet.",
  ],
  [
    "en",
    "We are waiting for our client's payment; as soon as they pay we will transfer the 70% balance.",
  ],
  ["en", "The end user has delayed the payment because their project is on hold."],
  [
    "en",
    "Please understand, we only get paid when the main contractor releases the funds. We will settle your invoice right after.",
  ],
  ["en", "My customer asked for more time, he will pay me at the end of the month."],
  ["zh", "王经理您好，不好意思，我们的客户还没有付款给我们，等客户的款到了我们马上安排尾款。"],
  ["zh", "终端客户那边压款，我们也在等他们回款。"],
  ["zh", "業主的工程款還沒撥下來，所以我們這邊暫時付不了。"],
  [
    "es",
    "Estimado Li, nuestro cliente todavía no nos paga; en cuanto recibamos su pago les transferimos el saldo.",
  ],
  ["es", "Estamos esperando el pago del cliente final, por favor tenga paciencia."],
  ["es", "Mi cliente se retrasó con el pago, apenas nos pague hacemos la transferencia."],
  [
    "fr",
    "Bonjour, notre client final ne nous a toujours pas réglé, nous vous paierons dès que nous aurons reçu son virement.",
  ],
  ["fr", "Nous attendons le paiement de notre client pour pouvoir vous régler le solde."],
  [
    "de",
    "Sehr geehrte Frau Wang, leider hat unser Kunde die Rechnung noch nicht bezahlt. Sobald die Zahlung unseres Kunden eingeht, überweisen wir den Restbetrag.",
  ],
  ["de", "Wir warten noch auf die Zahlung von unserem Endkunden."],
  [
    "pt",
    "Prezado, nosso cliente ainda não pagou a fatura, assim que ele pagar faremos a transferência do saldo.",
  ],
  ["pt", "Estamos aguardando o pagamento do cliente final para liberar o restante."],
  [
    "ru",
    "Добрый день! Наш заказчик пока не оплатил поставку, как только получим деньги от заказчика — сразу переведём остаток.",
  ],
  ["ru", "Ждём оплату от конечного клиента, просим немного подождать."],
  ["ar", "مرحبا، عميلنا لم يدفع لنا حتى الآن، وسنقوم بالتحويل بمجرد أن يدفع العميل."],
  ["ar", "نحن ننتظر الدفعة من العميل النهائي، نرجو الصبر قليلا."],
];

const CASH_FLOW: Case[] = [
  [
    "en",
    "To be honest, our cash flow is very tight this month. We are waiting for the bank to approve our loan and will pay right after.",
  ],
  [
    "en",
    "We are facing some financial difficulties at the moment; could we pay the balance in two installments?",
  ],
  ["en", "Collections from our customers have been slow this quarter, so funds are limited."],
  ["zh", "最近资金有点紧张，周转不过来，下个月银行贷款下来就付。"],
  ["zh", "今年市场不好，回款很慢，我们的资金压力很大。"],
  [
    "es",
    "Estamos con problemas de liquidez, esperamos la aprobación del crédito bancario la próxima semana.",
  ],
  ["es", "La situación está difícil, estamos cortos de efectivo. ¿Podemos pagar en dos cuotas?"],
  [
    "fr",
    "Nous traversons des difficultés de trésorerie et attendons le déblocage d'un prêt bancaire.",
  ],
  ["fr", "Notre trésorerie est tendue ce mois-ci à cause des retards de paiement de nos clients."],
  ["de", "Wir haben derzeit einen Liquiditätsengpass und warten auf die Kreditzusage der Bank."],
  ["de", "Aufgrund hoher Außenstände ist unsere Finanzlage angespannt."],
  ["pt", "Estamos com o caixa apertado este mês, aguardando a aprovação do empréstimo pelo banco."],
  ["pt", "Tivemos dificuldades financeiras, podemos parcelar o saldo em duas vezes?"],
  ["ru", "У нас сейчас кассовый разрыв, ждём одобрения кредита в банке."],
  ["ru", "Не хватает оборотных средств, оплатим частями."],
  ["ar", "نواجه ضائقة مالية هذا الشهر وننتظر موافقة البنك على القرض."],
  ["ar", "لدينا نقص في السيولة بسبب تأخر التحصيل من عملائنا."],
];

const EXCHANGE_RATE: Case[] = [
  [
    "en",
    "The dollar has gone up a lot against our local currency, we are waiting for the exchange rate to improve before we buy USD.",
  ],
  ["en", "With the naira falling every week we cannot get dollars at a reasonable price."],
  ["en", "Our bank has no forex allocation for us this month, please bear with us."],
  ["zh", "现在汇率太高，我们想等汇率回落一些再付款。"],
  ["zh", "我们这边换汇有点困难，外汇额度还没批下来。"],
  [
    "es",
    "El tipo de cambio está muy alto, preferimos esperar a que baje el dólar para hacer la transferencia.",
  ],
  ["es", "Con el cepo cambiario no conseguimos dólares por ahora."],
  [
    "fr",
    "Le taux de change est défavorable en ce moment, nous attendons un meilleur taux pour acheter les devises.",
  ],
  ["fr", "Avec la dévaluation du dinar, nous devons attendre un peu."],
  ["de", "Der Wechselkurs ist derzeit sehr ungünstig, wir warten auf einen besseren Kurs."],
  ["pt", "O dólar está muito alto, vamos aguardar o câmbio melhorar para fechar a operação."],
  ["pt", "Com a alta do câmbio estamos esperando uma taxa melhor."],
  ["ru", "Курс доллара сейчас слишком высокий, ждём, когда курс стабилизируется."],
  ["ru", "Из-за девальвации рубля оплату придётся немного отложить."],
  ["ar", "سعر الصرف مرتفع جدا حاليا، ننتظر انخفاض الدولار قبل التحويل."],
  ["ar", "هناك شح في الدولار في البنوك هذه الفترة."],
];

const COMPETITOR: Case[] = [
  [
    "en",
    "Honestly, we received a much cheaper offer from another supplier in Vietnam. Can you review your price before we proceed?",
  ],
  [
    "en",
    "Your price is too high compared to the market, we need to renegotiate before paying the deposit.",
  ],
  ["en", "Another factory quoted us 8% lower for the same quality."],
  ["zh", "别家的报价比你们低百分之十，你们能不能降价？"],
  ["zh", "我们在比价，其他供应商给的价格更低。"],
  ["es", "Otro proveedor nos ofreció un precio más bajo, ¿pueden mejorar su precio?"],
  ["es", "Su precio está alto, necesitamos renegociar antes de pagar."],
  [
    "fr",
    "Un autre fournisseur nous propose le même produit moins cher, pouvez-vous revoir vos prix ?",
  ],
  [
    "de",
    "Ein anderer Lieferant hat uns ein deutlich günstigeres Angebot gemacht. Können Sie beim Preis nachverhandeln?",
  ],
  ["pt", "Recebemos uma proposta mais barata de outro fornecedor, vocês podem rever o preço?"],
  ["ru", "Другой поставщик предложил нам цену на 10% ниже, можете пересмотреть цену?"],
  ["ar", "حصلنا على عرض أرخص من مورد آخر، هل يمكنكم مراجعة السعر؟"],
];

const AWAY: Case[] = [
  [
    "en",
    "Sorry, I am travelling on business this week and will arrange the payment when I am back on Monday.",
  ],
  ["en", "Our office is closed for Chinese New Year until 17 February."],
  [
    "en",
    "Our accountant is on annual leave until next Tuesday, the transfer will be done after she returns.",
  ],
  ["en", "I'm at the Canton Fair this week, will get back to you next week."],
  ["en", "We will pay after the Eid holidays."],
  ["zh", "我这周在出差，回来后马上安排付款。"],
  ["zh", "春节期间公司放假，节后第一时间付款。"],
  ["zh", "财务休假了，下周一回来。"],
  ["es", "Estoy de vacaciones hasta el 15, a mi regreso hago la transferencia."],
  ["es", "Nuestro contador está de vacaciones, regresa la próxima semana."],
  ["fr", "Je suis en congés jusqu'au 3 janvier, je m'en occupe dès mon retour."],
  ["fr", "Notre comptable est absente cette semaine."],
  [
    "de",
    "Ich bin bis Freitag auf Geschäftsreise und kümmere mich nach meiner Rückkehr um die Zahlung.",
  ],
  ["de", "Unser Buchhalter ist diese Woche im Urlaub."],
  ["pt", "Estou de férias até dia 20, no meu retorno faço o pagamento."],
  ["pt", "Nosso financeiro está de férias esta semana."],
  ["ru", "Я в командировке до пятницы, после возвращения сразу оплатим."],
  ["ru", "Бухгалтер в отпуске, вернётся в понедельник."],
  ["ar", "أنا مسافر هذا الأسبوع، سأقوم بالتحويل عند عودتي."],
  ["ar", "المكتب مغلق بسبب عطلة عيد الفطر."],
];

const NO_REASON: Case[] = [
  ["en", "Thanks, we will pay tomorrow."],
  ["en", "Please find attached the bank slip for the balance."],
  ["en", "Noted, we will check with finance and revert."],
  ["en", "Ok"],
  ["en", "Our customer loves the samples, please send the PI for the next order."],
  ["en", "Our customer paid us last week, so here is the bank slip for your balance."],
  ["en", "How was your holiday? We will pay on Friday."],
  ["en", "Happy Chinese New Year! The payment will be made tomorrow."],
  ["en", "Eid Mubarak! We will transfer next week."],
  ["en", "Freight rates have gone up a lot this year, please check the booking."],
  ["en", "Please quote the price in USD/kg for 20 tons."],
  ["en", "We will pay once the goods arrive at the port."],
  ["en", "When the customer inspects the goods we will confirm the second order."],
  ["en", "I will get back to you right away with the payment date."],
  ["zh", "新年快乐！款项明天安排。"],
  ["zh", "好的，我们明天付款。"],
  ["zh", "客户很喜欢样品，请尽快发形式发票。"],
  ["es", "Gracias, realizaremos el pago el lunes."],
  ["es", "¡Feliz Navidad! Le confirmo el pago la próxima semana."],
  ["fr", "Merci, le virement sera fait demain."],
  ["de", "Vielen Dank, die Zahlung erfolgt am Freitag."],
  ["de", "Die Ware ist unterwegs, bitte schicken Sie uns die Rechnung."],
  ["pt", "Obrigado, faremos o pagamento amanhã."],
  ["ru", "Держите меня в курсе, оплату проведём в пятницу."],
  ["ru", "Спасибо, оплатим завтра."],
  ["ar", "شكرا، سنقوم بالتحويل غدا."],
  ["ar", "عيد مبارك! سنرسل الدفعة الأسبوع القادم."],
];

function expectReason(reason: DelayReason, text: string): void {
  const reading = classifyReply(text);
  expect({ text, label: reading.label }).toEqual({ text, label: reason });
  if (reason === "unknown") return;
  expect(reading.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  const [first] = reading.evidence;
  expect(first.reason).toBe(reason);
  expect(text.slice(first.start, first.end)).toBe(first.sentence);
  expect(first.sentence).toContain(first.cue);
}

describe("a buyer waiting for his own customer (middleman)", () => {
  it.each(MIDDLEMAN)("%s: %s", (_lang, text) => expectReason("middleman", text));
});

describe("a buyer short of cash (cash_flow)", () => {
  it.each(CASH_FLOW)("%s: %s", (_lang, text) => expectReason("cash_flow", text));
});

describe("a buyer waiting for a better rate (exchange_rate)", () => {
  it.each(EXCHANGE_RATE)("%s: %s", (_lang, text) => expectReason("exchange_rate", text));
});

describe("a buyer looking at another supplier (competitor)", () => {
  it.each(COMPETITOR)("%s: %s", (_lang, text) => expectReason("competitor", text));
});

describe("a buyer who is away", () => {
  it.each(AWAY)("%s: %s", (_lang, text) => expectReason("away", text));
});

describe("replies that give no reason", () => {
  it.each(NO_REASON)("%s: %s", (_lang, text) => expectReason("unknown", text));

  it("are sure there is none when no cue is found", () => {
    const reading = classifyReply("Thanks, we will pay tomorrow.");
    expect(reading.evidence).toEqual([]);
    expect(reading.confidence).toBe(1);
  });

  it("keep a lone weak hint as evidence, below the threshold", () => {
    const reading = classifyReply("The dollar, you know. We will pay next week.");
    expect(reading.label).toBe("unknown");
    expect(reading.evidence.map((e) => e.reason)).toEqual(["exchange_rate"]);
    expect(reading.confidence).toBeGreaterThan(0.5);
  });
});

describe("negation and contrast", () => {
  it.each<[DelayReason, string]>([
    ["middleman", "It's not because of the exchange rate, our customer simply hasn't paid yet."],
    ["cash_flow", "We are not on holiday, the problem is our cash flow."],
    [
      "middleman",
      "The exchange rate is not the problem; our end customer has not released the payment.",
    ],
    ["middleman", "汇率不是问题，主要是客户还没付款。"],
    ["middleman", "No es por el tipo de cambio, es que nuestro cliente no ha pagado."],
    ["middleman", "Ce n'est pas une question de prix, notre client ne nous a pas encore payé."],
    ["middleman", "Es liegt nicht am Wechselkurs, unser Kunde hat noch nicht bezahlt."],
    ["middleman", "Não é por causa do câmbio, o nosso cliente ainda não pagou."],
    ["middleman", "Дело не в курсе доллара, просто заказчик ещё не оплатил."],
    ["middleman", "المشكلة ليست في سعر الصرف، عميلنا لم يدفع بعد."],
    [
      "middleman",
      "I was on holiday last week, but the real issue is that our customer still hasn't paid.",
    ],
    ["unknown", "Our customer has paid us, so we will send the balance on Friday."],
    ["unknown", "客户已经付款了，我们明天安排尾款。"],
    ["unknown", "Nuestro cliente ya nos pagó, mañana hacemos la transferencia."],
    ["unknown", "I'm back in the office now, the payment goes out today."],
    ["unknown", "The loan has been approved, we will pay on Monday."],
    ["unknown", "We don't have any cash flow problem, the payment is scheduled for Friday."],
    ["unknown", "I am not on vacation, I just forgot. Sorry!"],
    // "We have no cash…" and "nous n'avons pas … de trésorerie" must not read the problem as theirs.
    ["unknown", "We have no cash flow problem."],
    ["unknown", "We have no money problems, the payment is scheduled for Friday."],
    ["unknown", "Nous n'avons pas de problème de trésorerie, le virement est en cours."],
    ["unknown", "No tenemos problemas de liquidez, el pago sale mañana."],
    ["unknown", "Não temos problemas de caixa, o pagamento sai amanhã."],
    ["cash_flow", "We have no cash flow at the moment."],
    ["cash_flow", "Nous n'avons pas assez de trésorerie ce mois-ci."],
    ["cash_flow", "No tenemos liquidez este mes."],
    ["cash_flow", "Não temos caixa agora."],
    // A topic set apart by a comma is still what "…is not a problem" speaks of.
    ["unknown", "As for the exchange rate, it is not a problem for us."],
    ["unknown", "Hi Anna, regarding the exchange rate, that is not the issue."],
    ["unknown", "关于汇率，这不是问题。"],
    ["unknown", "En cuanto al tipo de cambio, no es problema."],
    ["unknown", "Quant au taux de change, ce n'est pas le problème."],
    ["unknown", "Bezüglich des Wechselkurses, das ist kein Problem."],
    ["unknown", "Что касается курса доллара, это не проблема."],
    [
      "middleman",
      "As for the exchange rate, it is not a problem; our customer has not paid us yet.",
    ],
    // Without a topic, or with more than that one comma between, the comma still parts them.
    ["exchange_rate", "The exchange rate is terrible, no problem for you of course."],
    [
      "exchange_rate",
      "As for the exchange rate, it is too high for us, no problem with the goods.",
    ],
  ])("%s: %s", (reason, text) => expectReason(reason, text));

  // A reply in one language over a long footer in another is read as the footer's language;
  // its sentences are still negated in their own.
  const DISCLAIMER =
    "\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Thank you.";
  it.each<[DelayReason, string]>([
    ["unknown", "Hallo Anna, ich bin nicht im Urlaub, wir überweisen am Freitag."],
    ["unknown", "Ce n'est pas à cause du taux de change, nous payons demain."],
    ["unknown", "No es por el tipo de cambio, pagamos mañana."],
    ["middleman", "Es liegt nicht am Wechselkurs, unser Kunde hat noch nicht bezahlt."],
  ])("%s, over an English disclaimer: %s", (reason, text) => {
    expect(classifyReply(text + DISCLAIMER).lang).toBe("en");
    expectReason(reason, text + DISCLAIMER);
  });

  it.each<[string, string[]]>([
    ["Good news: our customer has paid us. We will pay the balance next week.", ["middleman"]],
    ["I am not on vacation, I just forgot. Sorry!", ["away"]],
    [
      "It's not because of the exchange rate, our customer simply hasn't paid yet.",
      ["exchange_rate"],
    ],
    // A mask hides a cue; it says nothing against its reason.
    ["Happy holidays! We will pay next week.", []],
    ["We have no cash flow problem.", ["cash_flow"]],
    ["As for the exchange rate, it is not a problem for us.", ["exchange_rate"]],
    ["No tenemos problemas de liquidez, el pago sale mañana.", ["cash_flow"]],
    ["Our customer has not paid us yet.", []],
    // Said against, and said for more: the reply does not take it back.
    [
      "Our customer has paid us for the first lot, but he has not paid us for the second yet, we are waiting for his payment.",
      [],
    ],
  ])("tell which reasons a reply takes back: %s", (text, reasons) => {
    expect([...readReply(text).takenBack].sort()).toEqual(reasons);
  });

  it("read a cue inside a question as weaker", () => {
    const stated = classifyReply("Another supplier offered us a lower price.");
    const asked = classifyReply("Did another supplier offer a better deal?");
    expect(asked.confidence).toBeLessThan(stated.confidence);
  });

  it("lets the second of two reasons around a 'but' win", () => {
    const reading = classifyReply(
      "Cash is a bit tight this month, but the real reason is that our customer has not paid us."
    );
    expect(reading.label).toBe("middleman");
    expect(reading.evidence[0].reason).toBe("middleman");
  });
});

describe("evidence", () => {
  it("points at the sentence that gave the reason, with the cue as written", () => {
    const text =
      "Dear Sir,\nThank you for your patience.\nOur end customer in Lagos has still not paid us. We will remit once they do.\nBest regards";
    const reading = classifyReply(text);
    expect(reading.label).toBe("middleman");
    const [first] = reading.evidence;
    expect(first.sentence).toBe("Our end customer in Lagos has still not paid us.");
    expect(first.cue).toBe("Our end customer in Lagos has still not paid");
    expect(text.slice(first.start, first.end)).toBe(first.sentence);
  });

  it("lists the label's sentences first, strongest first", () => {
    const text =
      "We are on holiday next week. Our customer has not paid us yet, and we are still waiting for our client's payment.";
    const reading = classifyReply(text);
    expect(reading.label).toBe("middleman");
    expect(reading.evidence.map((e) => e.reason)).toEqual(["middleman", "away"]);
  });

  it("keeps the cue as written, accents and case included", () => {
    const reading = classifyReply("Hola. Estamos ESPERANDO el pago de nuestro cliente.");
    expect(reading.evidence[0].cue).toBe("Estamos ESPERANDO el pago de nuestro cliente");
  });

  it("reads sentences across scripts and line breaks", () => {
    const text = "Hi Tom\n我们的客户还没付款。等客户付款后马上安排！\nThanks";
    const reading = classifyReply(text);
    expect(reading.label).toBe("middleman");
    expect(reading.evidence[0].sentence).toBe("我们的客户还没付款。");
  });

  it("keeps a wrapped line in its sentence", () => {
    const text =
      "Sorry for the delay, we have discussed internally and we are still waiting for\nour customer to pay us before we can release your balance.";
    const reading = classifyReply(text);
    expect(reading.label).toBe("middleman");
    expect(reading.evidence[0].sentence).toBe(text);
  });
});

describe("the language of the reading", () => {
  it("is detected when not given", () => {
    expect(classifyReply("Наш заказчик ещё не оплатил.").lang).toBe("ru");
    expect(classifyReply("我们的客户还没付款。").lang).toBe("zh");
  });

  it("is the one given", () => {
    expect(classifyReply("Our customer has not paid.", "en").lang).toBe("en");
  });
});

describe("automatic replies", () => {
  it("are away, with the sentence about the absence", () => {
    const text =
      "Thank you for your email. I am out of the office until 6 January with limited access to email.";
    const reading = classifyAutoReply(text);
    expect(reading.label).toBe("away");
    expect(reading.confidence).toBeGreaterThanOrEqual(0.9);
    expect(reading.evidence[0].sentence).toBe(
      "I am out of the office until 6 January with limited access to email."
    );
  });

  it("are away even without words about an absence, shown by their first sentence", () => {
    const text = "This is an automated message. Your email has been received.";
    const reading = classifyAutoReply(text);
    expect(reading.label).toBe("away");
    expect(reading.evidence).toEqual([
      {
        sentence: "This is an automated message.",
        start: 0,
        end: 29,
        reason: "away",
        cue: "This is an automated message.",
      },
    ]);
  });

  it("have no evidence when empty", () => {
    expect(classifyAutoReply("").evidence).toEqual([]);
  });
});

describe("whole emails, as buyers write them", () => {
  it.each<[DelayReason, string]>([
    [
      "middleman",
      "Dear Lily,\n\nGood day!\n\nThanks for your kind reminder. I have checked with our finance department. Unfortunately our buyer in Dubai has delayed their payment to us due to some issues on their side, so we could not arrange your balance this week.\n\nWe will update you as soon as we receive their funds.\n\nBest regards",
    ],
    [
      "middleman",
      "Good morning, the goods are still at port and our client is waiting for the customs clearance, after that he will pay us and we pay you.",
    ],
    [
      "middleman",
      "Bonjour Madame, nous avons bien reçu votre relance. Notre client, une administration publique, n'a toujours pas réglé nos factures. Nous vous paierons dès réception de ses fonds.",
    ],
    ["middleman", "我们也是中间商，下家还没把钱打过来。"],
    ["middleman", "客户那边一直拖着不付款，我们也很着急。"],
    ["middleman", "Nous sommes tributaires du paiement de notre client."],
    ["middleman", "Unser Auftraggeber zahlt leider verspätet."],
    ["middleman", "Заказчик задерживает оплату по контракту, мы ждём поступления средств."],
    ["middleman", "لم نستلم المبلغ من العميل بعد."],
    [
      "exchange_rate",
      "Hello Mr. Zhang,\nSorry to keep you waiting. As you know the Egyptian pound has lost a lot of value this year and the banks here give priority to essential goods, so it takes time to get the USD.\nWe hope to transfer before end of month.",
    ],
    [
      "exchange_rate",
      "Hola Tony, disculpa la demora. Como sabes en Argentina el dólar oficial está restringido y estamos esperando que el banco central nos autorice la compra de divisas.",
    ],
    ["exchange_rate", "Сейчас невыгодный курс, подождём немного."],
    ["exchange_rate", "Der Euro ist gegenüber dem Dollar zu schwach, wir warten ab."],
    [
      "competitor",
      "Hi Kevin,\nTo be frank, my boss asked me to check prices with two other factories because your last price increase was too much for us. Please understand.",
    ],
    [
      "competitor",
      "Olá Sr. Wang, tudo bem? Estamos com uma proposta de outro fornecedor com preço bem menor, gostaríamos de rever as condições antes de pagar o sinal.",
    ],
    ["competitor", "Ihre Konkurrenz bietet den gleichen Artikel billiger an."],
    ["competitor", "У конкурентов цена ниже на 12%."],
    ["competitor", "المنافسون يعرضون أسعارا أقل."],
    [
      "cash_flow",
      "尊敬的李经理：您好！由于今年市场行情不好，很多客户都压款，我们公司的资金周转比较困难，尾款可能要推迟到下个月，请谅解。",
    ],
    [
      "cash_flow",
      "Hi, sorry, we had a lot of expenses this month (taxes and salaries) so the payment will be a bit late.",
    ],
    ["cash_flow", "Nous manquons de liquidités en ce moment."],
    ["cash_flow", "Estamos sem caixa no momento, esperando o banco liberar o financiamento."],
    ["cash_flow", "الوضع المالي صعب حاليا ولا توجد سيولة."],
    [
      "away",
      "Dear Sir, I was out of the office last week because of a family emergency. I will check the payment status with our accountant today.",
    ],
    [
      "away",
      "Hallo Herr Li, wir sind aktuell auf der Messe in Frankfurt und melden uns nächste Woche bezüglich der Zahlung.",
    ],
    ["away", "Здравствуйте! Из-за майских праздников банк не работал, оплату проведём во вторник."],
    [
      "away",
      "السلام عليكم، نعتذر عن التأخير، البنوك مغلقة بسبب عطلة عيد الأضحى وسنقوم بالتحويل بعد العيد.",
    ],
    ["away", "我在国外参展，下周回国后处理。"],
    ["away", "Estou viajando a trabalho, volto na segunda-feira."],
    [
      "unknown",
      "Dear Mr. Chen,\n\nThe payment has been scheduled for 12 March. The bank slip will follow.\n\nBest regards",
    ],
    ["unknown", "The customer's payment terms are 30 days, as in our contract."],
    ["unknown", "We're waiting for the bank slip from our accountant."],
    ["unknown", "Could you give us a discount? The payment will be made on Monday."],
    ["unknown", "请提供提单副本，收到后付尾款。"],
    ["unknown", "Le paiement sera effectué à réception des documents."],
    ["unknown", "Пожалуйста, пришлите инвойс, мы оплатим по получении."],
    ["unknown", "Hope you had a great Chinese New Year! Payment is on its way."],
  ])("%s: %s", (reason, text) => expectReason(reason, text));
});

describe("more phrasings of each reason", () => {
  it.each<[DelayReason, string]>([
    ["middleman", "Unfortunately the payment from our customer in Poland is still outstanding."],
    [
      "middleman",
      "We are a distributor and we only pay our suppliers after our retailers have paid us.",
    ],
    ["middleman", "Our customer went bankrupt and we are trying to recover the money."],
    [
      "middleman",
      "Sorry for late payment, our customer has some problem with his bank and the money is stuck.",
    ],
    ["middleman", "We're still waiting on the LC from our buyer's bank before we can pay you."],
    ["middleman", "Payment will be done once we get our money from the government tender."],
    ["middleman", "客户的货款一直没有回来，我们这边也没办法。"],
    ["middleman", "Le client n'a toujours pas payé, on attend."],
    ["middleman", "Nous attendons que notre client nous règle la facture."],
    ["middleman", "Der Kunde hat uns noch kein Geld überwiesen."],
    ["middleman", "Wir warten auf den Zahlungseingang unseres Kunden."],
    ["middleman", "O cliente ainda não nos pagou."],
    ["middleman", "Nuestro cliente nos pidió más plazo, por eso nos atrasamos."],
    ["middleman", "Клиент до сих пор не рассчитался с нами."],
    ["middleman", "Платёж задерживается, так как наш покупатель ещё не перевёл деньги."],
    ["middleman", "نحن في انتظار تحويل المبلغ من الزبون."],
    ["middleman", "العميل لم يسدد المستحقات حتى الآن."],
    ["cash_flow", "The bank has not yet approved our credit line increase."],
    ["cash_flow", "This month is very difficult for us financially."],
    ["cash_flow", "We need some more time to collect the money."],
    ["cash_flow", "Things are tight at the moment, please allow us two more weeks."],
    [
      "cash_flow",
      "We had to pay customs duties and taxes for three containers so our account is empty.",
    ],
    ["cash_flow", "这个月现金流比较紧，下个月初一定付。"],
    ["cash_flow", "On a des soucis de trésorerie en ce moment."],
    ["cash_flow", "Wir stecken gerade in finanziellen Schwierigkeiten."],
    ["cash_flow", "Unsere Bank hat den Kredit noch nicht freigegeben."],
    ["cash_flow", "Estamos passando por um aperto de caixa."],
    ["cash_flow", "Сейчас у компании финансовые трудности."],
    ["cash_flow", "نمر بظروف مالية صعبة."],
    ["exchange_rate", "Rates are crazy right now, one dollar costs 30% more than in January."],
    ["exchange_rate", "The central bank stopped selling dollars to importers."],
    ["exchange_rate", "We prefer to wait until the currency stabilises."],
    ["exchange_rate", "Kindly wait, the naira is very unstable and we can't buy dollars now."],
    ["exchange_rate", "We'll transfer when the rate goes back to normal."],
    ["exchange_rate", "现在美金太贵，我们等等再换。"],
    ["exchange_rate", "汇率波动太大，老板说先等等。"],
    ["exchange_rate", "Con la devaluación del peso no podemos pagar por ahora."],
    ["exchange_rate", "Le dinar a beaucoup baissé, on attend que ça se stabilise."],
    ["exchange_rate", "Die Lira ist wieder stark gefallen."],
    ["exchange_rate", "Com o dólar a 6 reais fica difícil."],
    ["exchange_rate", "O real desvalorizou muito e estamos aguardando."],
    ["exchange_rate", "Рубль опять упал, ждём."],
    ["exchange_rate", "Из-за скачка курса доллара просим отсрочку."],
    ["exchange_rate", "الجنيه انخفض كثيرا مقابل الدولار."],
    [
      "competitor",
      "We are reconsidering the order because a Turkish supplier offered better conditions.",
    ],
    ["competitor", "Your prices are no longer competitive, we can buy the same in India for less."],
    ["competitor", "Before paying we want to discuss the price again."],
    ["competitor", "To be honest we have been offered the same chairs at a much better price."],
    ["competitor", "We decided to place the order with another company."],
    ["competitor", "有别的工厂给我们报了更低的价格。"],
    ["competitor", "同样的产品，别人报价比你们低很多。"],
    ["competitor", "On a trouvé moins cher ailleurs."],
    ["competitor", "Votre prix est beaucoup plus élevé que celui de nos autres fournisseurs."],
    ["competitor", "Wir haben ein billigeres Angebot aus der Türkei."],
    ["competitor", "Encontramos um fornecedor mais barato."],
    ["competitor", "Нашли поставщика подешевле."],
    ["competitor", "Мы получили предложение от другого поставщика по более низкой цене."],
    ["competitor", "وجدنا موردا يقدم سعرا أقل."],
    ["away", "I am currently abroad with limited internet access."],
    ["away", "I'm on sick leave until Monday."],
    ["away", "The whole team is at Automechanika this week."],
    ["away", "I'm on leave, back on the 12th."],
    ["away", "Our cashier is sick, the payment will be delayed a few days."],
    ["away", "老板去国外了，下周回来签字付款。"],
    ["away", "我下周一才回公司。"],
    ["away", "Los bancos están cerrados por el feriado de carnaval."],
    ["away", "Je suis malade cette semaine."],
    ["away", "Ich bin bis 15. Januar im Urlaub."],
    ["away", "Ich bin diese Woche auf Dienstreise in China."],
    ["away", "Estou de licença médica."],
    ["away", "Nosso financeiro está de férias até segunda."],
    ["away", "Я на больничном до конца недели."],
    ["away", "أنا مريض هذا الأسبوع."],
    ["away", "المحاسب في إجازة حتى الأحد القادم."],
  ])("%s: %s", (reason, text) => expectReason(reason, text));
});

describe("replies with words that look like reasons and are not", () => {
  it.each([
    "Thank you for the reminder, the payment was sent yesterday, please check with your bank.",
    "Our customer is waiting for the goods, please ship as soon as possible.",
    "Can you give us the best price for the next order? We will pay the balance this week.",
    "Please send the invoice in EUR instead of USD.",
    "We have a new customer in Kenya who wants the same product.",
    "I will be in Guangzhou for the Canton Fair next month, can we meet?",
    "We paid the deposit on Monday, the bank needs 3-5 days.",
    "The balance is ready, we are waiting for your bank details confirmation.",
    "Please confirm the amount after the discount.",
    "Our finance will transfer the money on Friday.",
    "Merry Christmas and happy new year! We will contact you in January about the next order.",
    "请问你们春节放假时间是几号到几号？",
    "我们老板下周去广交会，想顺便去工厂看看。",
    "¿Cuándo es su feriado de año nuevo chino?",
    "Nous avons bien reçu la marchandise, merci.",
    "Wir haben die Ware erhalten und sind zufrieden.",
    "Vamos fazer o pagamento na sexta-feira.",
    "Спасибо, получили товар, всё в порядке.",
    "تم استلام البضاعة بحالة جيدة، شكرا.",
  ])("%s", (text) => expectReason("unknown", text));
});

describe("the rate to convert at, and conversion fees, are no wait for a better rate", () => {
  it.each<[DelayReason, string]>([
    ["unknown", "Please confirm the amount in EUR at today's exchange rate."],
    ["unknown", "The bank charges and exchange rate fees were paid by us."],
    ["unknown", "Please invoice us in EUR at the current exchange rate."],
    ["unknown", "Merci de confirmer le montant en EUR au taux de change du jour."],
    ["unknown", "Por favor confirme el monto en EUR al tipo de cambio de hoy."],
    ["unknown", "Por favor confirme o valor em EUR pela taxa de câmbio de hoje."],
    ["unknown", "Bitte bestätigen Sie den Betrag in EUR zum heutigen Wechselkurs."],
    ["unknown", "请按当天汇率确认欧元金额。"],
    ["unknown", "يرجى الدفع بسعر الصرف اليوم"],
    // The same rate, said to be the trouble, still is.
    ["exchange_rate", "The current exchange rate is killing us."],
    ["exchange_rate", "At today's exchange rate it costs us too much, we will wait."],
    ["exchange_rate", "We are waiting for the exchange rate to improve."],
  ])("%s: %s", (reason, text) => expectReason(reason, text));
});

describe("other suppliers named without being preferred (a false competitor is costly)", () => {
  it.each([
    "Our main competitor in Munich just went bankrupt, so demand is growing and we will pay next week.",
    "we compared your price with other suppliers before ordering and you were the best",
    "We buy from other suppliers too, but your quality is the best.",
    "Our competitor uses your brand too.",
    "We also work with other suppliers in China.",
    "Our competitors are struggling too, the market is slow.",
    "Nuestro principal competidor cerró, la demanda está creciendo y pagaremos el viernes.",
    "Compramos también a otros proveedores, pero su calidad es la mejor.",
    "Nous achetons aussi chez d'autres fournisseurs, mais votre qualité est la meilleure.",
    "Unser größter Konkurrent ist insolvent, wir zahlen am Freitag.",
    "Compramos também de outros fornecedores, mas a sua qualidade é a melhor.",
    "Мы покупаем и у других поставщиков, но ваше качество лучшее.",
    "我们也从其他供应商进货，但你们的质量最好。",
    "منافسنا الرئيسي أفلس، سندفع يوم الجمعة.",
  ])("%s", (text) => expectReason("unknown", text));

  it.each([
    "A competitor offered us 10% less for the same product.",
    "The competition is offering better terms.",
    "Your competitors are cheaper.",
    "We found another supplier.",
    "We are considering other suppliers.",
    "We will place the order with a competitor.",
    "Your competitors have been in touch with us, let's have a call about the pricing.",
    "Un competidor nos ofrece mejores condiciones de pago.",
    "Estamos pidiendo presupuestos a otros proveedores.",
    "Nous étudions d'autres fournisseurs.",
    "Ein Mitbewerber bietet uns 90 Tage Zahlungsziel.",
    "Wir haben einen anderen Lieferanten gefunden.",
    "Estamos avaliando outros fornecedores.",
    "Рассматриваем других поставщиков.",
    "我们在考虑其他供应商。",
    "منافس عرض علينا سعرا أقل.",
  ])("%s", (text) => expectReason("competitor", text));
});

describe("seasonal greetings, however they are worded", () => {
  it.each([
    "Wishing you happy holidays and a prosperous new year.",
    "Best wishes for the holidays and a prosperous new year.",
    "We wish you a merry Christmas and a happy and prosperous new year.",
    "Warm wishes for a joyful holiday season and a successful new year.",
    "Wishing you and your family peaceful holidays and a healthy new year.",
    "Mis mejores deseos para estas fiestas y un excelente año nuevo.",
    "Meilleurs vœux pour les fêtes et le nouvel an.",
    "Beste Wünsche für die Feiertage und ein erfolgreiches neues Jahr.",
    "Desejo a você e sua família um Natal abençoado e um ano novo cheio de paz.",
    "أطيب التمنيات بمناسبة العيد ورأس السنة.",
  ])("%s", (text) => expectReason("unknown", text));

  it.each([
    "Our office is closed for the holidays until January 6.",
    "We wish to inform you that our office will be closed for the Christmas holidays until 2 January.",
    "Best wishes, I am on holiday until Monday.",
    "Happy new year! Our boss is still on holiday until next week.",
    "Nos bureaux sont fermés pour les fêtes jusqu'au 3 janvier.",
    "Wir sind über die Feiertage bis zum 6. Januar im Urlaub.",
  ])("%s", (text) => expectReason("away", text));
});
