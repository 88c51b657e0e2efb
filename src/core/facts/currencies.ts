import type { BuyerLanguage } from "../text/language";

/**
 * ISO 4217 codes read when written in capitals ("USD 500", "500 EUR"). Only currencies
 * export trade uses; codes that are also capitalised words ("ALL", "TOP", "CUP") are left out.
 */
export const CURRENCY_CODES: readonly string[] = (
  "USD EUR GBP CNY JPY CHF HKD SGD AUD CAD NZD AED SAR QAR KWD BHD OMR JOD EGP MAD DZD TND " +
  "RUB BYN KZT UAH BRL MXN ARS CLP COP PEN INR PKR BDT LKR THB VND IDR MYR PHP KRW TWD TRY " +
  "PLN CZK HUF RON SEK NOK DKK ILS ZAR NGN KES"
).split(" ");

/** Symbols and words for a currency, per language ("all": whatever the language), read in any case. */
export const CURRENCY_WORDS: Readonly<
  Partial<Record<BuyerLanguage | "all", Readonly<Record<string, string>>>>
> = {
  all: {
    $: "USD",
    US$: "USD",
    USD$: "USD",
    U$S: "USD",
    "＄": "USD",
    A$: "AUD",
    AU$: "AUD",
    C$: "CAD",
    CA$: "CAD",
    HK$: "HKD",
    S$: "SGD",
    SG$: "SGD",
    NZ$: "NZD",
    MX$: "MXN",
    R$: "BRL",
    NT$: "TWD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₴": "UAH",
    "₸": "KZT",
    "₫": "VND",
    "₱": "PHP",
    "฿": "THB",
    "₦": "NGN",
    "₪": "ILS",
    "﷼": "SAR",
    SFr: "CHF",
    zł: "PLN",
    Kč: "CZK",
    usd: "USD",
    eur: "EUR",
    rmb: "CNY",
    cny: "CNY",
  },
  en: {
    dollars: "USD",
    "US dollars": "USD",
    euros: "EUR",
    euro: "EUR",
    "pounds sterling": "GBP",
    yuan: "CNY",
    renminbi: "CNY",
    yen: "JPY",
    rupees: "INR",
    dirhams: "AED",
    riyals: "SAR",
    "Swiss francs": "CHF",
    rubles: "RUB",
    roubles: "RUB",
  },
  zh: {
    元: "CNY",
    人民币: "CNY",
    美元: "USD",
    美金: "USD",
    欧元: "EUR",
    英镑: "GBP",
    日元: "JPY",
    卢布: "RUB",
    港币: "HKD",
    港元: "HKD",
    瑞士法郎: "CHF",
    迪拉姆: "AED",
  },
  es: { dólares: "USD", dólar: "USD", euros: "EUR", reales: "BRL" },
  fr: { dollars: "USD", euros: "EUR", "francs suisses": "CHF" },
  de: { Euro: "EUR", Dollar: "USD", Franken: "CHF" },
  pt: { dólares: "USD", euros: "EUR", reais: "BRL" },
  ru: {
    "руб.": "RUB",
    руб: "RUB",
    рублей: "RUB",
    рубля: "RUB",
    рубль: "RUB",
    "р.": "RUB",
    долларов: "USD",
    доллара: "USD",
    "долл.": "USD",
    евро: "EUR",
    юаней: "CNY",
    юаня: "CNY",
  },
  ar: {
    "ريال سعودي": "SAR",
    ريال: "SAR",
    "ر.س": "SAR",
    "درهم إماراتي": "AED",
    درهم: "AED",
    "د.إ": "AED",
    "دولار أمريكي": "USD",
    دولار: "USD",
    يورو: "EUR",
    "جنيه مصري": "EGP",
  },
};

/** Words that scale the number before them ("12.5k", "1.2M", "3.2万", "1,5 Mio."), per language. */
export const MULTIPLIERS: Readonly<
  Partial<Record<BuyerLanguage | "all", Readonly<Record<string, number>>>>
> = {
  all: { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 },
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9 },
  zh: { 千: 1e3, 万: 1e4, 亿: 1e8 },
  es: { mil: 1e3, millón: 1e6, millones: 1e6 },
  fr: { million: 1e6, millions: 1e6, milliard: 1e9 },
  de: { "Tsd.": 1e3, "Mio.": 1e6, Mio: 1e6, "Mrd.": 1e9 },
  pt: { mil: 1e3, milhão: 1e6, milhões: 1e6 },
  ru: { "тыс.": 1e3, тыс: 1e3, млн: 1e6, "млн.": 1e6, млрд: 1e9 },
  ar: { ألف: 1e3, مليون: 1e6 },
};

/** Words after "USD 30" that make it a duration, not money ("USD 30 days after B/L"), per language. */
export const NOT_MONEY_AFTER: Readonly<Record<BuyerLanguage, readonly string[]>> = {
  en: ["days", "day", "working days", "weeks", "months", "years"],
  zh: ["天", "日内", "个工作日", "个月", "周"],
  es: ["días", "semanas", "meses"],
  fr: ["jours", "semaines", "mois"],
  de: ["Tage", "Tagen", "Werktage", "Wochen", "Monate"],
  pt: ["dias", "semanas", "meses"],
  ru: ["дней", "дня", "недель", "месяцев"],
  ar: ["يوم", "يوما", "أيام", "أسابيع", "أشهر"],
};

/** Mentions of Japanese yen that make "¥" mean JPY rather than CNY. */
export const YEN_MARKERS = /JPY|\byen\b|円|日元/i;
