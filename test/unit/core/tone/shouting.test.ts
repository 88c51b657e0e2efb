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
      [["BITTE PRÜFEN SIE DAS HEUTE NOCH", "bitte prüfen Sie das heute noch"]],
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

  const FIRMS = [
    "WE CARE TRADING CO., LTD",
    "YOUR HOME FURNITURE LLC",
    "DO IT BEST CORP",
    "PAY LESS SUPERMARKETS LLC",
    "NOW FOODS INC",
    "STILL WATERS TRADING LLC",
    "WE CARE TRADING Co., Ltd.",
    "STILL WATERS S.A.",
  ];

  it.each(FIRMS.map((f) => [f]))("reads %s as a firm's name, not shouting", (firm) => {
    expect(shouted(`Please confirm the transfer to ${firm} by Friday.`, "en")).toEqual([]);
    expect(shouted(`Best regards,\nLily Chen\n${firm}`, "en")).toEqual([]);
  });

  it.each<[string, BuyerLanguage]>([
    ["Best regards,\nLily Chen\nWE CARE TRADING", "en"],
    ["Mit freundlichen Grüßen\nLily Chen\nWE CARE TRADING\nNO. 88 ZHONGSHAN ROAD", "de"],
    ["Saludos cordiales,\nLily\nYOUR HOME FURNITURE", "es"],
    ["С уважением,\nЛили\nМЫ ЗАБОТИМСЯ", "ru"],
    ["顺祝商祺\nLily\nPAY LESS SUPERMARKETS", "zh"],
    ["مع خالص التحية،\nLily\nNOW FOODS", "ar"],
    ["Пожалуйста, переведите оплату на счёт ООО «ВАШ ДОМ».", "ru"],
    ["Beneficiary: THE BANK OF NEW YORK MELLON", "en"],
    ["Please send the T/T copy, the L/C and the SWIFT of the USD payment (FOB).", "en"],
    ["Please check the PI and arrange payment quickly.", "en"],
  ])("leaves signatures, firms and banks alone: %s", (text, lang) => {
    expect(shouted(text, lang)).toEqual([]);
  });

  it.each<[string, BuyerLanguage, string, string]>([
    // A shouted sentence that ends in a firm's name is still shouting.
    ["PLEASE PAY SUNRISE CO., LTD", "en", "PLEASE PAY SUNRISE", "Please pay sunrise"],
    // A line of capitals that is not under a sign-off is read as written.
    ["Dear Omar,\nWE NEED THE PAYMENT\nLily", "en", "WE NEED THE PAYMENT", "We need the payment"],
    [
      "Dear Omar,\nKINDLY SETTLE THE INVOICE.",
      "en",
      "KINDLY SETTLE THE INVOICE",
      "Kindly settle the invoice",
    ],
    ["ARRANGE THE DEPOSIT.", "en", "ARRANGE THE DEPOSIT", "Arrange the deposit"],
    [
      "CONFIRM THE REMITTANCE DATE.",
      "en",
      "CONFIRM THE REMITTANCE DATE",
      "Confirm the remittance date",
    ],
    [
      "Please check the PI and ARRANGE PAYMENT QUICKLY.",
      "en",
      "ARRANGE PAYMENT QUICKLY",
      "arrange payment quickly",
    ],
    [
      "Bonjour,\nMERCI DE RÉGLER LA FACTURE.",
      "fr",
      "MERCI DE RÉGLER LA FACTURE",
      "Merci de régler la facture",
    ],
    [
      "Estimado Omar, REALICE LA TRANSFERENCIA.",
      "es",
      "REALICE LA TRANSFERENCIA",
      "realice la transferencia",
    ],
    ["Уважаемый Иван,\nПРИШЛИТЕ ПЛАТЁЖКУ.", "ru", "ПРИШЛИТЕ ПЛАТЁЖКУ", "Пришлите платёжку"],
    ["Prezado João, EFETUE O PAGAMENTO.", "pt", "EFETUE O PAGAMENTO", "efetue o pagamento"],
  ])("flags requests in capitals: %s", (text, lang, phrase, suggestion) => {
    expect(shouted(text, lang)).toEqual([[phrase, suggestion]]);
  });

  it.each([
    ["Hi Tom, we NEED the money this week.", "en", "NEED", "need"],
    ["The balance is OVERDUE.", "en", "OVERDUE", "overdue"],
    ["Hi Tom. PLEASE pay this week.", "en", "PLEASE", "Please"],
  ])(
    "opens its wording with a capital only where a sentence opens: %s",
    (text, lang, phrase, suggestion) => {
      expect(shouted(text, lang as BuyerLanguage)).toEqual([[phrase, suggestion]]);
    }
  );

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
