import { analyzeThread, buyerCountry } from "../core/analyze";
import { isCountryCode, makeCalendar } from "../core/policy";
import { threadFacts } from "../core/thread-facts";
import type { MailMessage, Me } from "../core/thread/model";
import { readThread } from "../core/thread/read";
import type { ParsedArgs } from "./args";
import { checkZone, dateIn, endOfDay, machineZone } from "./clock";
import { usageError } from "./errors";
import { holidayYears } from "./holidays";
import { write, type Io } from "./io";
import { threadOutput, threadSummary, type ThreadOutput } from "./output";

/*
 * What `kindly analyze` and `kindly graph-thread` share: the options that say who the rep is
 * and as of when, the analysis of each thread, and how the threads are printed.
 */

/** The options of every command that analyses threads. */
export const REPORT_OPTIONS = {
  me: "value",
  alias: "list",
  now: "value",
  tz: "value",
  country: "list",
  json: "flag",
  help: "flag",
} as const;

/** Who the rep is, their zone, the instant to analyse as of, and how to print. */
export interface ReportSettings {
  me: Required<Pick<Me, "address" | "aliases">>;
  tz: string;
  now: Date;
  /** Buyer countries by domain or address (--country). */
  countries: Record<string, string>;
  json: boolean;
}

/** `--country alwaha-trading.ae=SA`: the buyer's country by domain or address, over the ccTLD's guess. */
function countryOverrides(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const m = /^([^=\s]+)=([a-z]{2})$/i.exec(value.trim());
    if (!m || !isCountryCode(m[2].toUpperCase()))
      throw usageError(
        `--country: "${value}" is not <domain>=<ISO country code> (for example alwaha-trading.ae=SA)`
      );
    out[m[1].toLowerCase()] = m[2].toUpperCase();
  }
  return out;
}

/** --me, --alias, --tz, --now, --country and --json, checked; a usage error names what is wrong. */
export function reportSettings(command: string, args: ParsedArgs, io: Io): ReportSettings {
  const me = args.values.get("me");
  if (!me) throw usageError(`${command} needs --me <your address>`);
  const aliases = args.lists.get("alias") ?? [];
  for (const address of [me, ...aliases]) {
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      throw usageError(`"${address}" is not an email address`);
    }
  }
  const givenZone = args.values.get("tz");
  const tz = givenZone === undefined ? machineZone() : checkZone(givenZone);
  const countries = countryOverrides(args.lists.get("country") ?? []);
  const nowArg = args.values.get("now");
  // A given day is analysed as of its last moment: every message of that day has been sent.
  const now = nowArg === undefined ? io.now() : endOfDay(nowArg, tz);
  return { me: { address: me, aliases }, tz, now, countries, json: args.flags.has("json") };
}

/** One thread's messages (oldest first), analysed as the CLI prints it. */
function analyzeMessages(messages: MailMessage[], settings: ReportSettings): ThreadOutput {
  const { me, tz, now, countries } = settings;
  const thread = readThread(messages, me, { tz });
  const country = buyerCountry(thread, countries);
  const calendar = makeCalendar(country, country ? holidayYears(country) : null);
  return threadOutput(analyzeThread(thread, { me, tz, now, calendar }), threadFacts(thread, tz));
}

/** Analyses each thread and prints them all: a JSON array with --json, else a summary. Returns the exit code. */
export async function reportThreads(
  threads: MailMessage[][],
  settings: ReportSettings,
  io: Io
): Promise<number> {
  const { tz, now } = settings;
  const outputs = threads.map((messages) => analyzeMessages(messages, settings));
  if (settings.json) {
    await write(io.stdout, `${JSON.stringify(outputs, null, 2)}\n`);
  } else {
    const header = `${outputs.length} thread${outputs.length === 1 ? "" : "s"}, as of ${dateIn(now, tz)} (${tz})`;
    await write(
      io.stdout,
      [header, ...outputs.map((t) => threadSummary(t, tz))].join("\n\n") + "\n"
    );
  }
  return 0;
}
