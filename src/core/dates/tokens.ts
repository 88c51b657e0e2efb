import { lexiconFrom, type Lexicon, type LexiconData } from "./lexicon";
import shippedLexicon from "./lexicon.json";
import { fold } from "./names";
import { ORDINAL_SUFFIXES, YEAR_SUFFIXES, type WordRole } from "./words";

/*
 * The tokenizer: text → numbers, number groups ("26.11.2026", "10:30"), words and
 * punctuation, each with the roles it can play in a date. The roles come from the data in
 * names.ts and words.ts; the patterns (find-dates.ts, header-date.ts) only see roles.
 *
 * One pass over the text with one regular expression whose branches are single character
 * classes (linear time); Chinese and Japanese runs are cut by longest dictionary match.
 */

/** What a token can be in a date. */
export type Role =
  | WordRole
  | "month"
  | "weekday"
  | "weakMonth"
  | "weakWeekday"
  | "abbr"
  | "en"
  | "zone"
  | "utc"
  | "day"
  | "year"
  | "hour"
  | "ndate"
  | "ntime"
  | ","
  | "."
  | "-"
  | "/"
  | "("
  | ")"
  | "+"
  | ":";

/** A token's roles, each with its value (month number, days ahead…). */
export type Roles = Partial<Record<Role, number>>;

export interface Token {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  kind: "num" | "group" | "word" | "punct";
  /** Words: the folded form (multi-word forms space-separated); punctuation: the character. */
  text: string;
  /** Numbers: the value; groups: how many numbers they join. */
  value: number;
  /** Numbers: how many digits were written ("06" → 2). */
  digits: number;
  /** Groups: the numbers and their digit counts. */
  parts: number[];
  widths: number[];
  roles: Roles;
  /** Whitespace, or a line break, comes before the token. */
  space: boolean;
  newline: boolean;
  /** Words: written with a capital first letter; abbreviations: a dot followed. */
  cap: boolean;
  dot: boolean;
}

/**
 * Numeric date shapes: the digit counts of the parts joined by the separator ("26.11.2026"
 * → "2.2.4", "15.12." → "2.2."). "dmy" and "ymd" give the order; "x" is day and month in an
 * order the reader decides (26/11 or 11/26).
 */
export const NUMERIC_DATES: [RegExp, "dmy" | "ymd" | "x"][] = [
  [/^[12]\.[12]\.[24]$/, "dmy"],
  [/^[12]\.[12]\.$/, "dmy"],
  [/^4([./-])[12]\1[12]$/, "ymd"],
  [/^[12]([/-])[12]\1[24]$/, "x"],
  [/^[12]\/[12]$/, "x"],
];

// ---- the lexicon, read once from lexicon.json (lexicon.ts says why) ----------------------

let lexicon: Lexicon | null = null;

function lex(): Lexicon {
  return (lexicon ??= lexiconFrom(shippedLexicon as LexiconData));
}

// ---- the tokenizer ----------------------------------------------------------------------

const DIGITS = "0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19";
const CJK = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC";
const LETTERS = `(?:[^\\P{L}${CJK}]|\\p{M})+`;
// Whitespace | digits | a Chinese/Japanese run | a word | any other one character.
const TOKEN_RE = new RegExp(`(\\s+)|([${DIGITS}]+)|([${CJK}]+)|(${LETTERS})|([\\s\\S])`, "gu");
const GROUP_NEXT_RE = new RegExp(`([./:,\\-．／：－])([${DIGITS}]+)`, "y");
const SUFFIX_RE = new RegExp(`-?([\\p{L}º°]+)`, "uy");
const WORD_GAP_RE = new RegExp(`[\\s\\-'’.]\\s?(${LETTERS})`, "uy");
const LETTER_OR_DIGIT = new RegExp(`[^\\P{L}${CJK}]|[${DIGITS}]`, "u");
const CN_NUMERALS = "〇零一二两兩三四五六七八九十";
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 两: 2, 兩: 2 };
"一二三四五六七八九".split("").forEach((c, i) => (CN_DIGIT[c] = i + 1));
const PUNCT: Record<string, string> = {
  "，": ",",
  "、": ",",
  "،": ",",
  "。": ".",
  "．": ".",
  "（": "(",
  "）": ")",
  "：": ":",
  "／": "/",
  "－": "-",
  "‐": "-",
  "‑": "-",
  "−": "-",
  "＋": "+",
};
/** The roles of a token that can be nothing in a date. */
export const NO_ROLES: Roles = Object.freeze({});
const PUNCT_ROLES: Record<string, Roles> = {};
for (const ch of ",.-/()+:") PUNCT_ROLES[ch] = Object.freeze({ [ch as Role]: 0 });
const ORDINALS = new Set(ORDINAL_SUFFIXES.map(fold));
const YEAR_ENDS = new Set(YEAR_SUFFIXES.map(fold));
// Arabic writes "and" (و) onto the next word: "وغدا" = "and tomorrow".
const CLITICS = ["و"];

