import { TONE_OPTIONS, toneCommand } from "./tone-command";
import { analyzeCommand, ANALYZE_OPTIONS } from "./analyze-command";
import { parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { composeCommand, COMPOSE_OPTIONS } from "./compose-command";
import { CliError, EXIT_INPUT, EXIT_USAGE, oneLine } from "./errors";
import { graphThreadCommand, GRAPH_THREAD_OPTIONS } from "./graph-thread-command";
import { processIo, write, type Io } from "./io";
import { splitCommand, SPLIT_OPTIONS } from "./split-command";
import { USAGE } from "./usage";

/** Each command: the options it takes, and what runs it. */
const COMMANDS: Record<
  string,
  { options: OptionSpec; run: (args: ParsedArgs, io: Io) => Promise<number> } | undefined
> = {
  split: { options: SPLIT_OPTIONS, run: splitCommand },
  analyze: { options: ANALYZE_OPTIONS, run: analyzeCommand },
  "graph-thread": { options: GRAPH_THREAD_OPTIONS, run: graphThreadCommand },
  compose: { options: COMPOSE_OPTIONS, run: composeCommand },
  tone: { options: TONE_OPTIONS, run: toneCommand },
};

/** Runs `kindly <argv…>` and returns the exit code; problems are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      await write(io.stdout, USAGE);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (entry) {
      const args = parseArgs(command, rest, entry.options);
      if (args.flags.has("help")) {
        await write(io.stdout, USAGE);
        return 0;
      }
      return await entry.run(args, io);
    }
    throw new CliError(
      command.startsWith("-")
        ? `unknown option ${command}`
        : `unknown command "${command}" (try kindly --help)`,
      EXIT_USAGE
    );
  } catch (error) {
    const known = error instanceof CliError;
    const message = known ? error.message : `unexpected error: ${oneLine(error)}`;
    io.stderr.write(`kindly: ${message}\n`);
    return known ? error.exitCode : EXIT_INPUT;
  }
}
