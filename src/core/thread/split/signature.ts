import { isDashName, isFooter, isRule, isSignatureDelimiter, isValediction } from "./matchers";
import { mentionsPayment } from "../payment";

/** A message's own lines, cut into its words and the signature that closes them. */
export interface Trimmed {
  text: string;
  signature: string | null;
}

/** Lines after a sign-off line that can still be the signature (name, title, company, phone). */
export const SIGNOFF_LINES = 6;
const SIGNATURE_LINE_LENGTH = 80;

/** The first visible character of a line, "" for a blank one (no allocation: this runs on every line). */
function firstVisible(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 32 && c !== 0xa0) return line[i];
  }
  return "";
}

function isBlank(line: string): boolean {
  return firstVisible(line) === "";
}

/**
 * Whether lines [from, end) are the few short lines of a signature block: at least `min` that
 * are not blank, at most SIGNOFF_LINES, none long. Stops at the first line that settles it, so
 * asking it of every rule line of a long body costs a few lines each, not the body.
 */
function looksLikeSignatureTail(lines: string[], from: number, end: number, min = 0): boolean {
  let count = 0;
  for (let i = from; i < end; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (++count > SIGNOFF_LINES || line.trim().length > SIGNATURE_LINE_LENGTH) return false;
  }
  return count >= min;
}

/**
 * Whether a line is a signature's label and its value ("Payment terms: 30% deposit, 70% before
 * shipment", "Bank: HSBC", "T/T payment to: HSBC …", "付款方式：T/T"): a short name of a few words
 * with no sentence stop in it, then a colon. "Note: we will pay on 15 Dec." is a sentence first.
 */
function isLabelLine(line: string): boolean {
  // A colon between digits is a time's ("Balance at 10:30"), not a label's.
  const colon = line.search(/(?<!\p{Nd})[:：]|[:：](?!\p{Nd})/u);
  if (colon <= 0 || colon > 30) return false;
  const label = line.slice(0, colon);
  return !/[.!?。！？,，;；]/u.test(label) && label.trim().split(/\s+/).length <= 4;
}

/**
 * Whether a line reads as a clause rather than a name or a title: in a script with case, a
 * word after the first in lower case ("Balance on 15 Dec", "we will pay then"), where a title
 * capitalises each ("Sales & Payment Follow-up"); in one without, any letter of it.
 */
function isClauseLike(line: string): boolean {
  const words = line.split(/\s+/);
  for (let i = 1; i < words.length; i++) if (/^\p{Ll}/u.test(words[i])) return true;
  return /\p{Lo}/u.test(line);
}

/**
 * Whether a line under a rule is words of the message rather than a signature's: a sentence
 * (a few words, some in lower case, closed by a full stop: "Our bank needs one more week, we
 * will pay on 15 Dec."), or a clause about payment ("Balance on 15 Dec"). Names, titles, "ABC
 * Trading Co., Ltd.", phones, addresses and labelled lines are neither, even when they name
 * payment ("Sales & Payment Follow-up", "Payment terms: 30% deposit, 70% before shipment").
 */
function isMessageLine(line: string): boolean {
  const t = line.trim();
  if (/[.!?。！？]$/u.test(t)) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8}/u.test(t)) return true;
    const words = t.split(/\s+/);
    if (words.length >= 4 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2) return true;
  }
  return !isLabelLine(t) && isClauseLike(t) && mentionsPayment(t);
}

/** Whether lines [from, end) under a rule are a signature: a short tail with no words of the message in it. */
function signatureUnderRule(lines: string[], from: number, end: number): boolean {
  if (!looksLikeSignatureTail(lines, from, end, 1)) return false;
  for (let i = from; i < end; i++) if (isMessageLine(lines[i])) return false;
  return true;
}

/** Whether line `i` of lines [.., end) opens what closes a message: "-- ", a mobile footer, a rule over a signature. */
function isClosingMark(lines: string[], i: number, end: number): boolean {
  const line = lines[i];
  const first = firstVisible(line);
  if (!first) return false;
  return (
    ((first === "-" || first === "—") && isSignatureDelimiter(line)) ||
    isFooter(line) ||
    ("-_=~".includes(first) && isRule(line, 2) && signatureUnderRule(lines, i + 1, end))
  );
}

