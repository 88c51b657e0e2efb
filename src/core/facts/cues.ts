import type { BuyerLanguage } from "../text/language";
import type { PatternTable } from "./pattern";

// Cue tables for the thread-level facts, one per concern, each per language.
// Written in pattern shorthand (see PatternTable): " " blanks, "~" up to four words, "…" a few characters.

/** Words that make the amount next to them the order total ("total", "总金额", "por un total de", "über"). */
export const TOTAL_CUES: PatternTable = {
  en: [
    "(?:grand )?total(?: amount| value| price| sum)?(?: of)?",
    "(?:in|for) the (?:sum|amount) of",
    "amount(?:ing)? (?:of|to)",
    "totall?ing",
    "(?:order|PI|proforma|contract|invoice|PO) (?:value|amount|total)",
  ],
  zh: [
    "总金额",
    "总额",
    "总价",
    "总计",
    "合计",
    "共计",
    "金额为",
    "货款总额",
    "合同金额",
    "订单金额",
  ],
  es: [
    "por un (?:total|importe|monto|valor) de",
    "(?:importe|monto|valor) total(?: de)?",
    "por (?:un )?(?:importe|monto|valor) de",
  ],
  fr: ["pour un (?:montant|total) de", "montant(?: total)?(?: de)?", "valeur totale"],
  de: [
    "über",
    "Gesamtbetrag",
    "Gesamtsumme",
    "Gesamtwert",
    "Auftragswert",
    "Bestellwert",
    "in Höhe von",
    "im Wert von",
    "insgesamt",
  ],
  pt: [
    "valor total(?: de)?",
    "no valor de",
    "montante(?: total)?(?: de)?",
    "valor do pedido",
    "totalizando",
  ],
  ru: [
    "на сумму",
    "итого",
    "общая сумма",
    "сумма (?:заказа|контракта|договора|сч[её]та)",
    "стоимость (?:заказа|контракта|договора)",
    "всего",
  ],
  ar: ["بقيمة", "المبلغ الإجمالي", "القيمة الإجمالية", "الإجمالي", "إجمالي", "المجموع"],
};

/**
 * Words that make the amount next to them a part or a side cost, not the order total:
 * deposits, balances, shares ("30%"), freight, fees, discounts, unit prices.
 */
