import { newText, splitBody } from "../../../../../src/core/thread/split";

/**
 * Every reply format the thread issue lists, in every mail language: the
 * buyer's answer on top, the rep's chase quoted under it by the buyer's client.
 */

const AMY = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
const REPLY = "Dear Amy,\n\nWe will remit the deposit next Tuesday.\n\nRegards,\nOmar";
const OWN = "Dear Amy,\n\nWe will remit the deposit next Tuesday.";
const CHASE = "May I check on the deposit for PI SR-2611-045?";
const SENT = "2026-11-26T10:30:00.000Z";

type Labels = [from: string, sent: string, to: string, subject: string];

/** Outlook's header block in a language: a rule, From / Sent / To / Subject, the quoted message. */
function outlook([from, sent, to, subject]: Labels, date: string, sep = ": "): string {
  return [
    REPLY,
    "",
    "________________________________",
    `${from}${sep}Amy Zhang <amy.zhang@sunrisetex.com>`,
    `${sent}${sep}${date}`,
    `${to}${sep}Omar Haddad <omar@alwaha-trading.ae>`,
    `${subject}${sep}RE: PI SR-2611-045`,
    "",
    CHASE,
  ].join("\n");
}

/** Gmail's attribution line in a language, then the quote. */
function gmail(attribution: string): string {
  return `${REPLY}\n\n${attribution}\n\n> ${CHASE}\n>\n> Best regards,\n> Amy\n`;
}

describe("Outlook header blocks", () => {
  it.each<[string, Labels, string, string]>([
    ["English", ["From", "Sent", "To", "Subject"], "Thursday, November 26, 2026 10:30 AM", ": "],
    ["Simplified Chinese", ["发件人", "发送时间", "收件人", "主题"], "2026年11月26日 10:30", ": "],
    [
      "Traditional Chinese",
      ["寄件者", "寄件日期", "收件者", "主旨"],
      "2026年11月26日 上午 10:30",
      ": ",
    ],
    [
      "Spanish",
      ["De", "Enviado el", "Para", "Asunto"],
      "jueves, 26 de noviembre de 2026 10:30",
      ": ",
    ],
    ["French", ["De", "Envoyé", "À", "Objet"], "jeudi 26 novembre 2026 10:30", " : "],
    ["German", ["Von", "Gesendet", "An", "Betreff"], "Donnerstag, 26. November 2026 10:30", ": "],
    [
      "Portuguese",
      ["De", "Enviado", "Para", "Assunto"],
      "quinta-feira, 26 de novembro de 2026 10:30",
      ": ",
    ],
    ["Italian", ["Da", "Inviato", "A", "Oggetto"], "giovedì 26 novembre 2026 10:30", ": "],
    ["Russian", ["От", "Отправлено", "Кому", "Тема"], "четверг, 26 ноября 2026 г. 10:30", ": "],
    ["Japanese", ["差出人", "送信日時", "宛先", "件名"], "2026年11月26日 10:30", ": "],
    ["Arabic", ["من", "تم الإرسال", "إلى", "الموضوع"], "الخميس، 26 نوفمبر 2026 10:30 ص", ": "],
    ["Dutch", ["Van", "Verzonden", "Aan", "Onderwerp"], "donderdag 26 november 2026 10:30", ": "],
    ["Polish", ["Od", "Wysłano", "Do", "Temat"], "czwartek, 26 listopada 2026 10:30", ": "],
    ["Turkish", ["Kimden", "Gönderildi", "Kime", "Konu"], "26 Kasım 2026 Perşembe 10:30", ": "],
  ])("%s", (_lang, labels, date, sep) => {
    const split = splitBody(outlook(labels, date, sep), "text");
    expect(split.text).toBe(OWN);
    expect(split.signature).toBe("Regards,\nOmar");
    expect(split.quoted).toHaveLength(1);
    expect(split.quoted[0]).toMatchObject({
      from: AMY,
      to: [{ name: "Omar Haddad", address: "omar@alwaha-trading.ae" }],
      sentAt: SENT,
      subject: "RE: PI SR-2611-045",
      text: CHASE,
      forwarded: false,
    });
  });

  it("reads the header date in the rep's zone when it carries none", () => {
    const split = splitBody(
      outlook(["From", "Sent", "To", "Subject"], "Thursday, November 26, 2026 10:30 AM"),
      "text",
      {
        tz: "Asia/Shanghai",
      }
    );
    expect(split.quoted[0].sentAt).toBe("2026-11-26T02:30:00.000Z");
  });

  it("keeps bold labels and wrapped addresses apart from the values", () => {
    const body =
      "Hi\n\n*From:* Amy Zhang [mailto:\n amy.zhang@sunrisetex.com]\n*Sent:* Thursday, November 26, 2026 10:30 AM\n*To:* Omar\n*Subject:* Deposit\n\nOld words";
    expect(splitBody(body, "text").quoted[0]).toMatchObject({
      from: AMY,
      subject: "Deposit",
      text: "Old words",
    });
  });
});

