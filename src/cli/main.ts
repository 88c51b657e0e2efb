import { analyzeCommand, ANALYZE_OPTIONS } from "./analyze-command";
import { parseArgs } from "./args";
import { CliError, EXIT_INPUT, EXIT_USAGE, oneLine } from "./errors";
import { processIo, write, type Io } from "./io";
import { splitCommand, SPLIT_OPTIONS } from "./split-command";
import { USAGE } from "./usage";

/** Runs `kindly <argv…>` and returns the exit code; problems are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      await write(io.stdout, USAGE);
      return 0;
    }
    if (command === "split" || command === "analyze") {
      const args = parseArgs(command, rest, command === "split" ? SPLIT_OPTIONS : ANALYZE_OPTIONS);
      if (args.flags.has("help")) {
        await write(io.stdout, USAGE);
        return 0;
      }
      return command === "split" ? await splitCommand(args, io) : await analyzeCommand(args, io);
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
