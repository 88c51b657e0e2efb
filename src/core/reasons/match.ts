import { fold } from "../dates";
import { isWordChar, isWordy } from "../text/phrases";
import type { CuePattern } from "./cues/types";
import { GroupTable, parseParts, type Stored } from "./groups";

// The one matcher behind the reason cues and their grammar: it compiles the
// pattern shorthand of cues/types.ts once, indexes every pattern by the first
// two letters of its first part, and finds all of them in one pass over a
// folded sentence. Plain string comparisons and small anchored regular
// expressions only, so a sentence costs time in proportion to its length.

/** A sentence folded for matching, and where each of its characters came from. */
export interface FoldedText {
  text: string;
  /** For each folded character, the offset of the source character it came from, and the end of that character. */
  from: number[];
  to: number[];
}

/** One pattern found in a folded text. */
export interface Hit<T> {
  tag: T;
  /** Folded offsets: from the start of the first part to the end of the last. */
  start: number;
  end: number;
  /** Each part's [start, end), in order. */
  parts: Array<[number, number]>;
  /** How specific the hit is: the letters its parts matched, and a bonus for each part past the first. */
  size: number;
}

type Boundary = "word" | "arabic" | "none";

interface Alt {
  literal: string;
  /** For alternatives with a `*`, the literal pieces around the stars ("оплат*" → ["оплат", ""]); null for plain literals. */
  pieces: string[] | null;
  boundary: Boundary;
  /** Whether the last word may run on (it ends in `*`). */
  open: boolean;
  /** The group that must follow the literal at once ("found" → {other supplier|…}), if any. */
  next: number | null;
}

/**
 * Values by the first two characters of the literal they start with (one for one-letter
 * literals), as a number: those that must start a word, and the rest. Longest literal first.
 * Given the text and the place, an index may leave out values whose literal is not there.
 */
interface Index<V> {
  word(key: number, text: string, at: number): readonly V[] | undefined;
  free(key: number, text: string, at: number): readonly V[] | undefined;
}

interface Part {
  index: Index<Alt>;
  /** Han parts follow closely; words may have a few others in between. */
  gap: number;
}

interface Compiled<T> {
  id: number;
  tag: T;
  /** The parts after the first, compiled when the first part is found. */
  rest(): Part[];
}

interface Entry<T> {
  pattern: Compiled<T>;
  alt: Alt;
}

/** A set of patterns ready for `findAll`. */
export interface Matcher<T> {
  first: Index<Entry<T>>;
  size: number;
  /** A group's alternatives, by number. */
  group: Groups;
}

type Groups = (n: number) => readonly Alt[];

/**
 * A matcher's index as plain data (JSON): what `indexPatterns` makes and `matcherFrom` reads.
 * Compiling tens of thousands of alternatives costs more than a pane can spend at start-up,
 * so the reason cues ship indexed (cue-index.json) and each bucket is read on first use.
 */
export interface MatcherData<T> {
  /** The distinct tags; patterns refer to them by position. */
  tags: T[];
  /**
   * Per pattern: its tag's position, then each part after the first as its alternatives,
   * encoded as the first part's are (boundary letter, folded text), joined by "|".
   */
  patterns: Array<[number, ...string[]]>;
  /**
   * First-part alternatives by index key, longest first, one per line: the pattern's number,
   * a comma, the boundary letter and the folded alternative ("12,wour customer"). One string
   * per key: the index parses in a fraction of the time arrays of pairs take. An alternative
   * that leads into a group ends in its number ("12,wfound{3}").
   */
  word: Record<string, string>;
  free: Record<string, string>;
  /**
   * The shorthand's groups (groups.ts), each stored once: its alternatives as folded text,
   * each ending in the number of the group that follows it, if any (" a{4}"), joined by "|".
   */
  groups: string[];
}

/** How far (in folded characters) the next part may start after the previous one ends. */
const WORD_GAP = 40;
const HAN_GAP = 12;
/** Each part past the first makes a hit more specific than its letters alone say ("pound … lost" over "egyptian pound"). */
const PART_BONUS = 8;

