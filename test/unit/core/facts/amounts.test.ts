import { findAmounts, findMoneyMentions } from "../../../../src/core/facts";

type Expected = Array<[number, string, string]>;
type Case = [string, Expected];

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const languages: Array<[string, Case[]]> = [
  [
    "English",
    [
      ["The total is USD 12,500.00 as agreed.", [[12500, "USD", "USD 12,500.00"]]],
      ["Budget around US$12.5k for the trial order.", [[12500, "USD", "US$12.5k"]]],
      ["Deposit received: $ 5,520, thank you.", [[5520, "USD", "$ 5,520"]]],
      ["The credit line is USD 1.2M this year.", [[1200000, "USD", "USD 1.2M"]]],
      ["Freight is £2,300 to Felixstowe.", [[2300, "GBP", "£2,300"]]],
      ["Sample fee CHF 1'250.50 is waived.", [[1250.5, "CHF", "CHF 1'250.50"]]],
      ["Please remit AED 5,000 today.", [[5000, "AED", "AED 5,000"]]],
      [
        "Total USD 18,400.00, 30% deposit (USD 5,520.00).",
        [
          [18400, "USD", "USD 18,400.00"],
          [5520, "USD", "USD 5,520.00"],
        ],
      ],
      ["Payment USD 5,520.00 30 days after B/L.", [[5520, "USD", "USD 5,520.00"]]],
      ["12,880 USD balance", [[12880, "USD", "12,880 USD"]]],
      ["usd 3,000 only", [[3000, "USD", "usd 3,000"]]],
      ["¥86,000 at the JPY rate of today", [[86000, "JPY", "¥86,000"]]],
      // not money
      ["30% deposit, 70% before shipment.", []],
      ["ETD 15.12.2026, ETA 2026-01-20, 10:30.", []],
      ["PI SR-2611-045 and PI No. 2611/045", []],
      ["Call +86 21 5555 1234 or +7 495 123-45-67.", []],
      ["Payment terms: USD 30 days after B/L.", []],
      ["PO 4471 USD 12,500", [[12500, "USD", "USD 12,500"]]],
      ["Rate on USD 2026-11-08, EUR 12.11.2026", []],
      ["5,000 USDT and try 500 times", []],
      ["USD 1.2345 per unit", []],
      [
        "Flooring at USD 12 m2 and USD 500 MT",
        [
          [12, "USD", "USD 12"],
          [500, "USD", "USD 500"],
        ],
      ],
    ],
  ],
  [
    "Chinese",
    [
      ["定金¥86,000已付。", [[86000, "CNY", "¥86,000"]]],
      ["合同金额RMB 86,000。", [[86000, "CNY", "RMB 86,000"]]],
      ["尾款86,000元请安排。", [[86000, "CNY", "86,000元"]]],
      ["总金额3.2万美元", [[32000, "USD", "3.2万美元"]]],
      ["人民币86,000元整", [[86000, "CNY", "人民币86,000元"]]],
      ["货款12.5万元，已收到", [[125000, "CNY", "12.5万元"]]],
      ["1月1日元旦放假", []],
      ["2026年12月15日前付款", []],
    ],
  ],
  [
    "Spanish",
    [
      ["Por un total de USD 86.200,00.", [[86200, "USD", "USD 86.200,00"]]],
      ["Anticipo de 5.520 dólares", [[5520, "USD", "5.520 dólares"]]],
      [
        "El saldo es EUR 1.234 y el flete 12 mil dólares.",
        [
          [1234, "EUR", "EUR 1.234"],
          [12000, "USD", "12 mil dólares"],
        ],
      ],
    ],
  ],
  [
    "French",
    [
      ["Montant : 9 850,00 EUR", [[9850, "EUR", "9 850,00 EUR"]]],
      [`Montant : 9${NBSP}850,00${NBSP}EUR`, [[9850, "EUR", `9${NBSP}850,00${NBSP}EUR`]]],
      [`Acompte de 2${NNBSP}955,00${NNBSP}€ reçu.`, [[2955, "EUR", `2${NNBSP}955,00${NNBSP}€`]]],
      ["Budget de 12 k€ pour l'essai.", [[12000, "EUR", "12 k€"]]],
    ],
  ],
  [
    "German",
    [
      ["Auftragswert €8.400,50 netto.", [[8400.5, "EUR", "€8.400,50"]]],
      ["über EUR 24.600,00 gemäß AB 2026-0931", [[24600, "EUR", "EUR 24.600,00"]]],
      ["Kreditrahmen 1,5 Mio. EUR", [[1500000, "EUR", "1,5 Mio. EUR"]]],
      ["Lieferung am 03.12.2026 um 10:30", []],
    ],
  ],
  [
    "Portuguese",
    [
      ["Valor total R$ 1.234,56.", [[1234.56, "BRL", "R$ 1.234,56"]]],
      ["Sinal de 5.520,00 reais.", [[5520, "BRL", "5.520,00 reais"]]],
    ],
  ],
  [
    "Russian",
    [
      ["Итого 12 500 руб.", [[12500, "RUB", "12 500 руб."]]],
      ["Предоплата 12 500 ₽ получена.", [[12500, "RUB", "12 500 ₽"]]],
      ["Сумма 1,2 млн руб.", [[1200000, "RUB", "1,2 млн руб."]]],
      ["Телефон +7 495 123 45 67, заказ № 451", []],
    ],
  ],
  [
    "Arabic",
    [
      ["المبلغ 5000 ريال", [[5000, "SAR", "5000 ريال"]]],
      ["المبلغ ٥٠٠٠ ريال سعودي", [[5000, "SAR", "٥٠٠٠ ريال سعودي"]]],
      ["بقيمة AED 18,400", [[18400, "AED", "AED 18,400"]]],
      ["الدفع خلال 30 يوما", []],
    ],
  ],
];

