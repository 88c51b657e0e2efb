import { htmlToText } from "../../core/thread/html-text";
import * as addon from "../gmail/addon";
import { ACTIONS } from "../gmail/cards";
import { recordingCardService, walkCard, type CardNode } from "../gmail/card-recorder";
import type {
  FormInputs,
  GasServices,
  GmailAppApi,
  GmailDraftApi,
  GmailEvent,
  GmailMessageApi,
  PropertiesApi,
} from "../gmail/gas";
import type { InsertContent, ItemMode } from "../mailhost";
import { VALUE_QUOTA, utf8Length } from "../gmail/properties-store";
import { parseAddress } from "../../core/thread/address";
import type { Address } from "../../core/thread/model";
import type { Draft, SimThread } from "./mailbox";
import { REP } from "./samples";

/*
 * The simulator playing Gmail for Kindly's add-on: GmailApp over a simulated thread, user
 * properties in memory (with Apps Script's quotas), and the card the add-on builds, recorded.
 * The tests use the same pieces, and count what the add-on asked of them.
 */

function person(a: Address): string {
  return a.name ? `"${a.name}" <${a.address}>` : a.address;
}

/** A reply draft the add-on created: the message it answers, whom Gmail addressed it to, its body. */
export interface DraftReply {
  replyTo: string;
  to: string[];
  body: string;
  htmlBody: string;
}

/** What the add-on did to the simulated Gmail. */
export interface GmailLog {
  tokens: string[];
  drafts: DraftReply[];
}

/** GmailApp over the thread; a message is readable only after its access token was set. */
export function simGmailApp(
  thread: SimThread,
  log: GmailLog = { tokens: [], drafts: [] }
): GmailAppApi {
  const threadApi = { getId: () => thread.id, getMessages: () => messages };
  const messages: GmailMessageApi[] = thread.messages.map((m) => {
    const headers: Record<string, string> = { ...(m.headers ?? {}) };
    // Gmail stamps what it delivers to this mailbox with the address it went to.
    if (m.to.some((a) => a.address === REP.address)) headers["delivered-to"] = REP.address;
    // Apps Script replies "to the sender of this message using the reply-to address"; a reply
    // to all adds "all recipients of this message". The documentation does not say that the
    // user's own address is left out, so it is not left out here.
    const sender = parseAddress(headers["reply-to"] ?? "")?.address || m.from.address;
    const draft = (to: string[], body: string, options: { htmlBody: string }): GmailDraftApi => {
      log.drafts.push({ replyTo: m.id, to, body, htmlBody: options.htmlBody });
      return { getId: () => `draft-${log.drafts.length}` };
    };
    return {
      getId: () => m.id,
      getFrom: () => person(m.from),
      getTo: () => m.to.map(person).join(", "),
      getCc: () => "",
      getDate: () => new Date(m.sentAt.getTime()),
      getSubject: () => m.subject,
      getBody: () => m.body.html,
      getPlainBody: () => m.body.text,
      getHeader: (name: string) => headers[name.toLowerCase()] ?? "",
      isDraft: () => false,
      getThread: () => threadApi,
      createDraftReply: (body, options) => draft([sender], body, options),
      createDraftReplyAll: (body, options) =>
        draft([...new Set([sender, ...m.to.map((a) => a.address)])], body, options),
    };
  });
  return {
    setCurrentMessageAccessToken: (token) => void log.tokens.push(token),
    getMessageById: (id) => {
      if (!log.tokens.length)
        throw new Error("Access denied: the add-on must set the message's access token first.");
      const found = messages.find((m) => m.getId() === id);
      if (!found) throw new Error(`Invalid argument: id ${id}`);
      return found;
    },
  };
}

/** User properties in memory, refusing a value over 9 KB as Apps Script does. */
export function memoryProperties(initial: Record<string, string> = {}): PropertiesApi & {
  values: Record<string, string>;
} {
  const values: Record<string, string> = { ...initial };
  const api = {
    values,
    getProperty: (key: string) => values[key] ?? null,
    getProperties: () => ({ ...values }),
    setProperty: (key: string, value: string) => {
      if (utf8Length(key) + utf8Length(value) > VALUE_QUOTA)
        throw new Error("Exceeded maximum property size.");
      values[key] = value;
      return api;
    },
    deleteProperty: (key: string) => {
      delete values[key];
      return api;
    },
  };
  return api;
}

/** Apps Script's services over a simulated thread, at a fixed instant. */
export function simGasServices(
  thread: SimThread,
  now: Date,
  properties: PropertiesApi = memoryProperties(),
  log?: GmailLog
): GasServices {
  return {
    CardService: recordingCardService(),
    GmailApp: simGmailApp(thread, log),
    PropertiesService: { getUserProperties: () => properties },
    now: () => new Date(now.getTime()),
  };
}

/** The event Gmail sends when the rep opens the thread's last message. */
export function openEvent(thread: SimThread, locale: string, tz: string): GmailEvent {
  const last = thread.messages[thread.messages.length - 1];
  return {
    commonEventObject: { userLocale: locale, timeZone: { id: tz } },
    gmail: { messageId: last.id, threadId: thread.id, accessToken: `token-${last.id}` },
  };
}

