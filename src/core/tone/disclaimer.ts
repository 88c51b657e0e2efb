import { DISCLAIMER, type DisclaimerWords } from "./rules/disclaimer";

/*
 * The tone check judges the rep's words, not a disclaimer their mail client adds ("… may
 * result in legal action.", "…我司将依法追究法律责任。"). newText (thread/split) keeps such a
 * paragraph when it follows a signature, and the checker would read it as a threat. Only
 * the notice itself is left out: a P.S. under the signature, or the rep's own words under
 * a reminder Kindly inserted above them (with its sign-off), are the rep's and are checked.
 */

// A source that opens with a letter of a spaced script matches at the start of a word only.
const SPACED = /^[\p{sc=Latin}\p{sc=Cyrillic}]/u;
const compile = (pick: (words: DisclaimerWords) => readonly string[]): RegExp[] =>
  Object.values(DISCLAIMER).flatMap((words) =>
    pick(words).map((s) => new RegExp(SPACED.test(s) ? `(?<!\\p{L})(?:${s})` : s, "u"))
  );
const NOTICE = compile((w) => w.notice);
const SECRECY = compile((w) => w.secrecy);
const MARKER = compile((w) => w.marker);

/**
 * `text` (a draft's new text, as newText gives it) with every paragraph that reads as a
 * disclaimer or confidentiality notice (rules/disclaimer.ts) blanked: its characters become
 * spaces, its line breaks stay, so offsets into the result are offsets into `text`.
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
    if (isDisclaimer(lines.slice(start, end).join("\n")))
      for (let i = start; i < end; i++) lines[i] = " ".repeat(lines[i].length);
    start = end;
  }
  return lines.join("\n");
}

function isDisclaimer(paragraph: string): boolean {
  const p = paragraph.normalize("NFKC").toLowerCase();
  if (NOTICE.some((re) => re.test(p))) return true;
  const secrecy = SECRECY.filter((re) => re.test(p)).length;
  return secrecy > 0 && secrecy + MARKER.filter((re) => re.test(p)).length >= 2;
}
