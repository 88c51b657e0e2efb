import { calendarDateIn, compareDates, findDates, fold, type CalendarDate } from "../dates";
import { find, hasAny, isWordChar, phrases } from "../text/phrases";
import {
  CLAUSE_BREAKS,
  DEADLINE_IDIOMS,
  NOT_A_PROMISE,
  NOT_PAYING,
  NOT_POSSIBLE,
  NOT_RECEIVED,
  PAYING_SUBJECTS,
  PAYING_VERBS,
  PAYING_WORDS,
  PAYMENT_WORDS,
  RECEIPT_CONDITIONS,
  RECEIPT_CONDITIONS_AFTER,
  RECEIVED_WORDS,
  SENDING_WORDS,
} from "./payment-patterns";
import { clauseOf, clausesOf, wordsBefore } from "../text/clauses";
import { sentences } from "../reasons/sentences";
import type { Phrase, Span } from "../text/phrases";
import { detectLanguage } from "../text/language";

const PAYMENT = phrases(PAYMENT_WORDS);
const RECEIVED = phrases(RECEIVED_WORDS);
const NEGATED = phrases(NOT_RECEIVED);
const CONDITIONS = phrases(RECEIPT_CONDITIONS);
const CONDITIONS_AFTER = phrases(RECEIPT_CONDITIONS_AFTER);
const JOINS = phrases(CLAUSE_BREAKS);
const WAITING = phrases(NOT_A_PROMISE);
const SENDING = phrases(SENDING_WORDS);
const DEADLINES = phrases(DEADLINE_IDIOMS);

/** What a word does around a paying act: refuse it, carry it, or only stand by it. */
type Role = "negation" | "impossible" | "act" | "filler" | "subject" | "date";

/** The words read around a paying act, longest first (a phrase before its first word). */
const AROUND_PAYING: { phrase: Phrase; role: Role }[] = [
  ...phrases(NOT_PAYING).map((phrase) => ({ phrase, role: "negation" as const })),
  ...phrases(NOT_POSSIBLE).map((phrase) => ({ phrase, role: "impossible" as const })),
  ...phrases([...PAYMENT_WORDS, ...PAYING_VERBS]).map((phrase) => ({
    phrase,
    role: "act" as const,
  })),
  ...phrases(PAYING_WORDS).map((phrase) => ({ phrase, role: "filler" as const })),
  ...phrases(PAYING_SUBJECTS).map((phrase) => ({ phrase, role: "subject" as const })),
].sort((a, b) => b.phrase.text.length - a.phrase.text.length);

const REFUSING = AROUND_PAYING.filter((w) => w.role === "negation" || w.role === "impossible");

/** How many words may stand between a negation and the act it refuses. */
const NEAR = 6;
/** How far the words around a paying act are read each way. */
const AROUND = 2 * NEAR;

/**
 * The lines a writer wrote, without the lines they quote (">") from others. A line break
 * before a small letter is wrapping inside a sentence ("we will remit the deposit\non
 * Friday") and becomes a space; any other one ends a line of its own.
 */
function ownLines(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.trimStart().startsWith(">"))
    .join("\n")
    .replace(/\n(?=\p{Ll})/gu, " ");
}

/** Whether a text names payment at all (a payment word, received or not): cheaper than isAboutPayment. */
export function mentionsPayment(text: string): boolean {
  return hasAny(fold(text), PAYMENT);
}

/**
 * Whether a text is about getting paid (our chase, a buyer's promise): a clause
 * of it speaks of payment and is not a thank-you for a payment received.
 * "Thank you, we have received your payment." is not a chase; "no payment
 * received on our side", "we have received your PI. Kindly arrange the
 * deposit." and "thanks for the deposit, please arrange the balance" are.
 */
export function isAboutPayment(text: string): boolean {
  const own = fold(ownLines(text));
  return statements(own).some((s) => {
    const sentence = own.slice(s.start, s.end);
    if (!hasAny(sentence, PAYMENT)) return false;
    return clausesOf(sentence, JOINS).some((c) => {
      const clause = sentence.slice(c.start, c.end);
      return hasAny(clause, PAYMENT) && !isReceipt(clause);
    });
  });
}

