import { analyze } from "../core/analyze";
import type { ParsedArgs } from "./args";
import { checkZone, dateIn, endOfDay, machineZone } from "./clock";
import { usageError } from "./errors";
import { write, type Io } from "./io";
import { readMailInputs } from "./mail-files";
import { threadOutput, threadSummary } from "./output";
import type { FileMessage } from "./parse-mail";
import { groupThreads, withoutDuplicates } from "./threads";

export const ANALYZE_OPTIONS = {
  me: "value",
  alias: "list",
  now: "value",
  tz: "value",
  json: "flag",
  help: "flag",
} as const;

/** `kindly analyze <file.eml | file.mbox | folder>… --me <address> [--alias <address>]… [--now YYYY-MM-DD] [--tz <zone>] [--json]` */
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
  const nowArg = args.values.get("now");
  // A given day is analysed as of its last moment: every message of that day has been sent.
  const now = nowArg === undefined ? io.now() : endOfDay(nowArg, tz);

  const messages: FileMessage[] = [];
  for await (const message of readMailInputs(args.positionals)) messages.push(message);

  const options = { me: { address: me, aliases }, tz, now };
  const threads = groupThreads(withoutDuplicates(messages)).map((thread) =>
    threadOutput(
      analyze(
        thread.map((m) => m.mail),
        options
      )
    )
  );

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
