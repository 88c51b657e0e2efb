import { explain, formatDay, type Decision, type UiLanguage } from "../core";
import { TONE_FAMILIES, type ToneCategory, type ToneFinding } from "../core/tone";
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
/** How much of a phrase and of its softer wording the alert quotes: room for the count after them. */
const PHRASE_CHARS = 60;
const SUGGESTION_CHARS = 90;

/** Categories by how much they hurt: the family order that breaks the checker's ties (threats first). */
const SEVERITY: readonly ToneCategory[] = TONE_FAMILIES.map((f) => f.category);

/**
 * The words of an outgoing chase that may upset the buyer, with softer wordings: the ones
 * that hurt most first (a threat before a "!!"), each quoted short, as many as fit in
 * `room` characters with the count of the rest, at least one.
 */
export function toneWarning(
  findings: readonly ToneFinding[],
  lang: UiLanguage,
  room = MAX_ALERT_CHARS
): string {
  const words = TONE[lang];
  const ordered = [...findings].sort(
    (a, b) => SEVERITY.indexOf(a.category) - SEVERITY.indexOf(b.category) || a.start - b.start
  );
  const quoted = ordered.slice(0, SHOWN_FINDINGS).map((f) =>
    format(words.finding, {
      phrase: clip(f.phrase, PHRASE_CHARS),
      suggestion: clip(f.suggestion, SUGGESTION_CHARS),
    })
  );
  const line = (shown: number): string => {
    const items = quoted.slice(0, shown);
    const rest = ordered.length - shown;
    if (rest > 0) items.push(format(words.more, { n: rest }));
    const list = items.join(lang === "en" ? "; " : "；");
    return lang === "en" ? `${words.intro} ${list}.` : `${words.intro}${list}。`;
  };
  let shown = Math.min(1, quoted.length);
  while (shown < quoted.length && Array.from(line(shown + 1)).length <= room) shown++;
  return line(shown);
}

/** The whole message for a held send: the policy's warning, the tone's, or both. */
export function heldMessage(parts: readonly string[], lang: UiLanguage): string {
  return clip(parts.join(SEPARATOR[lang]), MAX_ALERT_CHARS);
}

/** The characters heldMessage leaves for one more part after `parts`. */
export function roomAfter(parts: readonly string[], lang: UiLanguage): number {
  if (parts.length === 0) return MAX_ALERT_CHARS;
  return MAX_ALERT_CHARS - Array.from(parts.join(SEPARATOR[lang]) + SEPARATOR[lang]).length;
}
