import {
  calendarDateIn,
  findDates,
  fold,
  monthFromName,
  type CalendarDate,
  type DateMention,
} from "../dates";
import {
  AUTO_LABEL_NOUNS,
  AUTO_LABELS,
  AUTO_STATEMENTS,
  AUTO_SUBJECTS,
  AUTO_THANKS,
  AUTO_THIS_IS,
  AUTO_YOURS,
  AWAY_PAST,
  AWAY_PHRASES,
  BOUNCE_SENDERS,
  BOUNCE_SUBJECTS,
  DATE_ARTICLES,
  HUMAN_REPLY,
  REDIRECTS,
  RETURN_CUES,
  RETURN_CUES_AFTER,
  SPAN_DASHES,
  UNTIL_CUES,
  UNTIL_CUES_AFTER,
} from "./auto-reply-patterns";
import { find, hasAny, isWordChar, phrases, type Phrase } from "../text/phrases";
import { detectLanguage } from "../text/language";
import type { Address } from "./model";
import { isAboutPayment } from "./payment";
import { wordsBefore } from "../text/clauses";
import { withoutTags } from "./subject";

/** What an automatic reply says about its writer's absence. */
export interface AutoReply {
  /** A delivery failure: automatic, but no reply from anyone (autoReply is false). */
  bounce?: boolean;
  autoReply: boolean;
  /** The first day back, when the text says it ("back on 6 January"). */
  returnDate: CalendarDate | null;
  /** The last day away, when the text gives an end ("until 2 January", "10–31 July"). */
  awayUntil: CalendarDate | null;
}

/** The part of a message the detector reads. */
export interface AutoReplyInput {
  from: Address | null;
  subject: string;
  /** The message's own words. */
  text: string;
  sentAt: string | null;
  /** Internet headers, lower-case names, where the host exposes them. */
  headers?: Record<string, string>;
}

const NONE: AutoReply = { autoReply: false, returnDate: null, awayUntil: null };

const SUBJECTS = phrases(AUTO_SUBJECTS);
const STATEMENTS = phrases(AUTO_STATEMENTS);
const LABELS = phrases(AUTO_LABELS);
const LABEL_NOUNS = phrases(AUTO_LABEL_NOUNS);
const THIS_IS = phrases(AUTO_THIS_IS);
const YOURS = phrases(AUTO_YOURS);
const THANKS = phrases(AUTO_THANKS);
const AWAY = phrases(AWAY_PHRASES);
const PAST = phrases(AWAY_PAST);
const HUMAN = phrases(HUMAN_REPLY);
const REDIRECT = phrases(REDIRECTS);
const BOUNCES = phrases(BOUNCE_SUBJECTS);
/** Cues with their meaning, longest first so "back on" wins over "on". */
const CUES = [
  ...phrases(RETURN_CUES).map((cue) => ({ cue, back: true })),
  ...phrases(UNTIL_CUES).map((cue) => ({ cue, back: false })),
].sort((a, b) => b.cue.text.length - a.cue.text.length);
const CUES_AFTER = [
  ...RETURN_CUES_AFTER.map((cue) => ({ cue: fold(cue), back: true })),
  ...UNTIL_CUES_AFTER.map((cue) => ({ cue: fold(cue), back: false })),
];
const ARTICLES = DATE_ARTICLES.map(fold);

function fromHeaders(headers: Record<string, string> | undefined): boolean {
  if (!headers) return false;
  const submitted = (headers["auto-submitted"] ?? "").trim().toLowerCase();
  if (submitted && submitted !== "no") return true;
  if (headers["x-autoreply"] !== undefined || headers["x-autorespond"] !== undefined) return true;
  return /auto[_-]?reply/i.test(headers["precedence"] ?? "");
}

/** A mail system's sender (mailer-daemon, postmaster), who only ever writes delivery reports. */
export function isBounceSender(from: Address | null): boolean {
  const sender = fold(`${from?.name ?? ""} ${from?.address ?? ""}`);
  return BOUNCE_SENDERS.some((s) => sender.includes(s));
}