/**
 * The sentences of a text, each cut again at a semicolon: "we can't pay this week; we'll pay
 * on 10 Dec" says two things, and the first one's "can't" is not the second's.
 */
function statements(text: string): Span[] {
  return sentences(text).flatMap((s) => {
    const out: Span[] = [];
    let start = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(/[;；]/g)) {
      const end = s.start + m.index + 1;
      out.push({ start, end });
      start = end;
    }
    out.push({ start, end: s.end });
    return out;
  });
}

/**
 * Whether a folded sentence says a payment has arrived: a received-word whose
 * clause names the payment, not negated by the words just before it nor made a
 * condition ("once … received", "收到定金后"), and no question ("has the
 * payment been received?").
 */
function isReceipt(sentence: string): boolean {
  if (/[?？؟]/.test(sentence)) return false;
  return RECEIVED.some((word) =>
    find(sentence, word).some((at) => {
      const clause = clauseOf(sentence, at, JOINS);
      if (!hasAny(sentence.slice(clause.start, clause.end), PAYMENT)) return false;
      if (hasAny(wordsBefore(sentence, clause.start, at.start), NEGATED)) return false;
      if (hasAny(sentence.slice(clause.start, at.start), CONDITIONS)) return false;
      const after = sentence.slice(at.end, clause.end).trimStart();
      return !CONDITIONS_AFTER.some((w) => after.startsWith(w.text));
    })
  );
}

/**
 * Whether our message chases payment: it is about getting paid, and it is not
 * the PI going out ("please find attached our PI … the 30% deposit lets us
 * book your slot") with no question asked.
 */
export function isChase(text: string): boolean {
  if (!isAboutPayment(text)) return false;
  const own = ownLines(text);
  return !hasAny(fold(own), SENDING) || /[?？؟]/.test(own);
}

/**
 * The payment date a buyer commits to ("we will remit next Tuesday", "el pago
 * saldrá el viernes", "定金我们下周二安排支付"): a date on or after the day the
 * message was written, in a sentence about paying that is no question and does
 * not wait on someone else. The last such date wins. "We are waiting for our
 * customer's payment this month" is no promise. A slashed date is read in the order the
 * message's language writes it ("em 01/02/2026" is 1 February); in `lang` (the buyer's, as
 * their other messages tell it) when the message is too short to tell.
 */
export function promisedDate(
  text: string,
  sentAt: string | null,
  tz = "UTC",
  lang?: string
): CalendarDate | null {
  if (!sentAt) return null;
  const own = ownLines(text);
  const ref = calendarDateIn(sentAt, tz);
  let promised: CalendarDate | null = null;
  const spans = statements(own);
  const written = detectLanguage(own) ?? lang;
  // A sentence is read once, however many dates it names: a date's own work stays small.
  let reading: Reading | null = null;
  let k = 0;
  for (const mention of findDates(own, ref, { ahead: true, lang: written })) {
    if (compareDates(mention.date, ref) < 0) continue;
    // Dates come in the text's order: the sentence is this one or one further on.
    if (mention.start < (spans[k]?.start ?? 0)) k = 0;
    while (k < spans.length && spans[k].end <= mention.start) k++;
    const sentence = spans[k];
    if (!sentence || mention.start < sentence.start) continue;
    if (reading?.span !== sentence) reading = read(own, sentence);
    if (!reading.promising) continue;
    // Offsets in the folded sentence (folding may lengthen a letter: ß → ss), counted on from
    // the last date's.
    if (mention.start < reading.foldedTo) reading = read(own, sentence);
    reading.at += fold(own.slice(reading.foldedTo, mention.start)).length;
    reading.foldedTo = mention.start;
    // The date without the punctuation a mention may take along ("20 Dec," would span the comma).
    const written = own.slice(mention.start, mention.end).replace(/[\s\p{P}]+$/u, "");
    const date = { start: reading.at, end: reading.at + fold(written).length };
    if (!refused(reading, date)) promised = mention.date;
  }
  return promised;
}

