import type { MailMessage } from "../../core";
import { parseAddress, parseAddressList } from "../../core/thread/address";
import type { GmailMessageApi } from "./gas";

/** The headers the core reads (auto-replies, bounces, Kindly's own chase mark), as GmailApp names them. */
const HEADERS = [
  "Auto-Submitted",
  "X-Autoreply",
  "X-Autorespond",
  "Precedence",
  "Content-Type",
  "X-Apple-Criteria",
];

/**
 * How much of an older message's body Kindly reads. Each reply quotes the history below its own
 * words, so a thread's bodies grow with the square of its length (a 1,000-message thread holds
 * some 300 MB of quotes). The newest message is read whole, and its quotes hold what a cut drops.
 */
export const OLDER_BODY_LIMIT = 16_000;

/** The thread's messages for the core, oldest first. */
export function gmailMessages(messages: GmailMessageApi[]): MailMessage[] {
  return messages.map((m, i) =>
    gmailMessage(m, i === messages.length - 1 ? Infinity : OLDER_BODY_LIMIT)
  );
}

/** A Gmail message as a message for the core, its body read up to `limit` characters. */
export function gmailMessage(message: GmailMessageApi, limit = Infinity): MailMessage {
  const headers: Record<string, string> = {};
  for (const name of HEADERS) {
    const value = message.getHeader(name);
    if (value) headers[name.toLowerCase()] = value;
  }
  const html = message.getBody().slice(0, limit);
  const date = message.getDate();
  return {
    id: message.getId(),
    from: parseAddress(message.getFrom()),
    to: parseAddressList(message.getTo()),
    cc: parseAddressList(message.getCc()),
    sentAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    subject: message.getSubject(),
    // HTML keeps the quote structure (gmail_quote blockquotes) that the plain body flattens.
    body: html || message.getPlainBody().slice(0, limit),
    format: html ? "html" : "text",
    headers,
    draft: message.isDraft(),
    source: "item",
  };
}

/**
 * The rep's own address. The add-on's narrow scopes do not include the user's identity, but
 * Gmail stamps each message it delivers to this mailbox with Delivered-To: that is the rep.
 * Falls back to the address Kindly saw last time, then null.
 */
export function repAddress(messages: GmailMessageApi[], remembered: string | null): string | null {
  for (const message of messages) {
    const delivered = parseAddress(message.getHeader("Delivered-To") ?? "");
    if (delivered?.address) return delivered.address;
  }
  return remembered;
}