/** Prefixes that cling to an Arabic word: and, so, with, for, like, the, and combinations. */
const CLITICS = new Set([
  "",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "ال",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "ول",
  "وب",
  "فب",
  "فل",
  "وبال",
  "ولل",
]);

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Lower case, no accents, one space for any run of white space, straight apostrophes; with the offsets back. */
export function foldWithMap(source: string): FoldedText {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  // Whether `text` ends in a space, kept here: text.endsWith() flattens the string being
  // built on every call, which made a long sentence cost time in the square of its length.
  let space = false;
  for (const ch of source) {
    const next = at + ch.length;
    const code = ch.charCodeAt(0);
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(ch))) {
      if (!space) {
        text += " ";
        from.push(at);
        to.push(next);
        space = true;
      }
    } else {
      const folded = code < 128 ? ch.toLowerCase() : fold(ch);
      for (let i = 0; i < folded.length; i++) {
        from.push(at);
        to.push(next);
      }
      text += folded;
      if (folded) space = folded.endsWith(" ");
    }
    at = next;
  }
  return { text, from, to };
}

/** The value made for a key, made once: alternatives and parts recur across patterns. */
function once<V>(made: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make(key);
    made.set(key, value);
  }
  return value;
}

/** How an alternative is stored in MatcherData: a letter for its boundary, then its folded text. */
const BOUNDARY_LETTER: Record<Boundary, string> = { word: "w", arabic: "a", none: "n" };
const LETTER_BOUNDARY: Record<string, Boundary> = { w: "word", a: "arabic", n: "none" };

/** Where a folded phrase may stand: Latin and Cyrillic as whole words, Arabic after a clitic, the rest anywhere. */
function boundaryOf(phrase: string): Boundary {
  const bare = phrase.replace(/\*/g, "");
  return isWordy(bare) ? "word" : ARABIC.test(bare) ? "arabic" : "none";
}

/**
 * An alternative as written in a pattern, folded, each with its boundary letter in front:
 * one code, or one for each alternative of a group it leads into where the phrases it stands
 * for would not share one boundary (a cue of words, and one that starts with "%").
 */
function encodeAlt(raw: string, groups: GroupTable): string[] {
  const codes: string[] = [];
  const encode = (alt: Stored): void => {
    if (!alt.text && alt.next === null) return;
    const boundaries = new Set(groups.expansions(alt).map(boundaryOf));
    if (boundaries.size === 1 || alt.next === null) {
      const ref = alt.next === null ? "" : `{${alt.next}}`;
      codes.push(BOUNDARY_LETTER[[...boundaries][0]] + alt.text + ref);
    } else {
      for (const then of groups.group(alt.next)) {
        encode({ text: `${alt.text}${then.text}`.trimStart(), next: then.next });
      }
    }
  };
  for (const alt of groups.store(raw, 2)) encode(alt);
  return codes;
}

// The same alternative recurs across patterns ("our customer" in dozens of them): decode once.
const decodedAlts = new Map<string, Alt>();
const decodeAlt = (code: string): Alt => once(decodedAlts, code, decodeNewAlt);

/**
 * An encoded alternative's literal: its folded text after the boundary letter, up to a `*`
 * or its group. `from` is where the code starts, in a stored line that puts the pattern's
 * number before it.
 */
function literalOf(code: string, from = 0): string {
  let end = from + 1;
  while (end < code.length && code[end] !== "*" && code[end] !== "{") end++;
  return code.slice(from + 1, end);
}

function decodeNewAlt(code: string): Alt {
  const brace = code.indexOf("{");
  const clean = code.slice(1, brace < 0 ? code.length : brace);
  const literal = literalOf(code);
  return {
    literal,
    // Shorter than the whole text only where a `*` cut it: then the text has pieces.
    pieces: literal.length < clean.length ? clean.split("*") : null,
    boundary: LETTER_BOUNDARY[code[0]],
    open: clean.endsWith("*"),
    next: brace < 0 ? null : Number(code.slice(brace + 1, -1)),
  };
}