export const PART_CUES: PatternTable = {
  en: [
    "\\d{1,3} ?% of (?:the )?(?:total|order|PI|contract|invoice)(?: amount| value)?",
    "deposits?",
    "down ?payment",
    "advance (?:payment|of)",
    "pre-?payment",
    "balance(?: payment| due)?",
    "remaining(?: amount)?",
    "the rest",
    "installments?",
    "partial payment",
    "freight",
    "shipping (?:cost|fee|charges?)",
    "bank (?:charges?|fees?)",
    "fees?",
    "charges",
    "discount",
    "commission",
    "unit price",
    "per (?:pc|pcs|piece|unit|set|carton|ctn|kg|ton|mt|meter)",
    "each",
    "/ ?(?:pc|pcs|piece|unit|set|ctn|kg|ton|mt|m)",
  ],
  zh: [
    "定金",
    "订金",
    "预付款",
    "预付",
    "首付",
    "尾款",
    "余款",
    "余额",
    "运费",
    "手续费",
    "银行费用",
    "折扣",
    "佣金",
    "单价",
    "每(?:件|个|套|吨|箱|米|公斤)",
    "/(?:件|个|套|吨|箱)",
  ],
  es: [
    "\\d{1,3} ?% del (?:total|importe|monto|valor)",
    "anticipo",
    "depósito",
    "adelanto",
    "seña",
    "saldo",
    "resto",
    "restante",
    "pago parcial",
    "flete",
    "gastos bancarios",
    "comisión",
    "descuento",
    "precio unitario",
    "por (?:unidad|pieza|caja)",
  ],
  fr: [
    "\\d{1,3} ?% du (?:total|montant)",
    "acompte",
    "arrhes",
    "avance",
    "solde",
    "reste",
    "restant",
    "fret",
    "frais(?: bancaires)?",
    "remise",
    "commission",
    "prix unitaire",
    "par (?:pièce|unité|carton)",
  ],
  de: [
    "\\d{1,3} ?% (?:des|vom) (?:Gesamtbetrag|Auftragswert|Betrag)s?",
    "Anzahlung",
    "Vorauszahlung",
    "Vorkasse",
    "Restzahlung",
    "Restbetrag",
    "Rest",
    "Teilzahlung",
    "Fracht",
    "Bankgebühren",
    "Gebühr(?:en)?",
    "Rabatt",
    "Skonto",
    "Provision",
    "Stückpreis",
    "Einzelpreis",
    "(?:pro|je) (?:Stück|Einheit|Karton)",
  ],
  pt: [
    "\\d{1,3} ?% do (?:total|valor|montante)",
    "sinal",
    "entrada",
    "adiantamento",
    "depósito",
    "saldo",
    "restante",
    "pagamento parcial",
    "frete",
    "taxas?",
    "desconto",
    "comissão",
    "preço unitário",
    "por (?:unidade|peça|caixa)",
  ],
  ru: [
    "\\d{1,3} ?% от (?:суммы|общей суммы|стоимости)",
    "предоплат[аыуе]",
    "аванс(?:а|ом)?",
    "остат(?:ок|ка)",
    "доплат[аыу]",
    "частичн(?:ая|ой|ую) оплат[аыу]",
    "фрахт",
    "доставк[аиу]",
    "комисси[яиюей]",
    "скидк[аиу]",
    "цена за (?:единицу|шт\\.?|штуку)",
    "за (?:штуку|шт\\.?|единицу)",
  ],
  ar: [
    "\\d{1,3} ?% من (?:المبلغ|القيمة|الإجمالي)",
    "دفعة مقدمة",
    "الدفعة المقدمة",
    "الدفعة الأولى",
    "عربون",
    "مقدم",
    "الرصيد",
    "الباقي",
    "المتبقي",
    "المبلغ المتبقي",
    "الشحن",
    "رسوم",
    "خصم",
    "عمولة",
    "سعر الوحدة",
    "لكل (?:قطعة|وحدة)",
  ],
  // last: "30% of the total" above must win over the bare "30%"
  all: ["\\d{1,3}(?:[.,]\\d{1,2})? ?%", "@"],
};

const DOC_EN = "(?:orders?|PO|PI|P/I|proforma(?: invoice)?|contract|S/C|purchase order)";
const DOC_ES = "(?:pedido|orden(?: de compra)?|(?:factura )?proforma|PI|contrato)";
const DOC_FR = "(?:commande|bon de commande|(?:facture )?proforma|PI|contrat)";
const DOC_DE = "(?:Bestellung|Auftrag|Proforma(?:-?Rechnung)?|PI|Vertrag|AB)";
const DOC_PT = "(?:pedido|encomenda|(?:fatura )?proforma|PI|contrato)";
const DOC_RU = "(?:заказ[аы]?|проформ[ауы]?|сч[её]т|контракт|договор|PI)";
const DOC_AR = "(?:الطلب|الطلبية|الفاتورة(?: المبدئية)?|العقد|أمر الشراء)";
const DOC_ZH = "(?:订单|合同|形式发票|PI|采购单|采购订单)";

