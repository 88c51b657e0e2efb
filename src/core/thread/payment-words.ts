import { fold } from "../dates";
import { isWordChar, isWordy } from "../text/phrases";

/**
 * Finding listed words in mail text, and the clause around them: what
 * payment.ts and auto-reply.ts need to tell "we have received your payment"
 * from "we have not received your payment" and "I am on holiday" from "I was
 * on holiday".
 */

/** A listed word or phrase, folded. */
export interface Word {
  text: string;
  /** Latin and Cyrillic words match whole (as text/phrases.ts does); others anywhere. */
  wordy: boolean;
  /** Listed with a trailing "*": matches any word it begins ("оплат*": оплатой). */
  stem: boolean;
}

/** A word list ready for `find` / `hasWord`. */
export function words(list: readonly string[]): Word[] {
  return list.map((entry) => {
    const stem = entry.endsWith("*");
    const text = fold(stem ? entry.slice(0, -1) : entry).replace(/’/g, "'");
    return { text, wordy: isWordy(text), stem };
  });
}

/** Folded text for matching: lower case, no accents, one kind of apostrophe. */
export function folded(text: string): string {
  return fold(text).replace(/’/g, "'");
}

export interface Span {
  start: number;
  end: number;
}

/** Where a word occurs in folded text; a stem's span runs to the end of the word it begins. */
export function find(text: string, word: Word): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(word.text); at >= 0; at = text.indexOf(word.text, at + 1)) {
    let end = at + word.text.length;
    if (word.wordy && isWordChar(text[at - 1])) continue;
    if (word.stem) while (isWordChar(text[end])) end++;
    else if (word.wordy && isWordChar(text[end])) continue;
    out.push({ start: at, end });
  }
  return out;
}

/** Whether folded text holds any of the words. */
export function hasWord(text: string, list: readonly Word[]): boolean {
  return list.some((w) => find(text, w).length > 0);
}

/** Punctuation that ends a clause inside a sentence; not the comma in "4,250.00". */
const CLAUSE_PUNCTUATION = /,(?!\d)|[，、;；]/g;

/**
 * The clause of a sentence that holds [at, to): bounded by commas and the like,
 * and by the listed joining words ("and", "但").
 */
export function clauseOf(sentence: string, at: Span, joins: readonly Word[]): Span {
  const breaks: Span[] = [...sentence.matchAll(CLAUSE_PUNCTUATION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const j of joins) breaks.push(...find(sentence, j));
  let start = 0;
  let end = sentence.length;
  for (const b of breaks) {
    if (b.end <= at.start) start = Math.max(start, b.end);
    else if (b.start >= at.end) end = Math.min(end, b.start);
  }
  return { start, end };
}

/**
 * The few words just before a position, within its clause: where a negation
 * ("not received") or a tense ("I was on holiday") stands. Chinese and Japanese,
 * written without spaces, count a few characters instead of a word.
 */
export function wordsBefore(text: string, clauseStart: number, at: number, count = 3): string {
  return text
    .slice(clauseStart, at)
    .trim()
    .split(/\s+/)
    .slice(-count)
    .map((w) => (UNSPACED.test(w) ? w.slice(-2 * count) : w))
    .join(" ");
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
