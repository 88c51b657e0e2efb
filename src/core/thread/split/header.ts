import { parseAddress, parseAddressList } from "../address";
import type { Address } from "../model";
import { monthFromName, parseHeaderDate, weekdayFromName } from "../../dates";
import { WROTE_VERBS, type HeaderField } from "./patterns";

/** What a reply header or attribution says about the message under it. */
export interface QuoteMeta {
  from: Address | null;
  to: Address[];
  sentAt: string | null;
  subject: string | null;
  forwarded: boolean;
  /** The lines that say it, as written. */
  header: string;
}

export const NO_META: QuoteMeta = {
  from: null,
  to: [],
  sentAt: null,
  subject: null,
  forwarded: false,
  header: "",
};

/** The fields of a header block ("From: …", "Sent: …", "To: …", "Subject: …"). */
export function metaFromFields(
  fields: Array<{ field: HeaderField; value: string }>,
  forwarded: boolean,
  tz: string
): QuoteMeta {
  const first = (f: HeaderField) => fields.find((x) => x.field === f)?.value ?? null;
  const date = first("date");
  const to = first("to");
  return {
    from: first("from") !== null ? parseAddress(first("from")!) : null,
    to: to ? parseAddressList(to) : [],
    sentAt: date ? parseHeaderDate(date, tz) : null,
    subject: first("subject"),
    forwarded,
    header: "",
  };
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const QUOTED_NAME = /["«„“”]\s*([^"«»„“”]{1,80}?)\s*["»”“]\s*[<([]*\s*$/u;
const LEAD_WORD =
  /^(?:-+\s*)?(?:On|Le|El|Am|Em|Il giorno|Il|Op|Den|D\.|På|W dniu|Dnia|Vào|В|Dne|Dňa|在|于|في)\s+/iu;
/** Words around the name in attributions that are not the name ("użytkownik John", "alle ore 10:30 John"). */
const NOT_NAME = new Set([
  "użytkownik",
  "пользователь",
  "používateľ",
  "időpontban",
  "heeft",
  "at",
  "um",
  "uhr",
  "à",
  "a",
  "las",
  "às",
  "alle",
  "ore",
  "om",
  "o",
  "kl",
  "kl.",
  "в",
  "г.",
  "г.,",
  "den",
  "le",
  "el",
  "am",
  "em",
  "on",
  "il",
  "giorno",
  "op",
  "tarihinde",
  "في",
  "بواسطة",
  "ص",
  "م",
  "ص،",
  "م،",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  "上午",
  "下午",
  "de",
  "da",
  "the",
]);
const VERBS = new Set(WROTE_VERBS.map((v) => v.toLowerCase()));

/** Whether a word belongs to the date or the wording around the name rather than to the name. */
function isDateWord(word: string, afterDigits: boolean): boolean {
  const w = word.toLowerCase().replace(/[,，:]+$/u, "");
  if (!w || /\p{Nd}/u.test(w) || NOT_NAME.has(w) || VERBS.has(w)) return true;
  // Month and weekday names only where a date stands before them: "Omar May" is a name.
  return afterDigits && (monthFromName(w) !== null || weekdayFromName(w) !== null);
}

/** The sender's name in the text right before their address: a quoted name, or the words after the date. */
function nameBefore(before: string): string {
  const quoted = QUOTED_NAME.exec(before);
  if (quoted) return quoted[1].trim();
  const words = before
    .replace(/[\s<([«"“]*(?:mailto:)?$/u, "")
    .split(/[\s,，]+/u)
    .filter(Boolean);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    if (
      isDateWord(
        words[k],
        words.slice(0, k).some((w) => /\p{Nd}/u.test(w))
      )
    )
      break;
    name.unshift(words[k]);
  }
  return name
    .join(" ")
    .replace(/^["«„“]+|["»”“]+$/gu, "")
    .trim();
}

/**
 * An attribution line ("On Thu, 26 Nov 2026 at 10:30, Amy <a@b.c> wrote:",
 * "Amy <a@b.c> 于2026年11月26日周四 10:30写道：") read for its sender and date.
 */
export function metaFromAttribution(text: string, tz: string): QuoteMeta {
  const rest = text.replace(/\s+/g, " ").trim();
  const m = EMAIL.exec(rest);
  let from: Address | null = null;
  let dateText = rest;
  if (m) {
    const before = rest.slice(0, m.index);
    const name = nameBefore(before);
    from = { name, address: m[0].toLowerCase() };
    dateText = before.replace(name, " ") + " " + rest.slice(m.index + m[0].length);
  } else {
    // "On 04/19/2011 07:10 AM, Roman Tkachenko wrote": the name follows the date's last comma.
    const body = rest.replace(/[\s:：-]*$/u, "");
    const comma = Math.max(body.lastIndexOf(","), body.lastIndexOf("，"));
    if (comma > 0) {
      const name = body
        .slice(comma + 1)
        .trim()
        .replace(/\s+\S+$/u, "");
      if (name && !/\d{1,2}[:.]\d{2}/.test(name)) from = { name, address: "" };
      dateText = body.slice(0, comma);
    }
  }
  return { ...NO_META, from, sentAt: parseHeaderDate(dateText.replace(LEAD_WORD, ""), tz) };
}
