import type { OrderRef, OrderRefKind } from "../facts/types";
import type { BuyerLanguage } from "../text/language";

/*
 * The {orderRef} field carries its own label ("PI SR-2611-045"), so the reference reads
 * right whatever the thread's language was: the label is the buyer's word for the
 * document, the reference itself is kept as written. Labels are nominative; templates
 * put {orderRef} where that reads naturally (after a colon, in parentheses).
 */
const LABELS: Readonly<Record<BuyerLanguage, Readonly<Record<OrderRefKind, string>>>> = {
  en: { PI: "PI", PO: "PO", contract: "contract", order: "order", invoice: "invoice" },
  zh: { PI: "形式发票", PO: "采购订单", contract: "合同", order: "订单", invoice: "发票" },
  es: {
    PI: "proforma",
    PO: "orden de compra",
    contract: "contrato",
    order: "pedido",
    invoice: "factura",
  },
  fr: {
    PI: "proforma",
    PO: "bon de commande",
    contract: "contrat",
    order: "commande",
    invoice: "facture",
  },
  de: {
    PI: "Proforma-Rechnung",
    PO: "Bestellung",
    contract: "Vertrag",
    order: "Auftrag",
    invoice: "Rechnung",
  },
  pt: {
    PI: "proforma",
    PO: "ordem de compra",
    contract: "contrato",
    order: "pedido",
    invoice: "fatura",
  },
  ru: { PI: "проформа", PO: "заказ", contract: "контракт", order: "заказ", invoice: "счёт" },
  ar: {
    PI: "الفاتورة المبدئية",
    PO: "أمر الشراء",
    contract: "العقد",
    order: "الطلب",
    invoice: "الفاتورة",
  },
};

/** An order reference as the {orderRef} field writes it to the buyer: "PI SR-2611-045", "合同 HT-2611-008". */
export function orderRefText(ref: OrderRef, lang: BuyerLanguage): string {
  return `${LABELS[lang][ref.kind]} ${ref.value}`;
}
