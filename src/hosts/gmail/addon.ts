import {
  calendarDateIn,
  isBuyerLanguage,
  isDelayReason,
  makeCalendar,
  overrideAfterChases,
  threadFacts,
  type DelayReason,
  type HolidayYears,
  type MemoryWarning,
  type Message,
  type Thread,
} from "../../core";
import {
  builtInLibrary,
  FIELD_NAMES,
  LEVERS,
  type Ask,
  type Lever,
  type Strength,
} from "../../core/compose";
import { checkTone } from "../../core/tone";
import allHolidays from "../../generated/holidays/all.json";
import {
  chosenUiLanguage,
  format,
  stringsFor,
  UI_LANGUAGE_KEY,
  type Strings,
  type UiLanguage,
} from "../../locales";
import { missingFieldsText } from "../../locales/wording";
import { HostError } from "../mailhost";
import { errorText } from "../worded";
import { loadMemory, rememberChase, rememberOverride } from "../memory-store";
import { analyseOpenThread, readOpenThread, type OpenThreadInput } from "../open-thread";
import {
  chooseReason,
  chosenReason,
  loadProfile,
  MAX_NAME_LENGTH,
  saveProfile,
  type Profile,
} from "../preferences";
import {
  baseFields,
  defaultChoices,
  reminderFor,
  type Edits,
  type ReminderChoices,
} from "../reminder";
import { INPUT, kindlyCard, problemCard } from "./cards";
import type { FormInputs, GasServices, GmailEvent, GmailMessageApi } from "./gas";
import { gmailMessages, repAddress } from "./gmail-thread";
import { PropertiesStore, utf8Length } from "./properties-store";
import {
  isThreadView,
  shownView,
  staleness,
  staleWords,
  threadView,
  viewSubjectKey,
  type ShownView,
  type Staleness,
  type ThreadView,
} from "./view";

/*
 * Kindly for Gmail: what each trigger and card action does. main.ts hands these to Apps Script
 * as global functions; the tests call them with recording fakes of the services.
 */

/** The rep's address as Kindly last read it (Delivered-To), for threads that do not show it. */
export const REP_KEY = "kindly.gmail.rep";
/** The threads the rep viewed lately, newest first: the compose card works from these. */
export const RECENT_KEY = "kindly.gmail.recent";
/** Each within one user property (9 KB), with room to spare. */
export const GMAIL_MEMORY_BUDGET = 8_000;
export const RECENT_BUDGET = 8_000;

const MEMORY_WARNING: Record<MemoryWarning, keyof Strings> = {
  unreadable: "memoryUnreadable",
  newer: "memoryNewer",
  partial: "memoryPartial",
};

const HOLIDAYS = allHolidays as unknown as Record<string, HolidayYears>;

interface Context {
  services: GasServices;
  store: PropertiesStore;
  lang: UiLanguage;
  t: Strings;
  tz: string;
}

function contextOf(services: GasServices, e: GmailEvent): Context {
  const store = new PropertiesStore(services.PropertiesService.getUserProperties());
  const lang = chosenUiLanguage(
    store.get(UI_LANGUAGE_KEY),
    e.commonEventObject?.userLocale ?? "en"
  );
  return {
    services,
    store,
    lang,
    t: stringsFor(lang),
    tz: e.commonEventObject?.timeZone?.id || "UTC",
  };
}

function values(form: FormInputs | undefined, name: string): string[] {
  return form?.[name]?.stringInputs?.value ?? [];
}

