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
import { builtInLibrary, LEVERS, type Ask, type Lever, type Strength } from "../../core/compose";
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
import { FIELD_NAMES } from "../../core/compose";

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
function viewOpenThread(ctx: Context, e: GmailEvent): { view: ThreadView; notice: string | null } {
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
  let read = readOpenThread(input);
  const calendarOf = () => {
    const country = read.country.chosen ?? read.country.guessed;
    return makeCalendar(country, country ? (HOLIDAYS[country] ?? null) : null);
  };
  let opened = analyseOpenThread(read, input, ctx.services.now(), calendarOf());
  // The reason the rep picks on the card is kept for the thread, as the pane keeps it.
  const picked = formReason(e);
  const used = opened.chosenReason ?? opened.analysis.reason.label;
  if (picked && picked !== used) {
    void chooseReason(store, threadId, picked === opened.analysis.reason.label ? null : picked);
    read = readOpenThread(input);
    opened = analyseOpenThread(read, input, ctx.services.now(), calendarOf());
  }
  const reason = opened.chosenReason ?? opened.analysis.reason.label;
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
    notice: failure
      ? format(t.gmailNotSaved, { reason: failure.message })
      : read.warning
        ? t[MEMORY_WARNING[read.warning]]
        : null,
  };
}

/** Keeps the view first among the recent ones, dropping the oldest until they fit one property. */
function keepRecent(store: PropertiesStore, view: ThreadView): void {
  const stored = store.get(RECENT_KEY);
  const others = (Array.isArray(stored) ? (stored as ThreadView[]) : []).filter(
    (v) => v && typeof v === "object" && v.threadId !== view.threadId
  );
  const recent = [view, ...others];
  while (recent.length > 1 && utf8Length(JSON.stringify(recent)) > RECENT_BUDGET) recent.pop();
  store.set(RECENT_KEY, recent);
}

/** The thread a compose card is for: by id, else by subject, else the one viewed last. */
export function recentView(
  store: PropertiesStore,
  threadId?: string,
  subject?: string
): ThreadView | null {
  const stored = store.get(RECENT_KEY);
  const recent = (Array.isArray(stored) ? stored : []).filter(
    (v): v is ThreadView => Boolean(v) && typeof v === "object" && typeof v.threadId === "string"
  );
  const key = subject ? subjectKey(subject) : "";
  return (
    (threadId && recent.find((v) => v.threadId === threadId)) ||
    (key && recent.find((v) => v.subjectKey === key)) ||
    recent[0] ||
    null
  );
}

