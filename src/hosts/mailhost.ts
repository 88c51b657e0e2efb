import type { Address, MailMessage } from "../core/thread/model";
import { format } from "../locales/format";
import { en, type Strings } from "../locales/en";
import type { GraphAuth, GraphConfig } from "./graph/conversation";
import type { WordedError } from "./worded";

/** Whether the rep is reading a message or writing one. */
export type ItemMode = "read" | "compose";

/** Which item is open: enough to tell whether it is still the one the pane read. */
export interface ItemKey {
  mode: ItemMode;
  /** The host's id for the item (absent for an unsaved draft). */
  itemId: string | null;
  conversationId: string | null;
}

/** The item open in the mail client, as the host sees it. */
export interface OpenItem extends ItemKey {
  subject: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** UTC instant, ISO-8601; null for a draft. */
  sentAt: string | null;
  bodyText: string;
  bodyHtml: string;
  /** Internet headers (lower-case names) where the host exposes them. */
  headers?: Record<string, string>;
  /** The message's Internet Message-ID, where the host gives it (a message being read). */
  internetMessageId?: string;
  /** Kindly tagged this message as a chase when it inserted a reminder (category / custom property). */
  taggedChase?: boolean;
  /** When Kindly inserted its reminder (the custom property's instant, ISO), where the tag says. */
  taggedAt?: string;
}

/** The category Kindly puts on a message it inserted a reminder into, as the rep sees it in Outlook. */
export const CHASE_CATEGORY = "Kindly chase";
/** The custom property (Outlook) / marker (simulator) that says the same to Kindly. */
export const CHASE_PROPERTY = "kindlyChase";

/** What Kindly puts into a message: HTML, and plain text for plain-text drafts. */
export interface InsertContent {
  html: string;
  text: string;
}

/** The signed-in mailbox user. */
export interface MailUser {
  address: string;
  displayName: string;
}

/** Key–value settings that travel with the mailbox (Outlook roaming settings). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persist pending changes; rejects with a HostError when the host refuses. */
  save(): Promise<void>;
}

/** "dark" for a dark background colour ("#1f1f1f"), "light" for a light one, null for anything else. */
export function themeOfBackground(color: string | undefined): "light" | "dark" | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Relative luminance (WCAG), with the sRGB curve; below the midpoint grey reads as dark.
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.18 ? "dark" : "light";
}

/** What Kindly asked the mail client to do: a key of the pane's words ("doSaveSettings"). */
export type HostOperation = keyof Strings & `do${string}`;
/** How a failure of the mail client is worded: a key of the pane's words ("hostNoAnswer"). */
export type HostProblem = keyof Strings & `host${string}`;

/** A failure of the mail client in words every UI language has. */
export interface HostWording {
  problem: HostProblem;
  /** What Kindly asked of the client, for a problem that names it ({operation}). */
  operation?: HostOperation;
  /** What the client said, as it said it (in its own display language), or what the problem names (a setting, a size). */
  detail?: string;
}

/** A failure of the mail client in the words of one UI language. */
function wordHostFailure(t: Strings, { problem, operation, detail }: HostWording): string {
  return format(t[problem], { operation: operation ? t[operation] : "", detail: detail ?? "" });
}

/** A failure of the mail client, worded for the rep. */
export class HostError extends Error implements WordedError {
  /** For the pane to word it in the rep's UI language; the message is its English. */
  readonly wording?: HostWording;

  constructor(message: string, options: { cause?: unknown; wording?: HostWording } = {}) {
    super(message, { cause: options.cause });
    this.name = "HostError";
    this.wording = options.wording;
  }

  /** A failure worded from the pane's words: its message in English, `wording` for the pane. */
  static worded(wording: HostWording, cause?: unknown): HostError {
    return new HostError(wordHostFailure(en, wording), { cause, wording });
  }

  /** Its words in a UI language; without a wording, its message (the Gmail add-on words its own from ctx.t). */
  wordedIn(t: Strings): string {
    return this.wording ? wordHostFailure(t, this.wording) : this.message;
  }
}

/**
 * The port: everything a shell needs from a mail client. The pane knows this
 * interface and nothing of Office.js or the simulator behind it.
 */
export interface MailHost {
  readonly name: "outlook" | "simulator";
  user(): MailUser;
  /** The current instant: the real clock in Outlook, the simulated one in the simulator. */
  now(): Date;
  /** The mail client's display language, a BCP 47 tag such as "en-US" or "zh-CN". */
  displayLanguage(): string;
  /** Whether the client shows a light or dark theme; null when it does not say (then the browser's preference counts). */
  theme(): "light" | "dark" | null;
  /** The open item; rejects with a HostError. */
  openItem(): Promise<OpenItem>;
  /**
   * Which item is open, without reading it: what Outlook knows at once (no call to the
   * client, where `openItem` makes up to eight). Rejects with a HostError.
   */
  openItemKey(): Promise<ItemKey>;
  /**
   * Compose mode: put the content at the cursor. Never removes or replaces what
   * the rep already wrote: a selection is kept, and the content goes after it where the
   * client can put it there (the simulator), else at the top of the body (Outlook).
   */
  insertAtCursor(content: InsertContent): Promise<void>;
  /** Read mode: open a reply form to the open message carrying the content. */
  replyWith(content: InsertContent): Promise<void>;
  /**
   * Compose mode: tag the draft as a chase (a category the rep can see and a
   * custom property Kindly reads back), so the mailbox remembers it once sent.
   */
  tagChase(): Promise<void>;
  readonly settings: SettingsStore;
  /**
   * Microsoft Graph tokens (Mail.Read) for the configuration, where the client can give them
   * (Outlook: nested app authentication); null where it cannot.
   */
  graphAuth(config: GraphConfig): Promise<GraphAuth | null>;
  /** Called when the rep opens another item (pinned pane); returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
}

/** The open item as a message for the core. */
export function itemToMessage(item: OpenItem): MailMessage {
  return {
    id: item.itemId ?? undefined,
    from: item.from,
    to: item.to,
    cc: item.cc,
    sentAt: item.sentAt,
    subject: item.subject,
    // HTML keeps the quote structure (blockquotes) that a text rendering flattens.
    body: item.bodyHtml || item.bodyText,
    format: item.bodyHtml ? "html" : "text",
    headers: item.headers,
    messageId: item.internetMessageId,
    draft: item.mode === "compose",
    taggedChase: item.taggedChase,
    source: "item",
  };
}