/** The rep's choices as the card's form holds them; what the form lacks, the defaults give. */
function choicesOf(e: GmailEvent, view: ThreadView): ReminderChoices {
  const form = e.commonEventObject?.formInputs;
  const defaults = defaultChoices(view.buyerLanguage, view.facts.promisedDate);
  if (!form) return defaults;
  const [lang] = values(form, INPUT.lang);
  const [strength] = values(form, INPUT.strength);
  const [ask] = values(form, INPUT.ask);
  const edits: Edits = {};
  for (const name of [...FIELD_NAMES, "currency"] as const) {
    const [value] = values(form, INPUT.field(name));
    if (value !== undefined) edits[name] = value;
  }
  return {
    lang: isBuyerLanguage(lang) ? lang : defaults.lang,
    levers: new Set(
      values(form, INPUT.levers).filter((l): l is Lever => LEVERS.includes(l as Lever))
    ),
    strength: strength === "firm" ? "firm" : ("gentle" satisfies Strength),
    ask: ask === "slip" || ask === "date" ? (ask satisfies Ask) : defaults.ask,
    edits,
  };
}

function formReason(e: GmailEvent): DelayReason | null {
  const [reason] = values(e.commonEventObject?.formInputs, INPUT.reason);
  return isDelayReason(reason) ? reason : null;
}

/** The message the rep has open, read with the event's access token; its thread's messages. */
function openMessage(
  ctx: Context,
  e: GmailEvent
): { message: GmailMessageApi; messages: GmailMessageApi[] } {
  const { messageId, accessToken } = e.gmail ?? {};
  if (!messageId || !accessToken) throw new HostError(ctx.t.gmailNoThread);
  ctx.services.GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = ctx.services.GmailApp.getMessageById(messageId);
  return { message, messages: message.getThread().getMessages() };
}

/** Reads and analyses the open thread, keeps its view for the compose card, and returns it. */
function viewOpenThread(ctx: Context, e: GmailEvent): Kept {
  const { message, messages } = openMessage(ctx, e);
  const { store, tz, t, lang } = ctx;
  const known = store.get(REP_KEY);
  const me = repAddress(messages, typeof known === "string" ? known : null);
  if (!me) throw new HostError(t.gmailNoAddress);
  const mailMessages = gmailMessages(messages);
  const name = mailMessages.find((m) => m.from?.address === me)?.from?.name ?? "";
  // A name too long to be one would sign every reminder (the profile refuses it too).
  const displayName = name.length <= MAX_NAME_LENGTH ? name : "";
  const threadId = message.getThread().getId();
  const input: OpenThreadInput = {
    messages: mailMessages,
    whole: true, // GmailApp gives every message of the thread
    conversationId: threadId,
    user: { address: me, displayName },
    settings: store,
    tz,
  };
  const read = readOpenThread(input);
  const country = read.country.chosen ?? read.country.guessed;
  const calendar = makeCalendar(country, country ? (HOLIDAYS[country] ?? null) : null);
  const opened = analyseOpenThread(read, input, ctx.services.now(), calendar);
  const evidence = read.thread.messages.find((m) => m.id === opened.analysis.reason.messageId);
  const view = threadView(
    {
      threadId,
      subject: message.getSubject(),
      viewedAt: ctx.services.now().toISOString(),
      displayName,
    },
    read,
    opened,
    threadFacts(read.thread, tz),
    lang,
    tz,
    t,
    evidence?.sentAt ? calendarDateIn(evidence.sentAt, tz) : null
  );
  if (known !== me) store.set(REP_KEY, me);
  const kept = keepRecent(store, view);
  // A view too big to keep is as unsaved as one Gmail refused: the compose card will not have it.
  const failure =
    store.flush() ??
    (kept
      ? null
      : HostError.worded({
          problem: "hostGmailViewTooBig",
          operation: "doSaveSettings",
          detail: String(RECENT_BUDGET),
        }));
  return {
    view,
    answered: toAnswer(read.thread, messages) ?? { message, all: false },
    notice: failure ? notSaved(t, failure) : read.warning ? t[MEMORY_WARNING[read.warning]] : null,
  };
}

/** The message a reply with the reminder answers; `all`: to its sender and its recipients. */
interface Answered {
  message: GmailMessageApi;
  all: boolean;
}

