import type { Address } from "../../core/thread/model";
import {
  CHASE_CATEGORY,
  CHASE_PROPERTY,
  type InsertContent,
  type ItemMode,
  type ItemKey,
  type OpenItem,
} from "../mailhost";
import { GRAPH_KEY, isGraphBaseUrl } from "../graph/conversation";
import type { SimFailure, SimOperation } from "./host";
import { renderBody, spokenDate, type RenderedBody } from "./quote-format";
import { MANAGER, REP, SAMPLE_THREADS, type QuoteStyle, type SampleThread } from "./samples";
import { HOSTILE_THREADS, type HostileMessage, type HostileThread } from "./hostile";

/** One message of a simulated thread, dated and with its full body (quotes included). */
export interface SimMessage {
  id: string;
  from: Address;
  to: Address[];
  sentAt: Date;
  subject: string;
  /** The message's own words. */
  text: string;
  body: RenderedBody;
  headers?: Record<string, string>;
  /** Categories and custom properties, as Outlook keeps them on an item. */
  categories: string[];
  properties: Record<string, string>;
}

export interface SimThread {
  id: string;
  label: string;
  subject: string;
  buyer: Address;
  lang: string;
  messages: SimMessage[];
}

/** Where the rep writes: the simulator page's editor, or an in-memory draft. */
export interface Composer {
  body(): RenderedBody;
  insertAtCursor(content: InsertContent): void;
}

const DAY_MS = 86_400_000;

/** The client ID the simulator sets up Kindly with when it is given a Graph endpoint. */
export const SIMULATOR_CLIENT_ID = "00000000-0000-4000-8000-000000000000";

/** What each language's mail client puts before a reply's subject. */
const REPLY_PREFIX: Record<string, string> = { de: "AW", "zh-CN": "回复" };

function fillDates(text: string, now: Date, lang: string): string {
  return text.replace(/\{date:([+-]\d+)\}/g, (_, n: string) =>
    spokenDate(new Date(now.getTime() + Number(n) * DAY_MS), lang)
  );
}

/** Builds a thread's messages with dates relative to `now` and each body quoting the one before. */
export function materialize(sample: SampleThread | HostileThread, now: Date): SimThread {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const messages: SimMessage[] = [];
  let quotable: SimMessage | null = null;
  const written: HostileMessage[] = sample.messages;
  written.forEach((m, i) => {
    const [hh, mm] = m.time.split(":").map(Number);
    const sentAt = new Date(midnight - m.daysAgo * DAY_MS + (hh * 60 + mm) * 60_000);
    const from = m.from === "buyer" ? sample.buyer : m.from === "manager" ? MANAGER : REP;
    const to = m.from === "buyer" ? [REP] : [sample.buyer];
    const lang = m.from === "buyer" ? sample.lang : "en";
    const style: QuoteStyle = m.from === "buyer" ? sample.buyerClient : "outlook";
    const text = fillDates(m.text, now, lang);
    const auto = Boolean(m.headers?.["auto-submitted"]);
    const subject = m.subject ?? `${REPLY_PREFIX[lang] ?? "RE"}: ${sample.subject}`;
    // A hostile message may bring its whole body, raw, as its sender's client wrote it.
    const body = m.body
      ? m.body(auto ? null : quotable)
      : renderBody(text, auto ? null : quotable, style, lang);
    const message: SimMessage = {
      id: `${sample.id}-${i + 1}`,
      from,
      to,
      sentAt,
      subject,
      text,
      body,
      headers: m.headers,
      categories: [],
      properties: {},
    };
    messages.push(message);
    if (!auto) quotable = message;
  });
  return {
    id: sample.id,
    label: sample.label,
    subject: sample.subject,
    buyer: sample.buyer,
    lang: sample.lang,
    messages,
  };
}

/** A sample thread by id, or a hostile one (reachable by id, never listed). */
function findThread(id: string): SampleThread | HostileThread | undefined {
  return SAMPLE_THREADS.find((s) => s.id === id) ?? HOSTILE_THREADS.find((s) => s.id === id);
}