/** A sentence as promisedDate reads it, once for all the dates it names. */
interface Reading {
  span: Span;
  /** A question, or waiting on someone else, or not about paying: no date in it is promised. */
  promising: boolean;
  /** Folded, its deadlines worded with a negation blanked ("no later than"). */
  sentence: string;
  clauses: Span[];
  /** Whether each clause ("start-end") names payment, as asked. */
  paying: Map<string, boolean>;
  /** Whether every clause that names payment refuses it, once asked. */
  allRefused?: boolean;
  /** How far the sentence has been folded (an offset in the text), and to what length. */
  foldedTo: number;
  at: number;
}

/** The sentence at `span` of a message's own lines, read for the dates in it. */
function read(own: string, span: Span): Reading {
  const words = own.slice(span.start, span.end);
  const folded = fold(words);
  const promising = !/[?？؟]\s*$/.test(words) && !hasAny(folded, WAITING) && isAboutPayment(words);
  const sentence = promising ? withoutDeadlines(folded) : folded;
  const clauses = promising ? clausesOf(sentence, JOINS) : [];
  return { span, promising, sentence, clauses, paying: new Map(), foldedTo: span.start, at: 0 };
}

/**
 * A folded sentence with its deadlines worded with a negation ("no later than 20 December",
 * which still promises) blanked, keeping offsets ("más" is also a break): in one pass, however
 * many there are.
 */
function withoutDeadlines(folded: string): string {
  const found = DEADLINES.flatMap((idiom) => find(folded, idiom)).sort((a, b) => a.start - b.start);
  if (!found.length) return folded;
  const parts: string[] = [];
  let done = 0;
  for (const at of found) {
    if (at.end <= done) continue;
    const from = Math.max(done, at.start);
    parts.push(folded.slice(done, from), " ".repeat(at.end - from));
    done = at.end;
  }
  parts.push(folded.slice(done));
  return parts.join("");
}

/**
 * Whether a sentence about paying says the payment will not happen on the date at `date`
 * (offsets in its folded words): a negation governs the paying act around the date ("we will
 * not be able to pay on 20 December", "payment on 15 Dec is not possible", "we will pay, but
 * not on 1 Dec"), or, when the date's clause names no payment, every clause that does refuses
 * it ("we cannot pay the balance, maybe on 20 December"). A negation of another verb ("don't
 * worry, we will pay", "sorry we could not pay on time we will pay on 20 Dec") does not undo
 * the promise.
 */
function refused(reading: Reading, date: Span): boolean {
  const { sentence, clauses } = reading;
  const own = clauseAround(clauses, date);
  if (refuses(stretch(sentence, own, date, "date"))) return true;
  if (paying(reading, own)) return false;
  if (reading.allRefused === undefined) {
    const list = clauses.filter((c) => paying(reading, c));
    reading.allRefused = list.length > 0 && list.every((c) => refusedIn(sentence, c));
  }
  return reading.allRefused;
}

/** Whether a clause of a sentence read names payment (asked once a clause). */
function paying(reading: Reading, clause: Span): boolean {
  const key = `${clause.start}-${clause.end}`;
  let names = reading.paying.get(key);
  if (names === undefined) {
    names = hasAny(reading.sentence.slice(clause.start, clause.end), PAYMENT);
    reading.paying.set(key, names);
  }
  return names;
}

/** The clause (of a sentence's clauses, in order) that holds a date, found by halving. */
function clauseAround(clauses: Span[], date: Span): Span {
  const first = firstEndingAfter(clauses, date.start, false);
  const last = firstEndingAfter(clauses, date.end, true);
  return {
    start: Math.min(clauses[first]?.start ?? date.start, date.start),
    end: Math.max(clauses[last]?.end ?? date.end, date.end),
  };
}