/**
 * What a reply with the reminder answers. Apps Script addresses a reply draft "to the sender of
 * this message", and the open message is often the rep's own chase (the buyer has not answered):
 * so the draft answers the buyer's newest message of their own (no auto-reply, no bounce). A
 * thread with none (the rep's messages only; an out-of-office at most) is answered to all on our
 * newest chase, whose recipients are the buyer: Apps Script adds its sender, the rep, whom the rep
 * removes in the draft. A reply cannot be given its own recipients, and a new draft to the buyer's
 * address would leave the thread. Null when nothing but the open message can be answered.
 */
function toAnswer(thread: Thread, messages: GmailMessageApi[]): Answered | null {
  const newestFirst = thread.messages.filter((m) => m.source === "item").reverse();
  const find = (test: (m: Message) => boolean) => {
    const id = newestFirst.find(test)?.id;
    return messages.find((g) => g.getId() === id);
  };
  const buyer = find((m) => m.kind === "reply");
  if (buyer) return { message: buyer, all: false };
  const ours = find((m) => m.kind === "chase") ?? find((m) => m.side === "ours");
  return ours ? { message: ours, all: true } : null;
}

/** The views kept in RECENT_KEY, newest first; anything else stored there is dropped. */
function storedViews(store: PropertiesStore): ThreadView[] {
  const stored = store.get(RECENT_KEY);
  return Array.isArray(stored) ? stored.filter(isThreadView) : [];
}

/**
 * Keeps the view first among the recent ones, dropping the oldest until they fit one property.
 * A view too big to fit on its own is not kept (the others are): returns whether it was.
 */
function keepRecent(store: PropertiesStore, view: ThreadView): boolean {
  const fits = (views: ThreadView[]) => utf8Length(JSON.stringify(views)) <= RECENT_BUDGET;
  const others = storedViews(store).filter((v) => v.threadId !== view.threadId);
  const recent = fits([view]) ? [view, ...others] : others;
  while (recent.length && !fits(recent)) recent.pop();
  store.set(RECENT_KEY, recent);
  return recent[0] === view;
}

/**
 * The kept view of the thread a compose card is for: by the thread's id, else by its subject;
 * for a draft that names neither (a new message), the thread viewed last. A draft that names
 * its thread never gets another thread's view: that reminder is for another buyer.
 */
export function recentView(
  store: PropertiesStore,
  threadId?: string,
  subject?: string
): ThreadView | null {
  const recent = storedViews(store);
  if (threadId) return recent.find((v) => v.threadId === threadId) ?? null;
  if (subject) return recent.find((v) => v.subjectKey === viewSubjectKey(subject)) ?? null;
  return recent[0] ?? null;
}

/**
 * The view a compose card is for, with "Chase anyway" as Kindly remembers it now: chosen since
 * the view was kept (on this card, say), it counts at once; chosen on an earlier day, it stands
 * until a chase of ours on or after that day (once that day is over): one the kept view showed,
 * or one Kindly remembered since (standingOverride's rule, which the pane and the message card
 * follow). A chase the card cannot know of (sent since from a draft Kindly did not insert into)
 * counts once the rep opens the thread again and its view is kept afresh.
 */
function composeView(ctx: Context, e: GmailEvent): Kept {
  const view = recentView(ctx.store, threadParam(e) ?? e.gmail?.threadId, e.draftMetadata?.subject);
  if (!view) throw new HostError(ctx.t.gmailNoThread);
  const { override, chases } = loadMemory(ctx.store).memory.get(view.threadId);
  const seen = view.lastChase ? [view.lastChase] : [];
  const standing = overrideAfterChases(override, [...seen, ...chases], today(ctx));
  // A view an older Kindly kept does not say when we last chased: a choice from an earlier day
  // stands there only if the view saw it stand (a hold kept is the safe side of not knowing).
  const known =
    view.lastChase !== undefined || standing === today(ctx) || standing === view.override;
  return {
    view: { ...view, override: known ? standing : null },
    notice: null,
    staleness: staleness(view, chases, today(ctx), ctx.tz),
  };
}

