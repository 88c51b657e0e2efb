/** Exit codes: 1 for bad input, 2 for a command line the CLI does not understand. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** An error the user can act on: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A command-line mistake (unknown command or option, missing value). */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

/** Bad input in one file: "<file>: <what is wrong>". */
export function inputError(file: string, problem: string): CliError {
  return new CliError(`${file}: ${problem}`, EXIT_INPUT);
}

/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, " ").trim() || "unknown error";
}

/** What went wrong with a file, in the user's words rather than Node's error codes. */
export function fileProblem(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return oneLine(error);
}
