/*
 * Tone rules are written once per word, not once per spelling: the text is compared in a
 * folded form (lower case, no accents, Arabic letter variants and vowel marks unified,
 * curly apostrophes straight). Folding changes lengths ("ß" → "ss", a combining accent
 * disappears), so it keeps a map from each folded unit back to the original text: findings
 * must point at the phrase exactly as the rep wrote it.
 *
 * A run of blanks folds to one ("\n" when it holds a line break, as that ends a sentence):
 * a pattern's blank matches any run alike, and a scan that tried every start inside a long
 * run (20,000 spaces in a pasted draft) went over the rest of it from each, quadratically.
 */

/** Text folded for matching, with the way back to the original offsets. */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each unit of `text`, where its source character starts in the original. */
  from: Uint32Array;
  /** For each unit of `text`, where its source character (with any marks after it) ends. */
  to: Uint32Array;
}

// Letters whose folded form is not what NFKD plus lower case gives.
const SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
  ى: "ي",
  ة: "ه",
  ک: "ك",
  ی: "ي",
};
// Apostrophe look-alikes: reps type whatever their keyboard gives.
const APOSTROPHES = new Set(["’", "‘", "ʼ", "´", "`", "′"]);
// Characters that carry nothing for matching: Arabic tatweel, zero-width marks, soft hyphen.
const INVISIBLE = /[\u0640\u00ad\u200b-\u200f\u2060\ufeff]/u;
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\p{Zs}/u;
const BLANK = /\s/u;

const cache = new Map<string, string>();

/** The folded form of one character (code point); "" when it carries nothing. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 65 && code <= 90 ? ch.toLowerCase() : ch;
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out: string;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (MARK.test(ch) || INVISIBLE.test(ch)) out = "";
  else if (SPACE.test(ch)) out = " ";
  else if (LETTER_OR_DIGIT.test(ch)) {
    const lower = ch.toLowerCase();
    out =
      SPECIAL[lower] ??
      lower
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .replace(/[ßæœøłđıىةکی]/gu, (c) => SPECIAL[c] ?? c);
    if (out === "") out = lower;
  } else out = ch;
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/** Fold a text for matching, keeping the map back to its offsets. */
export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let lastStart = -1; // where in `from`/`to` the last kept character begins
  let blank = false; // whether the last unit kept is a blank
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // A surrogate pair is one character; a lone surrogate stays as it is.
    const width =
      code >= 0xd800 && code <= 0xdbff && i + 1 < original.length && isLowSurrogate(original, i + 1)
        ? 2
        : 1;
    const ch = original.slice(i, i + width);
    const folded = width === 2 || isLoneSurrogate(code) ? ch : foldChar(ch);
    const isBlank = folded.length === 1 && BLANK.test(folded);
    if (folded === "") {
      // A mark belongs to the letter before it: "é" written as "e" + accent is one letter.
      for (let k = Math.max(lastStart, 0); k < to.length; k++) to[k] = i + width;
    } else if (isBlank && blank) {
      // One more blank of a run: the run's one unit reaches over it.
      to[to.length - 1] = i + width;
      if (folded === "\n") parts[parts.length - 1] = "\n";
    } else {
      lastStart = to.length;
      for (let k = 0; k < folded.length; k++) {
        from.push(i);
        to.push(i + width);
      }
      parts.push(folded);
    }
    if (folded !== "") blank = isBlank;
    i += width;
  }
  return { text: parts.join(""), from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