/** The card Kindly for Gmail shows for the thread: the simulator draws it. */
export function gmailCard(thread: SimThread, now: Date, locale: string, tz: string): CardNode {
  return addon.onGmailMessageOpen(
    simGasServices(thread, now),
    openEvent(thread, locale, tz)
  ) as CardNode;
}

/** What a card's form holds: each input's field name and its values. */
export type FormValues = Record<string, string[]>;

/** The form as the card sets it: the selected items of each list, the value of each field. */
export function formOf(card: CardNode): FormValues {
  const form: FormValues = {};
  for (const node of walkCard(card)) {
    const name = node.fieldName;
    if (typeof name !== "string") continue;
    if (node.kind === "SelectionInput") {
      const items = (node.items ?? []) as { value: string; selected: boolean }[];
      form[name] = items.filter((i) => i.selected).map((i) => i.value);
    } else if (node.kind === "TextInput") form[name] = [String(node.value ?? "")];
  }
  return form;
}

/** The form as Apps Script passes it to an action (commonEventObject.formInputs). */
export function formInputs(form: FormValues): FormInputs {
  return Object.fromEntries(
    Object.entries(form).map(([name, value]) => [name, { stringInputs: { value } }])
  );
}

/** The part of the simulated mailbox Gmail works on: the open thread and the draft. */
export interface GmailMailbox {
  readonly thread: SimThread;
  readonly mode: ItemMode;
  readonly currentDraft: Draft | null;
  now(): Date;
  replyWith(content: InsertContent): void;
  insertAtCursor(content: InsertContent): void;
}

type Handler = (services: GasServices, e: GmailEvent) => unknown;

/** The card actions, by the function name Apps Script would call. */
const HANDLERS: Record<string, Handler> = {
  [ACTIONS.change]: addon.onKindlyChange,
  [ACTIONS.chaseAnyway]: addon.onKindlyChaseAnyway,
  [ACTIONS.reply]: addon.onKindlyReply,
  [ACTIONS.insert]: addon.onKindlyInsert,
};

/**
 * Gmail around Kindly's add-on, for the simulator: it fires the contextual trigger on the open
 * thread (or the compose trigger on the open draft), runs the card's actions with the form as
 * it stands, and carries out what they answer: a new card, a reply draft, an insert at the
 * cursor. The user properties live as long as the session, as the rep's do across threads.
 */
export class GmailSession {
  readonly properties = memoryProperties();

  constructor(
    private readonly mailbox: GmailMailbox,
    readonly locale: string,
    readonly tz: string
  ) {}

  /** The card Gmail shows now: the message card when reading, the compose card when writing. */
  open(): CardNode {
    const services = this.services();
    return (
      this.mailbox.mode === "compose"
        ? addon.onGmailCompose(services, this.event())
        : addon.onGmailMessageOpen(services, this.event())
    ) as CardNode;
  }

  /**
   * Runs a card's action (a recorded Action) with the form. Returns the card to show next, or
   * null when the answer went to the draft (the mailbox then says what changed).
   */
  act(action: CardNode, form: FormValues): CardNode | null {
    const name = String(action.functionName);
    const handler = HANDLERS[name];
    if (!handler) throw new Error(`Kindly for Gmail has no action ${name}.`);
    const log: GmailLog = { tokens: [], drafts: [] };
    const e = this.event();
    e.commonEventObject = {
      ...e.commonEventObject,
      formInputs: formInputs(form),
      parameters: (action.parameters ?? {}) as Record<string, string>,
    };
    const response = handler(this.services(log), e) as CardNode;
    switch (response.kind) {
      case "ActionResponse":
        return (response.navigation as CardNode).updateCard as CardNode;
      case "ComposeActionResponse": {
        const draft = log.drafts[log.drafts.length - 1];
        this.mailbox.replyWith({ html: draft.htmlBody, text: draft.body });
        return null;
      }
      case "UpdateDraftActionResponse": {
        const update = response.updateDraftBodyAction as { contents: { content: string }[] };
        for (const { content } of update.contents)
          this.mailbox.insertAtCursor({ html: content, text: htmlToText(content) });
        return null;
      }
      default:
        throw new Error(
          `Kindly for Gmail answered with ${response.kind}, which Gmail does not take here.`
        );
    }
  }

  private services(log?: GmailLog): GasServices {
    return simGasServices(this.mailbox.thread, this.mailbox.now(), this.properties, log);
  }

  /** The trigger's event: the open message when reading; the draft's subject when writing. */
  private event(): GmailEvent {
    const { thread, currentDraft } = this.mailbox;
    if (this.mailbox.mode === "read") return openEvent(thread, this.locale, this.tz);
    return {
      commonEventObject: { userLocale: this.locale, timeZone: { id: this.tz } },
      draftMetadata: {
        subject: currentDraft?.subject,
        toRecipients: currentDraft?.to.map((a) => a.address),
      },
    };
  }
}
