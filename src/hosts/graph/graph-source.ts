import type { Address, MailMessage } from "../../core/thread/model";
import { CHASE_CATEGORY, CHASE_PROPERTY } from "../mailhost";

/*
 * The whole conversation from Microsoft Graph: every message of the open conversation in
 * every folder (Inbox, Sent Items, Archive…), as the core reads messages. The pane, the
 * simulator and `kindly graph-thread` share this; each brings its own token and `fetch`.
 */

/** The national clouds Kindly knows: where Graph answers and where its users sign in. */
export const GRAPH_CLOUDS = {
  global: { graph: "https://graph.microsoft.com", login: "https://login.microsoftonline.com" },
  usGov: { graph: "https://graph.microsoft.us", login: "https://login.microsoftonline.us" },
  usGovDod: { graph: "https://dod-graph.microsoft.us", login: "https://login.microsoftonline.us" },
  china: {
    graph: "https://microsoftgraph.chinacloudapi.cn",
    login: "https://login.chinacloudapi.cn",
  },
} as const;

export type GraphCloud = keyof typeof GRAPH_CLOUDS;

/**
 * Kindly's manifest id: Outlook keeps an add-in's custom properties in one named property,
 * `cecp-<id>`, of the PS_PUBLIC_STRINGS set, holding them as JSON. Graph reads it back.
 */
export const ADDIN_ID = "02969272-682a-4115-ada5-de12d1cc25dd";
export const CUSTOM_PROPERTIES_ID = `String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN_ID}`;

/** Why Graph did not give the conversation. */
export type GraphFailure =
  | "auth" // 401 or 403: sign in, or consent to Mail.Read
  | "throttled" // 429 beyond the waits Kindly allows
  | "server" // 5xx beyond the retries
  | "malformed" // an answer that is not Graph's JSON
  | "network" // no answer at all (offline, DNS, refused)
  | "request"; // another 4xx: the request itself was refused