/** The last line at or before `i`, and not before `floor`, that is not blank (`floor` when there is none). */
type LastNonBlank = (i: number, floor: number) => number;

/**
 * Where a message's words end, in lines [start, end) whose first and last lines are not blank,
 * given its first closing mark (`end` if none): at the mark, or at a sign-off above it.
 */
function wordsEnd(
  lines: string[],
  start: number,
  end: number,
  mark: number,
  signOff: boolean,
  lastNonBlank: LastNonBlank
): number {
  let cut = mark;
  // A sign-off: a closing phrase near the end with only short lines after it.
  const last = lastNonBlank(cut - 1, start);
  for (let i = last; signOff && i > start && i >= last - SIGNOFF_LINES; i--) {
    if (isValediction(lines[i]) && looksLikeSignatureTail(lines, i + 1, last + 1)) {
      cut = i;
      break;
    }
    if (i === last && isDashName(lines[i])) {
      cut = i;
      break;
    }
  }
  // The line before the cut is not blank, and the first line never is: the words are never cut to nothing.
  return lastNonBlank(cut - 1, start) + 1;
}

/**
 * Cuts what closes a message from its words: the "-- " signature, a mobile
 * footer, a mailing-list footer under a rule, and (with `signOff`) a sign-off
 * block ("Best regards,\nAmy Zhang\nSales"). Never cuts a message to nothing.
 *
 * Quoted messages keep their sign-off: when the quote carries no header, the
 * name under "Best regards," is the only trace of who wrote it.
 */
export function trimSignature(
  input: string[],
  { signOff = true }: { signOff?: boolean } = {}
): Trimmed {
  let end = input.length;
  while (end > 0 && isBlank(input[end - 1])) end--;
  let start = 0;
  while (start < end && isBlank(input[start])) start++;
  if (start === end) return { text: "", signature: null };

  let mark = end;
  for (let i = start + 1; i < end; i++) {
    if (isClosingMark(input, i, end)) {
      mark = i;
      break;
    }
  }
  const lastNonBlank: LastNonBlank = (i, floor) => {
    while (i > floor && isBlank(input[i])) i--;
    return i;
  };
  const cut = wordsEnd(input, start, end, mark, signOff, lastNonBlank);
  const text = input.slice(start, cut).join("\n").trimEnd();
  const signature = input.slice(cut, end).join("\n").trim();
  return { text, signature: signature ? signature : null };
}

/**
 * For each start, whether `trimSignature(lines.slice(start)).text` would hold any words, all
 * in one pass: asking trimSignature of every suffix cost the lines after each start, which a
 * reply with thousands of inline quotes turned into minutes.
 */
export function keepsWords(lines: string[], starts: readonly number[]): boolean[] {
  const n = lines.length;
  // prev[i]: the last line at or before i that is not blank (-1 if none).
  const prev = new Int32Array(n);
  for (let i = 0, p = -1; i < n; i++) prev[i] = p = isBlank(lines[i]) ? p : i;
  const end = n > 0 ? prev[n - 1] + 1 : 0;
  // next[i]: the first line at or after i that is not blank; mark[i]: the first closing mark
  // at or after i; words[i]: the first line at or after i with any character not white space.
  const next = new Int32Array(end + 1).fill(end);
  const mark = new Int32Array(end + 1).fill(end);
  const words = new Int32Array(end + 1).fill(end);
  for (let i = end - 1; i >= 0; i--) {
    next[i] = isBlank(lines[i]) ? next[i + 1] : i;
    mark[i] = isClosingMark(lines, i, end) ? i : mark[i + 1];
    words[i] = lines[i].trim() ? i : words[i + 1];
  }
  const lastNonBlank: LastNonBlank = (i, floor) => Math.max(i >= 0 ? prev[i] : -1, floor);
  return starts.map((from) => {
    if (from >= end) return false;
    const start = next[from];
    const cut = wordsEnd(lines, start, end, mark[start + 1], true, lastNonBlank);
    return words[start] < cut;
  });
}
