import { detectAutoReply, type AutoReplyInput } from "../../../../src/core/thread/auto-reply";

const SENT = "2026-12-21T09:00:00Z"; // a Monday before the holidays
const BUYER = { name: "Lucía Fernández", address: "lucia@textilesfernandez.es" };

function reply(subject: string, text: string, headers?: Record<string, string>): AutoReplyInput {
  return { from: BUYER, subject, text, sentAt: SENT, headers };
}

describe("recognising automatic replies", () => {
  it.each([
    ["Auto-Submitted", { "auto-submitted": "auto-replied" }],
    ["X-Autoreply", { "x-autoreply": "yes" }],
    ["X-Autorespond", { "x-autorespond": "" }],
    ["Precedence: auto_reply", { precedence: "auto_reply" }],
  ])("from the %s header", (_name, headers) => {
    expect(detectAutoReply(reply("RE: PI 45", "Hello", headers)).autoReply).toBe(true);
  });

  it("not from Auto-Submitted: no", () => {
    expect(
      detectAutoReply(reply("RE: PI 45", "We pay Friday.", { "auto-submitted": "no" })).autoReply
    ).toBe(false);
  });

  it.each([
    "Automatic reply: RE: PI 45",
    "Out of Office: PI 45",
    "Abwesenheitsnotiz: AW: PI 45",
    "Automatische Antwort: PI 45",
    "Réponse automatique : PI 45",
    "Respuesta automática: RE: PI 45",
    "Resposta automática: PI 45",
    "Risposta automatica: PI 45",
    "Automatisch antwoord: PI 45",
    "Automatyczna odpowiedź: PI 45",
    "Otomatik yanıt: PI 45",
    "Автоматический ответ: PI 45",
    "自动回复: PI 45",
    "自動回覆: PI 45",
    "自動応答: PI 45",
    "رد تلقائي: PI 45",
  ])("from the subject %s", (subject) => {
    expect(detectAutoReply(reply(subject, "Hello")).autoReply).toBe(true);
  });

  it.each([
    ["English", "Thank you for your email. I am out of the office with limited access to email."],
    ["German", "Vielen Dank für Ihre Nachricht. Ich bin derzeit nicht im Büro."],
    ["French", "Merci pour votre message. Je suis absente du bureau."],
    ["Spanish", "Gracias por su mensaje. Estoy fuera de la oficina."],
    ["Portuguese", "Obrigado pela sua mensagem. Estou fora do escritório."],
    ["Russian", "Спасибо за ваше письмо. Я в отпуске."],
    ["Chinese", "感谢您的来信。我目前休假，不在办公室。"],
    ["Arabic", "شكرا لرسالتك. أنا خارج المكتب."],
    ["statement", "This is an automatic reply. Your message has been received."],
  ])("from the body (%s)", (_lang, text) => {
    expect(detectAutoReply(reply("RE: PI 45", text)).autoReply).toBe(true);
  });

  it("not a buyer who writes himself that he is on holiday", () => {
    const text =
      "Dear Amy, I am on holiday until 8 January; I will arrange the payment when I am back.";
    expect(detectAutoReply(reply("RE: PI 45", text)).autoReply).toBe(false);
  });

  it.each([
    [
      "back from holiday, with a promise",
      "Thank you for your email. Sorry for the late reply, I was on holiday last week. We will remit the deposit on 6 January.",
    ],
    [
      "Chinese, back from holiday",
      "感谢您的来信。我上周在休假，这周回来了。定金我们下周二安排支付。",
    ],
    [
      "Spanish, back from holiday",
      "Gracias por su mensaje. Estuve de vacaciones. Haremos el pago el viernes.",
    ],
    [
      "a colleague on leave",
      "Thanks for your message. Our accountant is on leave until Monday, she will arrange the payment when she is back.",
    ],
    [
      "travelling, answering about payment",
      "Thanks for your email. I am travelling this week in Europe; my colleague will handle the TT.",
    ],
    [
      "apologising for answering late",
      "Thank you for your email. Sorry for the delay, I am travelling.",
    ],
  ])("not a person who thanks and mentions an absence (%s)", (_what, text) => {
    expect(detectAutoReply(reply("RE: PI 45", text)).autoReply).toBe(false);
  });

  it.each([
    [
      "sending payment matters elsewhere",
      "Thank you for your email. I am on annual leave. For payment matters please contact accounts@textilesfernandez.es.",
    ],
    [
      "an absence going on",
      "Thank you for your message. I am currently on holiday with no access to email.",
    ],
  ])("still an absence notice: %s", (_what, text) => {
    expect(detectAutoReply(reply("RE: PI 45", text)).autoReply).toBe(true);
  });

  it("not a delivery failure, though it is automatic", () => {
    const bounce = {
      ...reply("Undeliverable: PI 45", "Delivery has failed", { "auto-submitted": "auto-replied" }),
    };
    expect(detectAutoReply(bounce).autoReply).toBe(false);
    expect(
      detectAutoReply({
        ...bounce,
        subject: "PI 45",
        from: { name: "Mail Delivery Subsystem", address: "mailer-daemon@x.com" },
      }).autoReply
    ).toBe(false);
    expect(
      detectAutoReply({
        ...bounce,
        subject: "PI 45",
        headers: { "content-type": "multipart/report; report-type=delivery-status" },
      }).autoReply
    ).toBe(false);
  });
});

