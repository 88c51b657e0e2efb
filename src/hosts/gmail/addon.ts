import {
  calendarDateIn,
  isBuyerLanguage,
  isDelayReason,
  makeCalendar,
  subjectKey,
  threadFacts,
  type DelayReason,
  type HolidayYears,
  type MemoryWarning,
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
  format,
  isUiLanguage,
  stringsFor,
  UI_LANGUAGE_KEY,
  uiLanguageFor,
  type Strings,
  type UiLanguage,
} from "../../locales";
import { missingFieldsText } from "../../locales/wording";
import { HostError } from "../mailhost";
import { rememberChase, rememberOverride } from "../memory-store";
import { analyseOpenThread, readOpenThread, type OpenThreadInput } from "../open-thread";
import { chooseReason, loadProfile } from "../preferences";
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
import { threadView, type ThreadView } from "./view";

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
  const chosen = store.get(UI_LANGUAGE_KEY);
  const lang = isUiLanguage(chosen)
    ? chosen
    : uiLanguageFor(e.commonEventObject?.userLocale ?? "en");
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
  if (!messageId || !accessToken) throw new HostError(ctx.t.gmailNoThread, "read the thread");
  ctx.services.GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = ctx.services.GmailApp.getMessageById(messageId);
  return { message, messages: message.getThread().getMessages() };
}

/** Reads and analyses the open thread, keeps its view for the compose card, and returns it. */
function viewOpenThread(ctx: Context, e: GmailEvent): Viewed {
  const { message, messages } = openMessage(ctx, e);
  const { store, tz, t, lang } = ctx;
  const known = store.get(REP_KEY);
  const me = repAddress(messages, typeof known === "string" ? known : null);
  if (!me) throw new HostError(t.gmailNoAddress, "read the thread");
  const mailMessages = gmailMessages(messages);
  const displayName = mailMessages.find((m) => m.from?.address === me)?.from?.name ?? "";
  const threadId = message.getThread().getId();
  const input: OpenThreadInput = {
    messages: mailMessages,
    conversationId: threadId,
    user: { address: me, displayName },
    settings: store,
    tz,
  };
  const read = readOpenThread(input);
  const country = read.country.chosen ?? read.country.guessed;
  const calendar = makeCalendar(country, country ? (HOLIDAYS[country] ?? null) : null);
  const opened = analyseOpenThread(read, input, ctx.services.now(), calendar);
  // The reason the rep picks on the card is kept for the thread, as the pane keeps it.
  const used = opened.chosenReason ?? opened.analysis.reason.label;
  const reason = formReason(e) ?? used;
  if (reason !== used)
    void chooseReason(store, threadId, reason === opened.analysis.reason.label ? null : reason);
  const evidence = read.thread.messages.find((m) => m.id === opened.analysis.reason.messageId);
  const subject = message.getSubject();
  const view = threadView(
    {
      threadId,
      subject,
      subjectKey: subjectKey(subject),
      viewedAt: ctx.services.now().toISOString(),
    },
    read,
    opened,
    reason,
    threadFacts(read.thread, tz),
    lang,
    tz,
    t,
    evidence?.sentAt ? calendarDateIn(evidence.sentAt, tz) : null
  );
  if (known !== me) store.set(REP_KEY, me);
  keepRecent(store, view);
  const failure = store.flush();
  return {
    view,
    message,
    notice: failure
      ? format(t.gmailNotSaved, { reason: failure.message })
      : read.warning
        ? t[MEMORY_WARNING[read.warning]]
        : null,
  };
}

/** The views kept in RECENT_KEY, newest first; anything else stored there is dropped. */
function storedViews(store: PropertiesStore): ThreadView[] {
  const stored = store.get(RECENT_KEY);
  return (Array.isArray(stored) ? stored : []).filter(
    (v): v is ThreadView => Boolean(v) && typeof v === "object" && typeof v.threadId === "string"
  );
}

/** Keeps the view first among the recent ones, dropping the oldest until they fit one property. */
function keepRecent(store: PropertiesStore, view: ThreadView): void {
  const recent = [view, ...storedViews(store).filter((v) => v.threadId !== view.threadId)];
  while (recent.length > 1 && utf8Length(JSON.stringify(recent)) > RECENT_BUDGET) recent.pop();
  store.set(RECENT_KEY, recent);
}

/** The thread a compose card is for: by id, else by subject, else the one viewed last. */
export function recentView(
  store: PropertiesStore,
  threadId?: string,
  subject?: string
): ThreadView | null {
  const recent = storedViews(store);
  const key = subject ? subjectKey(subject) : "";
  return (
    (threadId && recent.find((v) => v.threadId === threadId)) ||
    (key && recent.find((v) => v.subjectKey === key)) ||
    recent[0] ||
    null
  );
}

/**
 * The reminder as the card shows it: the rep's choices in the form, and the reason picked
 * there (a compose card works from a kept view, so its pick is not in the view).
 */
function reminderOf(ctx: Context, e: GmailEvent, view: ThreadView) {
  const choices = choicesOf(e, view);
  const reason = formReason(e) ?? view.reason;
  const base = baseFields(view.buyerName, view.facts, loadProfile(ctx.store), "", choices.lang);
  const library = builtInLibrary(choices.lang);
  return { reason, choices, ...reminderFor(view.relationship, reason, base, choices, library) };
}

/** The card for a view and the rep's current choices. */
function cardFor(
  ctx: Context,
  e: GmailEvent,
  view: ThreadView,
  mode: "read" | "compose",
  notice: string | null
): unknown {
  const { reason, choices, ...reminder } = reminderOf(ctx, e, view);
  return kindlyCard(ctx.services.CardService, {
    view: { ...view, reason },
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

/** The open thread's view (reading), or the kept view the compose card is for (writing). */
interface Viewed {
  view: ThreadView;
  notice: string | null;
  /** The open message, when reading. */
  message?: GmailMessageApi;
}

function viewFor(ctx: Context, e: GmailEvent, mode: "read" | "compose"): Viewed {
  if (mode === "read") return viewOpenThread(ctx, e);
  const view = recentView(ctx.store, threadParam(e) ?? e.gmail?.threadId, e.draftMetadata?.subject);
  if (!view) throw new HostError(ctx.t.gmailNoThread, "find the thread");
  return { view, notice: null };
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
    card = problemCard(services.CardService, ctx.t, message, { mode });
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
    if (!thread) throw new HostError(ctx.t.gmailNoThread, "chase anyway");
    void rememberOverride(ctx.store, thread, today(ctx), { budget: GMAIL_MEMORY_BUDGET });
    const failure = ctx.store.failure;
    return failure ? format(ctx.t.gmailNotSaved, { reason: failure.message }) : null;
  });
}

/** "Reply with reminder" (reading): a reply draft holding the reminder, opened for the rep. */
export function onKindlyReply(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const { view, message } = viewFor(ctx, e, "read");
  const { composed } = reminderOf(ctx, e, view);
  // The button is disabled while fields are missing; Gmail shows a thrown error to the rep.
  if (composed.missing.length)
    throw new HostError(missingFieldsText(ctx.t, composed.missing), "reply");
  const draft = message!.createDraftReply(composed.text, { htmlBody: composed.html });
  return services.CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}

/** "Insert reminder" (writing): the reminder at the cursor, and the chase remembered. */
export function onKindlyInsert(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const { view } = viewFor(ctx, e, "compose");
  const { composed } = reminderOf(ctx, e, view);
  if (composed.missing.length) return showCard(services, e, "compose", true);
  void rememberChase(ctx.store, view.threadId, today(ctx), { budget: GMAIL_MEMORY_BUDGET });
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
