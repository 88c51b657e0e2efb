import { onGmailMessageOpen } from "../gmail/addon";
import { recordingCardService, type CardNode } from "../gmail/card-recorder";
import type {
  GasServices,
  GmailAppApi,
  GmailDraftApi,
  GmailEvent,
  GmailMessageApi,
  PropertiesApi,
} from "../gmail/gas";
import { VALUE_QUOTA, utf8Length } from "../gmail/properties-store";
import type { Address } from "../../core/thread/model";
import type { SimThread } from "./mailbox";
import { REP } from "./samples";

/*
 * The simulator playing Gmail for Kindly's add-on: GmailApp over a simulated thread, user
 * properties in memory (with Apps Script's quotas), and the card the add-on builds, recorded.
 * The tests use the same pieces, and count what the add-on asked of them.
 */

function person(a: Address): string {
  return a.name ? `"${a.name}" <${a.address}>` : a.address;
}

/** What the add-on did to the simulated Gmail. */
export interface GmailLog {
  tokens: string[];
  drafts: { replyTo: string; body: string; htmlBody: string }[];
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
      createDraftReply: (body: string, options: { htmlBody: string }): GmailDraftApi => {
        log.drafts.push({ replyTo: m.id, body, htmlBody: options.htmlBody });
        return { getId: () => `draft-${log.drafts.length}` };
      },
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
  return onGmailMessageOpen(simGasServices(thread, now), openEvent(thread, locale, tz)) as CardNode;
}
