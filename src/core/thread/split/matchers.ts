import {
  FOOTER_DEVICES,
  FOOTER_FILLERS,
  FOOTER_PREFIXES,
  HEADER_LABELS,
  SEPARATOR_PHRASES,
  VALEDICTIONS,
  WROTE_VERBS,
  type HeaderField,
} from "./patterns";
import { anyOf } from "../../text/phrases";

/**
 * The patterns of patterns.ts turned into the small tests the splitter asks of
 * a line. Word lists are indexed by their first two letters (or, for verbs,
 * their last two) and matched with plain string comparisons on the lower-cased
 * line: no large expression to compile, and a line is compared only with the
 * few words it could start (or end) with. The few expressions left are small,
 * anchored and free of nested quantifiers, so hostile text cannot make them
 * backtrack; callers hand in bounded slices of a line.
 */

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000;
}

/** Where `word` ends if it stands in `text` at `at` (a space in the word matches any run of spaces), else -1. */
function wordAt(text: string, at: number, word: string): number {
  let i = at;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    if (w === 32) {
      if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (text.charCodeAt(i++) !== w) return -1;
  }
  return i;
}

/** Where `word` starts if `text` ends with it at `end` (spaces as in wordAt), else -1. */
function wordBefore(text: string, end: number, word: string): number {
  let i = end;
  for (let k = word.length - 1; k >= 0; k--) {
    const w = word.charCodeAt(k);
    if (w === 32) {
      if (i <= 0 || !isSpace(text.charCodeAt(i - 1))) return -1;
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    } else if (text.charCodeAt(--i) !== w) return -1;
  }
  return i;
}

/** A character code lower-cased (ASCII by arithmetic, the rest through the engine). */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * A numeric key for one or two characters, so looking a group up allocates
 * nothing. Fifteen bits each keep it a small integer; the rare collision only
 * costs a comparison, since every candidate word is checked in full.
 */
function codeKey(a: number, b: number): number {
  return ((a & 0x7fff) << 15) | (b & 0x7fff);
}

/**
 * Lower-cased words grouped by their first two characters (or, with `fromEnd`,
 * their last two), longest first within a group.
 */
class WordIndex<T> {
  private readonly groups = new Map<number, Array<{ word: string; tag: T }>>();

  constructor(
    entries: ReadonlyArray<{ word: string; tag: T }>,
    private readonly fromEnd = false
  ) {
    for (const { word, tag } of entries) {
      const lowered = word.toLowerCase();
      const k = fromEnd
        ? codeKey(
            lowered.charCodeAt(lowered.length - 2) || 0,
            lowered.charCodeAt(lowered.length - 1)
          )
        : codeKey(lowered.charCodeAt(0), lowered.length > 1 ? lowered.charCodeAt(1) : 0);
      const list = this.groups.get(k) ?? [];
      list.push({ word: lowered, tag });
      this.groups.set(k, list);
    }
    for (const list of this.groups.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** Whether a word could start at `at` in `text` (any case): a cheap test before lower-casing. */
  mayStartAt(text: string, at: number): boolean {
    const a = lowerCode(text.charCodeAt(at));
    return (
      this.groups.has(codeKey(a, lowerCode(text.charCodeAt(at + 1)))) ||
      this.groups.has(codeKey(a, 0))
    );
  }

  /** Whether a word could end at `end` in `text` (any case). */
  mayEndAt(text: string, end: number): boolean {
    return (
      end >= 2 &&
      this.groups.has(
        codeKey(lowerCode(text.charCodeAt(end - 2)), lowerCode(text.charCodeAt(end - 1)))
      )
    );
  }

  /** The longest word standing at `at` in the lower-cased `text`, with where it ends. */
  prefixAt(text: string, at: number): { tag: T; end: number } | null {
    const a = text.charCodeAt(at);
    return (
      this.prefixIn(this.groups.get(codeKey(a, text.charCodeAt(at + 1) || 0)), text, at) ??
      this.prefixIn(this.groups.get(codeKey(a, 0)), text, at)
    );
  }

  private prefixIn(
    group: Array<{ word: string; tag: T }> | undefined,
    text: string,
    at: number
  ): { tag: T; end: number } | null {
    if (!group) return null;
    for (const entry of group) {
      const end = wordAt(text, at, entry.word);
      if (end >= 0) return { tag: entry.tag, end };
    }
    return null;
  }

  /** The longest word ending at `end` in the lower-cased `text`, with where it starts. */
  suffixBefore(text: string, end: number): { tag: T; start: number } | null {
    const group =
      end >= 2
        ? this.groups.get(codeKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)))
        : undefined;
    for (const entry of group ?? []) {
      const start = wordBefore(text, end, entry.word);
      if (start >= 0) return { tag: entry.tag, start };
    }
    return null;
  }
}