/** The first of the clauses that ends after `at` (or at it, with `orAt`). */
function firstEndingAfter(clauses: Span[], at: number, orAt: boolean): number {
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid].end > at || (orAt && clauses[mid].end === at)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether a negation in a clause of a folded sentence governs its paying act. */
function refusedIn(sentence: string, clause: Span): boolean {
  const words = sentence.slice(clause.start, clause.end);
  return REFUSING.some(({ phrase, role }) =>
    find(words, phrase).some((at) => {
      const span = { start: clause.start + at.start, end: clause.start + at.end };
      return (
        !(phrase.wordy && joined(sentence, span)) && refuses(stretch(sentence, clause, span, role))
      );
    })
  );
}

/**
 * Whether the words around a paying act refuse it: a negation with nothing but other such
 * words between it and the act or the date, a few words at most ("not be able to pay",
 * "nicht leisten", "не сможем оплатить", "不能在12月20日付款"), or the act said impossible
 * after it ("payment on 15 Dec is not possible", "付款不行").
 */
function refuses(roles: Role[]): boolean {
  return roles.some(
    (role, i) =>
      ((role === "negation" || role === "impossible") &&
        roles.slice(i + 1, i + 2 + NEAR).some((r) => r === "act" || r === "date")) ||
      (role === "impossible" && roles.slice(0, i).includes("act"))
  );
}

/**
 * The roles of the words on either side of `anchor` (itself taking `role`) within its clause,
 * as far as each is a word read around paying (AROUND_PAYING), at most AROUND words each way. A
 * subject ends the words before (a predicate of its own: "we could not pay we will pay on 20
 * Dec"), not those after ("am 4. Dezember werden wir nicht zahlen").
 */
function stretch(sentence: string, clause: Span, anchor: Span, role: Role): Role[] {
  const roles: Role[] = [role];
  for (let at = anchor.start, n = 0; n < AROUND; n++) {
    while (at > clause.start && /\s/.test(sentence[at - 1])) at--;
    const word = wordEndingAt(sentence, clause.start, at);
    if (!word || word.role === "subject") break;
    roles.unshift(word.role);
    at = word.start;
  }
  for (let at = anchor.end, n = 0; n < AROUND; n++) {
    while (at < clause.end && /\s/.test(sentence[at])) at++;
    const word = wordStartingAt(sentence, at, clause.end);
    if (!word) break;
    roles.push(word.role);
    at = word.end;
  }
  return roles;
}

/** The longest word read around paying that starts at `at` (and ends by `end`). */
function wordStartingAt(sentence: string, at: number, end: number): (Span & { role: Role }) | null {
  for (const { phrase, role } of AROUND_PAYING) {
    if (!sentence.startsWith(phrase.text, at)) continue;
    let to = at + phrase.text.length;
    if (phrase.stem) while (to < end && isWordChar(sentence[to])) to++;
    const span = { start: at, end: to };
    if (to <= end && !(phrase.wordy && joined(sentence, span))) return { ...span, role };
  }
  return null;
}

/** The longest word read around paying that ends at `at` (and starts from `start`). */
function wordEndingAt(sentence: string, start: number, at: number): (Span & { role: Role }) | null {
  let word = at; // where the word ending at `at` begins, for a stem
  while (word > start && isWordChar(sentence[word - 1])) word--;
  for (const { phrase, role } of AROUND_PAYING) {
    const from = phrase.stem ? word : at - phrase.text.length;
    if (from < start || !sentence.startsWith(phrase.text, from)) continue;
    if (phrase.stem && from + phrase.text.length > at) continue;
    const span = { start: from, end: at };
    if (!(phrase.wordy && joined(sentence, span))) return { ...span, role };
  }
  return null;
}

/**
 * Whether a span of words is part of a longer word: a letter or digit touches it, or a hyphen
 * or apostrophe joins it to one ("non" in "non-refundable").
 */
function joined(text: string, span: Span): boolean {
  const before = text[span.start - 1];
  const after = text[span.end];
  return (
    isWordChar(before) ||
    isWordChar(after) ||
    (/[-']/.test(before ?? "") && isWordChar(text[span.start - 2])) ||
    (/[-']/.test(after ?? "") && isWordChar(text[span.end + 1]))
  );
}