export class GraphError extends Error {
  constructor(
    message: string,
    readonly failure: GraphFailure,
    readonly status?: number
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export interface GraphOptions {
  /** Graph's root for the rep's cloud, such as https://graph.microsoft.com. */
  baseUrl: string;
  /** A token for Mail.Read (asked for once per request, so a provider may refresh it). */
  token: () => Promise<string>;
  conversationId: string;
  fetch?: typeof fetch;
  /** How a wait is spent (tests count them instead). */
  sleep?: (ms: number) => Promise<void>;
  /** Retries of one page after a 5xx or a 429. */
  retries?: number;
  /** The longest Retry-After Kindly honours, in ms: beyond it, it gives up and says so. */
  maxWaitMs?: number;
  /** Messages per page ($top). */
  pageSize?: number;
  /** A conversation longer than this is cut to its newest messages (the pane must stay light). */
  maxMessages?: number;
  /** Aborts the request under way, and stops before the next (the caller's deadline). */
  signal?: AbortSignal;
  /**
   * The caller's deadline (ms since the epoch, as Date.now()): a wait that would end at or past
   * it is not begun, and the read stops there with what Graph said (throttled, failing), rather
   * than be cut off by the deadline as if Graph had not answered.
   */
  deadline?: number;
}

/** The message fields Kindly reads. uniqueBody is the message's own words, without the history it quotes. */
const SELECT = [
  "id",
  "internetMessageId",
  "conversationId",
  "subject",
  "from",
  "toRecipients",
  "ccRecipients",
  "sentDateTime",
  "receivedDateTime",
  "uniqueBody",
  "internetMessageHeaders",
  "categories",
  "isDraft",
].join(",");

interface GraphRecipient {
  emailAddress?: { name?: string; address?: string };
}

interface GraphMessage {
  id?: string;
  internetMessageId?: string;
  subject?: string;
  from?: GraphRecipient;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  sentDateTime?: string;
  receivedDateTime?: string;
  uniqueBody?: { contentType?: string; content?: string };
  internetMessageHeaders?: { name?: string; value?: string }[];
  categories?: string[];
  isDraft?: boolean;
  singleValueExtendedProperties?: { id?: string; value?: string }[];
}

/** Pages in a row that bring no message not seen before, after which Kindly stops asking. */
const MAX_IDLE_PAGES = 10;

/** The first page's address: the conversation's messages in all folders, with Kindly's tag. */
export function conversationUrl(baseUrl: string, conversationId: string, pageSize = 100): string {
  const quoted = conversationId.replace(/'/g, "''");
  const query = [
    `$filter=${encodeURIComponent(`conversationId eq '${quoted}'`)}`,
    `$select=${SELECT}`,
    `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${CUSTOM_PROPERTIES_ID}')`)}`,
    `$top=${pageSize}`,
  ].join("&");
  return `${baseUrl.replace(/\/+$/, "")}/v1.0/me/messages?${query}`;
}

const sleeping = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in ms: seconds, or an HTTP date; absent or unreadable, one second. */
function retryAfter(header: string | null, now = Date.now()): number {
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = header ? Date.parse(header) : NaN;
  return isNaN(at) ? 1000 : Math.max(0, at - now);
}

/** One page, with the waits and retries Graph asks for. */
async function page(url: string, options: GraphOptions): Promise<Record<string, unknown>> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? sleeping;
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitMs ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      if (options.signal?.aborted) throw new Error("the read was stopped");
      response = await doFetch(url, {
        signal: options.signal,
        // The token goes to Graph's host only: a redirect is not followed with it.
        redirect: "error",
        headers: {
          Authorization: `Bearer ${await options.token()}`,
          Prefer: 'outlook.body-content-type="text"',
          Accept: "application/json",
        },
      });
    } catch (error) {
      if (error instanceof GraphError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new GraphError(`Microsoft Graph could not be reached (${reason}).`, "network");
    }
    const { status } = response;
    if (status === 401) throw new GraphError("Microsoft Graph needs you to sign in.", "auth", 401);
    // With a token for Mail.Read in hand (consent missing fails the token, not the request),
    // a 403 is a refusal that signing in again does not change: an organisation's policy.
    if (status === 403) {
      const code = await errorCode(response);
      throw new GraphError(
        `Microsoft Graph refused to read your mail (403${code ? `, ${code}` : ""}).`,
        "request",
        403
      );
    }
    if (status === 429 || status >= 500) {
      // Retry-After where Graph gives one (429, and a 503 may); else a growing pause.
      const asked = response.headers.get("retry-after");
      const wait = status === 429 || asked ? retryAfter(asked) : 500 * 2 ** attempt;
      const pastDeadline = options.deadline !== undefined && Date.now() + wait >= options.deadline;
      if (attempt >= retries || wait > maxWait || pastDeadline) {
        const busy =
          wait > maxWait
            ? `asked Kindly to wait ${Math.ceil(wait / 1000)} s`
            : `answered so ${attempt + 1} times`;
        throw new GraphError(
          status === 429
            ? `Microsoft Graph is busy (429) and ${busy}; try again later.`
            : `Microsoft Graph failed (${status}) and ${busy}; try again later.`,
          status === 429 ? "throttled" : "server",
          status
        );
      }
      await sleep(wait);
      continue;
    }
    if (!response.ok)
      throw new GraphError(`Microsoft Graph refused the request (${status}).`, "request", status);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new GraphError(
        "Microsoft Graph answered with something that is not JSON.",
        "malformed",
        status
      );
    }
    if (!json || typeof json !== "object" || !Array.isArray((json as { value?: unknown }).value))
      throw new GraphError(
        "Microsoft Graph's answer has no list of messages.",
        "malformed",
        status
      );
    return json as Record<string, unknown>;
  }
}

/** Graph's error code from an error answer ("ErrorAccessDenied"), or "" where it gives none. */
async function errorCode(response: Response): Promise<string> {
  try {
    const code = ((await response.json()) as { error?: { code?: unknown } })?.error?.code;
    return typeof code === "string" && /^\w{1,80}$/.test(code) ? code : "";
  } catch {
    return "";
  }
}

function address(r: GraphRecipient | undefined): Address | null {
  const a = r?.emailAddress;
  if (!a || (!a.address && !a.name)) return null;
  return { name: a.name ?? "", address: (a.address ?? "").toLowerCase() };
}

function tagged(m: GraphMessage): boolean {
  if (m.categories?.includes(CHASE_CATEGORY)) return true;
  const custom = m.singleValueExtendedProperties?.find((p) => p.id === CUSTOM_PROPERTIES_ID)?.value;
  if (!custom) return false;
  try {
    const props = JSON.parse(custom) as Record<string, unknown>;
    return Boolean(props && typeof props === "object" && props[CHASE_PROPERTY]);
  } catch {
    return false;
  }
}

/** An instant as every host gives it (toISOString: "2026-11-10T01:00:00.000Z"); null when unreadable. */
function instant(value: string | undefined): string | null {
  const t = value ? Date.parse(value) : NaN;
  return isNaN(t) ? null : new Date(t).toISOString();
}

/** One Graph message as the core reads it; null for a draft (not sent, not part of the thread). */
export function graphMessage(m: GraphMessage): MailMessage | null {
  if (m.isDraft) return null;
  const body = m.uniqueBody;
  const headers: Record<string, string> = {};
  for (const h of m.internetMessageHeaders ?? [])
    if (h.name) headers[h.name.toLowerCase()] = h.value ?? "";
  return {
    id: m.id,
    messageId: m.internetMessageId || undefined,
    from: address(m.from),
    to: (m.toRecipients ?? []).map(address).filter((a): a is Address => a !== null),
    cc: (m.ccRecipients ?? []).map(address).filter((a): a is Address => a !== null),
    sentAt: instant(m.sentDateTime) ?? instant(m.receivedDateTime),
    subject: m.subject ?? "",
    body: body?.content ?? "",
    format: body?.contentType?.toLowerCase() === "html" ? "html" : "text",
    headers: Object.keys(headers).length ? headers : undefined,
    taggedChase: tagged(m),
    source: "graph",
  };
}

/**
 * Every sent message of the conversation, oldest first, following Graph's pages (on Graph's own
 * host only: the token goes nowhere else). Stops after `maxMessages`. Throws a GraphError that
 * says what went wrong (sign-in, throttling, a failing or garbled answer).
 */
export async function graphConversation(options: GraphOptions): Promise<MailMessage[]> {
  const limit = options.maxMessages ?? 2_000;
  const origin = new URL(options.baseUrl).origin;
  const found: MailMessage[] = [];
  const seen = new Set<string>();
  let url: string | null = conversationUrl(
    options.baseUrl,
    options.conversationId,
    options.pageSize
  );
  // Graph may send short pages, even empty ones, and still have more: any number of pages is
  // followed while they bring messages, but not a run of pages that bring nothing new.
  let idle = 0;
  while (url && found.length < limit) {
    const json: Record<string, unknown> = await page(url, options);
    const before = found.length;
    for (const raw of json.value as GraphMessage[]) {
      const message = raw && typeof raw === "object" ? graphMessage(raw) : null;
      if (!message || (message.id && seen.has(message.id))) continue;
      if (message.id) seen.add(message.id);
      found.push(message);
    }
    idle = found.length > before ? 0 : idle + 1;
    if (idle > MAX_IDLE_PAGES)
      throw new GraphError(
        "Microsoft Graph kept sending pages without the conversation's messages.",
        "malformed"
      );
    const next = json["@odata.nextLink"];
    url = typeof next === "string" && next ? new URL(next, origin).href : null;
    if (url && new URL(url).origin !== origin)
      throw new GraphError(
        "Microsoft Graph pointed to its next page on another server; Kindly did not follow.",
        "malformed"
      );
  }
  const time = (m: MailMessage) => (m.sentAt ? Date.parse(m.sentAt) : NaN);
  // The last page may overshoot the limit: keep the newest `limit`.
  return found.sort((a, b) => (time(a) || 0) - (time(b) || 0)).slice(-limit);
}