/** A draft kept in memory: the cursor sits at the top, above the quoted history. */
export class MemoryComposer implements Composer {
  private inserted: InsertContent[] = [];
  constructor(private readonly quoted: RenderedBody) {}
  body(): RenderedBody {
    return {
      text: [...this.inserted.map((c) => c.text), this.quoted.text].join("\n\n"),
      html: [...this.inserted.map((c) => c.html), this.quoted.html].join(""),
    };
  }
  insertAtCursor(content: InsertContent): void {
    this.inserted.push(content);
  }
}

export interface Draft {
  threadId: string;
  subject: string;
  to: Address[];
  composer: Composer;
  /** Categories and custom properties, as Outlook keeps them on the draft. */
  categories: string[];
  properties: Record<string, string>;
}

/** The simulated mailbox: threads, the open item, a draft, and roaming settings. */
export class SimMailbox {
  readonly me: Address = REP;
  /** The simulated client's theme (`?theme=dark`); null follows the browser, as Outlook on the web does. */
  theme: "light" | "dark" | null = null;
  private selected: string = SAMPLE_THREADS[0].id;
  /** Sample threads as built for this mailbox's clock, each when first needed (building one formats its dates). */
  private readonly built = new Map<string, SimThread>();
  private draft: Draft | null = null;
  private listeners = new Set<() => void>();
  private stored: Record<string, unknown>;
  private makeComposer: (quoted: RenderedBody) => Composer = (quoted) => new MemoryComposer(quoted);

  /** A Graph-shaped endpoint the simulated Outlook is signed in to (`?graph=`), if any. */
  graphEndpoint: string | null = null;

  /**
   * The operations the simulated Outlook fails, and how (see SimulatorHost). The simulator
   * page shares this mailbox as `kindlySimulator`, so `kindlySimulator.failures.set("insert",
   * "status")` there reaches the pane in its frame.
   */
  readonly failures = new Map<SimOperation, SimFailure>();

  /** When the simulation started, on the real clock. */
  private readonly started = Date.now();

  constructor(
    private readonly startAt: Date = new Date(),
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | null = null,
    readonly displayLanguage: string = "en-US"
  ) {
    this.stored = this.loadSettings();
  }

  /** The simulated clock: the day the samples are relative to, running on from when they were made. */
  now(): Date {
    return new Date(this.startAt.getTime() + (Date.now() - this.started));
  }

  get mode(): ItemMode {
    return this.draft ? "compose" : "read";
  }

  /** The draft being written, if any. */
  get currentDraft(): Draft | null {
    return this.draft;
  }

  /** The selected thread (select() takes only sample and hostile ids). */
  get thread(): SimThread {
    return this.threadById(this.selected)!;
  }

  private threadById(id: string): SimThread | undefined {
    let thread = this.built.get(id);
    const sample = thread ? undefined : findThread(id);
    if (sample) {
      thread = materialize(sample, this.startAt);
      this.built.set(id, thread);
    }
    return thread;
  }

  /**
   * Points the simulated Outlook at a Graph-shaped endpoint (a test server): Kindly is set up
   * for it, with the simulator's client ID, for this session only (nothing is saved).
   */
  useGraphEndpoint(url: string): void {
    const baseUrl = url.replace(/\/+$/, "");
    if (!isGraphBaseUrl(baseUrl))
      throw new Error(`The Graph endpoint must be https, or http on this machine: "${url}".`);
    this.graphEndpoint = baseUrl;
    this.stored[GRAPH_KEY] = { clientId: SIMULATOR_CLIENT_ID, baseUrl };
  }

  /** Opens a thread in the reading pane (closing any draft). */
  select(id: string): void {
    if (!findThread(id)) throw new Error(`No sample thread "${id}".`);
    this.selected = id;
    this.draft = null;
    this.emit();
  }

  /** Who writes drafts: the simulator page puts its editor here; alone, drafts live in memory. */
  setComposerFactory(factory: (quoted: RenderedBody) => Composer): void {
    this.makeComposer = factory;
  }

