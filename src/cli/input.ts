import { promises as fs } from "fs";
import type { Readable } from "stream";
import { fileProblem, inputError } from "./errors";

// Reading one body from a file or stdin, for the commands that take `[file|-]`.

/** UTF-8 text, or a one-line error saying why not. */
export function decodeBody(raw: Buffer, label: string): string {
  if (raw.includes(0)) throw inputError(label, "not text (binary data)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw inputError(label, "not UTF-8 text");
  }
  if (!text.trim()) throw inputError(label, "empty input");
  return text.replace(/^\uFEFF/, "");
}

/** A file's bytes, or a one-line error saying why not. */
export async function readFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw inputError(file, fileProblem(error));
  }
}

/** All of a stream, as bytes. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The UTF-8 text of a file, or of stdin for "-". */
export async function readBody(source: string, stdin: Readable): Promise<string> {
  const label = source === "-" ? "stdin" : source;
  return decodeBody(source === "-" ? await readAll(stdin) : await readFile(source), label);
}
