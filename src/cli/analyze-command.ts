import { analyzeThread, buyerCountry } from "../core/analyze";
import { isCountryCode, makeCalendar } from "../core/policy";
import { threadFacts } from "../core/thread-facts";
import { readThread } from "../core/thread/read";
import type { ParsedArgs } from "./args";
import { checkZone, dateIn, endOfDay, machineZone } from "./clock";
import { usageError } from "./errors";
import { write, type Io } from "./io";
import { readMailInputs } from "./mail-files";
import { threadOutput, threadSummary } from "./output";
import type { FileMessage } from "./parse-mail";
import { holidayYears } from "./holidays";
import { groupThreads, withoutDuplicates } from "./threads";

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

export const ANALYZE_OPTIONS = {
  me: "value",
  alias: "list",
  now: "value",
  tz: "value",
  country: "list",
  json: "flag",
  help: "flag",
} as const;

/** `kindly analyze <file.eml | file.mbox | folder>… --me <address> [--alias <address>]… [--now YYYY-MM-DD] [--tz <zone>] [--country <domain>=<ISO>]… [--json]` */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  const me = args.values.get("me");
  if (!me) throw usageError("analyze needs --me <your address>");
  const aliases = args.lists.get("alias") ?? [];
  for (const address of [me, ...aliases]) {
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      throw usageError(`"${address}" is not an email address`);
    }
  }
  if (!args.positionals.length) {
    throw usageError("analyze needs at least one .eml or .mbox file, or a folder");
  }
  const tz = checkZone(args.values.get("tz") ?? machineZone());
  const countries = countryOverrides(args.lists.get("country") ?? []);
  const nowArg = args.values.get("now");
  // A given day is analysed as of its last moment: every message of that day has been sent.
  const now = nowArg === undefined ? io.now() : endOfDay(nowArg, tz);

  const messages: FileMessage[] = [];
  for await (const message of readMailInputs(args.positionals)) messages.push(message);

  const threads = groupThreads(withoutDuplicates(messages)).map((group) => {
    const thread = readThread(
      group.map((m) => m.mail),
      { address: me, aliases },
      { tz }
    );
    const country = buyerCountry(thread, countries);
    const calendar = makeCalendar(country, country ? holidayYears(country) : null);
    return threadOutput(
      analyzeThread(thread, { me: { address: me, aliases }, tz, now, calendar }),
      threadFacts(thread, tz)
    );
  });

  if (args.flags.has("json")) {
    await write(io.stdout, `${JSON.stringify(threads, null, 2)}\n`);
  } else {
    const header = `${threads.length} thread${threads.length === 1 ? "" : "s"}, as of ${dateIn(now, tz)} (${tz})`;
    await write(
      io.stdout,
      [header, ...threads.map((t) => threadSummary(t, tz))].join("\n\n") + "\n"
    );
  }
  return 0;
}
