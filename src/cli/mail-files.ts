import { createReadStream, promises as fs } from "fs";
import * as path from "path";
import { CliError, fileProblem, inputError } from "./errors";
import { ENVELOPE_BYTES, isEnvelopeLine, mboxMessages } from "./mbox";
import { parseMail, type FileMessage } from "./parse-mail";

const MAIL_EXTENSIONS = [".eml", ".mbox", ".mbx"];
const MBOX_EXTENSIONS = [".mbox", ".mbx"];

/**
 * Every message in the given files and folders, in order: files as given, folders
 * recursed with their .eml/.mbox/.mbx files (and an Apple Mail export's mbox) in sorted
 * order. The first bad input stops the run with a one-line error naming it.
 */
export async function* readMailInputs(inputs: readonly string[]): AsyncGenerator<FileMessage> {
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((error: unknown) => {
      throw inputError(input, fileProblem(error));
    });
    if (stat.isDirectory()) {
      const files = await mailFilesIn(input);
      if (!files.length) throw inputError(input, "no .eml, .mbox or .mbx files in this folder");
      for (const file of files) yield* readMailFile(file);
    } else {
      yield* readMailFile(input);
    }
  }
}

/** The folder's mail files, recursively, sorted by path (code points, so the order is the same everywhere). */
async function mailFilesIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw inputError(folder, fileProblem(error));
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    // Symbolic links to folders are not followed: no loops.
    if (entry.isDirectory()) files.push(...(await mailFilesIn(full)));
    else if (isMailFile(folder, entry.name)) files.push(full);
  }
  return files;
}

/**
 * A file of mail by its extension, or the file "mbox" in a "<name>.mbox" folder: Apple Mail
 * exports a mailbox so (beside a table_of_contents and an Info.plist).
 */
function isMailFile(folder: string, name: string): boolean {
  const extension = (file: string) => path.extname(file).toLowerCase();
  return (
    MAIL_EXTENSIONS.includes(extension(name)) || (name === "mbox" && extension(folder) === ".mbox")
  );
}

/**
 * An mbox is streamed: a file with its extension, or any other but an .eml that starts with
 * an envelope line ("From <sender> <date>"; Thunderbird's Inbox has no extension). Any other
 * file is one message; an .eml without the envelope line it may start with, as a mail client
 * saves one message.
 */
async function* readMailFile(file: string): AsyncGenerator<FileMessage> {
  try {
    const extension = path.extname(file).toLowerCase();
    const mbox =
      MBOX_EXTENSIONS.includes(extension) ||
      (extension !== ".eml" && isEnvelopeLine(await firstBytes(file)));
    if (mbox) {
      yield* readMbox(file, createReadStream(file));
      return;
    }
    const raw = await fs.readFile(file);
    yield await parseMail(isEnvelopeLine(raw) ? afterFirstLine(raw) : raw, file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError(file, fileProblem(error));
  }
}

/** The file's first bytes, enough to tell an envelope line, without reading it whole. */
async function firstBytes(file: string): Promise<Buffer> {
  const handle = await fs.open(file, "r");
  try {
    const buffer = Buffer.alloc(ENVELOPE_BYTES);
    const { bytesRead } = await handle.read({ buffer, position: 0 });
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The bytes after the first line (nothing when there is only one). */
function afterFirstLine(raw: Buffer): Buffer {
  const newline = raw.indexOf(0x0a);
  return newline < 0 ? Buffer.alloc(0) : raw.subarray(newline + 1);
}

async function* readMbox(
  file: string,
  chunks: AsyncIterable<Buffer | string>
): AsyncGenerator<FileMessage> {
  let count = 0;
  for await (const raw of mboxMessages(chunks)) {
    count++;
    const label = `${file}: message ${count}`;
    try {
      yield await parseMail(raw, label);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw inputError(label, fileProblem(error));
    }
  }
  if (!count) throw inputError(file, "empty file");
}