describe("reading the return date", () => {
  it.each([
    [
      "back on 6 January",
      "I am out of the office and will be back on 6 January.",
      { returnDate: "2027-01-06", awayUntil: null },
    ],
    [
      "until 02.01.2027",
      "Thank you for your email. I am on holiday until 02.01.2027.",
      { returnDate: null, awayUntil: "2027-01-02" },
    ],
    [
      "返回日期：1月6日",
      "感谢您的来信。我正在休假，返回日期：1月6日。",
      { returnDate: "2027-01-06", awayUntil: null },
    ],
    [
      "hasta el 7 de enero",
      "Gracias por su mensaje. Estoy de vacaciones hasta el 7 de enero.",
      { returnDate: null, awayUntil: "2027-01-07" },
    ],
    [
      "bis einschließlich 4. Januar",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Januar nicht im Büro.",
      { returnDate: null, awayUntil: "2027-01-04" },
    ],
    [
      "de retour le",
      "Merci pour votre message. Je suis absente, de retour le 5 janvier.",
      { returnDate: "2027-01-05", awayUntil: null },
    ],
    [
      "a range",
      "Thank you for your message. I am travelling 22-31 December.",
      { returnDate: null, awayUntil: "2026-12-31" },
    ],
    [
      "a span across months",
      "Thank you for your email. I am on annual leave 21 Dec - 4 Jan with limited access to email.",
      { returnDate: null, awayUntil: "2027-01-04" },
    ],
    [
      "a span of dotted dates",
      "Ich bin im Urlaub: 21.12. - 04.01.2027.",
      { returnDate: null, awayUntil: "2027-01-04" },
    ],
    [
      "a span of slashed dates",
      "Out of office: 21/12/2026 - 04/01/2027.",
      { returnDate: null, awayUntil: "2027-01-04" },
    ],
    ["a Chinese span", "休假时间：12月21日-1月4日", { returnDate: null, awayUntil: "2027-01-04" }],
    [
      "Chinese, the date before the verb",
      "您好，我将于1月5日返回办公室，期间请联系我的同事。",
      { returnDate: "2027-01-05", awayUntil: null },
    ],
    [
      "Chinese, expected back",
      "您好，本人出差中，预计1月5日回来。",
      { returnDate: "2027-01-05", awayUntil: null },
    ],
    [
      "Arabic, on the day",
      "أنا خارج المكتب. سأعود يوم 5 يناير.",
      { returnDate: "2027-01-05", awayUntil: null },
    ],
    [
      "Arabic, on",
      "أنا في إجازة وسأعود في 5 يناير.",
      { returnDate: "2027-01-05", awayUntil: null },
    ],
    [
      "an ambiguous slashed date, the reading ahead",
      "I am out of the office and will be back on 01/04.",
      { returnDate: "2027-01-04", awayUntil: null },
    ],
    [
      "dates that are no span",
      "I am out of the office. Re your order of 18 December, invoice of 19 December.",
      { returnDate: null, awayUntil: null },
    ],
    [
      "a Chinese date with no cue after it",
      "您好，我正在休假。1月5日的会议请联系我的同事。",
      { returnDate: null, awayUntil: null },
    ],
    [
      "no date",
      "Thank you for your email. I am out of the office.",
      { returnDate: null, awayUntil: null },
    ],
  ])("%s", (_what, text, dates) => {
    expect(detectAutoReply(reply("Automatic reply: PI 45", text))).toEqual({
      autoReply: true,
      ...dates,
    });
  });

  it("reads a return date weeks back as past, not as next year's", () => {
    // Sent Wednesday 26 November 2025; 3 November 2025 was a Monday, 3 November 2026 is not.
    const stale = reply("Automatic reply: PI 45", "I will be back on Monday 3 November.");
    expect(detectAutoReply({ ...stale, sentAt: "2025-11-26T09:00:00Z" }).returnDate).toBe(
      "2025-11-03"
    );
  });

  it("reads a slashed return date the way the writer's language writes it", () => {
    const text = "Olá, estou de férias e volto em 01/02/2026. Obrigado pela sua mensagem.";
    const away = { ...reply("Resposta automática: PI 45", text), sentAt: "2025-12-15T09:00:00Z" };
    expect(detectAutoReply(away).returnDate).toBe("2026-02-01");
  });

  it("reads Apple's vacation header when the text gives no date", () => {
    const headers = {
      "auto-submitted": "auto-replied",
      "x-apple-criteria": "id=1; endDate=2027-01-10T14:59:59Z",
    };
    expect(detectAutoReply(reply("Auto reply: PI 45", "Away.", headers)).awayUntil).toBe(
      "2027-01-10"
    );
  });

  it("reads no date without knowing when the reply was sent", () => {
    expect(
      detectAutoReply({ ...reply("Automatic reply", "back on 6 January"), sentAt: null })
    ).toEqual({
      autoReply: true,
      returnDate: null,
      awayUntil: null,
    });
  });
});
