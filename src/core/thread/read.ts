import { addDays } from "../dates";
import { ownWordsToRead } from "../text/language";
import { detectAutoReply, isBounceSender, type AutoReply } from "./auto-reply";
import type { MailMessage, Me, Message, MessageKind, Side, Thread } from "./model";
import { buyerLanguage } from "./language";
import { isChase, promisedDate } from "./payment";
import { namesOfOurs, sideOf, toOursOnly } from "./side";
import { splitBody } from "./split";
import { conversationSubject } from "./subject";

/** How the thread reader reads: the rep's zone, for header dates that carry none. */
export interface ReadOptions {
  tz?: string;
}

/** A message before classification: who, when, what it says, where it was found. */
type Raw = Pick<Message, "id" | "from" | "to" | "cc" | "sentAt" | "subject" | "text" | "source"> & {
  headers?: Record<string, string>;
  /** The Internet Message-ID, without its angle brackets (MailMessage.messageId). */
  messageId?: string;
  taggedChase: boolean;
  /** Sort key: the sent time, or for an undated quote a moment before the message quoting it. */
  order: number;
  /** Which of the host's messages it was read from (the message itself, or its quoted history). */
  body: number;
  /** Its fingerprint, once worked out. */
  print?: string;
};

/** A message's Internet Message-ID as compared: without spaces or angle brackets; undefined for none. */
export function messageIdOf(m: Pick<MailMessage, "messageId">): string | undefined {
  return m.messageId?.trim().replace(/^<|>$/g, "") || undefined;
}

function timeOf(sentAt: string | null): number {
  const t = sentAt ? Date.parse(sentAt) : NaN;
  return isNaN(t) ? NaN : t;
}

/** The first and last instants every zone's calendar places within the years 0001–9999. */
const FIRST_INSTANT = Date.parse("0001-01-02T00:00:00Z");
const LAST_INSTANT = Date.parse("9999-12-30T23:59:59Z");

/** A sent time the calendar can place, else null: a header's year 20024 is no date. */
function placeable(sentAt: string | null): string | null {
  const t = timeOf(sentAt);
  return t >= FIRST_INSTANT && t <= LAST_INSTANT ? sentAt : null;
}

/** How far apart two clocks can read the same instant: UTC−12 to UTC+14. */
const MAX_ZONE_SPREAD_MS = 26 * 3_600_000;

/** How many characters of a message's words tell it from another: its first few lines. */
const FINGERPRINT_CHARS = 120;

/**
 * Text compared for duplicates: the first words, white space and quoted lines ignored. Read from
 * a start that grows fourfold, cut at a line break, until it gives enough words: the result is
 * the one the whole text gives (quoted lines are whole lines, runs of white space only shrink),
 * and a message with megabytes of words costs a few kilobytes, not the megabytes.
 */
function fingerprint(text: string): string {
  for (let end = 4096; ; end *= 4) {
    const cut = end >= text.length ? -1 : text.indexOf("\n", end);
    const head = cut < 0 ? text : text.slice(0, cut);
    const words = head.replace(/^>.*$/gm, "").replace(/\s+/g, " ").trim();
    if (cut < 0 || words.length >= FINGERPRINT_CHARS)
      return words.slice(0, FINGERPRINT_CHARS).toLowerCase();
  }
}

/** A message's fingerprint, worked out once: every pair of messages may compare it. */
function printOf(raw: Raw): string {
  return (raw.print ??= fingerprint(raw.text));
}

/** Who sent a message, as duplicates are told: the address, else the name ("" if neither). */
function whoOf(r: Raw): string {
  return r.from?.address || r.from?.name.toLowerCase() || "";
}

/**
 * The same message seen twice (in the mailbox and in a quote): the same Message-ID where both
 * have one; else the same sender, and the same words or minute.
 */
function sameMessage(a: Raw, b: Raw): boolean {
  if (a.messageId && b.messageId) return a.messageId === b.messageId;
  if (!whoOf(a) || whoOf(a) !== whoOf(b)) return false;
  const ta = timeOf(a.sentAt);
  const tb = timeOf(b.sentAt);
  if (!isNaN(ta) && !isNaN(tb) && Math.abs(ta - tb) <= 120_000) return true;
  // The same words sent on different days are two messages (reps resend a chase word for
  // word). Within a day they may be one, its quote dated in another zone (up to 26 h apart).
  if (!isNaN(ta) && !isNaN(tb) && Math.abs(ta - tb) > MAX_ZONE_SPREAD_MS) return false;
  const fa = printOf(a);
  const fb = printOf(b);
  return fa.length > 0 && fb.length > 0 && (fa.startsWith(fb) || fb.startsWith(fa));
}

/**
 * Where an undated draft sorts: after every dated message (8.64e15 ms is the last instant a Date
 * holds), yet finite, so the undated quotes right under it sort just before it, newest last,
 * rather than first in the thread: the rep answering their own undated chase chased last.
 */
const LATEST = 8.64e15 + 1_000_000;

