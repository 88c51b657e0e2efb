import { DISCLAIMER, type DisclaimerWords } from "./rules/disclaimer";

/*
 * The tone check judges the rep's words, not a disclaimer their mail client adds ("… may
 * result in legal action.", "…我司将依法追究法律责任。"). newText (thread/split) keeps such a
 * paragraph when it follows a signature, and the checker would read it as a threat. Only
 * the notice itself is left out: from the line where it begins (from its first sentence,
 * when a sentence of the rep's comes first on that line) to the end of its paragraph. The
 * rep's lines above it, a P.S. under the signature, or the rep's own words under a reminder
 * Kindly inserted above them (with its sign-off), are the rep's and are checked.
 */

// A source that opens with a letter of a spaced script matches at the start of a word only.
const SPACED = /^[\p{sc=Latin}\p{sc=Cyrillic}]/u;
const compile = (pick: (words: DisclaimerWords) => readonly string[]): RegExp[] =>
  Object.values(DISCLAIMER).flatMap((words) =>
    pick(words).map((s) => new RegExp(SPACED.test(s) ? `(?<!\\p{L})(?:${s})` : s, "gu"))
  );
const NOTICE = compile((w) => w.notice);
const SECRECY = compile((w) => w.secrecy);
const MARKER = compile((w) => w.marker);

// Where a sentence ends inside a line: a full stop of a spaced script before a blank, or
// one of a script written without blanks.
const SENTENCE_END = /[.!?…](?=\s)|[。！？]/gu;

/**
 * `text` (a draft's new text, as newText gives it) with every disclaimer or confidentiality
 * notice (rules/disclaimer.ts) blanked, from where it begins to the end of its paragraph:
 * its characters become spaces, its line breaks stay, so offsets into the result are
 * offsets into `text`.
 */
export function withoutDisclaimers(text: string): string {
  const lines = text.split("\n");
  // Paragraphs: runs of lines with words, between blank lines.
  for (let start = 0; start < lines.length;) {
    if (!/\S/.test(lines[start])) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && /\S/.test(lines[end])) end++;
    const paragraph = lines.slice(start, end).join("\n");
    const from = noticeStart(paragraph);
    if (from >= 0) {
      const blanked = paragraph.slice(0, from) + paragraph.slice(from).replace(/[^\n]/g, " ");
      lines.splice(start, end - start, ...blanked.split("\n"));
    }
    start = end;
  }
  return lines.join("\n");
}

/**
 * Where in `paragraph` a notice begins (the start of its sentence), or -1. A notice word
 * says so alone; a word of secrecy does with one more word of secrecy or a marker after the
 * start of its sentence, never counting the rep's words above it.
 */
function noticeStart(paragraph: string): number {
  // Lower case (NFKC) unit for unit, and a line break read as a blank, so that a notice
  // wrapped over lines ("not the intended\nrecipient") matches and offsets stay.
  const p = fold(paragraph);
  let from = -1;
  for (const re of NOTICE) {
    const at = p.search(re);
    if (at >= 0 && (from < 0 || at < from)) from = at;
  }
  if (from >= 0) from = sentenceStart(paragraph, from);
  for (const at of matchStarts(SECRECY, p)) {
    const start = sentenceStart(paragraph, at);
    if (from >= 0 && start >= from) break;
    const rest = p.slice(start);
    const words = count(SECRECY, rest) + count(MARKER, rest);
    if (words >= 2) {
      from = start;
      break;
    }
  }
  return from;
}

/** The start of the sentence that holds offset `at`: its line's start, or a full stop's end. */
function sentenceStart(paragraph: string, at: number): number {
  const lineStart = paragraph.lastIndexOf("\n", at - 1) + 1;
  let start = lineStart;
  for (const end of paragraph.slice(lineStart, at).matchAll(SENTENCE_END))
    start = lineStart + end.index + end[0].length;
  while (start < at && /\s/.test(paragraph[start])) start++;
  return start;
}

/** Where each match of any of `patterns` in `text` starts, in order. */
function matchStarts(patterns: readonly RegExp[], text: string): number[] {
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m.index)).sort((a, b) => a - b);
}

const count = (patterns: readonly RegExp[], text: string): number =>
  patterns.filter((re) => text.search(re) >= 0).length;

/** `text` in lower case (NFKC), each character kept where its folded form has another length. */
function fold(text: string): string {
  let folded = "";
  for (const ch of text) {
    const f = ch === "\n" ? " " : ch.normalize("NFKC").toLowerCase();
    folded +=
      f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return folded;
}