/** The index key of the one or two characters at `at`. */
function keyAt(text: string, at: number, n: 1 | 2): number {
  return n === 1 ? text.charCodeAt(at) : text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function keyOf(alt: Alt): number {
  return keyAt(alt.literal, 0, alt.literal.length >= 2 ? 2 : 1);
}

/** Whether the character at `i` is a letter or digit (ASCII without a regular expression). */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isWordChar(text[i]);
}

const DIGIT = /\p{Nd}/u;

/** Whether the character at `i` is a digit, in any script. */
function digitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(text[i]);
}

/**
 * Calls `visit` with each entry that may start at `at`, longest literal first,
 * until it returns true. Entries that must start a word are skipped inside words.
 */
function scan<V>(index: Index<V>, text: string, at: number, visit: (v: V) => boolean): void {
  const inWord = letterAt(text, at - 1);
  for (const n of at + 1 < text.length ? ([2, 1] as const) : ([1] as const)) {
    const key = keyAt(text, at, n);
    if (!inWord) {
      const list = index.word(key, text, at);
      if (list) for (const v of list) if (visit(v)) return;
    }
    const list = index.free(key, text, at);
    if (list) for (const v of list) if (visit(v)) return;
  }
}

/** Longest literal first ("our customers" before "our customer"); a stable sort keeps ties in pattern order. */
function byLength<V>(alt: (v: V) => Alt): (a: V, b: V) => number {
  return (a, b) => alt(b).literal.length - alt(a).literal.length;
}

// Parts recur too (a list of who the customer is, in many patterns): build each index once.
const compiledParts = new Map<string, Part>();
const compilePart = (encoded: string): Part => once(compiledParts, encoded, compileNewPart);

/** A later part's alternatives encoded as MatcherData keeps them, so a pane need not fold them. */
function encodePart(alternatives: string[], groups: GroupTable): string {
  return alternatives.flatMap((raw) => encodeAlt(raw, groups)).join("|");
}

function compileNewPart(encoded: string): Part {
  const word = new Map<number, Alt[]>();
  const free = new Map<number, Alt[]>();
  let han = false;
  for (const code of encoded.split("|")) {
    if (!code) continue;
    const alt = decodeAlt(code);
    han ||= HAN.test(alt.literal);
    const map = alt.boundary === "word" ? word : free;
    const key = keyOf(alt);
    const list = map.get(key);
    if (list) list.push(alt);
    else map.set(key, [alt]);
  }
  for (const map of [word, free]) for (const list of map.values()) list.sort(byLength((a) => a));
  return {
    index: { word: (k) => word.get(k), free: (k) => free.get(k) },
    gap: han ? HAN_GAP : WORD_GAP,
  };
}

/** Index tagged patterns as plain data: each first-part alternative folded and filed under its key. */
export function indexPatterns<T>(
  patterns: ReadonlyArray<{ pattern: CuePattern; tag: T }>
): MatcherData<T> {
  const data: MatcherData<T> = { tags: [], patterns: [], word: {}, free: {}, groups: [] };
  const groups = new GroupTable();
  const buckets = {
    word: new Map<number, Array<[number, string]>>(),
    free: new Map<number, Array<[number, string]>>(),
  };
  const tagAt = new Map<string, number>();
  patterns.forEach(({ pattern, tag }, id) => {
    const [first, ...rest] = parseParts(pattern);
    const tagKey = JSON.stringify(tag);
    if (!tagAt.has(tagKey)) tagAt.set(tagKey, data.tags.push(tag) - 1);
    data.patterns.push([tagAt.get(tagKey)!, ...rest.map((part) => encodePart(part, groups))]);
    for (const code of first.flatMap((raw) => encodeAlt(raw, groups))) {
      const alt = decodeAlt(code);
      const bucket = alt.boundary === "word" ? buckets.word : buckets.free;
      const key = keyOf(alt);
      const list = bucket.get(key);
      if (list) list.push([id, code]);
      else bucket.set(key, [[id, code]]);
    }
  });
  for (const kind of ["word", "free"] as const) {
    for (const [key, list] of buckets[kind]) {
      list.sort(byLength(([, code]) => decodeAlt(code)));
      data[kind][key] = list.map(([id, code]) => `${id},${code}`).join("\n");
    }
  }
  data.groups = groups.codes;
  return data;
}

