/** A mailbox address with its display name (either may be empty, never undefined). */
export interface Address {
  name: string;
  address: string;
}

/** Which side of the deal wrote a message. */
export type Side = "ours" | "buyer";

/** What a message is, for the cooling-off policy. */
export type MessageKind = "chase" | "reply" | "auto-reply" | "other";

/** Where a message of the thread was found. */
export type MessageSource = "item" | "quoted" | "graph" | "memory";

/** One message as a host hands it over: headers and a body, nothing derived yet. */
export interface MailMessage {
  /** Stable id where the host has one (Outlook item id, Message-ID, Graph id). */
  id?: string;
  /**
   * The Internet Message-ID, where the host gives it: the one identity a message keeps across
   * hosts and folders (the open item and its copy in Graph, a message in Inbox and Sent Items).
   */
  messageId?: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** UTC instant, ISO-8601; null when the host or the quote gave no usable date. */
  sentAt: string | null;
  subject: string;
  body: string;
  format: "text" | "html";
  /** Internet headers (lower-case names) where the host exposes them. */
  headers?: Record<string, string>;
  /** Kindly inserted a reminder into this message (category / custom property). */
  taggedChase?: boolean;
  /** The draft being written: only its quoted history belongs to the thread. */
  draft?: boolean;
  source?: MessageSource;
}

/** A message of the thread with everything the core derived from it. */
export interface Message {
  id: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  sentAt: string | null;
  subject: string;
  /** The message's own words, quoted history removed. */
  text: string;
  side: Side;
  kind: MessageKind;
  autoReply: boolean;
  /** YYYY-MM-DD the auto-reply says its writer is back, if it says. */
  returnDate: string | null;
  /** YYYY-MM-DD the buyer promised to pay, if the message says. */
  promisedDate: string | null;
  source: MessageSource;
}

/** A conversation, oldest message first. */
export interface Thread {
  subject: string;
  messages: Message[];
}

/** The mailbox user: who "ours" is. */
export interface Me {
  address: string;
  /** Other addresses of the same person. */
  aliases?: string[];
  /** The name the mailbox user sends as: a quote header may give only a name ("From: Anna Lee"). */
  name?: string;
}
