import type { MailMessage } from "../../core/thread/model";
import { messageIdOf } from "../../core/thread/read";
import { itemToMessage, type OpenItem, type SettingsStore } from "../mailhost";
import { GRAPH_KEY } from "../preferences";
import { GRAPH_CLOUDS, graphConversation, GraphError } from "./graph-source";

/*
 * Where the pane reads the thread from: the whole conversation through Microsoft Graph when
 * Kindly has a client ID and a token, else the open item and the history it quotes. Either
 * way the pane says which, and what the quoted history may miss.
 */

// The roaming setting with the rep's Graph client ID and cloud is kept among the other keys
// (preferences.ts), so that what only counts the settings (the Gmail bundle) needs no Graph code.
export { GRAPH_KEY };

/** A client ID set when Kindly was built (KINDLY_GRAPH_CLIENT_ID), for a whole organisation. */
const BUILT_CLIENT_ID: string = process.env.KINDLY_GRAPH_CLIENT_ID ?? "";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What Kindly needs to reach Graph: the app registration and the cloud. */
export interface GraphConfig {
  clientId: string;
  /** Graph's root, such as https://graph.microsoft.com. */
  baseUrl: string;
  /** Where the rep signs in for that cloud. */
  loginUrl: string;
}

/** The Graph settings as the settings screen edits them. */
export interface GraphSettings {
  /** The app registration's client ID; "" for none (then the build's, if any). */
  clientId: string;
  /** Graph's root: one of GRAPH_CLOUDS, or another https address. */
  baseUrl: string;
}

export function isClientId(value: string): boolean {
  return GUID.test(value);
}

/** An https address (or http on this machine, for a test endpoint), without query or fragment. */
export function isGraphBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search || url.hash || url.username || url.password) return false;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" || (url.protocol === "http:" && loopback);
}

/** The Graph settings as stored; anything unreadable is left empty (global cloud). */
export function loadGraphSettings(store: SettingsStore): GraphSettings {
  const stored = store.get(GRAPH_KEY);
  const raw =
    stored && typeof stored === "object" && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const clientId = typeof raw.clientId === "string" && isClientId(raw.clientId) ? raw.clientId : "";
  const baseUrl =
    typeof raw.baseUrl === "string" && isGraphBaseUrl(raw.baseUrl)
      ? raw.baseUrl.replace(/\/+$/, "")
      : GRAPH_CLOUDS.global.graph;
  return { clientId, baseUrl };
}

/** The configuration to use, or null when no client ID is set (in the settings or the build). */
export function graphConfig(store: SettingsStore): GraphConfig | null {
  const { clientId, baseUrl } = loadGraphSettings(store);
  const id = clientId || (isClientId(BUILT_CLIENT_ID) ? BUILT_CLIENT_ID : "");
  if (!id) return null;
  const cloud = Object.values(GRAPH_CLOUDS).find((c) => c.graph === baseUrl);
  return { clientId: id, baseUrl, loginUrl: cloud?.login ?? GRAPH_CLOUDS.global.login };
}

/** Tokens for Mail.Read; `interactive` may show a sign-in or consent window. */
export interface GraphAuth {
  token(interactive?: boolean): Promise<string>;
}

/** Why the pane read the quoted history rather than the whole conversation. */
export type QuotedWhy =
  | "not-configured" // no client ID
  | "unavailable" // the client has no nested app authentication
  | "consent" // sign-in or consent needed (401/403, or no token without asking)
  | "offline" // Graph could not be reached
  | "failed"; // Graph answered, but not with the conversation

/** Which messages the pane read. */
export type ThreadSource =
  { kind: "graph"; messages: number } | { kind: "quoted"; why: QuotedWhy; detail: string };

export interface ConversationRead {
  /** The open item first (it wins over its copy in Graph), then Graph's messages. */
  messages: MailMessage[];
  source: ThreadSource;
}

function quoted(item: OpenItem, why: QuotedWhy, detail = ""): ConversationRead {
  return { messages: [itemToMessage(item)], source: { kind: "quoted", why, detail } };
}

/** A token that failed for want of a connection (MSAL's codes, a fetch that could not go). */
const OFFLINE = /no_network_connectivity|network_error|timed_out|timeout|failed to fetch/i;

/**
 * Whether a token failed for want of the rep (to sign in, to consent: MSAL's interaction
 * required, an account Outlook does not give, a grant that needs consent), that is, for any
 * reason but the connection: a Sign in is offered, and it may help.
 */
