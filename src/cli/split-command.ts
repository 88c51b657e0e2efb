import { promises as fs } from "fs";
import * as readline from "readline";
import type { Readable } from "stream";
import { splitBody } from "../core/thread/split";
import { bodyFormat } from "./body-format";
import { readBody } from "./input";
import { CliError, fileProblem, inputError, oneLine, usageError } from "./errors";
import { write, type Io } from "./io";
import { splitOutput, type SplitOutput } from "./output";
import type { ParsedArgs } from "./args";

export const SPLIT_OPTIONS = { json: "flag", batch: "flag", help: "flag" } as const;

/** `kindly split [file|-] [--json]` and `kindly split --batch`. */
export async function splitCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length > 1)
    throw usageError("split reads one body: give one file, or - for stdin");
  const source = args.positionals[0] ?? "-";
  if (args.flags.has("batch")) {
    const input = source === "-" ? io.stdin : await openFile(source);
    return splitBatch(input, io);
  }
  const body = await readBody(source, io.stdin);
  const split = splitBody(body, bodyFormat(body));
  if (args.flags.has("json")) {
    await write(io.stdout, `${JSON.stringify(splitOutput(split), null, 2)}\n`);
  } else {
    await write(
      io.stdout,
      split.text.endsWith("\n") || !split.text ? split.text : `${split.text}\n`
    );
  }
  return 0;
}

/** The file as a stream, once it is known to exist (so a missing file is a clean error). */
async function openFile(file: string): Promise<Readable> {
  try {
    const handle = await fs.open(file, "r");
    return handle.createReadStream();
  } catch (error) {
    throw inputError(file, fileProblem(error));
  }
}

/**
 * One JSON line in, one JSON line out, in order, as the lines arrive (never the whole
 * input in memory). A bad line answers with an error and the rest go on; exit 1 if any failed.
 */
async function splitBatch(input: Readable, io: Io): Promise<number> {
  let failed = false;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const answer = splitLine(line);
      if ("error" in answer) failed = true;
      await write(io.stdout, `${JSON.stringify(answer)}\n`);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`batch input: ${oneLine(error)}`);
  } finally {
    lines.close();
  }
  return failed ? 1 : 0;
}

type BatchId = string | number | null;
type BatchAnswer = { id: BatchId } & (SplitOutput | { error: string });

function splitLine(line: string): BatchAnswer {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: "not a JSON line" };
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    return { id: null, error: "not a JSON object" };
  }
  const rawId = "id" in request ? request.id : null;
  const id: BatchId = typeof rawId === "string" || typeof rawId === "number" ? rawId : null;
  if (rawId !== null && id === null) return { id, error: "id must be a string or a number" };
  const body = "body" in request ? request.body : undefined;
  if (typeof body !== "string") return { id, error: "body must be a string" };
  const format = "format" in request ? request.format : undefined;
  if (format !== undefined && format !== "text" && format !== "html") {
    return { id, error: 'format must be "text" or "html"' };
  }
  try {
    return { id, ...splitOutput(splitBody(body, format ?? bodyFormat(body))) };
  } catch (error) {
    return { id, error: `split failed: ${oneLine(error)}` };
  }
}