/** The reminder as the card shows it: the rep's choices in the form, signed as their profile says. */
function reminderOf(ctx: Context, e: GmailEvent, view: ShownView) {
  const choices = choicesOf(e, view);
  const profile = loadProfile(ctx.store);
  const day = today(ctx);
  const base = baseFields(view.buyerName, view.facts, profile, view.displayName, choices.lang, day);
  const library = builtInLibrary(choices.lang);
  return { choices, ...reminderFor(view.relationship, view.reason, base, choices, library, day) };
}

/** The card for a view and the rep's current choices. */
function cardFor(
  ctx: Context,
  e: GmailEvent,
  view: ShownView,
  mode: "read" | "compose",
  notice: string | null
): unknown {
  const { choices, ...reminder } = reminderOf(ctx, e, view);
  return kindlyCard(ctx.services.CardService, {
    view,
    mode,
    lang: ctx.lang,
    t: ctx.t,
    choices,
    reminder,
    findings: checkTone(reminder.composed.text, choices.lang),
    notice,
    params: { mode, thread: view.threadId },
  });
}

/** A thread's view: read from the open thread (reading), or as kept (writing). */
interface Kept {
  view: ThreadView;
  notice: string | null;
  /** What a reply to the buyer answers, when reading. */
  answered?: Answered;
  /** Why the kept view may be out of date, when writing. */
  staleness?: Staleness | null;
}

/** The view for the card, for the reason in use. */
interface Viewed extends Kept {
  view: ShownView;
}

/**
 * The thread's view for the reason in use: the one picked on the card, else the one the rep
 * chose for the thread before, else the one detected. A new pick is kept for the thread, as
 * the pane keeps it, so the next card (of either kind) starts from it.
 */
function viewFor(ctx: Context, e: GmailEvent, mode: "read" | "compose"): Viewed {
  const kept = mode === "read" ? viewOpenThread(ctx, e) : composeView(ctx, e);
  const { view } = kept;
  const used = chosenReason(ctx.store, view.threadId) ?? view.detected;
  const reason = formReason(e) ?? used;
  const notice =
    reason === used
      ? null
      : saved(
          ctx,
          chooseReason(ctx.store, view.threadId, reason === view.detected ? null : reason)
        );
  const stale = kept.staleness ? staleWords(kept.staleness, ctx.lang, ctx.t) : null;
  return { ...kept, view: shownView(view, reason, stale), notice: notice ?? kept.notice };
}

/**
 * The notice for a save Gmail refused, else null. PropertiesStore writes before save()
 * returns (Apps Script does not wait for promises), so the outcome is known at once.
 */
function saved(ctx: Context, saving: Promise<unknown>): string | null {
  saving.catch(() => undefined); // the store keeps the failure; it is read here
  const failure = ctx.store.failure;
  return failure ? notSaved(ctx.t, failure) : null;
}

/** What Gmail did not save, and why, in the rep's UI language. */
function notSaved(t: Strings, failure: Error): string {
  return format(t.gmailNotSaved, { reason: errorText(failure, t) });
}

/**
 * Keeps the name and company the rep typed for a reminder that went out, so that no other
 * thread asks for them again (as the pane does after an insert). What was left empty is not
 * a choice to forget them: it was asked because the profile had none.
 */
function keepProfile(ctx: Context, choices: ReminderChoices): void {
  const typed: Profile = {};
  for (const key of ["repName", "company"] as const) {
    const value = choices.edits[key]?.trim();
    if (value) typed[key] = value;
  }
  if (typed.repName || typed.company) saved(ctx, saveProfile(ctx.store, typed));
}

function modeOf(e: GmailEvent): "read" | "compose" {
  const mode = e.commonEventObject?.parameters?.mode;
  return mode === "compose" || (!mode && !e.gmail?.accessToken) ? "compose" : "read";
}

/** The thread the card's action is for (every action of a Kindly card carries it). */
function threadParam(e: GmailEvent): string | undefined {
  return e.commonEventObject?.parameters?.thread;
}