/** The card for a view and the rep's current choices. */
function cardFor(
  ctx: Context,
  e: GmailEvent,
  view: ThreadView,
  mode: "read" | "compose",
  notice: string | null
): unknown {
  const choices = choicesOf(e, view);
  const profile = loadProfile(ctx.store);
  const base = baseFields(view.buyerName, view.facts, profile, "", choices.lang);
  const reminder = reminderFor(
    view.relationship,
    view.reason,
    base,
    choices,
    builtInLibrary(choices.lang)
  );
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

/** What went wrong, for the rep, with a way to try again. */
function problemOf(ctx: Context, e: GmailEvent, error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  return problemCard(ctx.services.CardService, ctx.t, message, { mode: modeOf(e) });
}

function viewFor(
  ctx: Context,
  e: GmailEvent,
  mode: "read" | "compose"
): { view: ThreadView; notice: string | null } {
  if (mode === "read") return viewOpenThread(ctx, e);
  const view = recentView(
    ctx.store,
    e.commonEventObject?.parameters?.thread ?? e.gmail?.threadId,
    e.draftMetadata?.subject
  );
  if (!view) throw new HostError(ctx.t.gmailNoThread, "find the thread");
  return { view, notice: null };
}

function modeOf(e: GmailEvent): "read" | "compose" {
  const mode = e.commonEventObject?.parameters?.mode;
  return mode === "compose" || (!mode && !e.gmail?.accessToken) ? "compose" : "read";
}

/** Contextual trigger: the rep opened a message. */
export function onGmailMessageOpen(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  try {
    const { view, notice } = viewFor(ctx, e, "read");
    return cardFor(ctx, e, view, "read", notice);
  } catch (error) {
    return problemOf(ctx, e, error);
  }
}

/** Compose trigger: the rep is writing; the card works from the thread viewed before. */
export function onGmailCompose(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  try {
    const { view, notice } = viewFor(ctx, e, "compose");
    return cardFor(ctx, e, view, "compose", notice);
  } catch (error) {
    return problemOf(ctx, e, error);
  }
}

function updateCard(ctx: Context, card: unknown): unknown {
  const cs = ctx.services.CardService;
  return cs.newActionResponseBuilder().setNavigation(cs.newNavigation().updateCard(card)).build();
}

/** A control on the card changed (reason, language, levers, a field): the card again. */
export function onKindlyChange(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const mode = modeOf(e);
  try {
    const { view, notice } = viewFor(ctx, e, mode);
    return updateCard(ctx, cardFor(ctx, e, view, mode, notice));
  } catch (error) {
    return updateCard(ctx, problemOf(ctx, e, error));
  }
}

/** "Chase anyway": remembered for today, and the card again. */
export function onKindlyChaseAnyway(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const mode = modeOf(e);
  try {
    const { view } = viewFor(ctx, e, mode);
    void rememberOverride(
      ctx.store,
      view.threadId,
      calendarDateIn(ctx.services.now().toISOString(), ctx.tz),
      {
        budget: GMAIL_MEMORY_BUDGET,
      }
    );
    const failure = ctx.store.failure;
    const again = viewFor(ctx, e, mode);
    const notice = failure
      ? format(ctx.t.gmailNotSaved, { reason: failure.message })
      : again.notice;
    return updateCard(ctx, cardFor(ctx, e, again.view, mode, notice));
  } catch (error) {
    return updateCard(ctx, problemOf(ctx, e, error));
  }
}

/** The reminder as the card shows it now. */
function reminderOf(ctx: Context, e: GmailEvent, view: ThreadView) {
  const choices = choicesOf(e, view);
  const base = baseFields(view.buyerName, view.facts, loadProfile(ctx.store), "", choices.lang);
  return reminderFor(view.relationship, view.reason, base, choices, builtInLibrary(choices.lang))
    .composed;
}

/** "Reply with reminder" (reading): a reply draft holding the reminder, opened for the rep. */
export function onKindlyReply(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const { view } = viewFor(ctx, e, "read");
  const composed = reminderOf(ctx, e, view);
  if (composed.missing.length) throw new HostError(ctx.t.gmailNoThread, "reply");
  const { message } = openMessage(ctx, e);
  const draft = message.createDraftReply(composed.text, { htmlBody: composed.html });
  return services.CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}

/** "Insert reminder" (writing): the reminder at the cursor, and the chase remembered. */
export function onKindlyInsert(services: GasServices, e: GmailEvent): unknown {
  const ctx = contextOf(services, e);
  const cs = services.CardService;
  try {
    const { view } = viewFor(ctx, e, "compose");
    const composed = reminderOf(ctx, e, view);
    if (composed.missing.length) return updateCard(ctx, cardFor(ctx, e, view, "compose", null));
    void rememberChase(
      ctx.store,
      view.threadId,
      calendarDateIn(services.now().toISOString(), ctx.tz),
      {
        budget: GMAIL_MEMORY_BUDGET,
      }
    );
    return cs
      .newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        cs
          .newUpdateDraftBodyAction()
          .addUpdateContent(composed.html, cs.ContentType.MUTABLE_HTML)
          .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT)
      )
      .build();
  } catch (error) {
    return updateCard(ctx, problemOf(ctx, e, error));
  }
}