/** What a buyer writes when confirming the order ("we confirm the order", "合同已确认", "подтверждаем заказ"). */
export const CONFIRM_CUES: PatternTable = {
  en: [
    `(?:we|I) (?:hereby |would like to |want to |can |do )?confirm ~${DOC_EN}`,
    `${DOC_EN} ~(?:(?:is|are|has been|have been|was|now) )?(?:confirmed|approved|accepted|signed)`,
    `(?:signed|countersigned|stamped) ~${DOC_EN}`,
    `(?:we|I) (?:have )?(?:accept|accepted|approve|approved|signed) ~(?:${DOC_EN}|offer|quotation)`,
    "(?:go ahead|proceed) with (?:the )?(?:order|production)",
  ],
  zh: [
    `确认…(?:${DOC_ZH}|下单)`,
    `${DOC_ZH}…(?:已经?|已被)(?:确认|签字|签署|盖章|签好|回签)`,
    `(?:同意|接受)…(?:${DOC_ZH}|报价)`,
    `(?:已经?)(?:签字|签署|盖章|回签)…${DOC_ZH}`,
    "(?:可以|请)安排生产",
  ],
  es: [
    `(?:confirmamos|confirmo|aprobamos|apruebo|aceptamos|acepto) ~(?:${DOC_ES}|cotización|oferta)`,
    `${DOC_ES} ~(?:(?:está|queda|ha sido|fue) )?(?:confirmad[oa]|aprobad[oa]|aceptad[oa]|firmad[oa])`,
    "(?:pueden|puede|podéis) proceder con (?:la producción|el pedido)",
  ],
  fr: [
    `(?:je|nous) vous confirm(?:e|ons) ~${DOC_FR}`,
    `(?:confirmons|validons|acceptons|approuvons) ~(?:${DOC_FR}|devis|offre)`,
    `(?:${DOC_FR}|devis) ~(?:(?:est|a été) )?(?:confirmée?|validée?|signée?|approuvée?|acceptée?)`,
    "bon pour accord",
    "(?:vous pouvez|merci de) (?:lancer|démarrer) la production",
  ],
  de: [
    `bestätigen? ~(?:${DOC_DE}|Angebot)`,
    `(?:${DOC_DE}|Angebot) ~(?:(?:ist|wurde|wird) )?(?:bestätigt|freigegeben|unterschrieben|unterzeichnet|angenommen)`,
    "hiermit bestellen wir",
    `(?:wir|ich) (?:nehmen|akzeptieren) ~(?:${DOC_DE}|Angebot)`,
  ],
  pt: [
    `(?:confirmamos|confirmo|aprovamos|aprovo|aceitamos|aceito) ~(?:${DOC_PT}|cotação|oferta)`,
    `${DOC_PT} ~(?:(?:está|foi) )?(?:confirmad[oa]|aprovad[oa]|aceit[oa]|assinad[oa])`,
    "(?:podem|pode) (?:iniciar|começar) a produção",
  ],
  ru: [
    `подтвержда(?:ем|ю) ~${DOC_RU}`,
    `${DOC_RU} ~(?:подтвержд[её]н[аы]?|подписан[аы]?|согласован[аы]?|одобрен[аы]?)`,
    `(?:согласовываем|одобряем|принимаем) ~(?:${DOC_RU}|предложение)`,
    "(?:можете|прошу) (?:запускать|начинать|запустить|начать) производство",
  ],
  ar: [
    `(?:نؤكد|أؤكد) ~${DOC_AR}`,
    `تم (?:تأكيد|توقيع|اعتماد) ~${DOC_AR}`,
    `${DOC_AR} ~(?:مؤكد|مؤكدة|تم تأكيده|تم تأكيدها)`,
    `(?:نوافق على|نقبل) ~(?:${DOC_AR}|العرض|السعر)`,
    "يمكنكم (?:البدء في|بدء) الإنتاج",
  ],
};

/**
 * Words of receiving a document, which make a confirmation cue around them an acknowledgement
 * of receipt ("we confirm receipt of your PI", "确认收到形式发票"), not of the order.
 */
export const RECEIPT_WORDS: PatternTable = {
  en: ["receipt", "receiv(?:ed|ing|e)"],
  zh: ["收到", "接收", "查收到"],
  es: ["recepción", "recibid[oa]s?", "recibimos", "recibo"],
  fr: ["réception", "reçue?s?"],
  de: ["Erhalt", "erhalten", "Eingang", "eingegangen"],
  pt: ["recebimento", "recepção", "recebid[oa]s?", "recebemos"],
  ru: ["получени[еяю]", "получил[аи]?", "получен[аыо]?"],
  ar: ["استلام", "استلمنا", "تلقينا", "وصول"],
};

/**
 * Words in a confirmation cue that state it as done ("signed", "已签字", "unterschrieben"):
 * a date written with them is when it happened, so one without a year lies in the past.
 */
