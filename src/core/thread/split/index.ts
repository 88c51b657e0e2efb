import { htmlToText } from "../html-text";
import { trimSignature } from "./signature";
import { Lines, splitLevel } from "./structure";
import type { SplitBody, SplitOptions } from "./types";

export type { QuotedMessage, SplitBody, SplitOptions } from "./types";

/** The body as lines of plain text: HTML converted, line ends unified, invisible marks dropped. */
export function bodyText(body: string, format: "text" | "html"): string {
  let text = format === "html" ? htmlToText(body) : body;
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return /[\u200b\ufeff]/.test(text) ? text.replace(/[\u200b\ufeff]/g, "") : text;
}

/** Splits one message body (plain text or HTML) into its own words, its signature, and the quoted history. */
export function splitBody(
  body: string,
  format: "text" | "html",
  options: SplitOptions = {}
): SplitBody {
  const lines = new Lines(bodyText(body, format));
  const level = splitLevel(lines, 0, lines.length, 0, { tz: options.tz ?? "UTC", full: true });
  const { text, signature } = trimSignature(level.own);
  return { text, signature, quoted: level.quoted, header: level.header ?? null };
}

/** Only the message's own words: what `splitBody(…).text` gives, without rebuilding the history. */
export function newText(body: string, format: "text" | "html"): string {
  const lines = new Lines(bodyText(body, format));
  return trimSignature(splitLevel(lines, 0, lines.length, 0, { tz: "UTC", full: false }).own).text;
}
