import { anyOf } from "../text/phrases";
import { AUTO_SUBJECTS } from "./auto-reply-patterns";

/** Reply and forward prefixes, as mail clients in the mail languages write them. */
const PREFIXES = [
  "re",
  "fw",
  "fwd",
  "aw",
  "wg",
  "rv",
  "tr",
  "sv",
  "vs",
  "vl",
  "antw",
  "odp",
  "pd",
  "ynt",
  "ilt",
  "enc",
  "res",
  "回复",
  "答复",
  "转发",
  "回覆",
  "轉寄",
  "ответ",
  "отв",
  "rif",
  "رد",
  "إعادة توجيه",
];

/** One leading prefix ("RE:", "Re[2]:", "AW :", "回复：") or tag ("[EXTERNAL]", "【外部】"). */
const LEADING = new RegExp(
  `^(?:(?:${PREFIXES.join("|")})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]|\\[[^\\]]*\\]|【[^】]*】)\\s*`,
  "iu"
);

/** Leading bracketed tags ("[EXTERNAL]", "【外部】"), not reply prefixes. */
const TAGS = /^(?:\[[^\]]*\]|【[^】]*】|\s)+/u;

/** A subject without its leading bracketed tags ("[EXT] Automatic reply: PI 45" → "Automatic reply: PI 45"). */
export function withoutTags(subject: string): string {
  return subject.normalize("NFKC").replace(/\s+/g, " ").replace(TAGS, "");
}

/** A subject without its reply/forward prefixes and bracketed tags ("RE: AW: [EXT] Deposit" → "Deposit"). */
export function baseSubject(subject: string): string {
  let s = subject.normalize("NFKC").replace(/\s+/g, " ").trim();
  for (let next = s.replace(LEADING, ""); next !== s; next = s.replace(LEADING, "")) s = next;
  return s;
}

/** An automatic reply's subject prefix ("Automatic reply:", "自动回复："), the subject it answers after it. */
const AUTO_PREFIX = new RegExp(`^(?:${anyOf(AUTO_SUBJECTS)})\\s*[:：]\\s*`, "iu");

/**
 * The conversation's name in a message's subject: the base subject, and for an automatic reply
 * the subject it answers ("Automatic reply: RE: PI 45" → "PI 45"). An out-of-office does not
 * always say in its headers which message it answers; its subject does.
 */
export function conversationSubject(subject: string): string {
  return baseSubject(baseSubject(subject).replace(AUTO_PREFIX, ""));
}

/**
 * The subject a conversation is known by, for comparing: its conversationSubject,
 * lower-cased (NFKC first, so full-width "：" and letters compare like ASCII).
 */
export function subjectKey(subject: string): string {
  return conversationSubject(subject).toLowerCase();
}
