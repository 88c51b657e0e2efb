import { foldChar } from "./fold";

/*
 * Tone patterns are regular expressions written for people, matched against folded text
 * (fold.ts): write them in lower case, with or without accents ("acción" also matches
 * "accion"). A few shorthands keep them short and safe:
 *
 *   " "   a blank (spaces or line breaks)
 *   " ?"  an optional blank
 *   "'"   an optional apostrophe ("don't" also matches "dont")
 *   "*"   the rest of a word, for endings ("суд*", "übergeb*")
 *   "~"   up to four more words inside the sentence ("must~ asap": "must pay it asap")
 *   "~~"  up to eight more words, for a verb that comes last ("Sie müssen~~ bezahlen": German
 *         puts the object and the time between the two)
 *   "…"   up to fifteen characters inside a clause, for scripts without spaces ("必须…付款")
 *
 * The checker runs over whole drafts, so a match attempt must stay cheap: gaps of words and
 * characters are bounded and never cross a sentence, and write no "+" or open "{n,}" of
 * your own. Blanks are the one open run, and they only ever sit between two words, so no
 * two quantifiers compete for the same characters and a scan stays linear. (A bound on
 * blanks would cost more than it saves: the engine unrolls bounded repeats, and with
 * hundreds of patterns that made the first check several times slower.)
 * Latin, Cyrillic and Greek phrases must end at the end of a word ("pay" is not "payment");
 * the checker also makes them start at one. Chinese and Arabic have no such boundary (Arabic
 * joins "و", "ب", "ال" to the word), so their patterns match inside longer words and must be
 * long enough to be unambiguous.
 */

// Letters of the spaced scripts as they appear in folded text (lower case, mostly unaccented).
// A plain range rather than \p{…} classes: hundreds of patterns are compiled, and Unicode
// property classes make each compilation markedly slower.
const SPACED_LETTER = "[a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]";
const SPACED_CHAR = "[0-9a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]";
const WORD = "(?:[^\\s.,!?;:،؛؟。！？，；：]|[.,](?=\\S))";
const SHORTHANDS: Readonly<Record<string, string>> = {
  " ?": "\\s*",
  " ": "\\s+",
  "'": "'?",
  "*": `${SPACED_LETTER}{0,20}`,
  "~": `(?:\\s+${WORD}{1,25}){0,4}`,
  "~~": `(?:\\s+${WORD}{1,25}){0,8}`,
  "…": "[^\\n.!?;。！？；，,،؛؟]{0,15}",
};

/** A letter, digit or mark of a script that separates words with spaces. */
export const SPACED_WORD_CHAR = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{N}]/u;
const END = `(?:(?<!${SPACED_CHAR})|(?!${SPACED_CHAR}))`;

/** The regex source of a pattern written as data (shorthands expanded, letters folded). */
export function patternSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      // An escape is copied as it is: "\p{L}", "\?", "\d".
      const braced = /^\\[pPu]\{[^}]*\}/.exec(pattern.slice(i));
      const escape = braced ? braced[0] : pattern.slice(i, i + 2);
      out += escape;
      i += escape.length - 1;
    } else if (c === " " && pattern[i + 1] === "?") {
      out += SHORTHANDS[" ?"];
      i++;
    } else if (c === "~" && pattern[i + 1] === "~") {
      out += SHORTHANDS["~~"];
      i++;
    } else if (c in SHORTHANDS) out += SHORTHANDS[c];
    else if (c.charCodeAt(0) < 0x80) out += c;
    else out += foldChar(c);
  }
  return out;
}

/** One global regex for a list of patterns; a match must end at a word's end. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  // One end check after the alternation: the engine still backtracks into the alternatives.
  const source = patterns.map((p) => `(?:${patternSource(p)})`).join("|");
  return new RegExp(`(?:${source})${END}`, "gu");
}

/** A plain (non-global) regex from one pattern, for the context checks around a match. */
export function compileContext(pattern: string): RegExp {
  return new RegExp(patternSource(pattern), "u");
}
