import {
  buyerCountry,
  calendarDateIn,
  decide,
  makeCalendar,
  newText,
  readThread,
  standingOverride,
  withRememberedChases,
  type CalendarDate,
  type Decision,
  type DelayReason,
  type HolidayYears,
  type PolicySettings,
  type Thread,
  type ThreadMemory,
} from "../core";
import { isChase } from "../core/thread/payment";
import { toOursOnly } from "../core/thread/side";
// Imported, not fetched: the handler is one self-contained file (classic Outlook on Windows loads it alone).
import allHolidays from "../generated/holidays/all.json";
import { itemToMessage, type MailUser, type OpenItem, type SettingsStore } from "../hosts/mailhost";
import { loadMemory, rememberChase } from "../hosts/memory-store";
import { buyerCountries, chosenReason } from "../hosts/preferences";
import { policyFor } from "../hosts/settings";
import { threadReason } from "../core/reasons";
import { detectLanguage } from "../core/text/language";
import { checkTone, withoutDisclaimers } from "../core/tone";
import { OutlookHost } from "../hosts/outlook/host";
import type { OfficeSurface, SendEventLike } from "../hosts/outlook/office-surface";
import { chosenUiLanguage, UI_LANGUAGE_KEY } from "../locales";
import { heldMessage, roomAfter, sendWarning, toneWarning, type HeldStatus } from "./warning";

/**
 * How long the check may take before Kindly lets the message go unchecked. Outlook
 * gives a Smart Alerts handler about 5 seconds before it tells the rep the add-in
 * is slow; answering by 3.5 s leaves room for starting the runtime and for Outlook's
 * own work on a slow machine, so Kindly never stands between the rep and Send.
 */
export const SEND_CHECK_BUDGET_MS = 3_500;

/** Public holidays by country, packed at build time (npm run prepare). */
const HOLIDAYS: Readonly<Record<string, HolidayYears>> = allHolidays;

/** Let the message go, or hold it with a message for the rep (who can still choose Send anyway). */
type Verdict = { allow: true } | { allow: false; message: string };

const ALLOW: Verdict = { allow: true };

export interface SendCheckOptions {
  /** The current instant; the moment of the check when absent. */
  now?: Date;
  /** The rep's IANA time zone; the runtime's when absent. */
  tz?: string;
  /** SEND_CHECK_BUDGET_MS when absent. */
  budgetMs?: number;
  /** Told why a message went unchecked (an error, or the budget ran out); a console warning when absent. */
  onError?: (error: unknown) => void;
}

/**
 * The OnMessageSend handler's whole job: look at the draft and answer Outlook
 * exactly once. A chase sent too soon, or while Kindly advises holding, is held
 * with a short why; everything else goes. Any failure, and any check slower than
 * the budget, lets the message go. Never rejects.
 */
export async function checkSend(
  office: OfficeSurface,
  event: SendEventLike,
  options: SendCheckOptions = {}
): Promise<void> {
  const report = safely(options.onError ?? warnInConsole);
  const budgetMs = options.budgetMs ?? SEND_CHECK_BUDGET_MS;
  let verdict = ALLOW;
  try {
    verdict = await withinBudget(() => verdictFor(office, options, budgetMs, report), budgetMs);
  } catch (error) {
    report(error);
  }
  answer(event, verdict, report);
}

/** What to tell Outlook about the draft being sent. */
async function verdictFor(
  office: OfficeSurface,
  options: SendCheckOptions,
  budgetMs: number,
  report: (error: unknown) => void
): Promise<Verdict> {
  // No single Outlook call may wait longer than the whole check.
  const host = new OutlookHost(office, budgetMs);
  const item = await host.openItem();
  const user = host.user();
  const own = ownWords(item, user);
  if (own === null) return ALLOW;
  const tz = options.tz ?? localZone();
  const now = options.now ?? host.now();
  const lang = chosenUiLanguage(host.settings.get(UI_LANGUAGE_KEY), host.displayLanguage());
  const warnings: string[] = [];
  // A memory Kindly cannot read might hold the rep's "Chase anyway": the timing is not
  // checked then (the message is not held for it), but the tone still is.
  const remembered = rememberedOf(host.settings, item.conversationId, report);
  const timing = remembered && timingOf(host, item, user, remembered, tz, now);
  // Held unless the rep chose "Chase anyway" for this thread and no chase has used it yet.
  if (timing?.held) warnings.push(sendWarning(timing.held, lang));
  // The draft's own language: only its rules (and English) need compiling on this cold start.
  const findings = checkTone(own, detectLanguage(own));
  if (findings.length) warnings.push(toneWarning(findings, lang, roomAfter(warnings, lang)));
  if (warnings.length) return { allow: false, message: heldMessage(warnings, lang) };
  // A chase that goes: remembered, so the next decision counts it even if a later reply's
  // quotes leave it out. (Outlook does not say when the rep sends a held one anyway.) One the
  // pane remembered when it inserted the reminder is remembered already: one chase, not two.
  if (timing && item.conversationId && !timing.rememberedAtInsert) {
    await rememberChase(host.settings, item.conversationId, timing.today).catch(report);
  }
  return ALLOW;
}

