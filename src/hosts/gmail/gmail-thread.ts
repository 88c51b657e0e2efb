import type { MailMessage } from "../../core";
import { parseAddress, parseAddressList } from "../../core/thread/address";
import { SKIP } from "../../core/thread/html-text";
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
 * What shows no words is left out before counting (htmlStart).
 */
export const OLDER_BODY_LIMIT = 16_000;

/** The thread's messages for the core, oldest first. */
export function gmailMessages(messages: GmailMessageApi[]): MailMessage[] {
  return messages.map((m, i) =>
    gmailMessage(m, i === messages.length - 1 ? Infinity : OLDER_BODY_LIMIT)
  );
}

/** Where HTML that shows no words starts: a comment, or an element the core's text skips whole. */
const WORDLESS = new RegExp(`<!--|<(${[...SKIP].join("|")})(?=[\\s/>])`, "i");

/**
 * The first `limit` characters of an HTML body, without its comments, head, style sheets and
 * scripts, which the core's text leaves out too: a mail's head can hold tens of KB of style
 * sheets (Outlook writes them) before its first word, and a cut that counted them kept no words.
 * Only the part of the body that is kept, and what is left out on the way, is read.
 */
function htmlStart(html: string, limit: number): string {
  let start = "";
  let at = 0;
  while (at < html.length && start.length < limit) {
    const next = html.slice(at, at + limit - start.length);
    const found = WORDLESS.exec(next);
    if (!found) return start + next;
    start += next.slice(0, found.index);
    const from = at + found.index;
    // Unclosed, it runs to the end of the body, as the core reads it.
    const close = found[1] ? new RegExp(`</${found[1]}[^>]*>`, "gi") : /-->/g;
    close.lastIndex = from + found[0].length;
    const end = close.exec(html);
    at = end ? end.index + end[0].length : html.length;
  }
  return start;
}

/** A Gmail message as a message for the core, its body read up to `limit` characters. */
export function gmailMessage(message: GmailMessageApi, limit = Infinity): MailMessage {
  const headers: Record<string, string> = {};
  for (const name of HEADERS) {
    const value = message.getHeader(name);
    if (value) headers[name.toLowerCase()] = value;
  }
  const body = message.getBody();
  const html = body.length <= limit ? body : htmlStart(body, limit);
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