/** Today in the rep's zone. */
function today(ctx: Context): string {
  return calendarDateIn(ctx.services.now(), ctx.tz);
}

/**
 * Shows the card for the thread, after `act` (which may return a notice); what goes wrong is a
 * card that says so, with a retry. Card actions answer with an update of the card shown.
 */
function showCard(
  services: GasServices,
  e: GmailEvent,
  mode: "read" | "compose",
  asUpdate: boolean,
  act: (ctx: Context) => string | null = () => null
): unknown {
  const ctx = contextOf(services, e);
  let card: unknown;
  try {
    const acted = act(ctx);
    const { view, notice } = viewFor(ctx, e, mode);
    card = cardFor(ctx, e, view, mode, acted ?? notice);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The retry is a card action, which names the thread only by the parameters it is given.
    const thread = threadParam(e) ?? e.gmail?.threadId;
    card = problemCard(services.CardService, ctx.t, message, thread ? { mode, thread } : { mode });
  }
  const cs = services.CardService;
  return asUpdate
    ? cs.newActionResponseBuilder().setNavigation(cs.newNavigation().updateCard(card)).build()
    : card;
}

/** Contextual trigger: the rep opened a message. */
export function onGmailMessageOpen(services: GasServices, e: GmailEvent): unknown {
  return showCard(services, e, "read", false);
}

/** Compose trigger: the rep is writing; the card works from the thread viewed before. */
export function onGmailCompose(services: GasServices, e: GmailEvent): unknown {
  return showCard(services, e, "compose", false);
}

/** A control on the card changed (reason, language, levers, a field): the card again. */
export function onKindlyChange(services: GasServices, e: GmailEvent): unknown {
  return showCard(services, e, modeOf(e), true);
}

/** "Chase anyway": remembered for today, and the card again. */
export function onKindlyChaseAnyway(services: GasServices, e: GmailEvent): unknown {
  return showCard(services, e, modeOf(e), true, (ctx) => {
    const thread = threadParam(e);
    if (!thread) throw new HostError(ctx.t.gmailNoThread);
    return saved(
      ctx,
      rememberOverride(ctx.store, thread, today(ctx), { budget: GMAIL_MEMORY_BUDGET })
    );
  });
}

/** "Reply with reminder" (reading): a reply draft holding the reminder, opened for the rep. */
export function onKindlyReply(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const { view, answered } = viewFor(ctx, e, "read");
  const { composed, choices } = reminderOf(ctx, e, view);
  // The button is disabled while fields are missing; Gmail shows a thrown error to the rep.
  if (composed.missing.length) throw new HostError(missingFieldsText(ctx.t, composed.missing));
  const { message, all } = answered!;
  const options = { htmlBody: composed.html };
  const draft = all
    ? message.createDraftReplyAll(composed.text, options)
    : message.createDraftReply(composed.text, options);
  // After the draft: a save Gmail refuses never keeps the reminder out of it.
  keepProfile(ctx, choices);
  return services.CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}

/** "Insert reminder" (writing): the reminder at the cursor, and the chase remembered. */
export function onKindlyInsert(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const { view } = viewFor(ctx, e, "compose");
  const { composed, choices } = reminderOf(ctx, e, view);
  if (composed.missing.length) return showCard(services, e, "compose", true);
  // The reminder goes in even if Gmail refuses to save these: an insert has no card to say so.
  saved(ctx, rememberChase(ctx.store, view.threadId, today(ctx), { budget: GMAIL_MEMORY_BUDGET }));
  keepProfile(ctx, choices);
  const cs = services.CardService;
  return cs
    .newUpdateDraftActionResponseBuilder()
    .setUpdateDraftBodyAction(
      cs
        .newUpdateDraftBodyAction()
        .addUpdateContent(composed.html, cs.ContentType.MUTABLE_HTML)
        .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT)
    )
    .build();
}
