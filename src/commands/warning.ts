import { explain, formatDay, type Decision, type UiLanguage } from "../core";
import type { ToneFinding } from "../core/tone";
import { format } from "../locales";
import { clip } from "../core/text/clip";

/** Outlook shows at most this many characters of a Smart Alerts message (SmartAlertsEventCompletedOptions.errorMessage). */
export const MAX_ALERT_CHARS = 500;

/** The decisions that hold a chase back at send time. */
export type HeldStatus = "too-soon" | "hold";

/** The first line of the warning, per UI language: what to do, and from when. */
const STATUS: Record<UiLanguage, Record<HeldStatus, string>> = {
  en: {
    "too-soon": "Too soon to chase: wait until {date}.",
    hold: "Better to hold this chase: wait until {date}.",
  },
  "zh-CN": {
    "too-soon": "现在催款太早：请等到{date}。",
    hold: "这次催款宜暂缓：请等到{date}。",
  },
  "zh-TW": {
    "too-soon": "現在催款太早：請等到{date}。",
    hold: "這次催款宜暫緩：請等到{date}。",
  },
};

/** Chinese runs sentences together; English puts a space between them. */
const SEPARATOR: Record<UiLanguage, string> = { en: " ", "zh-CN": "", "zh-TW": "" };

/**
 * The short message Outlook shows when Kindly holds a chase at Send: the status
 * with the day a chase is fine, then the core's one-sentence why, within what
 * Outlook displays.
 */
export function sendWarning(decision: Decision & { status: HeldStatus }, lang: UiLanguage): string {
  const why = explain(decision, lang);
  // A held decision always carries its day; were one missing, the why alone still reads.
  if (!decision.earliest) return clip(why, MAX_ALERT_CHARS);
  const status = format(STATUS[lang][decision.status], {
    date: formatDay(decision.earliest, lang),
  });
  return clip(status + SEPARATOR[lang] + why, MAX_ALERT_CHARS);
}

/** The tone line: the words that may upset the buyer and a softer wording, per UI language. */
const TONE: Record<UiLanguage, { intro: string; finding: string; more: string }> = {
  en: {
    intro: "Some words may upset the buyer:",
    finding: "“{phrase}” (try: “{suggestion}”)",
    more: "and {n} more",
  },
  "zh-CN": {
    intro: "有些措辞可能让买家不快：",
    finding: "“{phrase}”（可改为：“{suggestion}”）",
    more: "等 {n} 处",
  },
  "zh-TW": {
    intro: "有些措辭可能讓買家不快：",
    finding: "「{phrase}」（可改為：「{suggestion}」）",
    more: "等 {n} 處",
  },
};

/** Findings shown in full before the rest are counted: Outlook shows little. */
const SHOWN_FINDINGS = 2;

/** The words of an outgoing chase that may upset the buyer, with softer wordings. */
export function toneWarning(findings: readonly ToneFinding[], lang: UiLanguage): string {
  const words = TONE[lang];
  const shown = findings
    .slice(0, SHOWN_FINDINGS)
    .map((f) => format(words.finding, { phrase: f.phrase, suggestion: f.suggestion }));
  const rest = findings.length - shown.length;
  if (rest > 0) shown.push(format(words.more, { n: rest }));
  const list = shown.join(lang === "en" ? "; " : "；");
  return lang === "en" ? `${words.intro} ${list}.` : `${words.intro}${list}。`;
}

/** The whole message for a held send: the policy's warning, the tone's, or both. */
export function heldMessage(parts: readonly string[], lang: UiLanguage): string {
  return clip(parts.join(SEPARATOR[lang]), MAX_ALERT_CHARS);
}
