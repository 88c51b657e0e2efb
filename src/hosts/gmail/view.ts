import {
  chaseDays,
  DELAY_REASONS,
  explain,
  formatDay,
  isBuyerLanguage,
  isDelayReason,
  subjectKey,
  type BuyerLanguage,
  type DelayReason,
  type Status,
  type ThreadFacts,
  type UiLanguage,
  uiLocale,
} from "../../core";
import type { Relationship } from "../../core/compose";
import { calendarDateIn, compareDates, isCalendarDate, type CalendarDate } from "../../core/dates";
import type { OrderRefKind } from "../../core/facts";
import { format, type Strings } from "../../locales";
import { statusTitle } from "../../locales/wording";
import type { AnalysedOpenThread, ReadOpenThread } from "../open-thread";
import { relationshipOf, type ReminderFacts } from "../reminder";
import { dateTimeFormat } from "../../core/text/intl";
import { clip } from "../../core/text/clip";

/*
 * What the Gmail card shows for a thread, as plain data: built from the same analysis as the
 * Outlook pane, and small enough to keep (the compose card cannot read the thread, so it works
 * from the view the rep last saw of it).
 */

/** How many of a long thread's messages the card lists (the newest); a card has a size limit. */
export const TIMELINE_MAX = 20;

/**
 * How much of the subject, and of the reason's evidence, a view keeps (characters): the views
 * share one 9 KB property, and a subject as long as a letter (kept twice: as written and as a
 * key) would fill it alone.
 */
export const SUBJECT_MAX = 200;
export const SENTENCE_MAX = 300;

export interface TimelineEntry {
  who: string;
  ours: boolean;
  when: string;
}

/** The decision as the card words it. */
export interface Outcome {
  status: Status;
  title: string;
  explanation: string;
  relationship: Relationship;
}

export interface ThreadView {
  threadId: string;
  subject: string;
  /** viewSubjectKey of the thread's subject: how a compose card finds the thread it replies to. */
  subjectKey: string;
  /** When the rep viewed it (ISO). */
  viewedAt: string;
  /** The rep's name as their own messages give it ("" if none does): Outlook's profile has it. */
  displayName: string;
  /** The day the rep chose "Chase anyway", while it stands. */
  override: string | null;
  /**
   * The day of our latest chase the thread showed (remembered ones included): with the
   * chases remembered since, what tells the compose card whether "Chase anyway" still stands.
   * Absent from a view an older Kindly kept.
   */
  lastChase?: string | null;
  timeline: TimelineEntry[];
  messageCount: number;
  detected: DelayReason;
  /** Where the thread gives the detected reason. */
  evidence: { sentence: string; day: string | null; confidence: number } | null;
  /**
   * The decision for each reason the rep may pick, as an index into `outcomes`: the compose
   * card cannot read the thread to decide again. Most reasons decide alike, so they share one.
   */
  outcomes: Outcome[];
  outcomeOf: Record<DelayReason, number>;
  buyerLanguage: BuyerLanguage | null;
  buyerName: string | undefined;
  facts: ReminderFacts;
}

/** The view as the card shows it: for the reason in use, with "Chase anyway" applied. */
export interface ShownView extends ThreadView, Omit<Outcome, "status"> {
  /** "unknown" where the kept decision may be out of date (staleness). */
  status: Status | "unknown";
  reason: DelayReason;
  /** "Chase anyway" is offered: the status says wait, and the rep has not overridden it. */
  canOverride: boolean;
}

/** The key a view keeps of a subject, and a compose card looks for. */
export function viewSubjectKey(subject: string): string {
  return clip(subjectKey(subject), SUBJECT_MAX);
}