/** A delivery failure (bounce): automatic, but not a reply from anyone. */
function isBounce(input: AutoReplyInput): boolean {
  if (isBounceSender(input.from)) return true;
  const subject = fold(input.subject);
  if (hasAny(subject, BOUNCES)) return true;
  return /multipart\/report/i.test(input.headers?.["content-type"] ?? "");
}

/**
 * The subject without its bracketed tags ("[EXTERNAL] Automatic reply: …" → "automatic reply:
 * …"), folded. A reply prefix stays: "RE: Automatic reply: PI 45" is a person answering one.
 */
function subjectHead(subject: string): string {
  return fold(withoutTags(subject));
}

/** Whether folded text starts with the phrase (as a whole word where it has words). */
function startsWith(text: string, phrase: Phrase): boolean {
  return text.startsWith(phrase.text) && !(phrase.wordy && isWordChar(text[phrase.text.length]));
}

/**
 * Recognises out-of-office and other automatic replies: from headers where the
 * host exposes them (Auto-Submitted, X-Autoreply, X-Autorespond, Precedence),
 * subject prefixes, and autoresponder wording in the body; and reads the return
 * date. Delivery failures are not auto-replies.
 */
export function detectAutoReply(input: AutoReplyInput, tz = "UTC"): AutoReply {
  if (isBounce(input)) return { ...NONE, bounce: true };
  const subject = subjectHead(input.subject);
  const text = fold(input.text);
  const byHeader = fromHeaders(input.headers);
  const bySubject = SUBJECTS.some((s) => startsWith(subject, s));
  const opening = text.trimStart();
  const byBody =
    hasAny(text, STATEMENTS) ||
    LABELS.some((l) => startsWith(opening, l)) ||
    standsAlone(text) ||
    (hasAny(text, THANKS) && soundsAway(input.text));
  if (!byHeader && !bySubject && !byBody) return NONE;
  return { autoReply: true, ...absence(input, tz) };
}