/** A matcher over indexed patterns; each bucket and each pattern's later parts are read on first use. */
export function matcherFrom<T>(data: MatcherData<T>): Matcher<T> {
  const patterns: Array<Compiled<T> | undefined> = [];
  const pattern = (id: number): Compiled<T> => {
    let made = patterns[id];
    if (!made) {
      const [tag, ...rest] = data.patterns[id];
      let parts: Part[] | undefined;
      made = { id, tag: data.tags[tag], rest: () => (parts ??= rest.map(compilePart)) };
      patterns[id] = made;
    }
    return made;
  };
  // A bucket is cut into lines and their literals on first use, and a line is decoded only
  // once its literal is found where the text is scanned: most lines never are. With the later
  // parts shipped folded, a first pass over the reasons' first development set (`npm run
  // bench`) takes 0.58 ms per reply, where decoding whole buckets took 0.77.
  const lazy = (bucket: MatcherData<T>["word"]) => {
    type Read = BucketLines & { entries: Array<Entry<T>> };
    const read = new Map<number, Read | null>();
    return (key: number, text: string, at: number) => {
      let got = read.get(key);
      if (got === undefined) {
        const stored = bucket[key];
        got = stored === undefined ? null : { ...bucketLines(stored), entries: [] };
        read.set(key, got);
      }
      if (got === null) return undefined;
      const { lines, literals, entries } = got;
      let found: Array<Entry<T>> | undefined;
      for (let i = 0; i < lines.length; i++) {
        if (text.startsWith(literals[i], at)) {
          (found ??= []).push((entries[i] ??= decodeLine(lines[i])));
        }
      }
      return found;
    };
  };
  /** A stored line ("12,wour customer"): its pattern, and the alternative it stands for. */
  const decodeLine = (line: string): Entry<T> => {
    const comma = line.indexOf(",");
    return {
      pattern: pattern(Number(line.slice(0, comma))),
      alt: decodeAlt(line.slice(comma + 1)),
    };
  };
  // A group's alternatives are decoded when a phrase that leads into it is first found. They
  // are stored without a boundary letter: the phrase's boundaries are its first alternative's.
  const groups: Alt[][] = [];
  const group = (n: number) =>
    (groups[n] ??= data.groups[n].split("|").map((text) => decodeAlt(`n${text}`)));
  return {
    first: { word: lazy(data.word), free: lazy(data.free) },
    size: data.patterns.length,
    group,
  };
}

/** Compile tagged patterns into one matcher. */
export function compile<T>(patterns: ReadonlyArray<{ pattern: CuePattern; tag: T }>): Matcher<T> {
  return matcherFrom(indexPatterns(patterns));
}

interface BucketLines {
  lines: string[];
  /** Each line's literal: its folded alternative up to a `*` (what `matchAt` checks first). */
  literals: string[];
}

/** A stored bucket's lines ("12,wour customer", "40,wоплат*") and the literal each starts with. */
function bucketLines(stored: string): BucketLines {
  const lines = stored.split("\n");
  const literals = lines.map((line) => literalOf(line, line.indexOf(",") + 1));
  return { lines, literals };
}

/** Where an alternative's own text matching at `at` ends, or -1 (its group aside). */
function textAt(text: string, at: number, alt: Alt): number {
  if (alt.pieces !== null) return piecesAt(text, at, alt.pieces, 0);
  return text.startsWith(alt.literal, at) ? at + alt.literal.length : -1;
}

/**
 * Every place an alternative matching at `at` may end, with its group and theirs (a
 * group's alternatives follow at once), each with whether its last word may run on.
 */
function endsAt(
  text: string,
  at: number,
  alt: Alt,
  group: Groups,
  out: Array<[number, boolean]>
): void {
  const end = textAt(text, at, alt);
  if (end < 0) return;
  if (alt.next === null) out.push([end, alt.open]);
  else for (const then of group(alt.next)) endsAt(text, end, then, group, out);
}

