import { findOrderRefMentions, findOrderRefs } from "../../../../src/core/facts";
import type { OrderRefKind } from "../../../../src/core/facts";

type Expected = Array<[OrderRefKind, string]>;
type Case = [string, Expected];

const languages: Array<[string, Case[]]> = [
  [
    "English",
    [
      ["Please find attached PI SR-2611-045 for your approval.", [["PI", "SR-2611-045"]]],
      ["Kindly check PI No. 2611/045 and revert.", [["PI", "2611/045"]]],
      ["P/I#: 45-2026 is attached, 2 x 40HQ.", [["PI", "45-2026"]]],
      ["The revised proforma SR-2610-112 shows the new price.", [["PI", "SR-2610-112"]]],
      ["Proforma Invoice No.: SR-2611-045", [["PI", "SR-2611-045"]]],
      ["This covers our PO-4471 (2 x 40HQ).", [["PO", "4471"]]],
      ["Ref. PO#4471, please ship in December.", [["PO", "4471"]]],
      ["pls check the P.O. # 5521 again", [["PO", "5521"]]],
      ["The goods are for our order no. A1234.", [["order", "A1234"]]],
      ["Contract HT-2611-008 was signed yesterday.", [["contract", "HT-2611-008"]]],
      ["PI2611045 is fine for us.", [["PI", "2611045"]]],
      [
        "Your purchase order 88120 and our S/C No. 2611-045 match.",
        [
          ["PO", "88120"],
          ["contract", "2611-045"],
        ],
      ],
      ["Commercial invoice INV-26-0118 is attached.", [["invoice", "INV-26-0118"]]],
      [
        "PI SR-2611-045 replaces PI SR-2611-041.",
        [
          ["PI", "SR-2611-045"],
          ["PI", "SR-2611-041"],
        ],
      ],
      // not references
      ["The API 2.0 and the PIN 1234 will not change.", []],
      ["PI 2026 and PO 2026 are planned.", []],
      ["We need the PI by 15/12/2026.", []],
      ["Deposit for PI: 30% = USD 5,520.00", []],
      ["PI 12,500.00 is the total.", []],
      ["Please send it to P.O. Box 1234, Dubai.", []],
      ["Call +86 138 0013 8000 about the order.", []],
      ["We want to order 500pcs and will order 2x40HQ.", []],
      ["Order 12.500 pcs and the order 4471 units.", []],
      ["The contract 2026-2027 and the order 12/11/2026.", []],
      ["The spirit of the PIPELINE, pi 3.14", []],
      ["in order to pay USD5000", []],
    ],
  ],
  [
    "Chinese",
    [
      ["附件是形式发票SR-2611-045，请确认。", [["PI", "SR-2611-045"]]],
      ["合同 HT-2611-008 已签字盖章。", [["contract", "HT-2611-008"]]],
      ["合同号：HT2611008", [["contract", "HT2611008"]]],
      ["合同编号：HT-2611-008，请查收", [["contract", "HT-2611-008"]]],
      ["订单号: 20261108，数量两柜。", [["order", "20261108"]]],
      ["我们的采购单PO-4471已经下达", [["PO", "4471"]]],
      ["请确认PI SR-2611-045，谢谢", [["PI", "SR-2611-045"]]],
      ["合同已确认，定金30%。", []],
      ["订单500件，下周发货", []],
      ["2026年11月8日的订单", []],
    ],
  ],
  [
    "Spanish",
    [
      ["Adjuntamos la factura proforma SR-2611-045.", [["PI", "SR-2611-045"]]],
      ["Pedido PO-4471: confirmado.", [["PO", "4471"]]],
      ["Nuestro número de pedido 88120 ya salió.", [["order", "88120"]]],
      ["Contrato Nº HT-2611-008 firmado.", [["contract", "HT-2611-008"]]],
      ["Le envío la OC-4471 hoy.", [["PO", "4471"]]],
      ["El pedido de 500 unidades todavía no está confirmado.", []],
      ["Pedido no confirmado.", []],
    ],
  ],
  [
    "French",
    [
      ["Commande PI SR-2610-076 : merci de confirmer.", [["PI", "SR-2610-076"]]],
      ["Notre bon de commande n° 4471 est joint.", [["PO", "4471"]]],
      ["Voici la facture proforma SR-2611-045.", [["PI", "SR-2611-045"]]],
      ["Le numéro de commande 4471 est correct.", [["order", "4471"]]],
      ["La commande de 300 cartons arrive.", []],
    ],
  ],
  [
    "German",
    [
      ["AB 2026-0931 anbei.", [["order", "2026-0931"]]],
      ["Ihre Bestellung Nr. 4471 vom 3. November", [["PO", "4471"]]],
      ["Bestellnummer: 4471", [["PO", "4471"]]],
      ["Bestell-Nr. 4472 ist korrekt.", [["PO", "4472"]]],
      ["Die Proforma-Rechnung SR-2611-045 ist freigegeben.", [["PI", "SR-2611-045"]]],
      ["Vertrag HT-2611-008 unterschrieben.", [["contract", "HT-2611-008"]]],
      ["Ab 15. Dezember gelten neue Preise, ab 2026 auch.", []],
      ["Bestellung 500 Stück, Bestellungen 2026", []],
    ],
  ],
  [
    "Portuguese",
    [
      ["Segue a fatura proforma SR-2611-045.", [["PI", "SR-2611-045"]]],
      ["Pedido nº 4471 confirmado.", [["order", "4471"]]],
      ["O número do pedido: 88120.", [["order", "88120"]]],
      ["O contrato HT-2611-008 foi assinado.", [["contract", "HT-2611-008"]]],
      ["Encomenda de 200 peças.", []],
    ],
  ],
  [
    "Russian",
    [
      ["Подтверждаем заказ № 451.", [["order", "451"]]],
      ["Счёт № 2611-045 на оплату.", [["invoice", "2611-045"]]],
      ["Оплата по контракту HT-2611-008.", [["contract", "HT-2611-008"]]],
      ["Проформа SR-2611-045 согласована.", [["PI", "SR-2611-045"]]],
      ["Номер заказа 4471.", [["order", "4471"]]],
      ["Заказ на 500 штук, заказ 2026 года.", []],
    ],
  ],
  [
    "Arabic",
    [
      ["نؤكد الطلب رقم 4471", [["order", "4471"]]],
      ["الفاتورة المبدئية SR-2611-045 مرفقة", [["PI", "SR-2611-045"]]],
      ["العقد رقم HT-2611-008", [["contract", "HT-2611-008"]]],
      ["رقم الطلب: ٤٤٧١", [["order", "4471"]]],
      ["أمر الشراء PO-4471", [["PO", "4471"]]],
      ["طلب 500 قطعة", []],
    ],
  ],
];

describe("findOrderRefs", () => {
  describe.each(languages)("%s", (_language, cases) => {
    it.each(cases)("%s", (text, expected) => {
      expect(findOrderRefs(text)).toEqual(expected.map(([kind, value]) => ({ kind, value })));
    });
  });

  it("gives the offsets of each mention, label included", () => {
    const text = "Re: PI SR-2611-045 / PO#4471";
    expect(findOrderRefMentions(text)).toEqual([
      { ref: { kind: "PI", value: "SR-2611-045" }, start: 4, end: 18 },
      { ref: { kind: "PO", value: "4471" }, start: 21, end: 28 },
    ]);
  });
});
