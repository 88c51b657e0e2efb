import { fold } from "../dates";

/** A phrase folded for matching (lower case, no accents), and whether it must stand as whole words. */
export interface Phrase {
  text: string;
  /** Latin and Cyrillic phrases match whole words; CJK, Arabic and phrases starting with punctuation match anywhere. */
  wordy: boolean;
}

const WORDY =
  /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}\s/'’.-]*$/u;
const ASCII_WORDY = /^[a-z][a-z0-9\s/'.-]*$/i;
const LETTER = /[\p{L}\p{N}]/u;

/** A word list ready for `has` / `hasAny`. */
export function phrases(words: readonly string[]): Phrase[] {
  return words.map((w) => fold(w)).map((text) => ({ text, wordy: isWordy(text) }));
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
    if (!LETTER.test(folded[at - 1] ?? " ") && !LETTER.test(folded[at + phrase.text.length] ?? " "))
      return true;
  }
  return false;
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
