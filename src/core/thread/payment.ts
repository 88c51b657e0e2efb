import { calendarDateIn, compareDates, findDates, fold, type CalendarDate } from "../dates";
import { hasAny, phrases } from "../text/phrases";
import { NOT_A_PROMISE, PAYMENT_WORDS, RECEIVED_WORDS, SENDING_WORDS } from "./payment-patterns";

const PAYMENT = phrases(PAYMENT_WORDS);
const RECEIVED = phrases(RECEIVED_WORDS);
const WAITING = phrases(NOT_A_PROMISE);
const SENDING = phrases(SENDING_WORDS);

/** The lines a writer wrote, without the lines they quote (">") from others. */
function ownLines(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.trimStart().startsWith(">"))
    .join("\n");
}

/** Whether a text is about getting paid (our chase, a buyer's promise), not a thank-you for a payment received. */
export function isAboutPayment(text: string): boolean {
  const folded = fold(ownLines(text));
  return hasAny(folded, PAYMENT) && !hasAny(folded, RECEIVED);
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

/** The sentences of a text, with their offsets. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  // A full stop ends a sentence only before a space or the end: "am 20.11." and "4.250,00" stay whole.
  for (const m of text.matchAll(/[.!?؟]+(?=\s|$)|[。！？；;]+|\n+/g)) {
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The payment date a buyer commits to ("we will remit next Tuesday", "el pago
 * saldrá el viernes", "定金我们下周二安排支付"): a date on or after the day the
 * message was written, in a sentence about paying that is no question and does
 * not wait on someone else. The last such date wins. "We are waiting for our
 * customer's payment this month" is no promise.
 */
export function promisedDate(text: string, sentAt: string | null, tz = "UTC"): CalendarDate | null {
  if (!sentAt) return null;
  const own = ownLines(text);
  const ref = calendarDateIn(sentAt, tz);
  let promised: CalendarDate | null = null;
  const spans = sentences(own);
  for (const mention of findDates(own, ref)) {
    if (compareDates(mention.date, ref) < 0) continue;
    const sentence = spans.find((s) => mention.start >= s.start && mention.start < s.end);
    if (!sentence) continue;
    const words = own.slice(sentence.start, sentence.end);
    if (/[?？؟]\s*$/.test(words) || hasAny(fold(words), WAITING)) continue;
    if (isAboutPayment(words)) promised = mention.date;
  }
  return promised;
}