export const DONE_WORDS: PatternTable = {
  en: ["(?:counter)?signed", "stamped", "confirmed", "approved", "accepted"],
  zh: ["已", "签了", "签好"],
  es: ["firmad[oa]s?", "confirmad[oa]s?", "aprobad[oa]s?", "aceptad[oa]s?"],
  fr: ["signée?s?", "confirmée?s?", "validée?s?", "approuvée?s?", "acceptée?s?"],
  de: ["bestätigt", "unterschrieben", "unterzeichnet", "freigegeben", "angenommen"],
  pt: ["assinad[oa]s?", "confirmad[oa]s?", "aprovad[oa]s?", "aceit[oa]s?"],
  ru: ["подписан[аыо]?", "подтвержд[её]н[аыо]?", "согласован[аыо]?", "одобрен[аыо]?"],
  ar: ["تم"],
};

/** Words right before a date that make it a document's date ("your PI dated 1 Nov", "vom 01.11.", "от 01.11"), not an event's. */
export const DOCUMENT_DATE_WORDS: PatternTable = {
  en: ["dated", "of"],
  zh: ["日期为?[:：]?"],
  es: ["de fecha", "con fecha", "fechad[oa]", "del"],
  fr: ["(?:datée? )?du", "en date du"],
  de: ["vom", "datiert (?:auf den|vom)"],
  pt: ["datad[oa] de", "com data de", "de"],
  ru: ["от"],
  ar: ["بتاريخ", "المؤرخ(?:ة)?(?: في)?"],
};

/** Words that turn a confirmation around: negations, conditions and requests ("not", "once", "please confirm", "未"). */
export const CANCELLERS: PatternTable = {
  en: [
    "not",
    "(?:do|does|did|have|has|had|ca|wo|could|would|is|are|was|were)n['’]t",
    "never",
    "no longer",
    "cannot",
    "unable",
    "yet to",
    "once",
    "if",
    "unless",
    "until",
    "before",
    "(?:please|pls|kindly|can you|could you) confirm",
  ],
  zh: [
    "不(?!好意思|错|客气)",
    "未",
    "没(?!问题)",
    "无法",
    "如果",
    "一旦",
    "等待",
    "待",
    "请确认",
    "能否确认",
  ],
  es: [
    "no(?!\\.)",
    "nunca",
    "aún no",
    "todavía no",
    "si",
    "cuando",
    "(?:por favor|favor de) confirm(?:e|ar)",
  ],
  fr: [
    "pas",
    "ne",
    "n['’]",
    "jamais",
    "si",
    "dès que",
    "merci de confirmer",
    "pouvez-vous confirmer",
  ],
  de: ["nicht", "kein(?:e|en)?", "noch nicht", "wenn", "sobald", "falls", "bitte bestätigen"],
  pt: ["não", "nunca", "ainda não", "quando", "assim que", "(?:por favor|favor) confirm(?:e|ar)"],
  ru: [
    "не",
    "нет",
    "ещё не",
    "если",
    "когда",
    "как только",
    "(?:прошу|просьба) подтвердить",
    "подтвердите",
  ],
  ar: ["لم", "لا", "لن", "ليس", "إذا", "عندما", "بمجرد", "(?:يرجى|الرجاء) تأكيد"],
};

/** Words before the last day a price holds ("valid until", "gültig bis", "有效期至", "السعر ساري حتى"). */
export const VALID_UNTIL_CUES: PatternTable = {
  en: [
    "valid (?:only )?(?:until|till|til|through|thru|up to)",
    "(?:good|firm|fixed|held) (?:until|till|through)",
    "(?:prices?|offer|quotation|quote) ~(?:holds?|stands?|expires?) (?:until|till|through|on)?",
    "validity(?: date)?(?: until)?[:：]?",
  ],
  zh: ["有效期(?:至|到|截止到?|截至|为)?", "有效(?:至|到)", "(?:价格|报价)…(?:截止到?|截至)"],
  es: [
    "válid[oa]s? hasta(?: el)?",
    "vigentes? hasta(?: el)?",
    "validez hasta(?: el)?",
    "se mantienen? hasta(?: el)?",
  ],
  fr: [
    "(?:valables?|valides?|maintenus?|garantis?) jusqu['’](?:au|à|a)",
    "validité jusqu['’](?:au|à|a)",
  ],
  de: ["gültig bis(?: zum| am)?", "Gültigkeit bis(?: zum)?", "(?:gilt|gelten) bis(?: zum)?"],
  pt: [
    "válid[oa]s? até(?: o| ao| dia)?",
    "validade até(?: o| dia)?",
    "(?:vigente|mantid[oa]s?) até(?: o)?",
  ],
  ru: [
    "действительн(?:а|ы|о)? до",
    "действу(?:ет|ют) до",
    "сохраня(?:ется|ются) до",
    "актуальн(?:а|ы|о)? до",
    "срок действия ~до",
  ],
  ar: ["(?:ساري|سارية|صالح|صالحة)(?: المفعول)? (?:حتى|لغاية|إلى)"],
};

