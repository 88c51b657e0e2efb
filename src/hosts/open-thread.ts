import {
  analyzeThread,
  buyerCountryChoice,
  decide,
  readThread,
  standingOverride,
  withRememberedChases,
  type Analysis,
  type BuyerCalendar,
  type CountryChoice,
  type Decision,
  type DelayReason,
  type MailMessage,
  type MemoryWarning,
  type Thread,
  type ThreadMemory,
  type ThreadReason,
} from "../core";
import type { MailUser, SettingsStore } from "./mailhost";
import { loadMemory } from "./memory-store";
import { buyerCountries, chosenReason } from "./preferences";
import { policyFor } from "./settings";

/*
 * From the messages a mail client gives to the decision on screen: one path for every shell
 * (the Outlook pane, the Gmail card), so the same thread at the same instant reads the same.
 * Two steps, because the buyer's calendar is known only once the thread is read, and the
 * pane loads it on demand while the Gmail card has it at hand.
 */

/** What a shell knows of the open thread and the rep. */
export interface OpenThreadInput {
  /** The messages the client shows: Outlook's open item (quotes included), or Gmail's whole thread. */
  messages: MailMessage[];
  /** The messages are the whole conversation as the mailbox holds it (Graph, Gmail). */
  whole: boolean;
  /** The client's id for the conversation, the key of what Kindly remembers of it. */
  conversationId: string | null;
  user: MailUser;
  settings: SettingsStore;
  /** The rep's time zone: days are the rep's calendar days. */
  tz: string;
}

/** The thread as read, with what Kindly remembers of it: the first step. */
export interface ReadOpenThread {
  thread: Thread;
  remembered: ThreadMemory | null;
  /** A problem with the stored memory, recovered from, for the rep to know. */
  warning: MemoryWarning | null;
  /** The buyer's country, and whether the rep chose it: the calendar to load. */
  country: CountryChoice;
}

/** The decision and reason for the thread: the second step. */
export interface AnalysedOpenThread {
  analysis: Analysis;
  /** The day the rep chose "Chase anyway" for this thread, if that still stands. */
  override: string | null;
  /** The reason the rep chose for this thread earlier, if any (the analysis already uses it). */
  chosenReason: DelayReason | null;
  /** The decision had the buyer's reason been this one (the rep's choice of reason). */
  decideFor: (reason: DelayReason) => Decision;
}

/** Reads the thread; the chases Kindly remembers fill in what the client's messages left out. */
export function readOpenThread(input: OpenThreadInput): ReadOpenThread {
  const { user, tz } = input;
  const { memory, warning } = loadMemory(input.settings);
  const remembered = input.conversationId ? memory.get(input.conversationId) : null;
  const thread = withRememberedChases(
    readThread(input.messages, { address: user.address, name: user.displayName }, { tz }),
    remembered?.chases ?? [],
    tz,
    { me: { name: user.displayName, address: user.address }, whole: input.whole }
  );
  const country = buyerCountryChoice(thread, buyerCountries(input.settings));
  return { thread, remembered, warning, country };
}

/**
 * Decides for the read thread at `now`, with the buyer's calendar and the rep's policy; with
 * the thread's reason when the shell has read it already (threadReason), else reading it.
 */
export function analyseOpenThread(
  read: ReadOpenThread,
  input: OpenThreadInput,
  now: Date,
  calendar: BuyerCalendar,
  reason?: ThreadReason
): AnalysedOpenThread {
  const { thread, remembered } = read;
  const { tz, settings, conversationId } = input;
  const policy = policyFor(settings);
  const chosen = conversationId ? chosenReason(settings, conversationId) : null;
  const analysis = analyzeThread(thread, {
    me: { address: input.user.address },
    tz,
    now,
    calendar,
    policy,
    reason: chosen ?? undefined,
    threadReason: reason,
  });
  return {
    analysis,
    override: standingOverride(remembered?.override ?? null, thread, analysis.decision.today, tz),
    chosenReason: chosen,
    decideFor: (reason) => decide(thread, now, policy, calendar, tz, reason),
  };
}
