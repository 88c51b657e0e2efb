import { calendarDateIn, compareDates, findDates, fold, type CalendarDate } from "../dates";
import { find, hasAny, phrases } from "../text/phrases";
import {
  CLAUSE_BREAKS,
  DEADLINE_IDIOMS,
  NOT_A_PROMISE,
  NOT_PAYING,
  NOT_RECEIVED,
  PAYMENT_WORDS,
  RECEIPT_CONDITIONS,
  RECEIPT_CONDITIONS_AFTER,
  RECEIVED_WORDS,
  SENDING_WORDS,
} from "./payment-patterns";
import { clauseOf, clausesOf, wordsBefore } from "../text/clauses";
import { sentences } from "../reasons/sentences";
import type { Span } from "../text/phrases";
import { detectLanguage } from "../text/language";

const PAYMENT = phrases(PAYMENT_WORDS);
const RECEIVED = phrases(RECEIVED_WORDS);
const NEGATED = phrases(NOT_RECEIVED);
const CONDITIONS = phrases(RECEIPT_CONDITIONS);
const CONDITIONS_AFTER = phrases(RECEIPT_CONDITIONS_AFTER);
const JOINS = phrases(CLAUSE_BREAKS);
const WAITING = phrases(NOT_A_PROMISE);
const SENDING = phrases(SENDING_WORDS);
const REFUSING = phrases(NOT_PAYING);
const DEADLINES = phrases(DEADLINE_IDIOMS);

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
  return sentences(own).some((s) => {
    const sentence = own.slice(s.start, s.end);
    if (!hasAny(sentence, PAYMENT)) return false;
    return clausesOf(sentence, JOINS).some((c) => {
      const clause = sentence.slice(c.start, c.end);
      return hasAny(clause, PAYMENT) && !isReceipt(clause);
    });
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
  const spans = sentences(own);
  const written = detectLanguage(own) ?? lang;
  for (const mention of findDates(own, ref, { ahead: true, lang: written })) {
    if (compareDates(mention.date, ref) < 0) continue;
    const sentence = spans.find((s) => mention.start >= s.start && mention.start < s.end);
    if (!sentence) continue;
    const words = own.slice(sentence.start, sentence.end);
    if (/[?？؟]\s*$/.test(words) || hasAny(fold(words), WAITING)) continue;
    if (!isAboutPayment(words)) continue;
    // Offsets in the folded sentence (folding may lengthen a letter: ß → ss).
    const at = fold(words.slice(0, mention.start - sentence.start)).length;
    // The date without the punctuation a mention may take along ("20 Dec," would span the comma).
    const written = own.slice(mention.start, mention.end).replace(/[\s\p{P}]+$/u, "");
    const date = { start: at, end: at + fold(written).length };
    if (!refused(fold(words), date)) promised = mention.date;
  }
  return promised;
}

/**
 * Whether a folded sentence about paying says the payment will not happen on the date at
 * `date`: the date's clause is negated ("we will not be able to pay on 20 December", "payment
 * on 15 Dec is not possible"), or, when that clause names no payment, every clause that does
 * is ("we cannot pay the balance, maybe on 20 December"). A clause with a negation of its own
 * elsewhere ("sorry we could not pay, we will pay on 20 Dec") does not undo the promise.
 */
function refused(folded: string, date: Span): boolean {
  // Deadlines worded with a negation are blanked first, keeping offsets ("más" is also a break).
  let sentence = folded;
  for (const idiom of DEADLINES)
    for (const at of find(sentence, idiom))
      sentence =
        sentence.slice(0, at.start) + " ".repeat(at.end - at.start) + sentence.slice(at.end);
  const negated = (c: Span) => hasAny(sentence.slice(c.start, c.end), REFUSING);
  const own = clauseOf(sentence, date, JOINS);
  if (negated(own)) return true;
  if (hasAny(sentence.slice(own.start, own.end), PAYMENT)) return false;
  return clausesOf(sentence, JOINS)
    .filter((c) => hasAny(sentence.slice(c.start, c.end), PAYMENT))
    .every(negated);
}
