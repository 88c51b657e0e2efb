import type { ParsedArgs } from "./args";
import { usageError } from "./errors";
import type { Io } from "./io";
import { readMailInputs } from "./mail-files";
import type { FileMessage } from "./parse-mail";
import { REPORT_OPTIONS, reportSettings, reportThreads } from "./thread-report";
import { groupThreads, withoutDuplicates } from "./threads";

export const ANALYZE_OPTIONS = REPORT_OPTIONS;

/** `kindly analyze <file.eml | file.mbox | folder>… --me <address> [--alias <address>]… [--now YYYY-MM-DD] [--tz <zone>] [--country <domain>=<ISO>]… [--json]` */
export async function analyzeCommand(args: ParsedArgs, io: Io): Promise<number> {
  const settings = reportSettings("analyze", args, io);
  if (!args.positionals.length) {
    throw usageError("analyze needs at least one .eml or .mbox file, or a folder");
  }
  const messages: FileMessage[] = [];
  for await (const message of readMailInputs(args.positionals)) messages.push(message);
  const threads = groupThreads(withoutDuplicates(messages), settings.me).map((group) =>
    group.map((m) => m.mail)
  );
  return reportThreads(threads, settings, io);
}
