import { dateTimeFormat } from "../../core/text/intl";
import type { Address } from "../../core/thread/model";
import type { QuoteStyle } from "./samples";

/**
 * How mail clients write the history under a reply, in the simulator's
 * languages: Outlook's header block and Gmail's "On … wrote:" line. This is the
 * simulator playing the clients; the core's splitter reads these back.
 */

export interface RenderedBody {
  text: string;
  html: string;
}

/** The message being quoted. */
export interface QuotedMessage {
  from: Address;
  to: Address[];
  sentAt: Date;
  subject: string;
  body: RenderedBody;
}

const OUTLOOK_LABELS: Record<
  string,
  [from: string, sent: string, to: string, subject: string, sep: string]
> = {
  en: ["From", "Sent", "To", "Subject", ": "],
  es: ["De", "Enviado", "Para", "Asunto", ": "],
  pt: ["De", "Enviado", "Para", "Assunto", ": "],
  de: ["Von", "Gesendet", "An", "Betreff", ": "],
  fr: ["De", "Envoyé", "À", "Objet", " : "],
  "zh-CN": ["发件人", "发送时间", "收件人", "主题", ": "],
};

function base(lang: string): string {
  return OUTLOOK_LABELS[lang]
    ? lang
    : lang.split("-")[0] in OUTLOOK_LABELS
      ? lang.split("-")[0]
      : "en";
}

const INTL_LOCALE: Record<string, string> = {
  en: "en-US",
  es: "es-ES",
  pt: "pt-BR",
  de: "de-DE",
  fr: "fr-FR",
  "zh-CN": "zh-CN",
};

function fmt(date: Date, lang: string, options: Intl.DateTimeFormatOptions): string {
  return formatIn(INTL_LOCALE[base(lang)], date, options);
}

function formatIn(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, { timeZone: "UTC", ...options }).format(date);
}

function person(a: Address): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** Outlook's "Sent:" value, e.g. "Thursday, November 26, 2026 10:30 AM". */
function outlookDate(date: Date, lang: string): string {
  const day = fmt(date, lang, { dateStyle: "full" });
  const time = fmt(date, lang, { hour: "numeric", minute: "2-digit", hour12: base(lang) === "en" });
  return `${day} ${time}`;
}

/** Gmail's attribution line, e.g. "On Thu, 26 Nov 2026 at 10:30, Amy <a@b> wrote:". */
function gmailAttribution(q: QuotedMessage, lang: string): string {
  const d = q.sentAt;
  const time = fmt(d, lang, { hour: "2-digit", minute: "2-digit", hour12: false });
  const wd = fmt(d, lang, { weekday: "short" });
  const day = d.getUTCDate();
  const mon = fmt(d, lang, { month: "short" });
  const year = d.getUTCFullYear();
  const who = person(q.from);
  switch (base(lang)) {
    case "es":
      return `El ${wd}, ${day} ${mon} ${year} a las ${time}, ${q.from.name} (<${q.from.address}>) escribió:`;
    case "pt":
      return `Em ${wd}, ${day} de ${mon} de ${year} às ${time}, ${who} escreveu:`;
    case "de":
      return `Am ${wd}, ${day}. ${mon} ${year} um ${time} Uhr schrieb ${who}:`;
    case "fr":
      return `Le ${wd} ${day} ${mon} ${year} à ${time}, ${who} a écrit :`;
    case "zh-CN":
      return `${who} 于${year}年${d.getUTCMonth() + 1}月${day}日${fmt(d, lang, { weekday: "short" })} ${time}写道：`;
    default:
      return `On ${wd}, ${day} ${mon} ${year} at ${time}, ${who} wrote:`;
  }
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A message's own words as HTML paragraphs. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/**
 * The full body of a message: its own words, then the quoted message as the client writes it.
 * `sent` replaces the date in Outlook's header block with what a client wrote there (null: no
 * "Sent:" line at all).
 */
export function renderBody(
  own: string,
  quoted: QuotedMessage | null,
  style: QuoteStyle,
  lang: string,
  sent?: string | null
): RenderedBody {
  const ownHtml = `<div dir="auto">${textToHtml(own)}</div>`;
  if (!quoted) return { text: own, html: ownHtml };
  if (style === "gmail") {
    const attr = gmailAttribution(quoted, lang);
    const quotedText = quoted.body.text
      .split("\n")
      .map((line) => (line.startsWith(">") ? `>${line}` : line ? `> ${line}` : ">"))
      .join("\n");
    return {
      text: `${own}\n\n${attr}\n\n${quotedText}`,
      html:
        `${ownHtml}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attr)}<br></div>` +
        `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` +
        `${quoted.body.html}</blockquote></div>`,
    };
  }
  const [fromL, sentL, toL, subjectL, sep] = OUTLOOK_LABELS[base(lang)];
  const date = sent === undefined ? outlookDate(quoted.sentAt, lang) : sent;
  const lines: [string, string][] = [
    [fromL, person(quoted.from)],
    ...(date === null ? [] : [[sentL, date] as [string, string]]),
    [toL, quoted.to.map(person).join("; ")],
    [subjectL, quoted.subject],
  ];
  return {
    text: `${own}\n\n________________________________\n${lines.map(([l, v]) => `${l}${sep}${v}`).join("\n")}\n\n${quoted.body.text}`,
    html:
      `${ownHtml}<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">` +
      `<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
      lines
        .map(([l, v]) => `<b>${escapeHtml(l)}${escapeHtml(sep.trimEnd())}</b> ${escapeHtml(v)}`)
        .join("<br>") +
      `</font><div>&nbsp;</div></div><div>${quoted.body.html}</div>`,
  };
}

/** A date written the way people write it in a message ("Monday 7 December", "7 de diciembre", "12月7日"). */
export function spokenDate(date: Date, lang: string): string {
  if (base(lang) === "en")
    return formatIn("en-GB", date, { weekday: "long", day: "numeric", month: "long" });
  return fmt(date, lang, { day: "numeric", month: "long" });
}