/** The view of an analysed thread in the UI language, at the rep's time zone. */
export function threadView(
  ids: { threadId: string; subject: string; viewedAt: string; displayName: string },
  read: ReadOpenThread,
  opened: AnalysedOpenThread,
  facts: ThreadFacts,
  lang: UiLanguage,
  tz: string,
  t: Strings,
  evidenceDay: string | null
): ThreadView {
  const { analysis } = opened;
  const used = opened.chosenReason ?? analysis.reason.label;
  const outcomes: Outcome[] = [];
  const outcomeOf = {} as Record<DelayReason, number>;
  for (const reason of DELAY_REASONS) {
    const decision = reason === used ? analysis.decision : opened.decideFor(reason);
    const outcome: Outcome = {
      status: decision.status,
      title: statusTitle(decision, lang, t),
      explanation: explain(decision, lang),
      relationship: relationshipOf(decision),
    };
    const same = outcomes.findIndex((o) => JSON.stringify(o) === JSON.stringify(outcome));
    outcomeOf[reason] = same >= 0 ? same : outcomes.push(outcome) - 1;
  }
  const when = dateTimeFormat(uiLocale(lang), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tz,
  });
  const messages = read.thread.messages;
  const evidence = analysis.reason.evidence[0];
  return {
    ...ids,
    subject: clip(ids.subject, SUBJECT_MAX),
    subjectKey: viewSubjectKey(ids.subject),
    override: opened.override,
    lastChase: chaseDays(read.thread, tz).at(-1) ?? null,
    timeline: messages.slice(-TIMELINE_MAX).map((m) => ({
      who: m.from?.name || m.from?.address || t.unknownSender,
      ours: m.side === "ours",
      when: !m.sentAt
        ? t.noDate
        : m.source === "memory"
          ? `${formatDay(calendarDateIn(m.sentAt, tz), lang)} · ${t.rememberedChase}`
          : when.format(new Date(m.sentAt)),
    })),
    messageCount: messages.length,
    detected: analysis.reason.label,
    evidence: evidence
      ? {
          sentence: clip(evidence.sentence, SENTENCE_MAX),
          day: evidenceDay,
          confidence: analysis.reason.confidence,
        }
      : null,
    outcomes,
    outcomeOf,
    buyerLanguage: analysis.buyerLanguage,
    buyerName: analysis.buyer.address?.name || undefined,
    facts: {
      orderRef: facts.orderRef,
      amount: facts.amount,
      confirmedOn: facts.confirmedOn,
      priceValidUntil: facts.priceValidUntil,
      promisedDate: facts.promisedDate,
    },
  };
}

/**
 * Why a kept view may no longer say what the policy would say today: Kindly read the thread on
 * an earlier day (a wait it showed may be over, a promised day past), or remembered a chase of
 * ours since (one Insert made on the compose card, say), which its decision does not count.
 * The view keeps the decision as worded, not the dated messages, the buyer's calendar and the
 * count of chases the policy decides from, so it cannot decide again: the rep opens the thread.
 */
export type Staleness = { readOn: CalendarDate } | { chasedOn: CalendarDate };

/**
 * Whether the kept view is out of date on `today` (zone `tz`), given the chase days Kindly
 * remembers for the thread now. Within the day it was read, with no chase since, the decision
 * stands: the policy counts whole days.
 */
export function staleness(
  view: ThreadView,
  remembered: readonly CalendarDate[],
  today: CalendarDate,
  tz: string
): Staleness | null {
  const readOn = calendarDateIn(view.viewedAt, tz);
  if (compareDates(readOn, today) < 0) return { readOn };
  // A view an older Kindly kept does not give our last chase: a chase remembered the day it was
  // read may have come after it.
  const since = remembered.filter((day) =>
    view.lastChase === undefined
      ? compareDates(day, readOn) >= 0
      : !view.lastChase || compareDates(day, view.lastChase) > 0
  );
  const chasedOn = since.sort(compareDates).at(-1);
  return chasedOn ? { chasedOn } : null;
}

/** The view for the reason in use; where it may be out of date, it says so instead of deciding. */
export function shownView(
  view: ThreadView,
  reason: DelayReason,
  stale: StaleWords | null = null
): ShownView {
  const outcome = view.outcomes[view.outcomeOf[reason]];
  const waiting = outcome.status === "too-soon" || outcome.status === "hold";
  return {
    ...view,
    ...outcome,
    ...stale,
    // Once overridden it is fine to chase; the title still says how long Kindly would wait.
    status: view.override ? "ok" : stale ? "unknown" : outcome.status,
    canOverride: waiting && !view.override && !stale,
    reason,
    // The evidence is the detected reason's: it does not support another.
    evidence: reason === view.detected ? view.evidence : null,
  };
}

