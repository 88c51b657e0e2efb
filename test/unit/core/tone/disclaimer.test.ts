import { checkTone, withoutDisclaimers } from "../../../../src/core/tone";

/*
 * A disclaimer the rep's mail client adds is not the rep's, and its legal wording is no
 * threat to the buyer; everything else in the draft is the rep's, under a signature too.
 */

/** `text` with `blanked` (each of them in it once) turned to spaces, line breaks kept. */
const blank = (text: string, ...blanked: string[]): string =>
  blanked.reduce((t, b) => t.replace(b, b.replace(/[^\n]/g, " ")), text);

const EN_DISCLAIMER = [
  "Hi Omar,",
  "",
  "Could you please let me know when the balance payment can be arranged?",
  "",
  "Best regards,",
  "Amy Zhang",
  "",
  "DISCLAIMER: This email is confidential. Any unauthorised use or disclosure may result in legal action.",
].join("\n");

const ZH_DISCLAIMER = [
  "Omar您好，",
  "",
  "请问尾款什么时候可以安排？",
  "",
  "谢谢！",
  "张艾米",
  "",
  "免责声明：本邮件含有保密信息，任何未经授权的使用均被禁止，我司将依法追究法律责任。",
].join("\n");

describe("withoutDisclaimers", () => {
  it("blanks an English disclaimer under the signature, keeping every offset", () => {
    const words = withoutDisclaimers(EN_DISCLAIMER);
    expect(words).toBe(blank(EN_DISCLAIMER, EN_DISCLAIMER.split("\n")[7]));
    expect(words).toHaveLength(EN_DISCLAIMER.length);
    expect(checkTone(words, "en")).toEqual([]);
  });

  it("blanks a Chinese disclaimer", () => {
    const words = withoutDisclaimers(ZH_DISCLAIMER);
    expect(words).toBe(blank(ZH_DISCLAIMER, ZH_DISCLAIMER.split("\n")[7]));
    expect(checkTone(words, "zh")).toEqual([]);
  });

  it.each([
    [
      "a closing that names the rep",
      "Hi Omar,\nAny news on the balance?\nThanks, Amy\n\n",
      "DISCLAIMER: …",
    ],
    [
      "no sign-off",
      "Hi Omar,\nAny news on the balance?\n\n",
      "This message is confidential and intended solely for the addressee. Unauthorised use may result in legal action.",
    ],
    [
      "a German notice",
      "Hallo Herr Müller,\nwann dürfen wir mit der Zahlung rechnen?\n\n",
      "Diese E-Mail ist vertraulich. Eine unbefugte Weitergabe wird rechtlich verfolgt.",
    ],
    [
      "a notice above the rep's words",
      "",
      "CONFIDENTIAL: if you have received this e-mail in error, please delete it.\n\nHi Omar, any news on the balance?",
    ],
  ])("blanks the notice: %s", (_, words, notice) => {
    const draft = words + notice;
    const paragraph = notice.split("\n\n")[0];
    expect(withoutDisclaimers(draft)).toBe(blank(draft, paragraph));
  });

  it("keeps the rep's threat above the sign-off", () => {
    const draft = "Hi Omar,\nPay this week or we will take legal action.\nBest regards,\nAmy";
    expect(withoutDisclaimers(draft)).toBe(draft);
    expect(checkTone(draft, "en").map((f) => f.category)).toContain("threat");
  });

  it("checks a P.S. under the signature", () => {
    const draft = [
      "Dear John,",
      "Please find the statement attached.",
      "",
      "Best regards,",
      "Amy",
      "",
      "P.S. If payment is not received by Friday we will take legal action against your company.",
    ].join("\n");
    const words = withoutDisclaimers(draft);
    expect(words).toBe(draft);
    expect(checkTone(words, "en").map((f) => f.category)).toContain("threat");
  });

  it("checks the rep's words under a reminder inserted above them, with its sign-off", () => {
    const draft = [
      "Dear Omar Haddad,",
      "Could you kindly let me know the expected date of the remittance?",
      "Best regards,",
      "Amy Zhang",
      "Sunrise Textiles",
      "",
      "Omar, this is the third reminder. If the deposit is not in our account by Friday we will take legal action.",
      "",
      "DISCLAIMER: This email is confidential.",
    ].join("\n");
    const words = withoutDisclaimers(draft);
    expect(words).toBe(blank(draft, "DISCLAIMER: This email is confidential."));
    const threats = checkTone(words, "en").filter((f) => f.category === "threat");
    expect(threats.map((f) => draft.slice(f.start, f.end))).toEqual(threats.map((f) => f.phrase));
    expect(threats.length).toBeGreaterThan(0);
  });

  it("keeps the rep's words that only name a notice's words once", () => {
    for (const draft of [
      "Please keep this confidential: pay by Friday or we will take legal action.",
      "本邮件是最后一次提醒，请收件人尽快安排付款，不付款就起诉。",
      "Please see this email and any attachments.",
    ])
      expect(withoutDisclaimers(draft)).toBe(draft);
  });

  it.each([
    ["zh", "张总您好，\n误发的配件已补寄，但尾款仍未支付，如周五前仍不付款，我司将起诉贵司。\nAmy"],
    [
      "en",
      "Dear John,\nThe spare parts were not the intended model, we replaced them free of charge. Still, if unpaid by Friday we will take legal action.\nAmy",
    ],
    [
      "de",
      "Hallo Herr Müller,\nfalls Sie die Rechnung irrtümlich erhalten haben, melden Sie sich. Sonst werden wir rechtliche Schritte einleiten.\nAmy",
    ],
    [
      "en",
      "Dear John,\nYou have received this email in error? No, this is the fourth reminder. If unpaid by Friday we will take legal action.\nAmy",
    ],
  ] as const)("keeps a mistake in the trade, not the e-mail's (%s)", (lang, draft) => {
    expect(withoutDisclaimers(draft)).toBe(draft);
    expect(checkTone(draft, lang).map((f) => f.category)).toContain("threat");
  });

  it("blanks a notice from its own sentence, not the rep's words before it", () => {
    const draft =
      "Dear John, if payment is not received by Friday, we will take legal action. Regards, Amy. Disclaimer: this email is confidential.";
    const words = withoutDisclaimers(draft);
    expect(words).toBe(blank(draft, "Disclaimer: this email is confidential."));
    expect(checkTone(words, "en").map((f) => f.category)).toContain("threat");
  });

  it("blanks a notice from its line, not the rep's lines above it in the paragraph", () => {
    const draft = [
      "Dear John,",
      "If unpaid by Friday we will take legal action.",
      "Please keep this confidential and do not forward it; disclosure to third parties is not allowed.",
      "If you are not the intended",
      "recipient, please delete this e-mail.",
    ].join("\n");
    const lines = draft.split("\n");
    expect(withoutDisclaimers(draft)).toBe(blank(draft, lines.slice(2).join("\n")));
    const zh = "张总您好，请尽快付款，否则我司将起诉贵司。如您误收本邮件，请立即删除。";
    expect(withoutDisclaimers(zh)).toBe(blank(zh, "如您误收本邮件，请立即删除。"));
  });

  it.each([
    "If you have received this e-mail in error, please notify the sender and delete it.",
    "This message and any attachments are intended only for the intended recipient.",
    "如果您误收了此邮件，请通知发件人并删除。",
    "Wenn Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender.",
    "Si vous avez reçu ce message par erreur, merci de le supprimer.",
    "Si usted no es el destinatario previsto, elimine este mensaje.",
    "Se você não é o destinatário pretendido, apague esta mensagem.",
    "Если вы получили это письмо по ошибке, удалите его.",
    "إذا لم تكن المستلم المقصود، يرجى حذف هذه الرسالة.",
  ])("blanks a notice that names the e-mail: %s", (notice) => {
    const draft = `Hi,\nAny news on the balance?\n\n${notice}`;
    expect(withoutDisclaimers(draft)).toBe(blank(draft, notice));
  });

  it("keeps a draft with no notice", () => {
    expect(withoutDisclaimers("Please pay now.")).toBe("Please pay now.");
    expect(withoutDisclaimers("Best regards,\nAmy")).toBe("Best regards,\nAmy");
    expect(withoutDisclaimers("")).toBe("");
  });
});