const words = <T>(list: readonly string[], tag: T) => list.map((word) => ({ word, tag }));

/**
 * The index in `original` that corresponds to `index` in its lower-cased form
 * (the same, except after letters that lower-case to two, such as "İ").
 */
function originalIndex(original: string, lowered: string, index: number): number {
  if (original.length === lowered.length) return index;
  let o = 0;
  let l = 0;
  while (l < index && o < original.length) l += original[o++].toLowerCase().length;
  return o;
}

/** The first index at or after `i` that is not white space nor one of `skip`. */
function skipping(text: string, i: number, skip: string): number {
  while (i < text.length && (isSpace(text.charCodeAt(i)) || skip.indexOf(text[i]) >= 0)) i++;
  return i;
}

const FIELDS = Object.keys(HEADER_LABELS) as HeaderField[];
const LABELS = new WordIndex(FIELDS.flatMap((field) => words(HEADER_LABELS[field], field)));

/** A header line ("From: …", "*Sent:* …", "Objet : …"): its field and where the value starts. */
export function headerField(line: string): { field: HeaderField; valueStart: number } | null {
  // Labels are short: only a colon near the start can close one.
  const head = line.length > 48 ? line.slice(0, 48) : line;
  if (head.indexOf(":") < 0 && head.indexOf("：") < 0) return null;
  if (!LABELS.mayStartAt(head, skipping(head, 0, "*_"))) return null;
  const lowered = head.toLowerCase();
  const hit = LABELS.prefixAt(lowered, skipping(lowered, 0, "*_"));
  if (!hit) return null;
  const colon = skipping(lowered, hit.end, "*_");
  const c = lowered.charCodeAt(colon);
  if (c !== 58 && c !== 0xff1a) return null;
  return { field: hit.tag, valueStart: originalIndex(head, lowered, colon) + 1 };
}

/** Header labels glued inside one line, as Yahoo writes a forward header ("Od: A <a@b>Do: …Temat: …"). */
const INLINE_LABEL = new RegExp(
  `(?:${FIELDS.map((f) => `(?<${f}>${anyOf(HEADER_LABELS[f].filter((w) => w.length > 1))})`).join("|")})\\s?[:：]`,
  "giu"
);

/** Splits a one-line header block into its fields; null unless it holds at least three labels. */
export function inlineHeaderFields(
  line: string
): Array<{ field: HeaderField; value: string }> | null {
  if (line.length > 2000) return null;
  const hits: Array<{ field: HeaderField; start: number; end: number }> = [];
  for (const m of line.matchAll(INLINE_LABEL)) {
    const field = FIELDS.find((f) => m.groups?.[f] !== undefined);
    // Labels start with a capital in these headers; a lower-case "to:" inside prose is not one.
    if (!field || m[0][0] === m[0][0].toLowerCase()) continue;
    hits.push({ field, start: m.index, end: m.index + m[0].length });
  }
  if (hits.length < 3) return null;
  return hits.map((h, i) => ({
    field: h.field,
    value: line.slice(h.end, hits[i + 1]?.start ?? line.length).trim(),
  }));
}

const SEPARATORS = new WordIndex([
  ...words(SEPARATOR_PHRASES.original, false),
  ...words(SEPARATOR_PHRASES.forwarded, true),
]);

const FRAMED = new Set(SEPARATOR_PHRASES.framed.map((w) => w.toLowerCase()));
/** A word between rules of dashes: "------------------ Original ------------------". */
const FRAMED_LINE = /^\s*-{3,}\s*([^\s-]+)\s*-{3,}\s*$/u;

/** "-----Original Message-----", "Begin forwarded message:", "---------- Mensaje reenviado ---------". */
export function separator(line: string): { forwarded: boolean; rest: string } | null {
  // Separators are short, unless a header follows on the same line (Yahoo).
  if (line.length > 600) return null;
  const framed = line.length < 120 ? FRAMED_LINE.exec(line) : null;
  if (framed && FRAMED.has(framed[1].toLowerCase())) return { forwarded: false, rest: "" };
  if (!SEPARATORS.mayStartAt(line, skipping(line, 0, "*_=~-"))) return null;
  const head = (line.length > 160 ? line.slice(0, 160) : line).toLowerCase();
  const hit = SEPARATORS.prefixAt(head, skipping(head, 0, "*_=~-"));
  if (!hit) return null;
  const end = skipping(head, hit.end, "*_=~:：-");
  return { forwarded: hit.tag, rest: line.slice(originalIndex(line, head, end)).trim() };
}