/** What the card says in place of a decision that may be out of date. */
export interface StaleWords {
  title: string;
  explanation: string;
}

/** The words for a view that may be out of date, in the UI language. */
export function staleWords(stale: Staleness, lang: UiLanguage, t: Strings): StaleWords {
  const explanation =
    "readOn" in stale
      ? format(t.gmailStaleRead, { date: formatDay(stale.readOn, lang) })
      : format(t.gmailStaleChased, { date: formatDay(stale.chasedOn, lang) });
  return { title: t.gmailStaleTitle, explanation };
}

/** "12 messages" and so on, for the timeline's header. */
export function timelineHeading(view: ThreadView, t: Strings): string {
  return `${t.threadHeading} · ${format(t.messageCount, { count: view.messageCount })}`;
}

/*
 * A kept view is read back from the rep's user properties, where an older Kindly, a cut-short
 * write or a hand edit may have left anything: each field the card reads is checked, and a
 * view that fails is not used (the compose card then asks for the thread to be read again).
 */

type Fields = Record<string, unknown>;

const STATUSES: Record<Status, true> = { ok: true, "too-soon": true, hold: true, respond: true };
const REF_KINDS: Record<OrderRefKind, true> = {
  PI: true,
  PO: true,
  contract: true,
  order: true,
  invoice: true,
};

const isFields = (v: unknown): v is Fields =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isDayOrNull = (v: unknown) => v === null || (isString(v) && isCalendarDate(v));
const isOneOf = (set: object, v: unknown) => isString(v) && Object.hasOwn(set, v);

function isOutcome(v: unknown): boolean {
  return (
    isFields(v) &&
    isOneOf(STATUSES, v.status) &&
    isString(v.title) &&
    isString(v.explanation) &&
    (v.relationship === "first" || v.relationship === "later")
  );
}

function isTimelineEntry(v: unknown): boolean {
  return isFields(v) && isString(v.who) && typeof v.ours === "boolean" && isString(v.when);
}

function isFacts(v: unknown): boolean {
  if (!isFields(v)) return false;
  const { orderRef: ref, amount } = v;
  return (
    (ref === null || (isFields(ref) && isOneOf(REF_KINDS, ref.kind) && isString(ref.value))) &&
    (amount === null ||
      (isFields(amount) &&
        Number.isFinite(amount.amount) &&
        isString(amount.currency) &&
        isString(amount.text))) &&
    isDayOrNull(v.confirmedOn) &&
    isDayOrNull(v.priceValidUntil) &&
    isDayOrNull(v.promisedDate)
  );
}

function isEvidence(v: unknown): boolean {
  return (
    v === null ||
    (isFields(v) && isString(v.sentence) && isDayOrNull(v.day) && Number.isFinite(v.confidence))
  );
}

/** Whether a stored value is a whole view, as threadView makes them. */
export function isThreadView(v: unknown): v is ThreadView {
  if (!isFields(v)) return false;
  const { outcomes, outcomeOf } = v;
  if (!Array.isArray(outcomes) || !outcomes.every(isOutcome) || !isFields(outcomeOf)) return false;
  const isOutcomeIndex = (i: unknown) =>
    Number.isInteger(i) && (i as number) >= 0 && (i as number) < outcomes.length;
  return (
    DELAY_REASONS.every((reason) => isOutcomeIndex(outcomeOf[reason])) &&
    isString(v.threadId) &&
    isString(v.subject) &&
    isString(v.subjectKey) &&
    isString(v.viewedAt) &&
    !Number.isNaN(Date.parse(v.viewedAt)) &&
    isString(v.displayName) &&
    isDayOrNull(v.override) &&
    (v.lastChase === undefined || isDayOrNull(v.lastChase)) &&
    Array.isArray(v.timeline) &&
    v.timeline.every(isTimelineEntry) &&
    Number.isInteger(v.messageCount) &&
    isDelayReason(v.detected) &&
    isEvidence(v.evidence) &&
    (v.buyerLanguage === null || isBuyerLanguage(v.buyerLanguage)) &&
    (v.buyerName === undefined || isString(v.buyerName)) &&
    isFacts(v.facts)
  );
}