/** The chase's timing: the decision when it is held, the rep's day, and whether the pane remembered it. */
interface Timing {
  held: (Decision & { status: HeldStatus }) | null;
  today: CalendarDate;
  rememberedAtInsert: boolean;
}

/** Decides for the draft's thread as the pane would, with the chases Kindly remembers. */
function timingOf(
  host: OutlookHost,
  item: OpenItem,
  user: MailUser,
  remembered: ThreadMemory,
  tz: string,
  now: Date
): Timing {
  // The pane remembered this very draft's chase on the day it inserted the reminder: that day
  // is this send, not an earlier chase that would make it too soon.
  const inserted = item.taggedAt ? calendarDateIn(item.taggedAt, tz) : null;
  // As the pane reads it: the draft's quoted history (the core leaves the draft itself
  // out), with the chases Kindly remembers filling in what the quotes left out.
  const thread = withRememberedChases(
    readThread([itemToMessage(item)], { address: user.address, name: user.displayName }, { tz }),
    remembered.chases.filter((day) => day !== inserted),
    tz,
    { me: { name: user.displayName, address: user.address } }
  );
  const chosen = item.conversationId ? chosenReason(host.settings, item.conversationId) : null;
  const reason = chosen ?? threadReason(thread).label;
  const policy = policyFor(host.settings);
  const decision = decisionFor(thread, now, tz, policy, buyerCountries(host.settings), reason);
  const standing = standingOverride(remembered.override, thread, decision.today, tz);
  return {
    held: isHeld(decision) && !standing ? decision : null,
    today: decision.today,
    rememberedAtInsert: inserted !== null && remembered.chases.includes(inserted),
  };
}

/**
 * The draft's own words when it is a chase, else null: its new text without a disclaimer
 * (from where a notice naming the email begins to its paragraph's end), so neither the quoted
 * history nor a confidentiality notice ("… may result in legal action") is taken for the
 * rep's words. A draft is a chase when Kindly tagged it (it
 * inserted a reminder), or its own words ask for payment. Asked first, from the new words
 * alone: most messages a rep sends are no chase, and they go without the history being read.
 */
function ownWords(item: OpenItem, me: MailUser): string | null {
  if (item.mode !== "compose") return null;
  // A message to colleagues only ("could you check whether the deposit arrived?") is no chase.
  if (!item.taggedChase && toOursOnly([...item.to, ...item.cc], { address: me.address }))
    return null;
  const { body, format } = itemToMessage(item);
  const own = withoutDisclaimers(newText(body, format));
  return item.taggedChase || isChase(own) ? own : null;
}

/** The cooling-off decision, counting the buyer's weekend and public holidays. */
function decisionFor(
  thread: Thread,
  now: Date,
  tz: string,
  policy: PolicySettings,
  countries: Record<string, string>,
  reason: DelayReason
): Decision {
  const country = buyerCountry(thread, countries);
  const calendar = makeCalendar(country, country ? (HOLIDAYS[country] ?? null) : null);
  return decide(thread, now, policy, calendar, tz, reason);
}

function isHeld(decision: Decision): decision is Decision & { status: HeldStatus } {
  return decision.status === "too-soon" || decision.status === "hold";
}

/**
 * What Kindly remembers of this conversation: chase days, and the rep's "Chase anyway". Null,
 * with the problem reported, for a memory Kindly cannot read whole.
 */
function rememberedOf(
  settings: SettingsStore,
  conversationId: string | null,
  report: (error: unknown) => void
): ThreadMemory | null {
  const { memory, warning } = loadMemory(settings);
  if (warning) {
    report(new Error(`Kindly's chase memory could not be read (${warning}).`));
    return null;
  }
  return conversationId ? memory.get(conversationId) : { chases: [], override: null };
}

/** What `work` gives, or a rejection once `ms` have passed without it. */
function withinBudget<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The budget's clock starts before the work, so it runs out first, not any timer the work sets.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The send check took over ${ms} ms.`)), ms);
  });
  const stop = () => clearTimeout(timer);
  return Promise.race([work(), late]).then(
    (value) => {
      stop();
      return value;
    },
    (error: unknown) => {
      stop();
      throw error;
    }
  );
}

/** Tells Outlook the verdict; should Outlook refuse a hold, tells it to let the message go. */
function answer(event: SendEventLike, verdict: Verdict, report: (error: unknown) => void): void {
  try {
    event.completed(
      verdict.allow ? { allowEvent: true } : { allowEvent: false, errorMessage: verdict.message }
    );
    return;
  } catch (error) {
    report(error);
  }
  if (verdict.allow) return;
  try {
    event.completed({ allowEvent: true });
  } catch (error) {
    report(error);
  }
}

function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** A reporter that cannot throw: telling of a failure must not become one. */
function safely(report: (error: unknown) => void): (error: unknown) => void {
  return (error) => {
    try {
      report(error);
    } catch {
      // Nothing is left to tell it to.
    }
  };
}

function warnInConsole(error: unknown): void {
  console.warn("Kindly let this message go unchecked:", error);
}
