import type { Readable, Writable } from "stream";

/** The streams and clock the CLI uses; tests pass their own. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** The current instant (the default for --now). */
  now: () => Date;
}

/** The real process streams and clock. */
export function processIo(): Io {
  // A closed pipe (`kindly … | head`) ends the run quietly, as other command-line tools do;
  // any other output error is one line, not an uncaught exception.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE")
      process.stderr.write(`kindly: cannot write output: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? 0 : 1);
  });
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
  };
}

/** Writes and waits while the stream is full, so a large batch never piles up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off("drain", onDrain);
      stream.off("error", done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => done();
    stream.once("drain", onDrain);
    stream.once("error", done);
  });
}
