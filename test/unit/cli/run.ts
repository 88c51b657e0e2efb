import * as path from "path";
import { Readable, Writable } from "stream";
import { main } from "../../../src/cli/main";
import type { Io } from "../../../src/cli/io";

export const FIXTURES = path.join(__dirname, "../../fixtures/mail");

/** The keys of a thread in `kindly analyze --json`, in order: the documented contract. */
export const THREAD_KEYS = ["subject", "messages", "facts", "reason", "buyerLanguage", "decision"];

/** A path under test/fixtures/mail. */
export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** A writable that keeps what was written. */
export function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join("") };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kindly <argv>` in-process with the given stdin. */
export async function run(argv: string[], stdin: string | Readable = ""): Promise<Run> {
  const out = sink();
  const err = sink();
  const io: Io = {
    stdin: typeof stdin === "string" ? Readable.from([Buffer.from(stdin)]) : stdin,
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date("2026-11-24T04:00:00Z"),
  };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}