function digitValue(s: string): number {
  let v = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const d = c >= 0xff10 ? c - 0xff10 : c >= 0x6f0 ? c - 0x6f0 : c >= 0x660 ? c - 0x660 : c - 0x30;
    v = v * 10 + d;
  }
  return v;
}

/** Roles of a plain number: what a number this size and width can be in a date. */
function numberRoles(value: number, digits: number, ordinal: boolean, yearEnd: boolean): Roles {
  const r: Roles = {};
  if ((digits <= 2 || ordinal) && value >= 1 && value <= 31) r.day = value;
  if (!ordinal && !yearEnd && digits <= 3 && value >= 1) r.count = value;
  if ((digits === 4 || yearEnd) && value >= 1900 && value <= 2199) r.year = value;
  if (!ordinal && !yearEnd && digits <= 2) r.hour = value;
  return r;
}

function groupRoles(sep: string, widths: number[], trailingDot: boolean): Roles {
  const shape = widths.map((w) => Math.min(w, 9)).join(sep) + (trailingDot ? "." : "");
  const r: Roles = {};
  const i = NUMERIC_DATES.findIndex(([re]) => re.test(shape));
  if (i >= 0) r.ndate = i;
  const time =
    (sep === ":" && widths.length <= 3 && widths.every((w, j) => w <= 2 && (j === 0 || w === 2))) ||
    (sep === "." && !trailingDot && widths.length === 2 && widths[0] <= 2 && widths[1] === 2);
  if (time) r.ntime = widths.length;
  return r;
}

/** A number written right after a letter or another number ("PI2611", "SR-2611", "+86") is a code, not a date. */
function isGlued(text: string, at: number): boolean {
  const prev = text[at - 1] ?? "";
  if (prev === "+" || prev === "#") return true;
  if (LETTER_OR_DIGIT.test(prev)) return true;
  return ".,-/".includes(prev) && prev !== "" && LETTER_OR_DIGIT.test(text[at - 2] ?? "");
}

const NO_PARTS: number[] = [];

function makeToken(
  kind: Token["kind"],
  start: number,
  end: number,
  text: string,
  roles: Roles
): Token {
  return {
    start,
    end,
    kind,
    text,
    value: 0,
    digits: 0,
    parts: NO_PARTS,
    widths: NO_PARTS,
    roles,
    space: false,
    newline: false,
    cap: false,
    dot: false,
  };
}

/** Cuts text into tokens with their date roles. */
export function tokenize(text: string): Token[] {
  const L = lex();
  const out: Token[] = [];
  let space = false;
  let newline = false;
  const push = (t: Token): void => {
    t.space = space || out.length === 0;
    t.newline = newline;
    space = newline = false;
    out.push(t);
  };
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const start = m.index;
    if (m[1] !== undefined) {
      space = true;
      if (/[\n\r]/.test(m[1])) newline = true;
    } else if (m[2] !== undefined) {
      TOKEN_RE.lastIndex = readNumber(text, start, m[2], push);
    } else if (m[3] !== undefined) {
      readCjk(text, start, start + m[3].length, L, push);
    } else if (m[4] !== undefined) {
      TOKEN_RE.lastIndex = readWord(text, start, m[4], L, push);
    } else {
      const ch = PUNCT[m[5]] ?? m[5];
      push(makeToken("punct", start, start + m[5].length, ch, PUNCT_ROLES[ch] ?? NO_ROLES));
    }
  }
  return out;
}

