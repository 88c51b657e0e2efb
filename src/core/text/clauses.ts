import { find, type Phrase, type Span } from "./phrases";

/*
 * The clause around a word found in folded text, and the words before it: what payment.ts
 * and auto-reply.ts need to tell "we have received your payment" from "we have not received
 * your payment" and "I am on holiday" from "I was on holiday".
 */

/** Punctuation that ends a clause inside a sentence; not the comma in "4,250.00". */
const CLAUSE_PUNCTUATION = /,(?!\d)|[，、;；]/g;

/** Where a sentence's clauses meet: commas and the like, and the listed joining words. */
function clauseBreaks(sentence: string, joins: readonly Phrase[]): Span[] {
  const breaks: Span[] = [...sentence.matchAll(CLAUSE_PUNCTUATION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const j of joins) breaks.push(...find(sentence, j));
  return breaks;
}

/** A sentence's clauses, in order, between its clause breaks (clauseOf's). */
export function clausesOf(sentence: string, joins: readonly Phrase[]): Span[] {
  const breaks = clauseBreaks(sentence, joins).sort((a, b) => a.start - b.start);
  const clauses: Span[] = [];
  let start = 0;
  for (const b of breaks) {
    if (b.start < start) continue; // a break inside another (", but")
    if (b.start > start) clauses.push({ start, end: b.start });
    start = b.end;
  }
  if (start < sentence.length) clauses.push({ start, end: sentence.length });
  return clauses;
}

/**
 * The clause of a sentence that holds [at, to): bounded by commas and the like,
 * and by the listed joining words ("and", "但").
 */
export function clauseOf(sentence: string, at: Span, joins: readonly Phrase[]): Span {
  const breaks = clauseBreaks(sentence, joins);
  let start = 0;
  let end = sentence.length;
  for (const b of breaks) {
    if (b.end <= at.start) start = Math.max(start, b.end);
    else if (b.start >= at.end) end = Math.min(end, b.start);
  }
  return { start, end };
}

/**
 * The few words just before a position, within its clause: where a negation
 * ("not received") or a tense ("I was on holiday") stands. Chinese and Japanese,
 * written without spaces, count a few characters instead of a word.
 */
export function wordsBefore(text: string, clauseStart: number, at: number, count = 3): string {
  return text
    .slice(clauseStart, at)
    .trim()
    .split(/\s+/)
    .slice(-count)
    .map((w) => (UNSPACED.test(w) ? w.slice(-2 * count) : w))
    .join(" ");
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