/** Words after the last day a price holds ("12月15日前有效"). */
export const VALID_BEFORE_CUES: PatternTable = {
  zh: ["(?:之前|以前|前)有效"],
};

/** The units of VALID_FOR_CUES, per language: days, weeks and months, told apart by these tables. */
const DAY_WORDS: PatternTable = {
  en: ["days?"],
  zh: ["天", "日"],
  es: ["días?"],
  fr: ["jours?"],
  de: ["Tagen?"],
  pt: ["dias?"],
  ru: ["дн(?:ей|я|ь)"],
  ar: ["يوما", "يومًا", "يوم", "أيام"],
};

export const WEEK_WORDS: PatternTable = {
  en: ["weeks?"],
  zh: ["周", "个?星期"],
  es: ["semanas?"],
  fr: ["semaines?"],
  de: ["Wochen?"],
  pt: ["semanas?"],
  ru: ["недел[юиь]"],
  ar: ["أسبوع", "أسابيع"],
};

export const MONTH_WORDS: PatternTable = {
  en: ["months?"],
  zh: ["个月"],
  es: ["mes(?:es)?"],
  fr: ["mois"],
  de: ["Monaten?", "Monate?"],
  pt: ["mês", "meses"],
  ru: ["месяц(?:а|ев)?"],
  ar: ["شهر", "أشهر"],
};

/** A count of days, weeks or months in a language ("15 days", "7天"). */
function span(lang: BuyerLanguage, gap = " "): string {
  const units = [DAY_WORDS, WEEK_WORDS, MONTH_WORDS].flatMap((table) => table[lang] ?? []);
  return `\\d{1,3}${gap}(?:${units.join("|")})`;
}
const SPAN_EN = span("en");
const SPAN_ZH = span("zh", " ?");
const SPAN_ES = span("es");
const SPAN_FR = span("fr");
const SPAN_DE = span("de");
const SPAN_PT = span("pt");
const SPAN_RU = span("ru");
const SPAN_AR = span("ar");

/** How long a price holds, counted from the day it is stated ("valid for 15 days", "14 Tage gültig", "报价有效期7天"). */
export const VALID_FOR_CUES: PatternTable = {
  en: [
    `valid (?:for|within) (?:a period of )?${SPAN_EN}`,
    `validity(?: period)?(?: of| is)?[:：]? ?${SPAN_EN}`,
    `(?:good|firm|held) for ${SPAN_EN}`,
  ],
  zh: [`有效期(?:为)?[:：]?${SPAN_ZH}`, `${SPAN_ZH}(?:内)?有效`],
  es: [`(?:válid[oa]s?|vigentes?) (?:por|durante) ${SPAN_ES}`, `validez(?: de)?[:：]? ?${SPAN_ES}`],
  fr: [
    `(?:valables?|valides?) (?:pendant |pour )?${SPAN_FR}`,
    `validité(?: de)?[:：]? ?${SPAN_FR}`,
  ],
  de: [
    `${SPAN_DE} gültig`,
    `(?:gültig|gilt|gelten) (?:für )?${SPAN_DE}`,
    `Gültigkeit(?: von)?[:：]? ?${SPAN_DE}`,
  ],
  pt: [
    `(?:válid[oa]s?|vigentes?) (?:por|durante) ${SPAN_PT}`,
    `validade(?: de)?[:：]? ?${SPAN_PT}`,
  ],
  ru: [`действительн(?:а|ы|о)? (?:в течение )?${SPAN_RU}`, `срок действия[:：]? ?${SPAN_RU}`],
  ar: [`(?:ساري|سارية|صالح|صالحة)(?: المفعول)? (?:لمدة )?${SPAN_AR}`],
};