/** Characters that close a label standing alone: a colon, a stop, a bracket, a dash, a line's end. */
const LABEL_END = /[:：,，.。!！;；\n)\]）】」>\-–—]/u;
/** Characters a label standing alone follows: a sentence's or a line's end, an opening bracket. */
const LABEL_START = /[.。!！?？\n([（【「<]/u;
/** The longest run of text between "this is" and its label ("a holiday ", "来自QQ邮箱的假期"). */
const THIS_IS_GAP = 16;

/** The index of the first character at or after `i` that is not a space or a tab. */
function skipSpaces(text: string, i: number): number {
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

/**
 * Whether an autoresponder's label stands alone somewhere in folded text: in brackets ("[automatic
 * reply]", "(automatische antwort)"), opening a sentence or a line and closed there, perhaps
 * naming the message ("auto-generated message, please do not reply", "автоматический ответ: я в
 * отпуске"), or said of the message a few words after "this is" ("这是来自qq邮箱的假期自动回复邮件").
 * Inside a longer sentence about one ("i got your automatic reply", "收到您的自动回复邮件") it is
 * a person writing.
 */
function standsAlone(text: string): boolean {
  return LABELS.some((label) =>
    find(text, label).some((at) => {
      let before = at.start - 1;
      while (text[before] === " " || text[before] === "\t") before--;
      const opens = before < 0 || LABEL_START.test(text[before]);
      let after = skipSpaces(text, at.end);
      const noun = LABEL_NOUNS.find((n) => startsWith(text.slice(after), n));
      if (noun) after = skipSpaces(text, after + noun.text.length);
      if (opens && (after >= text.length || LABEL_END.test(text[after]))) return true;
      return saidOfItself(text, at.start);
    })
  );
}

/** Whether a label at `start` follows a "this is" a few words before it, with no "your" between. */
function saidOfItself(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - THIS_IS_GAP - 8), start);
  return THIS_IS.some((opener) =>
    find(lead, opener).some((at) => {
      const gap = lead.slice(at.end);
      return (
        gap.length <= THIS_IS_GAP &&
        !/[,，.。!！?？;；:：\n]/u.test(gap) &&
        gap.trim().split(/\s+/).length <= 3 &&
        !hasAny(gap, YOURS)
      );
    })
  );
}

/**
 * Whether a text that opens with thanks reads like an absence notice: it says
 * the writer is away (not "I was on holiday last week"), does not apologise for
 * answering late, and does not answer about payment ("we will remit the deposit
 * on Friday", "my colleague will handle the TT") other than to send one
 * elsewhere ("for payments please contact accounts@…"). People thank for the
 * email and mention their holiday too; autoresponders stay generic.
 */
function soundsAway(raw: string): boolean {
  const text = fold(raw);
  const ongoing = AWAY.some((phrase) =>
    find(text, phrase).some((at) => !hasAny(wordsBefore(text, 0, at.start), PAST))
  );
  if (!ongoing || hasAny(text, HUMAN)) return false;
  return !isAboutPayment(raw) || hasAny(text, REDIRECT);
}

/** The dates an absence notice gives, read against the day it was sent, in the order its language writes them. */
export function absence(
  input: AutoReplyInput,
  tz: string
): { returnDate: CalendarDate | null; awayUntil: CalendarDate | null } {
  const result = {
    returnDate: null as CalendarDate | null,
    awayUntil: null as CalendarDate | null,
  };
  if (!input.sentAt) return result;
  const ref = calendarDateIn(input.sentAt, tz);
  const apple = /enddate=(\d{4}-\d{2}-\d{2}T[\d:.]+Z?)/i.exec(
    input.headers?.["x-apple-criteria"] ?? ""
  );
  if (apple) result.awayUntil = calendarDateIn(apple[1], tz);
  const lang = detectLanguage(input.text) ?? undefined;
  for (const source of [input.subject, input.text]) {
    let previous: DateMention | null = null;
    for (const mention of findDates(source, ref, { ahead: true, lang })) {
      const cue =
        cueBefore(source.slice(Math.max(0, mention.start - 48), mention.start)) ??
        cueAfter(source.slice(mention.end, mention.end + 8)) ??
        (previous && isSpan(source.slice(previous.end, mention.start)) ? { back: false } : null);
      if (cue?.back) result.returnDate = mention.date;
      else if (cue) result.awayUntil = mention.date;
      previous = mention;
    }
    const range = rangeEnd(source, ref);
    if (range) result.awayUntil = range;
  }
  return result;
}

/** The cue right before a date ("back on", "until", "返回日期："), if any. */
function cueBefore(before: string): { back: boolean } | null {
  let text = fold(before).replace(/[\s:：,，.-]+$/u, "");
  for (const article of ARTICLES) {
    const cut = text.slice(0, text.length - article.length);
    if (text.endsWith(article) && /\s$/u.test(cut)) text = cut.trimEnd();
  }
  for (const { cue, back } of CUES) {
    if (!text.endsWith(cue.text)) continue;
    if (!cue.wordy || !isWordChar(text[text.length - cue.text.length - 1])) return { back };
  }
  return null;
}

/** The cue right after a date, in languages that put it there ("12月5日返回办公室"). */
function cueAfter(after: string): { back: boolean } | null {
  const text = fold(after).trimStart();
  return CUES_AFTER.find(({ cue }) => text.startsWith(cue)) ?? null;
}

/** Whether the text between two dates makes them a span ("25 Nov - 4 Dec"). */
function isSpan(between: string): boolean {
  return SPAN_DASHES.includes(between.trim());
}

/** "22–31 December", "July 10-31": a span of days in one month; its last day is the last day away. */
const DAYS_THEN_MONTH = /(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.?\s+(\p{L}+)/gu;
const MONTH_THEN_DAYS = /(\p{L}+)\.?\s+(\d{1,2})\s*[-–—]\s*(\d{1,2})(?![\d:/]|\.\d)/gu;

function rangeEnd(text: string, ref: CalendarDate): CalendarDate | null {
  const ranges = [
    ...[...text.matchAll(DAYS_THEN_MONTH)].map((m) => ({ month: m[3], from: m[1], to: m[2] })),
    ...[...text.matchAll(MONTH_THEN_DAYS)].map((m) => ({ month: m[1], from: m[2], to: m[3] })),
  ];
  let end: CalendarDate | null = null;
  for (const { month, from, to } of ranges) {
    if (monthFromName(month) === null || Number(to) <= Number(from)) continue;
    end = findDates(`${to} ${month}`, ref)[0]?.date ?? end;
  }
  return end;
}
