import {
  explain,
  formatDay,
  type BuyerLanguage,
  type DelayReason,
  type Status,
  type ThreadFacts,
  type UiLanguage,
  uiLocale,
} from "../../core";
import type { Relationship } from "../../core/compose";
import { format, type Strings } from "../../locales";
import { statusTitle } from "../../locales/wording";
import type { AnalysedOpenThread, ReadOpenThread } from "../open-thread";
import { relationshipOf, type ReminderFacts } from "../reminder";
import { dateTimeFormat } from "../../core/text/intl";

/*
 * What the Gmail card shows for a thread, as plain data: built from the same analysis as the
 * Outlook pane, and small enough to keep (the compose card cannot read the thread, so it works
 * from the view the rep last saw of it).
 */

/** How many of a long thread's messages the card lists (the newest); a card has a size limit. */
export const TIMELINE_MAX = 20;

export interface TimelineEntry {
  who: string;
  ours: boolean;
  when: string;
}

export interface ThreadView {
  threadId: string;
  subject: string;
  /** subjectKey of the thread's subject: how a compose card finds the thread it replies to. */
  subjectKey: string;
  /** When the rep viewed it (ISO): the compose card falls back to the latest. */
  viewedAt: string;
  status: Status;
  title: string;
  explanation: string;
  /** The day the rep chose "Chase anyway", while it stands. */
  override: string | null;
  /** "Chase anyway" is offered: the status says wait, and the rep has not overridden it. */
  canOverride: boolean;
  timeline: TimelineEntry[];
  messageCount: number;
  detected: DelayReason;
  /** The reason in use: the rep's choice, else the detected one. */
  reason: DelayReason;
  evidence: { sentence: string; day: string | null; confidence: number } | null;
  relationship: Relationship;
  buyerLanguage: BuyerLanguage | null;
  buyerName: string | undefined;
  facts: ReminderFacts;
}

/** The view of an analysed thread in the UI language, at the rep's time zone. */
export function threadView(
  ids: { threadId: string; subject: string; subjectKey: string; viewedAt: string },
  read: ReadOpenThread,
  opened: AnalysedOpenThread,
  reason: DelayReason,
  facts: ThreadFacts,
  lang: UiLanguage,
  tz: string,
  t: Strings,
  evidenceDay: string | null
): ThreadView {
  const { analysis } = opened;
  const used = opened.chosenReason ?? analysis.reason.label;
  const decision = reason === used ? analysis.decision : opened.decideFor(reason);
  const waiting = decision.status === "too-soon" || decision.status === "hold";
  const when = dateTimeFormat(uiLocale(lang), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tz,
  });
  const messages = read.thread.messages;
  const evidence = reason === analysis.reason.label ? analysis.reason.evidence[0] : undefined;
  return {
    ...ids,
    status: opened.override ? "ok" : decision.status,
    title: statusTitle(decision, lang, t),
    explanation: explain(decision, lang),
    override: opened.override,
    canOverride: waiting && !opened.override,
    timeline: messages.slice(-TIMELINE_MAX).map((m) => ({
      who: m.from?.name || m.from?.address || t.unknownSender,
      ours: m.side === "ours",
      when: !m.sentAt
        ? t.noDate
        : m.source === "memory"
          ? `${formatDay(m.sentAt.slice(0, 10), lang)} · ${t.rememberedChase}`
          : when.format(new Date(m.sentAt)),
    })),
    messageCount: messages.length,
    detected: analysis.reason.label,
    reason,
    evidence: evidence
      ? { sentence: evidence.sentence, day: evidenceDay, confidence: analysis.reason.confidence }
      : null,
    relationship: relationshipOf(decision),
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

/** "12 messages" and so on, for the timeline's header. */
export function timelineHeading(view: ThreadView, t: Strings): string {
  return `${t.threadHeading} · ${format(t.messageCount, { count: view.messageCount })}`;
}