/** A rule line: underscores, dashes, equals or tildes, as clients draw above a header block or a list footer. */
export function isRule(line: string, min = 6): boolean {
  if (line.length > 200) return false;
  const t = line.trim();
  return t.length >= min && /^(?:[-_=~]\s*)+$/.test(t);
}

/** The signature delimiter of RFC 3676 and its look-alikes: "-- ", "--", "—". */
export function isSignatureDelimiter(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c === 45 || c === 0x2014) && /^(?:--|—|-- )\s*$/.test(line);
}

const VERBS = new WordIndex(words(WROTE_VERBS, true), true);

const EMAIL_COLON_END = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s>)\]»"]*[:：]\s*$/u;
const EMAIL_END = /<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>\s*$/u;
const WROTE_ANYWHERE = new RegExp(`(?:^|[\\s>)"»”])(?:${anyOf(WROTE_VERBS)})(?:$|[\\s:：])`, "iu");

/** Whether a line names a "wrote" verb anywhere ("Bob <b@x> schrieb am Di., 16. Aug. 2016"). */
export function mentionsVerb(line: string): boolean {
  return line.length < 400 && WROTE_ANYWHERE.test(line);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Words an attribution may open with, so its first line may not end with a colon yet. */
const LEAD_WORDS = new Set([
  "on",
  "le",
  "el",
  "am",
  "em",
  "il",
  "op",
  "den",
  "d.",
  "på",
  "w",
  "dnia",
  "vào",
  "в",
  "dne",
  "dňa",
  "na",
  "在",
  "于",
  "dana",
]);

const DIGIT = /\p{Nd}/u;

/**
 * Whether a character code is a decimal digit in any script ("2", "٢", "２"). CJK letters and
 * kana, most of the non-ASCII text there is, hold no digit and skip the expression.
 */
function isDigitCode(code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  return (
    code >= 0x660 && (code < 0x3000 || code >= 0xa620) && DIGIT.test(String.fromCharCode(code))
  );
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a line can open a splitter at all, from its first and last visible
 * characters: it starts with punctuation or a digit (of any script), ends with a colon or dash,
 * has a colon near its start, or opens with an attribution's lead word.
 * Ordinary prose fails at once, which keeps the splitter fast.
 */
export function mayOpenSplitter(text: string, first: number, last: number): boolean {
  if (last === 58 || last === 0xff1a || last === 45) return true;
  if (first < 128 && !isAsciiAlphanumeric(first)) return true;
  if (isDigitCode(first)) return true;
  const colon = text.indexOf(":");
  if (colon >= 0 && colon < 56) return true;
  const wide = text.indexOf("：");
  if (wide >= 0 && wide < 56) return true;
  const a = text.indexOf(String.fromCharCode(first));
  const space = text.indexOf(" ", a);
  return LEAD_WORDS.has(text.slice(a, space < 0 ? a + 8 : space).toLowerCase());
}

/** First letters of the lead words, for the quick test below. */
const LEAD_FIRSTS = new Set(
  [...LEAD_WORDS]
    .map((w) => w.charCodeAt(0))
    .concat([...LEAD_WORDS].map((w) => w.toUpperCase().charCodeAt(0)))
);

/**
 * Whether a top-level line is plainly the writer's text: it starts with a
 * letter, has no quote marker, and none of mayOpenSplitter's signs. Most lines
 * are; this answers for them without allocating, which is what keeps the
 * splitter fast on long bodies.
 */
export function isPlainLine(line: string): boolean {
  const n = line.length;
  if (n === 0) return true;
  const first = line.charCodeAt(0);
  // Indented, quoted, punctuation or digit first: the full reading decides.
  if (
    first <= 32 ||
    (first < 128 && !((first >= 65 && first <= 90) || (first >= 97 && first <= 122)))
  )
    return false;
  if (isDigitCode(first)) return false;
  let b = n - 1;
  while (b > 0 && line.charCodeAt(b) <= 32) b--;
  const last = line.charCodeAt(b);
  if (last === 58 || last === 0xff1a || last === 45) return false;
  const colon = line.indexOf(":");
  if (colon >= 0 && colon < 56) return false;
  const wide = line.indexOf("：");
  if (wide >= 0 && wide < 56) return false;
  if (!LEAD_FIRSTS.has(first)) return true;
  const space = line.indexOf(" ");
  return !LEAD_WORDS.has(line.slice(0, space < 0 ? 8 : space).toLowerCase());
}

/**
 * How an attribution line ends: with its verb ("wrote:", "写道："), with the
 * address and a colon, or with a date after the verb ("<a@b.c> kirjoitti 28/10/2021 12.46:").
 */
export function attributionEnd(line: string): "verb" | "email" | null {
  const tail = (line.length > 60 ? line.slice(-60) : line).trimEnd().toLowerCase();
  const last = tail.slice(-1);
  // Attribution lines end with the verb, then perhaps "(a)", dashes and a colon.
  let end = tail.length;
  while (end > 0 && (isSpace(tail.charCodeAt(end - 1)) || ":：-".indexOf(tail[end - 1]) >= 0))
    end--;
  if (tail.endsWith("(a)", end)) end -= 3;
  const verb = VERBS.mayEndAt(tail, end) ? VERBS.suffixBefore(tail, end) : null;
  // A Latin or Cyrillic verb stands as a word; CJK and Arabic ones follow the time directly ("10:30写道").
  if (
    verb &&
    (!/^[a-zа-яё]/u.test(tail.slice(verb.start, verb.start + 1)) ||
      !isWordChar(tail[verb.start - 1]))
  )
    return "verb";
  if (last !== ":" && last !== "：") return null;
  if (EMAIL_COLON_END.test(tail)) return "email";
  if (line.length < 400 && line.includes("@") && mentionsVerb(line)) return "verb";
  return null;
}

/** A line ending in "<address>" with a date before it ("2011/4/7 Nathan <a@b.c>"), as some clients attribute. */
export function endsWithBracketedEmail(line: string): boolean {
  return line.length < 300 && EMAIL_END.test(line);
}

const ATTRIBUTION_START =
  /(?:^|\s|-{2,})(?:On|Le|El|Am|Em|Il|Op|Den|På|W dniu|Dnia|Vào|В|Dne|Dňa|Dana|Na|在)\s/u;

/** Where an attribution starts inside a line that also holds the reply ("reply On Wed, … wrote:"). */
export function attributionStartInLine(line: string): number {
  const m = ATTRIBUTION_START.exec(line);
  if (!m || m.index === 0) return m ? 0 : -1;
  // Keep the dashes and spaces that lead into it on the attribution's side.
  return m.index + (m[0].length - m[0].trimStart().length);
}

const FOOTERS = new WordIndex(words(FOOTER_PREFIXES, true));
const FILLERS = new Set(FOOTER_FILLERS);
const DEVICES = FOOTER_DEVICES.map((d) => d.toLowerCase());

/** A mobile or client footer line ("Sent from my iPhone", "发自我的iPhone", "Get Outlook for iOS"). */
export function isFooter(line: string): boolean {
  if (line.length > 160 || !FOOTERS.mayStartAt(line, skipping(line, 0, "(<"))) return false;
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return false;
  const lowered = t.toLowerCase();
  const hit = FOOTERS.prefixAt(lowered, skipping(lowered, 0, "(<"));
  if (!hit) return false;
  if (DEVICES.some((d) => lowered.slice(0, hit.end).includes(d))) return true;
  const after = t.slice(originalIndex(t, lowered, hit.end));
  for (const word of after
    .trim()
    .split(/[\s,.;:!]+/u)
    .slice(0, 4)) {
    if (!word || FILLERS.has(word.toLowerCase())) continue;
    // A device noun, a brand (capitalised) or a model number names the sender's device or app.
    return DEVICES.some((d) => word.toLowerCase().startsWith(d)) || /^[\p{Lu}\d]/u.test(word);
  }
  return false;
}

const CLOSINGS = new WordIndex(words(VALEDICTIONS, true));
/** What may follow a closing phrase on its line: punctuation, or a comma and a name ("Regards, Roman"). */
const AFTER_CLOSING = /^(?:[\s,،.!:;~-]*|\s*[,，،]\s*\p{L}[\p{L}. '-]{0,40})$/u;

/** A closing line that opens a sign-off ("Best regards,", "Mit freundlichen Grüßen", "此致敬礼", "Regards, Roman"). */
export function isValediction(line: string): boolean {
  if (line.length > 80 || !CLOSINGS.mayStartAt(line, skipping(line, 0, "-"))) return false;
  const t = line.trim();
  if (t.length === 0 || t.length > 60) return false;
  const lowered = t.toLowerCase();
  const hit = CLOSINGS.prefixAt(lowered, skipping(lowered, 0, "-"));
  return hit !== null && AFTER_CLOSING.test(lowered.slice(hit.end));
}

/** A one-line sign-off by name: "-Abhishek Kona", "/John", "— Amy". */
export function isDashName(line: string): boolean {
  return /^\s*[-/—~]\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}\s*$/u.test(
    line.length > 60 ? "" : line
  );
}