/**
 * What a validity cue may speak of to be the price's validity: the price, offer, quotation or
 * PI ("prices valid until", "报价有效期", "Angebot gültig bis").
 */
export const PRICE_SUBJECTS: PatternTable = {
  en: ["prices?", "offer", "quotation", "quote", "rates?", "PI", "P/I", "proforma(?: invoice)?"],
  zh: ["价格", "报价", "单价", "价", "形式发票", "PI"],
  es: ["precios?", "oferta", "cotización", "presupuesto", "proforma"],
  fr: ["prix", "offre", "devis", "tarifs?", "cotation", "proforma"],
  de: ["Preise?n?", "Angebot", "Konditionen", "Proforma(?:-?Rechnung)?"],
  pt: ["preços?", "oferta", "cotação", "orçamento", "proforma"],
  ru: ["цен(?:а|ы|у|ой)?", "предложение", "КП", "прайс", "стоимость"],
  ar: ["السعر", "الأسعار", "العرض", "عرض السعر"],
};

/**
 * Other things that are "valid until" a day (a letter of credit, bank details, a passport): when
 * one of them is named after the price, the validity is its own ("the L/C will be valid until").
 */
export const OTHER_VALID_SUBJECTS: PatternTable = {
  en: [
    "L/?C",
    "letter of credit",
    "(?:bank )?account(?: details)?",
    "bank details",
    "passport",
    "visa",
    "certificates?",
    "licen[cs]e",
    "permit",
    "guarantee",
    "insurance",
    "card",
    "link",
    "password",
  ],
  zh: [
    "信用证",
    "账户",
    "账号",
    "银行信息",
    "护照",
    "签证",
    "证书",
    "许可证",
    "保函",
    "保险",
    "链接",
  ],
  es: [
    "carta de crédito",
    "cuenta",
    "datos bancarios",
    "pasaporte",
    "visa",
    "certificado",
    "licencia",
    "garantía",
    "seguro",
    "enlace",
  ],
  fr: [
    "lettre de crédit",
    "crédit documentaire",
    "compte",
    "coordonnées bancaires",
    "RIB",
    "passeport",
    "visa",
    "certificat",
    "licence",
    "garantie",
    "assurance",
    "lien",
  ],
  de: [
    "Akkreditiv",
    "Konto",
    "Bankverbindung",
    "Reisepass",
    "Pass",
    "Visum",
    "Zertifikat",
    "Lizenz",
    "Garantie",
    "Bürgschaft",
    "Versicherung",
    "Link",
  ],
  pt: [
    "carta de crédito",
    "conta",
    "dados bancários",
    "passaporte",
    "visto",
    "certificado",
    "licença",
    "garantia",
    "seguro",
    "link",
  ],
  ru: [
    "аккредитив",
    "реквизиты",
    "паспорт",
    "виза",
    "сертификат",
    "лицензия",
    "гарантия",
    "страховка",
    "ссылка",
  ],
  ar: [
    "الاعتماد المستندي",
    "خطاب الاعتماد",
    "الحساب",
    "جواز السفر",
    "التأشيرة",
    "الشهادة",
    "الترخيص",
    "الضمان",
    "التأمين",
    "الرابط",
  ],
};

/** Line starts that mark a subject line quoted in a body ("Subject:", "主题：", "Betreff:"). */
export const SUBJECT_LINES: PatternTable = {
  en: ["(?:Subject|Subj|Re|Fwd?|Ref)[:：]"],
  zh: ["主题[:：]", "回复[:：]", "转发[:：]"],
  es: ["Asunto[:：]", "RE[:：]", "RV[:：]"],
  fr: ["Objet ?[:：]", "TR[:：]"],
  de: ["Betreff[:：]", "AW[:：]", "WG[:：]"],
  pt: ["Assunto[:：]", "ENC[:：]"],
  ru: ["Тема[:：]", "Отв[:：]"],
  ar: ["الموضوع[:：]", "رد[:：]"],
};