describe("Gmail attributions", () => {
  it.each([
    ["English", "On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:"],
    ["Simplified Chinese", "Amy Zhang <amy.zhang@sunrisetex.com> 于2026年11月26日周四 10:30写道："],
    [
      "Traditional Chinese",
      "Amy Zhang <amy.zhang@sunrisetex.com> 於 2026年11月26日 週四 上午10:30 寫道：",
    ],
    [
      "Spanish",
      "El jue, 26 nov 2026 a las 10:30, Amy Zhang (<amy.zhang@sunrisetex.com>) escribió:",
    ],
    ["French", "Le jeu. 26 nov. 2026 à 10:30, Amy Zhang <amy.zhang@sunrisetex.com> a écrit :"],
    ["German", "Am Do., 26. Nov. 2026 um 10:30 Uhr schrieb Amy Zhang <amy.zhang@sunrisetex.com>:"],
    [
      "Portuguese",
      "Em qui., 26 de nov. de 2026 às 10:30, Amy Zhang <amy.zhang@sunrisetex.com> escreveu:",
    ],
    [
      "Italian",
      "Il giorno gio 26 nov 2026 alle ore 10:30 Amy Zhang <amy.zhang@sunrisetex.com> ha scritto:",
    ],
    ["Russian", "чт, 26 нояб. 2026 г. в 10:30, Amy Zhang <amy.zhang@sunrisetex.com>:"],
    ["Japanese", "2026年11月26日(木) 10:30 Amy Zhang <amy.zhang@sunrisetex.com>:"],
    ["Arabic", "في الخميس، 26 نوفمبر 2026 في 10:30 ص، كتب Amy Zhang <amy.zhang@sunrisetex.com>:"],
    ["Dutch", "Op do 26 nov 2026 om 10:30 schreef Amy Zhang <amy.zhang@sunrisetex.com>:"],
    ["Polish", "czw., 26 lis 2026 o 10:30 Amy Zhang <amy.zhang@sunrisetex.com> napisał(a):"],
    [
      "Turkish",
      "26 Kas 2026 Per, 10:30 tarihinde Amy Zhang <amy.zhang@sunrisetex.com> şunu yazdı:",
    ],
  ])("%s", (_lang, attribution) => {
    const split = splitBody(gmail(attribution), "text");
    expect(split.text).toBe(OWN);
    expect(split.quoted).toHaveLength(1);
    expect(split.quoted[0]).toMatchObject({
      from: AMY,
      sentAt: SENT,
      text: `${CHASE}\n\nBest regards,\nAmy`,
      header: attribution,
    });
    // Quoted messages keep their sign-off: it may be all that names their writer.
    expect(split.quoted[0].signature).toBeNull();
  });

  it("reads an attribution wrapped over lines, even into a line that looks quoted", () => {
    const body = `Thanks\n\nOn Thu, 26 Nov 2026 at 10:30, Amy Zhang <\namy.zhang@sunrisetex.com\n> wrote:\n\n> ${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: "Thanks",
      quoted: [{ from: AMY, sentAt: SENT, text: CHASE }],
    });
  });

  it("unfolds nested quotes into older messages, newest first", () => {
    const body = [
      "Noted, thank you.",
      "",
      "On Fri, 27 Nov 2026 at 09:00, Omar Haddad <omar@alwaha-trading.ae> wrote:",
      "> My customer has not paid us yet.",
      ">",
      "> On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:",
      `>> ${CHASE}`,
    ].join("\n");
    const split = splitBody(body, "text");
    expect(split.quoted.map((q) => [q.from?.name, q.sentAt, q.text])).toEqual([
      ["Omar Haddad", "2026-11-27T09:00:00.000Z", "My customer has not paid us yet."],
      ["Amy Zhang", SENT, CHASE],
    ]);
  });

  it("keeps text written under the quote (bottom-posting) as the writer's", () => {
    const body = `On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n> ${CHASE}\n\nWe pay on Friday.`;
    expect(splitBody(body, "text").text).toBe("We pay on Friday.");
  });

  it("finds the attribution sharing a line with the reply", () => {
    const body = `ok --- On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n> ${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({ text: "ok", quoted: [{ from: AMY }] });
  });

  it.each([
    [
      "an Arabic attribution",
      "في الخميس، ٢٦ نوفمبر ٢٠٢٦ في ١٠:٣٠ ص تمت كتابة ما يلي بواسطة Amy Zhang <amy.zhang@sunrisetex.com>:",
    ],
    [
      "a date and an address, Arabic-Indic digits",
      "٢٠٢٦/١١/٢٦ Amy Zhang <amy.zhang@sunrisetex.com>",
    ],
    [
      "a date and an address, full-width digits",
      "２０２６/１１/２６ Amy Zhang <amy.zhang@sunrisetex.com>",
    ],
  ])("reads digits of any script in %s", (_, attribution) => {
    expect(splitBody(gmail(attribution), "text")).toMatchObject({
      text: OWN,
      quoted: [{ from: AMY, header: attribution }],
    });
  });

  it.each([
    ["'sent' ends a line", "Hi Amy\nOn Monday the balance will be sent\nwith our bank's slip."],
    [
      "'said:' over the words it reports",
      "Dear Amy,\nSorry for the delay. Our finance department said:\nthe balance will be paid on 15 Dec.",
    ],
    [
      "a weekday, no date",
      "Dear Amy,\nOn Monday our finance department said:\nthe balance will be paid on 15 Dec.",
    ],
    ["'escribió:'", "Estimada Amy,\nComo usted escribió:\nel saldo se pagará el 15 de diciembre."],
    ["'escreveu:'", "Prezada Amy,\nComo escreveu:\no saldo será pago em 15 de dezembro."],
  ])(
    "a sentence ending in a verb of writing (%s) is the writer's, not an attribution",
    (_, body) => {
      expect(splitBody(body, "text")).toMatchObject({ text: body, quoted: [] });
    }
  );

  it.each([
    ["a name over a quote", "On Tue, Bob wrote:\n> We pay on Friday."],
    ["a date and a time", "On Wed, Sep 25, 2013, at 03:57 PM, Bob wrote:\n\nWe pay on Friday."],
    ["a weekday and a date", "On Monday, December 2, 2024, Bob wrote:\n\nWe pay on Friday."],
    ["a date, Chinese", "Bob 于2024年12月2日 10:30写道：\n\nWe pay on Friday."],
    ["a date, Russian", "понедельник, 2 декабря 2024 г., 10:30 Bob написал:\n\nWe pay on Friday."],
    ["a month and a day", "On 2 December Bob wrote:\nWe pay on Friday."],
  ])("an attribution without an address still introduces history: %s", (_, history) => {
    expect(splitBody(`Noted.\n\n${history}`, "text")).toMatchObject({
      text: "Noted.",
      quoted: [{ text: "We pay on Friday." }],
    });
  });
});

describe("other clients and separators", () => {
  it("Apple Mail reply", () => {
    const body = `${REPLY}\n\n> On 26 Nov 2026, at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:\n>\n> ${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: OWN,
      quoted: [{ from: AMY, sentAt: SENT, text: CHASE }],
    });
  });

  it("Apple Mail forward: the whole history quoted under 'Begin forwarded message:'", () => {
    const body = [
      "FYI, the signed PI.",
      "",
      "> Begin forwarded message:",
      ">",
      "> From: Amy Zhang <amy.zhang@sunrisetex.com>",
      "> Subject: PI SR-2611-045",
      "> Date: 26 November 2026 at 10:30:00 GMT",
      "> To: Omar Haddad <omar@alwaha-trading.ae>",
      ">",
      "> Please find the PI attached.",
    ].join("\n");
    expect(splitBody(body, "text")).toMatchObject({
      text: "FYI, the signed PI.",
      quoted: [
        {
          from: AMY,
          sentAt: SENT,
          subject: "PI SR-2611-045",
          text: "Please find the PI attached.",
          forwarded: true,
        },
      ],
    });
  });

  it.each([
    ["-----Original Message-----"],
    ["----- Original Message -----"],
    ["-----Ursprüngliche Nachricht-----"],
    ["-----Message d'origine-----"],
    ["-----Mensaje original-----"],
    ["-------- 原始邮件 --------"],
  ])("%s with a header block", (separator) => {
    const body = `${REPLY}\n\n${separator}\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nSent: Thursday, November 26, 2026 10:30 AM\nTo: Omar\nSubject: PI\n\n${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: OWN,
      quoted: [{ from: AMY, sentAt: SENT, text: CHASE, forwarded: false }],
    });
  });

  it.each([
    ["Gmail", "---------- Forwarded message ---------"],
    ["Thunderbird", "-------- Forwarded Message --------"],
    ["Gmail, German", "---------- Weitergeleitete Nachricht ---------"],
    ["Gmail, Spanish", "---------- Mensaje reenviado ---------"],
    ["Gmail, Chinese", "---------- 转发的邮件 ---------"],
  ])("%s forward", (_client, separator) => {
    const body = `Please see below.\n\n${separator}\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nDate: Thu, Nov 26, 2026 at 10:30 AM\nSubject: PI\nTo: Omar <omar@alwaha-trading.ae>\n\n${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: "Please see below.",
      quoted: [{ from: AMY, sentAt: SENT, subject: "PI", text: CHASE, forwarded: true }],
    });
  });

  it("QQ Mail's reply: 'Original' between rules, then its header block", () => {
    const body = `${OWN}\n\n------------------ Original ------------------\nFrom: "Amy Zhang"<amy.zhang@sunrisetex.com>;\nDate: Thu, Nov 26, 2026 10:30 AM\nTo: "Omar"<omar@alwaha-trading.ae>;\nSubject: PI\n\n${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({ text: OWN, quoted: [{ text: CHASE }] });
  });

  it("a forward with nothing written above it", () => {
    const body = `---------- Forwarded message ---------\nFrom: Amy Zhang <amy.zhang@sunrisetex.com>\nDate: Thu, Nov 26, 2026 at 10:30 AM\nSubject: PI\n\n${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: "",
      quoted: [{ from: AMY, forwarded: true }],
    });
  });

  it.each([
    [
      "English",
      "Dear Amy,\nThe deposit transfer was made:\nFrom: ABC Trading GmbH\nTo: Sunrise Textiles Ltd\nAmount: USD 5000\n\nWe will pay the balance on 20 Dec.",
    ],
    [
      "Spanish",
      "Hola Amy,\nLa transferencia:\nFecha: 2 de diciembre de 2026\nPara: Sunrise Textiles Ltd\nImporte: USD 5000\n\nPagaremos el saldo el 20 de diciembre.",
    ],
  ])("payment details with labels in the middle of a body are the writer's (%s)", (_, body) => {
    expect(splitBody(body, "text")).toMatchObject({ text: body, quoted: [] });
  });

  it("a bare header block in the middle of a body, with a sender and a date, opens history", () => {
    const body = `We pay Friday.\nFrom: Amy Zhang\nSent: Thursday, November 26, 2026 10:30 AM\nTo: Omar Haddad\nSubject: PI\n\n${CHASE}`;
    expect(splitBody(body, "text")).toMatchObject({
      text: "We pay Friday.",
      quoted: [{ from: { name: "Amy Zhang" }, sentAt: SENT, text: CHASE }],
    });
  });

  it("'>' quoting without an attribution: an unattributed message under the reply", () => {
    expect(splitBody(`We pay Friday.\n\n> ${CHASE}`, "text")).toMatchObject({
      text: "We pay Friday.",
      quoted: [{ from: null, sentAt: null, text: CHASE }],
    });
  });

  it("an inline reply keeps the lines it answers", () => {
    const body = `> When will you pay?\nNext Tuesday.\n\n> Can you send the bank slip?\nYes, after the transfer.`;
    expect(splitBody(body, "text")).toMatchObject({ text: body, quoted: [] });
  });

  it("a body that is all quote is kept whole", () => {
    expect(splitBody("> Only a quote.", "text").text).toBe("> Only a quote.");
  });

  it("a body that opens with its own header block keeps the words under it", () => {
    const body =
      "From: Omar Haddad <omar@alwaha-trading.ae>\nSent: Thursday, November 26, 2026 10:30 AM\nSubject: Deposit\n\nWe pay on Friday.";
    expect(splitBody(body, "text")).toMatchObject({
      text: "We pay on Friday.",
      quoted: [],
      header: expect.stringContaining("From: Omar"),
    });
  });
});

describe("signatures and mobile footers", () => {
  it("cuts the '-- ' signature", () => {
    expect(
      splitBody("We pay Friday.\n\n-- \nOmar Haddad\nAl Waha General Trading", "text")
    ).toMatchObject({
      text: "We pay Friday.",
      signature: "-- \nOmar Haddad\nAl Waha General Trading",
    });
  });

  it.each([
    "Sent from my iPhone",
    "Sent from my Samsung Galaxy smartphone.",
    "Get Outlook for Android",
    "Envoyé de mon iPhone",
    "Von meinem iPhone gesendet",
    "Enviado desde mi iPhone",
    "Enviado do meu iPhone",
    "Inviato da iPhone",
    "Отправлено с iPhone",
    "发自我的iPhone",
    "從我的 iPhone 傳送",
    "Verzonden vanaf mijn iPhone",
  ])("cuts the footer %s", (footer) => {
    expect(splitBody(`We pay Friday.\n\n${footer}`, "text")).toMatchObject({
      text: "We pay Friday.",
      signature: footer,
    });
  });

  it("keeps a sentence that only starts like a footer", () => {
    const body = "Here is another email\n\nSent from my desk, it is easier than my phone.";
    expect(splitBody(body, "text").text).toBe(body);
  });

  it.each([
    ["Best regards,\nOmar Haddad\nAl Waha General Trading LLC"],
    ["Saludos cordiales,\nJavier Morales"],
    ["Mit freundlichen Grüßen\nKlaus Becker"],
    ["Bien cordialement,\nSophie"],
    ["С уважением,\nИван Петров"],
    ["此致敬礼\n王磊"],
    ["-Omar"],
  ])("cuts the sign-off of the newest message: %s", (signOff) => {
    expect(splitBody(`We will pay on Friday.\n\n${signOff}`, "text")).toMatchObject({
      text: "We will pay on Friday.",
      signature: signOff,
    });
  });

  it("cuts a signature under a rule", () => {
    const signature =
      "----------\nOmar Haddad\nAl Waha General Trading Co., Ltd.\nTel: +971 4 123 4567";
    expect(splitBody(`We pay Friday.\n\n${signature}`, "text")).toMatchObject({
      text: "We pay Friday.",
      signature,
    });
  });

  it.each([
    ["payment terms", "Payment terms: 30% deposit, 70% before shipment"],
    ["bank details", "Bank: HSBC Shanghai, SWIFT HSBCCNSH, A/C 808-123456-001"],
    ["a T/T label", "T/T payment to: HSBC Shanghai A/C 808-123456-001"],
    ["a title", "Sales & Payment Follow-up"],
    ["payment terms in Chinese", "付款方式：30%定金，70%发货前付清"],
  ])("cuts a signature under a rule that names payment in a label (%s)", (_, line) => {
    const signature = `--------------------\nAmy Zhang\nSunrise Textiles\n${line}`;
    expect(splitBody(`The container was loaded today.\n\n${signature}`, "text")).toMatchObject({
      text: "The container was loaded today.",
      signature,
    });
  });

  it.each([
    ["without a full stop", "our bank needs one more week, we will pay on 15 Dec"],
    ["with a time", "Payment at 10:30 tomorrow"],
  ])("keeps a promise under a rule in a clause %s", (_, line) => {
    const body = `Sorry for the delay.\n----------\n${line}\nJohn`;
    expect(splitBody(body, "text").text).toBe(body);
  });

  it.each([
    [
      "a sentence",
      "Sorry for the delay.\n----------\nOur bank needs one more week, we will pay then.",
    ],
    ["a promise", "Sorry for the delay.\n----------\nBalance on 15 Dec"],
    ["a sentence in Chinese", "抱歉。\n__________\n我们的银行需要多一周时间处理。"],
  ])("keeps the writer's words under a rule (%s)", (_, body) => {
    expect(splitBody(`${body}\nOmar`, "text").text).toBe(`${body}\nOmar`);
  });

  it("never cuts a message to nothing", () => {
    expect(splitBody("Thanks Omar", "text").text).toBe("Thanks Omar");
    expect(splitBody("Sent from my iPhone", "text").text).toBe("Sent from my iPhone");
  });
});

describe("HTML bodies", () => {
  it("an Outlook reply: the rule and header block under the writer's words", () => {
    const html =
      '<div><p>Dear Amy,</p><p>We will remit the deposit next Tuesday.</p></div><hr style="display:inline-block;width:98%">' +
      '<div id="divRplyFwdMsg"><b>From:</b> Amy Zhang &lt;amy.zhang@sunrisetex.com&gt;<br><b>Sent:</b> Thursday, November 26, 2026 10:30 AM<br>' +
      "<b>To:</b> Omar<br><b>Subject:</b> RE: PI</div><div><p>May I check on the deposit for PI SR-2611-045?</p></div>";
    expect(splitBody(html, "html")).toMatchObject({
      text: OWN,
      quoted: [{ from: AMY, sentAt: SENT, subject: "RE: PI", text: CHASE }],
    });
  });

  it("a Gmail reply: the attribution and the blockquote", () => {
    const html =
      '<div dir="ltr">Dear Amy,<div><br></div><div>We will remit the deposit next Tuesday.</div></div><br><div class="gmail_quote">' +
      '<div dir="ltr" class="gmail_attr">On Thu, 26 Nov 2026 at 10:30, Amy Zhang &lt;<a href="mailto:amy.zhang@sunrisetex.com">amy.zhang@sunrisetex.com</a>&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote"><div>May I check on the deposit for PI SR-2611-045?</div></blockquote></div>';
    expect(splitBody(html, "html")).toMatchObject({
      text: OWN,
      quoted: [{ from: AMY, sentAt: SENT, text: CHASE }],
    });
  });

  it("decodes entities and drops scripts and styles", () => {
    const html =
      "<style>p{}</style><script>alert(1)</script><p>Price &lt; USD 5,000 &amp; &#x4E2D;&#25991; caf&eacute;</p>";
    expect(splitBody(html, "html").text).toBe("Price < USD 5,000 & 中文 café");
  });
});

describe("newText", () => {
  it("gives the same words as splitBody without rebuilding the history", () => {
    for (const body of [
      outlook(["From", "Sent", "To", "Subject"], "Thursday, November 26, 2026 10:30 AM"),
      gmail("On Thu, 26 Nov 2026 at 10:30, Amy Zhang <amy.zhang@sunrisetex.com> wrote:"),
    ]) {
      expect(newText(body, "text")).toBe(splitBody(body, "text").text);
    }
  });
});
