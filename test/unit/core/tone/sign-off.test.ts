import { aboveSignOff, checkTone } from "../../../../src/core/tone";

/*
 * The rep's words end at their sign-off: a disclaimer their mail client adds under the
 * signature is not theirs, and its legal wording is no threat to the buyer.
 */

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

describe("aboveSignOff", () => {
  it("cuts an English draft at its sign-off, with the disclaimer under the signature", () => {
    expect(aboveSignOff(EN_DISCLAIMER)).toBe(
      "Hi Omar,\n\nCould you please let me know when the balance payment can be arranged?"
    );
    expect(checkTone(aboveSignOff(EN_DISCLAIMER), "en")).toEqual([]);
  });

  it("cuts a Chinese draft at a closing written with full-width punctuation", () => {
    expect(aboveSignOff(ZH_DISCLAIMER)).toBe("Omar您好，\n\n请问尾款什么时候可以安排？");
    expect(checkTone(aboveSignOff(ZH_DISCLAIMER), "zh")).toEqual([]);
  });

  it("cuts at a closing that names the rep on its own line", () => {
    expect(aboveSignOff("Hi Omar,\nAny news on the balance?\nThanks, Amy\n\nDISCLAIMER: …")).toBe(
      "Hi Omar,\nAny news on the balance?"
    );
  });

  it("keeps the rep's threat above the sign-off", () => {
    const draft = "Hi Omar,\nPay this week or we will take legal action.\nBest regards,\nAmy";
    const words = aboveSignOff(draft);
    expect(words).toBe("Hi Omar,\nPay this week or we will take legal action.");
    expect(checkTone(words, "en").map((f) => f.category)).toContain("threat");
  });

  it("keeps a sentence under a closing word: that is no signature", () => {
    const draft = "Hi Omar,\nThank you!\nOtherwise we will take legal action.";
    expect(aboveSignOff(draft)).toBe(draft);
  });

  it("keeps a draft with no sign-off, or one that is only a closing", () => {
    expect(aboveSignOff("Please pay now.")).toBe("Please pay now.");
    expect(aboveSignOff("Best regards,\nAmy")).toBe("Best regards,\nAmy");
    expect(aboveSignOff("")).toBe("");
  });
});
