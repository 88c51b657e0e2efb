const NEWLINE = 0x0a;
const FROM_ = Buffer.from("From ");

/** An empty line ("\n" or "\r\n"). */
function isBlank(line: Buffer): boolean {
  return line.length === 1 || (line.length === 2 && line[0] === 0x0d);
}

/** ">From ", ">>From "…: a body line the mbox writer escaped (mboxo and mboxrd). */
function isEscapedFrom(line: Buffer): boolean {
  let i = 0;
  while (line[i] === 0x3e /* > */) i++;
  return i > 0 && line.subarray(i, i + FROM_.length).equals(FROM_);
}

/**
 * Splits an mbox, read as a stream of byte chunks, into its messages (raw bytes, one
 * at a time, so a large file is never held whole). A message starts at a "From " line
 * at the start of the file or after an empty line; one ">" is taken off escaped
 * ">From " lines (mboxrd; for mboxo this is its only escape). Bytes, not text: the
 * messages' own charsets are decoded later, by the mail parser.
 */
export async function* mboxMessages(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer>
): AsyncGenerator<Buffer> {
  let message: Buffer[] | null = null;
  let previousBlank = true;
  let carry: Buffer = Buffer.alloc(0);

  function* take(line: Buffer): Generator<Buffer> {
    const separator = previousBlank && line.subarray(0, FROM_.length).equals(FROM_);
    const blank = isBlank(line);
    if (separator) {
      if (message) yield finish(message);
      message = [];
    } else if (message) {
      message.push(isEscapedFrom(line) ? line.subarray(1) : line);
    } else if (!blank) {
      throw new Error('not an mbox file (it does not start with a "From " line)');
    }
    previousBlank = blank;
  }

  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const buffer = carry.length ? Buffer.concat([carry, bytes]) : bytes;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
      yield* take(buffer.subarray(start, end + 1));
      start = end + 1;
    }
    // Copy the partial line, so the rest of the chunk can be freed.
    carry = Buffer.from(buffer.subarray(start));
  }
  if (carry.length) yield* take(carry);
  if (message) yield finish(message);
}

/** The message's bytes, without the empty line that separates it from the next. */
function finish(lines: Buffer[]): Buffer {
  if (lines.length && isBlank(lines[lines.length - 1])) lines.pop();
  return Buffer.concat(lines);
}
