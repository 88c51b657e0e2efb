import type { BuyerLanguage } from "../text/language";
import type { OrderRefKind } from "./types";

/**
 * How much a label vouches for what follows it:
 * - `abbr`: a capitalised abbreviation (PI, PO, AB), matched case-sensitively; a plain number may follow;
 * - `num`: the label already says "number" (Bestellnummer, رقم الطلب); a plain number may follow;
 * - `word`: a document name that means nothing else (proforma, 形式发票); a plain number may follow;
 * - `weak`: an everyday word (order, contract, pedido, заказ): unless a number word follows
 *   ("order no."), the reference must look like a code ("A1234", "HT-2611-008", "2611/045").
 */
export type LabelStrength = "abbr" | "num" | "word" | "weak";

/** A kind of reference, how strong its labels are, and the labels as written. */
export type LabelRow = readonly [OrderRefKind, LabelStrength, ...string[]];

/** Labels that introduce an order reference, per language ("-" and " " inside also match a blank or nothing). */
export const REF_LABELS: Readonly<Record<BuyerLanguage, readonly LabelRow[]>> = {
  en: [
    ["PI", "abbr", "PI", "P/I", "P.I."],
    ["PI", "word", "proforma invoice", "pro forma invoice", "proforma", "pro forma"],
    ["PO", "abbr", "PO", "P/O", "P.O."],
    ["PO", "word", "purchase order"],
    ["contract", "abbr", "S/C"],
    ["contract", "word", "sales contract", "sales confirmation"],
    ["contract", "weak", "contract"],
    ["order", "weak", "order", "sales order", "order confirmation"],
    ["invoice", "weak", "invoice", "commercial invoice"],
  ],
  zh: [
    ["PI", "word", "形式发票"],
    ["PO", "word", "采购订单", "采购单"],
    ["contract", "weak", "销售合同", "合同"],
    ["order", "weak", "销售订单", "订单"],
    ["invoice", "weak", "商业发票", "发票"],
  ],
  es: [
    ["PI", "word", "factura proforma", "proforma"],
    ["PO", "word", "orden de compra"],
    ["PO", "abbr", "OC"],
    ["contract", "weak", "contrato"],
    ["order", "weak", "pedido"],
    ["invoice", "weak", "factura"],
    ["order", "num", "número de pedido", "nº de pedido", "n.º de pedido"],
    ["contract", "num", "número de contrato"],
    ["invoice", "num", "número de factura"],
  ],
  fr: [
    ["PI", "word", "facture proforma", "proforma"],
    ["PO", "word", "bon de commande"],
    ["PO", "abbr", "BC"],
    ["contract", "weak", "contrat"],
    ["order", "weak", "commande"],
    ["invoice", "weak", "facture"],
    ["order", "num", "numéro de commande", "n° de commande"],
    ["contract", "num", "numéro de contrat"],
    ["invoice", "num", "numéro de facture"],
  ],
  de: [
    ["PI", "word", "Proforma-Rechnung", "Proforma"],
    ["order", "abbr", "AB"],
    ["order", "word", "Auftragsbestätigung"],
    ["order", "weak", "Auftrag"],
    ["PO", "weak", "Bestellung"],
    ["contract", "weak", "Kaufvertrag", "Vertrag"],
    ["invoice", "weak", "Rechnung"],
    ["PO", "num", "Bestellnummer", "Bestell-Nr.", "Bestellnr."],
    ["order", "num", "Auftragsnummer", "Auftrags-Nr.", "AB-Nr."],
    ["contract", "num", "Vertragsnummer", "Vertrags-Nr."],
    ["invoice", "num", "Rechnungsnummer", "Rechnungs-Nr."],
  ],
  pt: [
    ["PI", "word", "fatura proforma", "factura proforma", "proforma"],
    ["PO", "word", "ordem de compra"],
    ["contract", "weak", "contrato"],
    ["order", "weak", "pedido", "encomenda"],
    ["invoice", "weak", "fatura"],
    ["order", "num", "número do pedido", "nº do pedido", "n.º do pedido"],
    ["contract", "num", "número do contrato"],
    ["invoice", "num", "número da fatura"],
  ],
  ru: [
    [
      "PI",
      "word",
      "проформа-инвойс",
      "счёт-проформа",
      "счет-проформа",
      "проформа",
      "проформы",
      "проформу",
    ],
    ["order", "weak", "заказ", "заказа", "заказу", "заказе", "заказом"],
    ["contract", "weak", "контракт", "контракта", "контракту", "договор", "договора", "договору"],
    ["invoice", "weak", "счёт", "счет", "счёта", "счета", "счёту", "счету", "инвойс", "инвойса"],
    ["order", "num", "номер заказа"],
    ["contract", "num", "номер контракта", "номер договора"],
    ["invoice", "num", "номер счёта", "номер счета"],
  ],
  ar: [
    [
      "PI",
      "word",
      "الفاتورة المبدئية",
      "فاتورة مبدئية",
      "الفاتورة الأولية",
      "فاتورة أولية",
      "بروفورما",
    ],
    ["PO", "word", "أمر الشراء", "أمر شراء"],
    ["order", "weak", "الطلبية", "طلبية", "الطلب", "طلب"],
    ["contract", "weak", "العقد", "عقد"],
    ["invoice", "weak", "الفاتورة", "فاتورة"],
    ["order", "num", "رقم الطلب", "رقم الطلبية"],
    ["contract", "num", "رقم العقد"],
    ["invoice", "num", "رقم الفاتورة"],
    ["PO", "num", "رقم أمر الشراء"],
  ],
};

/** Words for "number" between a label and its reference ("PI No.", "заказ №", "合同号", "الطلب رقم"). */
export const NUMBER_WORDS: Readonly<Record<BuyerLanguage, readonly string[]>> = {
  en: ["No.", "No", "Nos.", "number", "#", "Ref.", "Ref"],
  zh: ["号", "编号", "号码", "单号"],
  es: ["Nº", "N°", "n.º", "Núm.", "número", "Nro."],
  fr: ["N°", "numéro"],
  de: ["Nr.", "Nr", "Nummer"],
  pt: ["Nº", "n.º", "número"],
  ru: ["№", "номер", "ном."],
  ar: ["رقم"],
};
