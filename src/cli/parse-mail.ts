import { simpleParser } from "mailparser";
import type { AddressObject, EmailAddress, HeaderLines, ParsedMail } from "mailparser";
import { parseHeaderDate } from "../core/dates";
import type { Address, MailMessage } from "../core/thread/model";

/** One message read from a file, with what threading needs. */
export interface FileMessage {
  mail: MailMessage;
  /** "<file>" or "<file>: message <n>", for error messages and ids. */
  label: string;
  messageId: string | null;
  /** In-Reply-To and References ids. */
  parents: string[];
}

/** The headers the core may read (auto-reply detection, threading), lower-cased. */
const PASSED_HEADERS = [
  "auto-submitted",
  "x-autoreply",
  "x-autorespond",
  "precedence",
  "x-auto-response-suppress",
  "list-id",
  // A delivery report is automatic but no reply; Apple states a vacation's end here.
  "content-type",
  "x-apple-criteria",
  "message-id",
  "in-reply-to",
  "references",
];

/** Headers that make a file a mail message; at least one must be there. */
const MAIL_HEADERS = new Set([
  "from",
  "sender",
  "to",
  "cc",
  "subject",
  "date",
  "message-id",
  "in-reply-to",
  "references",
  "mime-version",
  "content-type",
  "received",
  "return-path",
  "delivered-to",
  "reply-to",
]);

/** Share of the text that may be undecodable (U+FFFD) or control characters. */
const MAX_GARBLED_SHARE = 0.1;

/** Reads one raw message; throws an Error whose message says what is wrong with it. */
export async function parseMail(raw: Buffer, label: string): Promise<FileMessage> {
  if (isBlankBytes(raw)) throw new Error("empty file");
  if (raw.subarray(0, 8192).includes(0)) throw new Error("not an email (binary data)");

  const parsed = await simpleParser(raw, {
    // The core wants the HTML itself, not mailparser's text rendering of it.
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  if (!parsed.headerLines.some((h) => MAIL_HEADERS.has(h.key))) {
    throw new Error("not an email (no mail headers)");
  }

  const { body, format } = bodyOf(parsed);
  const garbled = garbledShare(body);
  if (garbled > MAX_GARBLED_SHARE) {
    const charset = declaredCharset(parsed.headerLines);
    throw new Error(
      `unreadable text${charset ? ` (charset ${charset})` : ""}: the body does not decode`
    );
  }

  const headers = passedHeaders(parsed.headerLines);
  const messageId = messageIds(headers["message-id"] ?? "")[0] ?? null;
  return {
    mail: {
      id: messageId ?? label,
      from: firstAddress(parsed.from),
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      sentAt: sentAtOf(parsed),
      subject: parsed.subject ?? "",
      body,
      format,
      headers,
    },
    label,
    messageId,
    parents: [
      ...messageIds(headers["in-reply-to"] ?? ""),
      ...messageIds(headers["references"] ?? ""),
    ],
  };
}

/**
 * The Date header as an instant, or null when there is none or it does not parse. Read by the
 * core's header-date reader (its zone names, RFC 5322 §4.3's -0000 for a name it does not know,
 * UTC for no zone at all, never the machine's zone), not from mailparser's `date`: it puts the
 * time of reading in place of a date it cannot read, which would make an old chase look sent
 * today. A two-digit year, which the core refuses, is left to Date.
 */
function sentAtOf(parsed: ParsedMail): string | null {
  const line = parsed.headerLines.find((h) => h.key === "date")?.line;
  if (!line) return null;
  const value = headerValue(line);
  const read = parseHeaderDate(value, "UTC");
  if (read) return read;
  const date = new Date(value);
  return isNaN(date.getTime()) ? null : date.toISOString();
}

/** Nothing but whitespace (or nothing at all). */
function isBlankBytes(raw: Buffer): boolean {
  return raw.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));
}

/** The text/plain part when there is one with words in it, else the HTML. */
function bodyOf(parsed: ParsedMail): { body: string; format: "text" | "html" } {
  if (parsed.text && parsed.text.trim()) return { body: parsed.text, format: "text" };
  if (typeof parsed.html === "string" && parsed.html.trim())
    return { body: parsed.html, format: "html" };
  return { body: parsed.text ?? "", format: "text" };
}

/** How much of the text is replacement or control characters (wrong or unknown charset, binary). */
function garbledShare(text: string): number {
  const visible = text.replace(/\s/g, "");
  if (!visible) return 0;
  // eslint-disable-next-line no-control-regex
  const bad = visible.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return bad / visible.length;
}

function declaredCharset(lines: HeaderLines): string | null {
  const contentType = lines.find((h) => h.key === "content-type")?.line ?? "";
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
}

/** The raw values of the passed headers (unfolded; the first one when repeated). */
function passedHeaders(lines: HeaderLines): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    if (!PASSED_HEADERS.includes(key) || key in headers) continue;
    headers[key] = headerValue(line);
  }
  return headers;
}

/** A raw header line's value, unfolded: "Name: a\r\n b" → "a b". */
function headerValue(line: string): string {
  return line
    .slice(line.indexOf(":") + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}

/** The "<id>" tokens of a Message-ID, In-Reply-To or References value. */
function messageIds(value: string): string[] {
  const ids = value.match(/<[^<>\s]+>/g);
  if (ids) return ids;
  const bare = value.trim();
  return bare && !/\s/.test(bare) ? [`<${bare}>`] : [];
}

function toAddress(entry: EmailAddress): Address {
  return { name: entry.name ?? "", address: entry.address ?? "" };
}

/** Group members flattened into the list, as a mail client shows them. */
function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((o) => o.value)
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .map(toAddress)
    .filter((a) => a.name || a.address);
}

function firstAddress(field: AddressObject | undefined): Address | null {
  return addresses(field)[0] ?? null;
}
