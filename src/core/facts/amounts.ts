import {
  CURRENCY_CODES,
  CURRENCY_WORDS,
  MULTIPLIERS,
  NOT_MONEY_AFTER,
  YEN_MARKERS,
} from "./currencies";
import { readNumber } from "./numbers";
import { asciiDigits, isWordChar, literalAlternation } from "./pattern";
import { findOrderRefMentions } from "./refs";
import type { Money } from "./types";

/** An amount and where it was written (UTF-16 offsets of `text`). */
export interface MoneyMention extends Money {
  start: number;
  end: number;
}

interface Token {
  value: string;
  start: number;
  end: number;
}

const CODES = new Set(CURRENCY_CODES);
const WORDS = new Map<string, string>();
for (const table of Object.values(CURRENCY_WORDS)) {
  for (const [word, iso] of Object.entries(table ?? {})) WORDS.set(word.toLowerCase(), iso);
}
const FACTORS = new Map<string, number>();
for (const table of Object.values(MULTIPLIERS)) {
  for (const [word, factor] of Object.entries(table ?? {})) FACTORS.set(word.toLowerCase(), factor);
}

const CURRENCY = literalAlternation([...CODES, ...WORDS.keys()]);
const PREFIX = new RegExp(`(${CURRENCY})[\\s]{0,2}$`, "iu");
const SUFFIX = new RegExp(`[\\s]{0,2}(${CURRENCY})`, "iuy");
// "m²" and "m2" are square metres, not millions
const MULTIPLIER = new RegExp(`\\s?(${literalAlternation([...FACTORS.keys()])})(?!\\p{N})`, "iuy");
const DURATION = new RegExp(
  `[\\s]{0,2}(?:${literalAlternation(Object.values(NOT_MONEY_AFTER).flat())})|\\s?%`,
  "iuy"
);
// digits, and single separators between digits; blanks only within a line
const RUN = /\d(?:\d|[.,'’ \u00a0\u202f\u2009](?=\d)){0,24}/g;
// after the number: a date or range goes on ("USD 2026-11-08", "USD 5-6k", "10:30")
const GOES_ON = /^[-/:]\d/;
// before a number with no currency in front: part of a code, a phone number, a Chinese date
const TIED_BEFORE = /[+#№年月]/;
const JOINERS = /[-/.,:]/;
/** The hand-built patterns, for the test that keeps them linear-time. */
export const AMOUNT_PATTERNS: readonly RegExp[] = [PREFIX, SUFFIX, MULTIPLIER, DURATION, RUN];

/** The currency a token names, respecting that codes are only read in capitals. */
function currencyOf(token: string): string | null {
  if (CODES.has(token)) return token;
  return WORDS.get(token.toLowerCase()) ?? null;
}

/** A currency written right before `at` ("USD ", "€", "人民币"), if any. */
function prefixAt(s: string, at: number): Token | null {
  const from = Math.max(0, at - 20);
  const m = PREFIX.exec(s.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  const iso = currencyOf(m[1]);
  if (!iso || (isWordChar(m[1].charAt(0)) && isWordChar(s.charAt(start - 1)))) return null;
  return { value: iso, start, end: at };
}

/** A sticky regex's first group at `at`, with where the whole match ends. */
function stickyAt(re: RegExp, s: string, at: number): Token | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? { value: m[1] ?? m[0], start: at, end: at + m[0].length } : null;
}

/**
 * A currency written right after `at` ("… EUR", "…元"), unless it starts the next amount
 * ("4471 USD 12,500") or contradicts the currency written before the number.
 */
function suffixAt(s: string, at: number, before: string | null): Token | null {
  const token = stickyAt(SUFFIX, s, at);
  const iso = token && currencyOf(token.value);
  if (!token || !iso || (before && before !== iso)) return null;
  if (/^\s{0,2}\d/.test(s.slice(token.end, token.end + 3))) return null;
  return { ...token, value: iso };
}

/** Whether a number with no currency before it stands on its own ("9 850,00 EUR", not "SR-2611 EUR"). */
function standsAlone(s: string, at: number): boolean {
  const before = s.charAt(at - 1);
  if (isWordChar(before) || TIED_BEFORE.test(before)) return false;
  return !(JOINERS.test(before) && isWordChar(s.charAt(at - 2)));
}

/** Every amount of money in `text` with its offsets, in order of appearance. */
export function findMoneyMentions(text: string): MoneyMention[] {
  const s = asciiDigits(text);
  const refs = findOrderRefMentions(s);
  const found: MoneyMention[] = [];
  let yen: boolean | null = null;
  let r = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    const start = m.index;
    const runEnd = start + m[0].length;
    while (r < refs.length && refs[r].end <= start) r++;
    if (r < refs.length && refs[r].start <= start) continue; // "PO-4471", "PI No. 2611/045"
    const pre = prefixAt(s, start);
    if (!pre && !standsAlone(s, start)) continue;
    const runMultiplier = stickyAt(MULTIPLIER, s, runEnd);
    const read = readNumber(m[0], runMultiplier !== null);
    if (!read) continue;
    const numEnd = start + read.length;
    RUN.lastIndex = numEnd;
    if (GOES_ON.test(s.slice(numEnd, numEnd + 2))) continue;
    const multiplier = numEnd === runEnd ? runMultiplier : stickyAt(MULTIPLIER, s, numEnd);
    const afterNumber = multiplier?.end ?? numEnd;
    const suf = suffixAt(s, afterNumber, pre?.value ?? null);
    if (!pre && !suf) continue;
    if (!suf && stickyAt(DURATION, s, afterNumber)) continue; // "USD 30 days", "30%"
    const begin = pre?.start ?? start;
    const end = suf?.end ?? afterNumber;
    let currency = pre?.value ?? suf?.value ?? "";
    if (currency === "CNY" && /[¥￥]/.test(s.slice(begin, end))) {
      yen ??= YEN_MARKERS.test(s);
      if (yen) currency = "JPY";
    }
    const factor = multiplier ? (FACTORS.get(multiplier.value.toLowerCase()) ?? 1) : 1;
    const amount = Math.round(read.value * factor * 100) / 100;
    found.push({ amount, currency, text: text.slice(begin, end), start: begin, end });
    RUN.lastIndex = end;
  }
  return found;
}

/** Every amount of money written in `text` ("USD 12,500.00", "€8.400,50", "3.2万美元"), in order. */
export function findAmounts(text: string): Money[] {
  return findMoneyMentions(text).map(({ amount, currency, text: written }) => ({
    amount,
    currency,
    text: written,
  }));
}
