import type { CalendarDate } from "../dates/types";
import type { BuyerLanguage } from "../text/language";
import type { ComposeFields, FieldName } from "./types";
import { dateTimeFormat, numberFormat } from "../text/intl";

/*
 * How each field is written for the buyer. Intl does the words (month names, digit
 * grouping, where the currency goes); this file only picks the locale and decides what
 * counts as "not given".
 */

/** How a reminder in one buyer language is written. */
export interface Writing {
  /** BCP 47 locale handed to Intl for dates and amounts. */
  locale: string;
  /** The HTML lang attribute. */
  htmlLang: string;
  dir: "ltr" | "rtl";
  /** How the first of the month is written where it is an ordinal ("1er", "1º"); Intl writes "1". */
  firstDay?: string;
}

/*
 * en-GB: day-month-year with the month in words reads the same on every continent.
 * pt-BR: Brazil is most Portuguese-speaking buyers; dates read the same as pt-PT.
 * ar-AE with Latin digits: PIs, invoices and bank slips in Arabic-speaking markets use
 * Latin digits, so the amount and dates match the documents the buyer holds.
 * zh-Hans: the script is what matters for fonts (Simplified), not the buyer's region.
 */
export const WRITING: Readonly<Record<BuyerLanguage, Writing>> = {
  en: { locale: "en-GB", htmlLang: "en", dir: "ltr" },
  zh: { locale: "zh-CN", htmlLang: "zh-Hans", dir: "ltr" },
  es: { locale: "es-ES", htmlLang: "es", dir: "ltr" },
  fr: { locale: "fr-FR", htmlLang: "fr", dir: "ltr", firstDay: "1er" },
  de: { locale: "de-DE", htmlLang: "de", dir: "ltr" },
  pt: { locale: "pt-BR", htmlLang: "pt", dir: "ltr", firstDay: "1º" },
  ru: { locale: "ru-RU", htmlLang: "ru", dir: "ltr" },
  ar: { locale: "ar-AE-u-nu-latn", htmlLang: "ar", dir: "rtl" },
};

// Line breaks inside a value would split a sentence in the plain text but not in HTML.
const LINE_BREAKS = /\s*[\n\r\u2028\u2029\u0085]+\s*/g;
// Control characters are never meant in a letter and the HTML parser drops some of them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// A lone surrogate cannot be encoded when the mail is sent.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe to write: no control characters, no lone surrogates; line breaks kept. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
}

/*
 * Bidi controls in a typed value: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and marks (LRM, RLM, ALM). A buyer's display name can open an override it
 * never closes ("\u202EAli"), which would turn the rest of the greeting round, in the plain
 * text and the HTML alike. They are dropped rather than the value isolated in FSI…PDI:
 * isolating would put invisible characters around the order reference and the amount, which
 * buyers copy into their bank's and their own systems (a copied "PI SR-2611-045" would no
 * longer match), and older mail clients draw isolates as boxes. A name, company, reference or
 * currency reads right without them: each letter keeps its own direction. Dates and amounts
 * keep the marks Intl writes for the buyer's locale; Intl writes no other bidi control.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/*
 * Characters that show nothing: zero-width space, joiners, word joiner, soft hyphen, byte
 * order mark. A value made only of them (a "\u200B" pasted from a web form) reads as blank,
 * so the field counts as not given and is asked for. Inside a value they are kept: joiners
 * shape Arabic and Indic names and emoji.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

/** A typed value as it goes into a sentence: one line, trimmed, no bidi controls; null when nothing visible is left. */
function cleanValue(value: string | undefined): string | null {
  // Typed as a string, but it comes from a form or a stored setting: check anyway.
  if (typeof value !== "string") return null;
  const cleaned = cleanText(value).replace(BIDI_CONTROLS, "").replace(LINE_BREAKS, " ").trim();
  return cleaned.replace(INVISIBLE, "").trim() === "" ? null : cleaned;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day written out in the buyer's language; null when it is not a real day. */
export function formatDate(date: CalendarDate | undefined, lang: BuyerLanguage): string | null {
  const match = typeof date === "string" ? ISO_DATE.exec(date.trim()) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  instant.setUTCFullYear(year, month - 1, day);
  const real =
    year >= 1 &&
    instant.getUTCFullYear() === year &&
    instant.getUTCMonth() === month - 1 &&
    instant.getUTCDate() === day;
  if (!real) return null;
  const written = dateTimeFormat(WRITING[lang].locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(instant);
  // French and Brazilian Portuguese write the first of the month as an ordinal ("1er décembre
  // 2026", "1º de dezembro de 2026"); Intl does not.
  const { firstDay } = WRITING[lang];
  return firstDay && day === 1 ? written.replace(/^1(?!\d)/, firstDay) : written;
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * An amount with its currency in the buyer's language; null without a finite number.
 * The ISO code rather than a symbol: "$" alone is ambiguous across export markets.
 * A currency that is not an ISO-shaped code is written after the number as given.
 */
export function formatAmount(money: ComposeFields["amount"], lang: BuyerLanguage): string | null {
  if (!money || typeof money.amount !== "number" || !Number.isFinite(money.amount)) return null;
  const { locale } = WRITING[lang];
  const currency = cleanValue(money.currency) ?? "";
  if (CURRENCY_CODE.test(currency)) {
    return numberFormat(locale, {
      style: "currency",
      currency: currency.toUpperCase(),
      currencyDisplay: "code",
    }).format(money.amount);
  }
  const number = numberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(money.amount);
  return currency === "" ? number : `${number} ${currency}`;
}

/** Every given field written for the buyer; a field that is absent, blank or invalid is left out. */
export function writeFields(
  fields: ComposeFields,
  lang: BuyerLanguage
): Partial<Record<FieldName, string>> {
  const written: Record<FieldName, string | null> = {
    buyerName: cleanValue(fields.buyerName),
    repName: cleanValue(fields.repName),
    company: cleanValue(fields.company),
    orderRef: cleanValue(fields.orderRef),
    amount: formatAmount(fields.amount, lang),
    confirmedOn: formatDate(fields.confirmedOn, lang),
    slotDeadline: formatDate(fields.slotDeadline, lang),
    priceValidUntil: formatDate(fields.priceValidUntil, lang),
  };
  const result: Partial<Record<FieldName, string>> = {};
  for (const [name, value] of Object.entries(written) as [FieldName, string | null][]) {
    if (value !== null) result[name] = value;
  }
  return result;
}