  /** Starts a reply to the open thread. */
  reply(): Draft {
    const thread = this.thread;
    const last = thread.messages[thread.messages.length - 1];
    const quoted = renderBody(
      "",
      { from: last.from, to: last.to, sentAt: last.sentAt, subject: last.subject, body: last.body },
      "outlook",
      "en"
    );
    this.draft = {
      threadId: thread.id,
      subject: /^re:/i.test(thread.subject) ? thread.subject : `RE: ${thread.subject}`,
      to: [thread.buyer],
      composer: this.makeComposer(quoted),
      categories: [],
      properties: {},
    };
    this.emit();
    return this.draft;
  }

  /** Tags the draft as a chase, as Kindly does in Outlook when it inserts a reminder. */
  tagDraft(): void {
    if (!this.draft) throw new Error("Open a reply to tag it as a chase.");
    this.draft.properties[CHASE_PROPERTY] = this.now().toISOString();
    if (!this.draft.categories.includes(CHASE_CATEGORY)) this.draft.categories.push(CHASE_CATEGORY);
  }

  discard(): void {
    this.draft = null;
    this.emit();
  }

  /** Sends the draft: it joins the thread as the rep's newest message. */
  send(): SimMessage | null {
    if (!this.draft) return null;
    const thread = this.threadById(this.draft!.threadId)!;
    const body = this.draft.composer.body();
    const own = body.text.split("\n________________________________")[0].trim();
    const message: SimMessage = {
      id: `${thread.id}-${thread.messages.length + 1}`,
      from: REP,
      to: this.draft.to,
      sentAt: this.now(),
      subject: this.draft.subject,
      text: own,
      body,
      categories: this.draft.categories,
      properties: this.draft.properties,
    };
    thread.messages.push(message);
    this.draft = null;
    this.emit();
    return message;
  }

  /** Which item is open, as Outlook's item says without a call: a draft has no id. */
  openItemKey(): ItemKey {
    const thread = this.thread;
    return this.draft
      ? { mode: "compose", itemId: null, conversationId: thread.id }
      : {
          mode: "read",
          itemId: thread.messages[thread.messages.length - 1].id,
          conversationId: thread.id,
        };
  }

  /** The open item as Outlook would describe it. */
  openItem(): OpenItem {
    const thread = this.thread;
    const key = this.openItemKey();
    if (this.draft) {
      const body = this.draft.composer.body();
      return {
        ...key,
        subject: this.draft.subject,
        from: REP,
        to: this.draft.to,
        cc: [],
        sentAt: null,
        bodyText: body.text,
        bodyHtml: body.html,
      };
    }
    const last = thread.messages[thread.messages.length - 1];
    return {
      ...key,
      subject: last.subject,
      from: last.from,
      to: last.to,
      cc: [],
      sentAt: last.sentAt.toISOString(),
      bodyText: last.body.text,
      bodyHtml: last.body.html,
      headers: last.headers,
      taggedChase: CHASE_PROPERTY in last.properties || last.categories.includes(CHASE_CATEGORY),
    };
  }

  insertAtCursor(content: InsertContent): void {
    if (!this.draft) throw new Error("Open a reply to insert the reminder.");
    // The same item, new words: Outlook raises no ItemChanged for this, nor do we.
    this.draft.composer.insertAtCursor(content);
  }

  /** Opens a reply carrying the content, as Outlook's displayReplyForm does. */
  replyWith(content: InsertContent): void {
    this.reply().composer.insertAtCursor(content);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Roaming settings: a map saved as one JSON value, as Outlook stores them.
  getSetting(key: string): unknown {
    return this.stored[key];
  }
  setSetting(key: string, value: unknown): void {
    this.stored[key] = value;
  }
  removeSetting(key: string): void {
    delete this.stored[key];
  }
  saveSettings(): void {
    this.storage?.setItem("kindly.simulator.settings", JSON.stringify(this.stored));
  }

  private loadSettings(): Record<string, unknown> {
    try {
      const raw = this.storage?.getItem("kindly.simulator.settings");
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === "object" && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }

  private emit(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A listener from a pane that has since reloaded: drop it.
        this.listeners.delete(listener);
      }
    }
  }
}
