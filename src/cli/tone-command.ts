import { bodyText, newText } from "../core/thread/split";
import { BUYER_LANGUAGES, type BuyerLanguage } from "../core/text/language";
import { checkTone, withoutDisclaimers, type ToneFinding } from "../core/tone";
import type { ParsedArgs } from "./args";
import { bodyFormat } from "./body-format";
import { usageError } from "./errors";
import { readBody } from "./input";
import { write, type Io } from "./io";

export const TONE_OPTIONS = { lang: "value", json: "flag", help: "flag" } as const;

/** What `kindly tone --json` prints per finding: a documented, stable contract (README). */
export interface ToneOutput {
  findings: Array<Pick<ToneFinding, "start" | "end" | "category" | "phrase" | "suggestion">>;
}

/**
 * `kindly tone [file|-] [--lang xx] [--json]`: the tone check the pane runs, on a draft.
 * As the pane and the send check, it checks the rep's own words: not the quoted history
 * under them, nor a disclaimer their mail client adds. An HTML draft is read as its text, and
 * the offsets point into that text (line ends unified). Exit 0 whether or not there are
 * findings: they are advice, not errors.
 */
export async function toneCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length > 1)
    throw usageError("tone reads one draft: give one file, or - for stdin");
  const langValue = args.values.get("lang");
  if (langValue !== undefined && !(BUYER_LANGUAGES as readonly string[]).includes(langValue))
    throw usageError(`--lang: "${langValue}" is not one of ${BUYER_LANGUAGES.join(", ")}`);
  const lang = langValue as BuyerLanguage | undefined;
  const raw = await readBody(args.positionals[0] ?? "-", io.stdin);
  const format = bodyFormat(raw);
  const { text, findings } = ownFindings(bodyText(raw, format), newText(raw, format), lang);
  if (args.flags.has("json")) {
    const output: ToneOutput = {
      findings: findings.map(({ start, end, category, phrase, suggestion }) => ({
        start,
        end,
        category,
        phrase,
        suggestion,
      })),
    };
    await write(io.stdout, `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  await write(io.stdout, toneReport(text, findings));
  return 0;
}

/**
 * The findings in the draft's own words `own`, with offsets into the draft's text `whole`,
 * which they open (newText drops only what comes after them, and blank lines before).
 */
function ownFindings(
  whole: string,
  own: string,
  lang: BuyerLanguage | undefined
): { text: string; findings: ToneFinding[] } {
  const at = whole.indexOf(own);
  // A disclaimer is blanked, not cut: the offsets into the own words stay.
  const findings = checkTone(withoutDisclaimers(own), lang);
  // Were they not found as they are, the offsets would point into the own words themselves.
  if (at < 0) return { text: own, findings };
  return {
    text: whole,
    findings: findings.map((f) => ({ ...f, start: f.start + at, end: f.end + at })),
  };
}

/** One line per finding: where it is, what it is, and what to say instead. */
export function toneReport(text: string, findings: readonly ToneFinding[]): string {
  if (findings.length === 0) return "No words that may upset the buyer.\n";
  const lines = findings.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split("\n").length;
    const column = f.start - before.lastIndexOf("\n");
    const category = f.category.replace("_", " ");
    return `${line}:${column} ${category}: "${f.phrase}" → try "${f.suggestion}"`;
  });
  return `${lines.join("\n")}\n`;
}