/** The messages a body holds: its own (unless it is a draft) and the ones rebuilt from its quotes. */
function messagesOf(m: MailMessage, index: number, tz: string): Raw[] {
  const id = m.id ?? `m${index + 1}`;
  const split = splitBody(m.body, m.format, { tz });
  const sentAt = placeable(m.sentAt);
  const own: Raw = {
    id,
    from: m.from,
    to: m.to,
    cc: m.cc,
    sentAt,
    subject: m.subject,
    text: split.text,
    headers: m.headers,
    messageId: messageIdOf(m),
    taggedChase: Boolean(m.taggedChase),
    source: m.source ?? "item",
    body: index,
    order: isNaN(timeOf(sentAt)) ? (m.draft ? LATEST : -Infinity) : timeOf(sentAt),
  };
  const out: Raw[] = m.draft ? [] : [own];
  let newer = own.order;
  split.quoted.forEach((q, k) => {
    // A quote with neither sender nor date cannot be placed in the thread.
    if (!q.from && !q.sentAt) return;
    const t = timeOf(q.sentAt);
    const order = isNaN(t) ? (isFinite(newer) ? newer - 1000 : -Infinity) : t;
    newer = order;
    out.push({
      id: `${id}/q${k + 1}`,
      from: q.from,
      to: q.to,
      cc: [],
      sentAt: q.sentAt,
      subject: q.subject ?? m.subject,
      text: q.text,
      taggedChase: false,
      source: "quoted",
      body: index,
      order,
    });
  });
  return out;
}

/**
 * Builds the thread, oldest first, from the messages a host handed over: the
 * open item (whose quoted history is rebuilt into earlier messages) or the
 * whole conversation. A message found both in the mailbox and in a quote
 * appears once. Each message gets its side, kind, auto-reply and promise.
 */
export function readThread(input: MailMessage[], me: Me, options: ReadOptions = {}): Thread {
  const tz = options.tz ?? "UTC";
  const raws: Raw[] = [];
  // The messages kept so far, by sender and body: a message can only repeat one from the same
  // sender, and (below) from another body. Comparing each with every one kept made a body
  // quoting thousands of messages quadratic.
  const kept = new Map<string, Map<number, Raw[]>>();
  const seen = (raw: Raw, who: string) => {
    for (const [body, list] of kept.get(who) ?? []) {
      if (body !== raw.body && list.some((k) => sameMessage(k, raw))) return true;
    }
    return false;
  };
  // Messages the host gave whole come first, so they win over their quoted copies.
  const direct = input.flatMap((m, i) => messagesOf(m, i, tz));
  for (const raw of [
    ...direct.filter((r) => r.source !== "quoted"),
    ...direct.filter((r) => r.source === "quoted"),
  ]) {
    // One body never holds the same message twice: two undated quotes of one chase resent word
    // for word are two chases.
    const who = whoOf(raw);
    if (who && seen(raw, who)) continue;
    raws.push(raw);
    if (!who) continue;
    const bodies = kept.get(who) ?? kept.set(who, new Map()).get(who)!;
    const list = bodies.get(raw.body) ?? bodies.set(raw.body, []).get(raw.body)!;
    list.push(raw);
  }
  raws.sort((a, b) => a.order - b.order);

  const ourNames = namesOfOurs(
    raws.flatMap((r) => [r.from, ...r.to, ...r.cc]),
    me
  );
  const messages: Message[] = raws.map((r) => {
    const side = sideOf(r.from, me, ourNames);
    // The readers of meaning read the start of a message's own words (OWN_WORDS_READ): an
    // absence notice, a promise or a chase says so near the top, not 5 MB down a packing list.
    const words = ownWordsToRead(r.text);
    const auto = side === "buyer" ? detectAutoReply({ ...r, text: words }, tz) : NOT_AUTO;
    // A delivery failure is nobody's message: not the buyer's reply, nor (our own postmaster
    // quoting our chase) our chase. On our side only the sender tells: a rep's "FW:
    // Undeliverable: …" resending a chase is a chase.
    const bounce = auto.bounce || (side === "ours" && isBounceSender(r.from));
    // A quote's header may leave out who was copied (the buyer on Cc): only a message the
    // host gave whole names all its recipients.
    const internal =
      side === "ours" && r.source !== "quoted" && toOursOnly([...r.to, ...r.cc], me, ourNames);
    const kind = bounce ? "other" : kindOf(side, r.taggedChase, internal, words, auto.autoReply);
    return {
      id: r.id,
      from: r.from,
      to: r.to,
      cc: r.cc,
      sentAt: r.sentAt,
      subject: r.subject,
      text: r.text,
      side,
      kind,
      autoReply: auto.autoReply,
      // "Away until 2 January" means back on the 3rd.
      returnDate: auto.returnDate ?? (auto.awayUntil ? addDays(auto.awayUntil, 1) : null),
      promisedDate: null,
      source: r.source,
    };
  });
  // A promise's slashed date is read in the order its writer's language writes dates; a reply
  // too short to tell its language ("Pagaremos el 05/06") is in the language of the buyer's
  // other words.
  const lang = buyerLanguage({ messages }) ?? undefined;
  for (const m of messages) {
    if (m.kind === "reply")
      m.promisedDate = promisedDate(ownWordsToRead(m.text), m.sentAt, tz, lang);
  }
  const newest = input[input.length - 1];
  return { subject: conversationSubject(newest?.subject ?? ""), messages };
}

const NOT_AUTO: AutoReply = { autoReply: false, returnDate: null, awayUntil: null };

/**
 * Ours to the buyer about getting paid (or tagged by Kindly) is a chase, not a word among
 * colleagues (`internal`); the buyer's is a reply unless automatic.
 */
function kindOf(
  side: Side,
  tagged: boolean,
  internal: boolean,
  words: string,
  autoReply: boolean
): MessageKind {
  if (side === "ours") return tagged || (!internal && isChase(words)) ? "chase" : "other";
  return autoReply ? "auto-reply" : "reply";
}