function needsSignIn(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  const code = (error as Error & { errorCode?: unknown }).errorCode;
  return !OFFLINE.test(`${typeof code === "string" ? code : ""} ${error.message}`);
}

/**
 * The open item first, then the conversation's messages in Graph. Graph's copy of the item (the
 * same Message-ID) is not read twice: the item stands for both, with what only the copy says
 * (its internet headers, which mark an automatic reply; Kindly's chase tag) and the copy's date:
 * Graph's sentDateTime is when the message was sent, where Outlook's item date in read mode
 * (dateTimeCreated) is when the item was made in this mailbox: on receipt for a buyer's
 * message, and when the rep began the draft for a chase of theirs, days before it went.
 */
function withItem(own: MailMessage, messages: MailMessage[]): MailMessage[] {
  const id = messageIdOf(own);
  const copy = id ? messages.find((m) => messageIdOf(m) === id) : undefined;
  if (!copy) return [own, ...messages];
  const item = {
    ...own,
    sentAt: copy.sentAt ?? own.sentAt,
    headers: own.headers ?? copy.headers,
    taggedChase: own.taggedChase || copy.taggedChase,
  };
  return [item, ...messages.filter((m) => m !== copy)];
}

/**
 * How long the pane waits for Graph, sign-in and every page together, before it reads the open
 * item alone: a token or a request that never answers must not keep the rep waiting for ever.
 */
export const GRAPH_DEADLINE_MS = 20_000;

/**
 * The messages to read for the open item: the item and, when Graph is configured and signed
 * in, every message of its conversation. Never throws: what fails, or does not answer within
 * `deadlineMs`, falls back to the item.
 */
export async function readConversation(
  item: OpenItem,
  store: SettingsStore,
  authFor: (config: GraphConfig) => Promise<GraphAuth | null>,
  doFetch?: typeof fetch,
  deadlineMs = GRAPH_DEADLINE_MS
): Promise<ConversationRead> {
  const config = graphConfig(store);
  if (!config) return quoted(item, "not-configured");
  const conversationId = item.conversationId;
  if (!conversationId) return quoted(item, "failed", "This message has no conversation id.");
  const abort = new AbortController();
  const deadline = Date.now() + deadlineMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ConversationRead>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      const detail = `Microsoft Graph did not answer within ${deadlineMs / 1000} s.`;
      resolve(quoted(item, "offline", detail));
    }, deadlineMs);
  });
  const read = async (): Promise<ConversationRead> => {
    let auth: GraphAuth | null;
    try {
      auth = await authFor(config);
    } catch (error) {
      return quoted(item, "unavailable", error instanceof Error ? error.message : String(error));
    }
    if (!auth) return quoted(item, "unavailable");
    try {
      const messages = await graphConversation({
        baseUrl: config.baseUrl,
        conversationId,
        // A token that cannot be had is a sign-in the rep may give (needsSignIn), unless it
        // failed for want of a connection: then Graph is out of reach.
        token: () =>
          auth.token(false).catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            throw new GraphError(message, needsSignIn(error) ? "auth" : "network");
          }),
        fetch: doFetch,
        signal: abort.signal,
        // A wait Graph asks for must fit in the deadline: beyond it, Graph is busy, not silent.
        // Each wait alone (maxWaitMs), and the waits together: three Retry-After of 7 s fit
        // maxWaitMs one by one but not 20 s in all, and the read stops as throttled before the
        // wait that would overrun, rather than be cut off as a Graph that did not answer.
        maxWaitMs: deadlineMs / 2,
        deadline,
      });
      // The message being read is in the rep's mailbox: a Graph that has none of its
      // conversation is reading another mailbox (the item is in a shared one, say).
      if (item.mode === "read" && messages.length === 0)
        return quoted(
          item,
          "failed",
          "Microsoft Graph found none of this conversation in your mailbox."
        );
      return {
        messages: withItem(itemToMessage(item), messages),
        source: { kind: "graph", messages: messages.length },
      };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (!(error instanceof GraphError)) return quoted(item, "failed", detail);
      const why: QuotedWhy =
        error.failure === "auth" ? "consent" : error.failure === "network" ? "offline" : "failed";
      return quoted(item, why, detail);
    }
  };
  try {
    return await Promise.race([read(), late]);
  } finally {
    clearTimeout(timer);
  }
}
