import { monthFromName } from "../dates/names";

/** A stretch of text by its offsets. */
export interface Span {
  start: number;
  end: number;
}

// Words a full stop follows without ending the sentence ("Mr. Wang", "approx. 20", "Nr. 5").
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st no nr nos approx vs sr sra srta sres dna mme mlle m mm cf ca tel fax " +
    "usw bzw z.b u.a ggf evtl inkl dept est qty ref att attn av avda e.g i.e"
  ).split(" ")
);
// Abbreviations that also end sentences ("… Shenzhen ABC Co., Ltd. We will pay …"): they end
// one before a capital, and not before a word in lower case or a number ("Ltd. and", "etc. 20").
const FINAL_ABBREVIATIONS = new Set("etc inc ltd co corp pcs".split(" "));

const END = /[.!?…]+["'”’)\]»]*|[。！？؟]+["'”’）」』]*|\n/g;
const LETTER = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
/** A line this long that runs on in lower case was wrapped by the mail client, not ended. */
const WRAPPED_LINE = 40;

/**
 * The sentences of a text, in any script: they end at . ! ? … 。！？ ؟ and at
 * line breaks — except a full stop inside "20.11.", after "Mr" or a day before its month
 * ("15. Dezember"), and a line
 * break that only wraps a long line in the middle of a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const at = m.index;
    const after = at + m[0].length;
    if (m[0] === "\n") {
      if (wraps(text, at)) continue;
    } else if (/^[.!?…]/.test(m[0])) {
      // Western punctuation ends a sentence only before a space or the end.
      if (after < text.length && !/\s/.test(text[after])) continue;
      if (m[0].startsWith(".") && m[0].length === 1 && abbreviated(text, at)) continue;
      if (m[0] === "." && dayBeforeMonth(text, at, after)) continue;
    }
    push(out, text, start, after);
    start = after;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && LETTER.test(text.slice(start, end))) out.push({ start, end });
}

/**
 * Whether the word before the full stop at `at` is an abbreviation or an initial: a single
 * capital, but not the last letter of a trade term ("L/C.", "B/L.", "P/I.").
 */
function abbreviated(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1])) from--;
  const word = text.slice(from, at).toLowerCase();
  if (!word) return false;
  if (FINAL_ABBREVIATIONS.has(word)) return !/^\s+\p{Lu}/u.test(text.slice(at + 1, at + 3));
  const initial = word.length === 1 && /\p{Lu}/u.test(text[from]) && text[from - 1] !== "/";
  return ABBREVIATIONS.has(word) || initial;
}

/** Whether the full stop at `at` follows a day and comes before a month's name: "am 15. Dezember". */
function dayBeforeMonth(text: string, at: number, after: number): boolean {
  if (!/(?:^|[^\p{L}\p{N}])\d{1,2}$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
  const next = /^[^\S\n]+(\p{L}+)/u.exec(text.slice(after, after + 24));
  return next !== null && monthFromName(next[1]) !== null;
}

/** Whether the line break at `at` only wraps a long line that goes on in lower case. */
function wraps(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, at).trimEnd();
  if (line.length < WRAPPED_LINE || !/[\p{L}\p{N},]$/u.test(line)) return false;
  const rest = text.slice(at + 1, at + 40);
  if (/^[^\S\n]*\n/.test(rest)) return false;
  const next = /\S/.exec(rest);
  return next !== null && LOWER.test(next[0]);
}