function readNumber(text: string, start: number, first: string, push: (t: Token) => void): number {
  let end = start + first.length;
  const parts = [digitValue(first)];
  const widths = [first.length];
  let sep = "";
  GROUP_NEXT_RE.lastIndex = end;
  let g: RegExpExecArray | null;
  while (parts.length < 6 && (g = GROUP_NEXT_RE.exec(text))) {
    const s = PUNCT[g[1]] ?? g[1];
    if (sep && s !== sep) break; // "12,500.00": stop where the separator changes
    sep = s;
    parts.push(digitValue(g[2]));
    widths.push(g[2].length);
    end = GROUP_NEXT_RE.lastIndex;
  }
  const glued = isGlued(text, start);
  if (parts.length > 1) {
    const trailingDot =
      sep === "." && parts.length === 2 && text[end] === "." && !/\d/.test(text[end + 1] ?? "");
    if (trailingDot) end++;
    const t = makeToken(
      "group",
      start,
      end,
      text.slice(start, end),
      glued ? NO_ROLES : groupRoles(sep, widths, trailingDot)
    );
    t.parts = parts;
    t.widths = widths;
    t.value = parts.length;
    push(t);
    return end;
  }
  // An ordinal or year suffix written onto the number: "6th", "1er", "6-го", "2026г".
  let ordinal = false;
  let yearEnd = false;
  SUFFIX_RE.lastIndex = end;
  const s = SUFFIX_RE.exec(text);
  if (s) {
    const suffix = fold(s[1]);
    if (ORDINALS.has(suffix) && first.length <= 2) ordinal = true;
    else if (YEAR_ENDS.has(suffix) && first.length === 4 && !s[0].startsWith("-")) yearEnd = true;
    if (ordinal || yearEnd) end = SUFFIX_RE.lastIndex;
  }
  const value = parts[0];
  const digits = first.length;
  const roles = glued || digits > 9 ? NO_ROLES : numberRoles(value, digits, ordinal, yearEnd);
  const t = makeToken("num", start, end, text.slice(start, end), roles);
  t.value = value;
  t.digits = digits;
  push(t);
  return end;
}

function readWord(
  text: string,
  start: number,
  raw: string,
  L: Lexicon,
  push: (t: Token) => void
): number {
  let key = fold(raw);
  let end = start + raw.length;
  let roles = L.words.get(key);
  // Multi-word forms: "dentro de", "a. m.", "quinta-feira", "تشرين الثاني".
  const most = L.multi.get(key);
  if (most) {
    let k = key;
    WORD_GAP_RE.lastIndex = end;
    for (let n = 1; n < most; n++) {
      const g = WORD_GAP_RE.exec(text);
      if (!g) break;
      k += " " + fold(g[1]);
      if (L.words.has(k) || L.compounds.has(k)) {
        key = k;
        roles = L.words.get(k);
        end = WORD_GAP_RE.lastIndex;
      }
    }
  }
  if (!roles && raw.length > 3 && CLITICS.includes(raw[0])) roles = L.words.get(fold(raw.slice(1)));
  const expansion = L.compounds.get(key);
  if (expansion) {
    for (const word of expansion)
      push(makeToken("word", start, end, word, L.words.get(word) ?? NO_ROLES));
    return end;
  }
  const t = makeToken("word", start, end, key, roles ?? NO_ROLES);
  t.cap = raw[0] !== raw[0].toLowerCase();
  if (roles?.abbr && text[end] === ".") {
    end++;
    t.end = end;
    t.dot = true;
  }
  push(t);
  return end;
}

function readCjk(text: string, start: number, end: number, L: Lexicon, push: (t: Token) => void) {
  let p = start;
  let junk = -1;
  const flushJunk = (at: number): void => {
    if (junk >= 0) push(makeToken("word", junk, at, text.slice(junk, at), NO_ROLES));
    junk = -1;
  };
  while (p < end) {
    const hit = cjkAt(text, p, end, L);
    if (!hit) {
      if (junk < 0) junk = p;
      p++;
      continue;
    }
    flushJunk(p);
    push(hit);
    p = hit.end;
  }
  flushJunk(end);
}

/** The dictionary word (two characters or more), numeral, or one-character word at p. */
function cjkAt(text: string, p: number, end: number, L: Lexicon): Token | null {
  for (let n = Math.min(L.cjkLongest, end - p); n >= 2; n--) {
    const w = text.slice(p, p + n);
    const roles = L.cjk.get(w);
    if (roles) return makeToken("word", p, p + n, w, roles);
  }
  let q = p;
  while (q < end && q - p < 6 && CN_NUMERALS.includes(text[q])) q++;
  if (q > p) {
    const value = cjkNumber(text.slice(p, q));
    if (value !== null) {
      const digits = text.slice(p, q).includes("十") ? 2 : q - p;
      const t = makeToken("num", p, q, text.slice(p, q), numberRoles(value, digits, false, false));
      t.value = value;
      t.digits = digits;
      return t;
    }
  }
  const roles = L.cjk.get(text[p]);
  return roles ? makeToken("word", p, p + 1, text[p], roles) : null;
}

/** 二十六 → 26, 十一 → 11, 二〇二六 → 2026; null for forms dates do not use. */
function cjkNumber(s: string): number | null {
  const ten = s.indexOf("十");
  if (ten < 0) {
    let v = 0;
    for (const c of s) v = v * 10 + CN_DIGIT[c];
    return v;
  }
  const [tens, ones] = [s.slice(0, ten), s.slice(ten + 1)];
  if (tens.length > 1 || ones.length > 1 || tens === "〇" || ones.includes("十")) return null;
  return (tens ? CN_DIGIT[tens] : 1) * 10 + (ones ? CN_DIGIT[ones] : 0);
}