describe("findAmounts", () => {
  describe.each(languages)("%s", (_language, cases) => {
    it.each(cases)("%s", (text, expected) => {
      const found = findAmounts(text).map((m) => [m.amount, m.currency, m.text]);
      expect(found).toEqual(expected);
    });
  });

  it("gives the offsets of each amount", () => {
    const text = "Total: USD 18,400.00 (deposit 5,520 USD)";
    expect(findMoneyMentions(text).map((m) => [m.start, m.end])).toEqual([
      [7, 20],
      [30, 39],
    ]);
  });
});

describe("decimal and thousands separators", () => {
  it.each([
    ["USD 12,500.00", 12500],
    ["USD 12.500,00", 12500],
    ["USD 12,500", 12500],
    ["USD 12.500", 12500],
    ["USD 12,5", 12.5],
    ["USD 12.50", 12.5],
    ["USD 1,234,567.89", 1234567.89],
    ["USD 1.234.567,89", 1234567.89],
    ["USD 1 234 567,89", 1234567.89],
    ["USD 1'234'567.89", 1234567.89],
    ["USD 5000.00", 5000],
    ["USD 5000,5", 5000.5],
    ["USD 0.75", 0.75],
    // Three digits after one separator group thousands, a multiplier after them or not.
    ["USD 1,250k", 1250000],
    ["USD 1,250K", 1250000],
    ["R$ 1.200 mil", 1200000],
    ["EUR 2.500 Tsd.", 2500000],
    ["USD 12.5k", 12500],
    ["USD 1,25k", 1250],
    ["EUR 1,5 Mio.", 1500000],
  ])("%s is %d", (text, amount) => {
    expect(findAmounts(text).map((m) => m.amount)).toEqual([amount]);
  });

  it.each(["USD 1,23,456", "USD 1.234.56,7", "USD 1,234.567", "USD 0,500", "USD 12.11.2026"])(
    "does not read %s",
    (text) => {
      expect(findAmounts(text)).toEqual([]);
    }
  );
});
