import { fold } from "../dates";

/** A phrase folded for matching (lower case, no accents), and whether it must stand as whole words. */
export interface Phrase {
  text: string;
  /** Latin and Cyrillic phrases match whole words; CJK, Arabic and phrases starting with punctuation match anywhere. */
  wordy: boolean;
  /** Listed with a trailing "*": matches any word it begins ("оплат*": оплатой). */
  stem: boolean;
}

/** Where a phrase stands in a text. */
export interface Span {
  start: number;
  end: number;
}

const WORDY =
  /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}\s/'’.-]*$/u;
const ASCII_WORDY = /^[a-z][a-z0-9\s/'.-]*$/i;
const LETTER = /[\p{L}\p{N}]/u;

/** A word list ready for `has` / `hasAny` / `find`; an entry ending in "*" is a stem. */
export function phrases(words: readonly string[]): Phrase[] {
  return words.map((entry) => {
    const stem = entry.endsWith("*");
    const text = fold(stem ? entry.slice(0, -1) : entry);
    return { text, wordy: isWordy(text), stem };
  });
}

/** Whether a folded phrase is Latin or Cyrillic words, which match only as whole words. */
export function isWordy(folded: string): boolean {
  // Most phrases are plain ASCII: an ASCII-only test spares the Unicode script classes.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(folded)) return ASCII_WORDY.test(folded);
  return WORDY.test(folded);
}

/** Whether folded text holds the phrase (as whole words where it has words). */
export function has(folded: string, phrase: Phrase): boolean {
  if (!phrase.wordy) return folded.includes(phrase.text);
  for (let at = folded.indexOf(phrase.text); at >= 0; at = folded.indexOf(phrase.text, at + 1)) {
    if (isWordChar(folded[at - 1])) continue;
    if (phrase.stem || !isWordChar(folded[at + phrase.text.length])) return true;
  }
  return false;
}

/** Where folded text holds the phrase; a stem's span runs to the end of the word it begins. */
export function find(folded: string, phrase: Phrase): Span[] {
  const out: Span[] = [];
  for (let at = folded.indexOf(phrase.text); at >= 0; at = folded.indexOf(phrase.text, at + 1)) {
    let end = at + phrase.text.length;
    if (phrase.wordy && isWordChar(folded[at - 1])) continue;
    if (phrase.stem) while (isWordChar(folded[end])) end++;
    else if (phrase.wordy && isWordChar(folded[end])) continue;
    out.push({ start: at, end });
  }
  return out;
}

/** Whether folded text holds any of the phrases. */
export function hasAny(folded: string, list: readonly Phrase[]): boolean {
  return list.some((p) => has(folded, p));
}

/** Whether a character is a letter or digit in any script. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** One word or phrase as a regular expression: itself, any run of white space for a space. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** One alternation of words and phrases, longest first so "de la" wins over "de". */
export function anyOf(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}
