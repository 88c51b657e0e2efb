import { checkTone } from "../../../../src/core/tone";
import type { BuyerLanguage } from "../../../../src/core/text/language";

function shouted(text: string, lang?: BuyerLanguage): Array<[string, string]> {
  return checkTone(text, lang)
    .filter((f) => f.category === "shouting")
    .map((f) => [f.phrase, f.suggestion]);
}

describe("shouting", () => {
  it.each([
    ["Please note: USD, FOB, T/T, QC, DHL, MOQ, PI SR-2611-045."],
    ["URGENT: please check the slip."],
    ["Kindly send the B/L and the COO by DHL."],
    ["SHANGHAI BRIGHT TEXTILE CO., LTD\nNO. 88 ZHONGSHAN ROAD, TIANHE DISTRICT, GUANGZHOU, CHINA"],
    ["Beneficiary: BANK OF CHINA SHANGHAI BRANCH, SWIFT BKCHCNBJ300"],
    ["PAYMENT REMINDER"],
    ["Thank you!"],
    ["Is the transfer done?"],
    ["¿Ya realizó el pago?"],
    ["您好！请问付款安排好了吗？"],
    ["هل تم التحويل؟"],
  ])("leaves codes, names, headings and single marks alone: %s", (text) => {
    expect(shouted(text)).toEqual([]);
  });

  it.each<[string, BuyerLanguage, Array<[string, string]>]>([
    [
      "PLEASE PAY THE BALANCE THIS WEEK.",
      "en",
      [["PLEASE PAY THE BALANCE THIS WEEK", "Please pay the balance this week"]],
    ],
    ["Thanks. PLEASE CHECK THE SLIP", "en", [["PLEASE CHECK THE SLIP", "Please check the slip"]]],
    ["I NEED THE PAYMENT NOW", "en", [["I NEED THE PAYMENT NOW", "I need the payment now"]]],
    [
      "Hallo Herr Braun, BITTE PRÜFEN SIE DAS HEUTE NOCH.",
      "de",
      [["BITTE PRÜFEN SIE DAS HEUTE NOCH", "Bitte prüfen Sie das heute noch"]],
    ],
    ["ОПЛАТИТЕ СЧЁТ СЕГОДНЯ.", "ru", [["ОПЛАТИТЕ СЧЁТ СЕГОДНЯ", "Оплатите счёт сегодня"]]],
    ["We have been waiting for a month!!", "en", [["!!", "!"]]],
    ["Where is the payment??", "en", [["??", "?"]]],
    ["What happened?!", "en", [["?!", "?"]]],
    ["请尽快付款！！", "zh", [["！！", "！"]]],
    ["متى سيتم الدفع؟؟", "ar", [["؟؟", "؟"]]],
  ])("flags %s", (text, lang, expected) => {
    expect(shouted(text, lang)).toEqual(expected);
  });

  it("names the language of the run", () => {
    const [finding] = checkTone("ОПЛАТИТЕ СЧЁТ СЕГОДНЯ.", "en");
    expect(finding.lang).toBe("ru");
    expect(checkTone("请尽快付款！！")[0].lang).toBe("zh");
  });

  it("lets a word rule win over capitals that reach past it", () => {
    // The rude phrase starts before the capitals: the words are the finding.
    const found = checkTone("You must pay RIGHT NOW", "en");
    expect(found.map((f) => [f.category, f.phrase])).toEqual([
      ["rude_pressure", "You must pay RIGHT NOW"],
    ]);
  });
});