/** Where an alternative matching at `at` ends (the longest way, where its group gives several), or -1. */
function matchAt(text: string, at: number, alt: Alt, group: Groups): number {
  if (alt.boundary === "word" && letterAt(text, at - 1)) return -1;
  if (alt.boundary === "arabic" && !cliticsOnly(text, at)) return -1;
  // A number in a cue is a whole number wherever the cue may stand: "1688" (the marketplace)
  // is not in "carton 11688" or "16880", and "30 e 60" not in "130 e 600".
  if (digitAt(text, at) && digitAt(text, at - 1)) return -1;
  // Most alternatives lead into no group: one end, found without gathering them.
  if (alt.next === null) {
    const end = textAt(text, at, alt);
    return end >= 0 && fitsAt(text, end, alt.boundary, alt.open, alt.literal.length) ? end : -1;
  }
  const ends: Array<[number, boolean]> = [];
  endsAt(text, at, alt, group, ends);
  let best = -1;
  for (const [end, open] of ends) {
    if (end > best && fitsAt(text, end, alt.boundary, open, end - at)) best = end;
  }
  return best;
}

/** Whether a phrase of `length` folded characters may end at `end`. */
function fitsAt(text: string, end: number, boundary: Boundary, open: boolean, length: number) {
  if (boundary === "word" && !open && letterAt(text, end)) return false;
  if (digitAt(text, end - 1) && digitAt(text, end)) return false;
  // Arabic words take suffixes (إجازتي), but its two-letter particles (لا، لم، بل) stand alone.
  return !(boundary === "arabic" && length <= 2 && letterAt(text, end));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where `pieces[i…]` joined by runs of letters and digits match at `at`, or -1: each run as
 * long as the rest allows ("оплат*" takes the whole word, as `оплат[\p{L}\p{N}]*` would).
 */
function piecesAt(text: string, at: number, pieces: readonly string[], i: number): number {
  if (!text.startsWith(pieces[i], at)) return -1;
  const from = at + pieces[i].length;
  if (i === pieces.length - 1) return from;
  const ends = [from];
  for (let p = from; p < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(p)!);
    if (!LETTER_OR_DIGIT.test(ch)) break;
    p += ch.length;
    ends.push(p);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = piecesAt(text, ends[k], pieces, i + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** Whether the letters before `at` in its word are only clitics ("وال" in "والعيد"). */
function cliticsOnly(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start <= 4 && isWordChar(text[start - 1])) start--;
  return CLITICS.has(text.slice(start, at));
}

/** The first place at or after `from` (and at most `gap` later) where a part matches. */
function findPart(text: string, from: number, part: Part, group: Groups): [number, number] | null {
  const last = Math.min(text.length - 1, from + part.gap);
  for (let at = from; at <= last; at++) {
    let end = -1;
    scan(part.index, text, at, (alt) => {
      end = matchAt(text, at, alt, group);
      return end > at;
    });
    if (end > at) return [at, end];
  }
  return null;
}

/** Every place a pattern of the matcher occurs in folded text (at most one hit per pattern and start). */
export function findAll<T>(matcher: Matcher<T>, text: string): Array<Hit<T>> {
  const hits: Array<Hit<T>> = [];
  // Where each pattern last matched: one hit per pattern and start, its longest alternative.
  const matchedAt = new Int32Array(matcher.size).fill(-1);
  for (let at = 0; at < text.length; at++) {
    scan(matcher.first, text, at, ({ pattern, alt }) => {
      if (matchedAt[pattern.id] === at) return false;
      const end = matchAt(text, at, alt, matcher.group);
      if (end <= at) return false;
      const parts: Array<[number, number]> = [[at, end]];
      for (const part of pattern.rest()) {
        const found = findPart(text, parts[parts.length - 1][1], part, matcher.group);
        if (!found) return false;
        parts.push(found);
      }
      matchedAt[pattern.id] = at;
      hits.push({
        tag: pattern.tag,
        start: at,
        end: parts[parts.length - 1][1],
        parts,
        size: parts.reduce((n, [s, e]) => n + e - s, 0) + PART_BONUS * (parts.length - 1),
      });
      return false;
    });
  }
  return hits;
}
