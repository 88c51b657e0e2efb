import type { BuyerLanguage } from "../text/language";

/**
 * Patterns written as data, one list per language ("all" for script-independent ones).
 * A pattern is regex source with shorthands: " " is a short run of blanks, " ?" an optional one,
 * "~" up to four words, "…" up to sixteen characters (for scripts without spaces).
 * Where two patterns match at one place the one listed first wins, so list longer ones first.
 * Every quantifier must be bounded: these run on hostile email text, and bounded
 * quantifiers keep each match attempt constant-time, so a whole scan stays linear.
 */
export type PatternTable = Readonly<Partial<Record<BuyerLanguage | "all", readonly string[]>>>;

/** One match of a pattern in a text. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

const SHORTHANDS: Readonly<Record<string, string>> = {
  " ?": "\\s{0,3}",
  " ": "\\s{1,3}",
  "~": "(?:[^\\s!?;。！？]{1,30}\\s{1,3}){0,4}",
  "…": "[^\\n!?;。！？]{0,16}",
};

/** The regex source of one pattern written as data. */
export function patternSource(pattern: string): string {
  return pattern.replace(/ \?|[ ~…]/g, (c) => SHORTHANDS[c] ?? c);
}

/** Every pattern of a table as one global, case-insensitive, Unicode regex. */
export function compileTable(table: PatternTable): RegExp {
  const sources = Object.values(table).flatMap((list) => (list ?? []).map(patternSource));
  return new RegExp(sources.map((s) => `(?:${s})`).join("|"), "giu");
}

const CLOSED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

/** A letter or digit of a script that separates words with spaces (not Chinese, Japanese, Korean). */
export function isWordChar(c: string): boolean {
  return c !== "" && WORDISH.test(c) && !CLOSED_SCRIPT.test(c);
}

/** Every match of `re` (global) that starts and ends on a word boundary, left to right. */
export function scan(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const cutIn =
      (isWordChar(m[0].charAt(0)) && isWordChar(text.charAt(start - 1))) ||
      (isWordChar(m[0].charAt(m[0].length - 1)) && isWordChar(text.charAt(end)));
    if (m[0] === "" || cutIn) {
      re.lastIndex = start + 1;
      continue;
    }
    hits.push({ start, end, text: m[0] });
  }
  return hits;
}

/** After a word that ends in a letter of a spaced script: no further letter ("PI" is not the start of "PIN"). */
const WORD_END = "(?![\\p{L}\\p{M}])";

/**
 * Regex source matching any of `words` literally, longest first: "-" inside a word also
 * matches a blank or nothing, " " a blank or a hyphen; a word ending in a letter of a
 * spaced script must not run on into another letter ("PI" is not the start of "PIN").
 * Neighbours that need that check share one lookahead, `(?:a|b)(?!…)|c`, which tries the
 * words in the same order as `a(?!…)|b(?!…)|c`: a Unicode property lookahead per word made
 * V8 spend ~100 ms compiling each table's expression.
 */
export function literalAlternation(words: readonly string[]): string {
  const runs: Array<{ bounded: boolean; sources: string[] }> = [];
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const source = w
      .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
      .replace(/-/g, "[\\s-]?")
      .replace(/ /g, "[\\s-]{1,2}");
    const bounded = isWordChar(w.charAt(w.length - 1));
    const last = runs[runs.length - 1];
    if (last && last.bounded === bounded) last.sources.push(source);
    else runs.push({ bounded, sources: [source] });
  }
  return runs
    .map(({ bounded, sources }) =>
      bounded ? `(?:${sources.join("|")})${WORD_END}` : sources.join("|")
    )
    .join("|");
}

const SENTENCE_MARKS = new Set("\n!?;。！？；");
const SHORT_WORD_DOT = /(?:^|[^\p{L}])\p{L}{1,3}$/u;

/** Start and end of the sentence around [start, end), looking at most `reach` characters each way. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = 240
): [number, number] {
  let s = start;
  const sMin = Math.max(0, start - reach);
  while (s > sMin && !endsSentence(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + reach);
  while (e < eMax && !endsSentence(text, e)) e++;
  return [s, e];
}

/** A sentence ends at a mark, or at "." before a blank unless it closes an abbreviation ("No.", "Nr.", "Co."). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (SENTENCE_MARKS.has(c)) return true;
  if (c !== "." || !/\s/.test(text.charAt(i + 1))) return false;
  return !SHORT_WORD_DOT.test(text.slice(Math.max(0, i - 4), i));
}

const DIGIT_BASES = [0xff10, 0x0660, 0x06f0]; // fullwidth, Arabic-Indic, Eastern Arabic-Indic

/** The text with fullwidth and Arabic-Indic digits (and Arabic separators) as ASCII, offsets unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９٠-٩۰-۹٫٬]/g, (c) => {
    if (c === "٫") return ".";
    if (c === "٬") return ",";
    const code = c.charCodeAt(0);
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
}
