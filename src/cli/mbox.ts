const NEWLINE = 0x0a;
const FROM_ = Buffer.from("From ");

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An mbox envelope line: "From ", the sender (an address, MAILER-DAEMON, or "-" as
 * Thunderbird writes) and an asctime date, "Mon Nov  2 09:15:00 2026" (seconds optional; a
 * zone may stand before the year, as in Gmail's "Tue Nov 03 10:00:00 +0000 2026").
 */
const ENVELOPE = new RegExp(
  `^From \\S+ +(?:${WEEKDAYS.join("|")}) +(?:${MONTHS.join("|")}) +\\d{1,2} +\\d{1,2}:\\d{2}(?::\\d{2})? +(?:\\S+ +)?\\d{4}\\b`
);

/** How many bytes tell an envelope line from others. */
export const ENVELOPE_BYTES = 200;

/** Whether the bytes start with an mbox envelope line (not a body line "From the PI: …"). */
export function isEnvelopeLine(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, FROM_.length).equals(FROM_) &&
    ENVELOPE.test(bytes.subarray(0, ENVELOPE_BYTES).toString("latin1"))
  );
}

const LF = Buffer.from("\n");
const CRLF = Buffer.from("\r\n");

/** An empty line ("\n" or "\r\n"); not a last line of one character without its newline. */
function isBlank(line: Buffer): boolean {
  return line.equals(LF) || line.equals(CRLF);
}

/** ">From ", ">>From "…: a body line the mbox writer escaped (mboxo and mboxrd). */
function isEscapedFrom(line: Buffer): boolean {
  let i = 0;
  while (line[i] === 0x3e /* > */) i++;
  return i > 0 && line.subarray(i, i + FROM_.length).equals(FROM_);
}

/**
 * Splits an mbox, read as a stream of byte chunks, into its messages (raw bytes, one
 * at a time, so a large file is never held whole). A message starts at an envelope line
 * ("From <sender> <date>") at the start of the file or after an empty line; a body line
 * "From the PI: …" does not. One ">" is taken off escaped ">From " lines (mboxrd; for
 * mboxo this is its only escape). Bytes, not text: the messages' own charsets are decoded
 * later, by the mail parser.
 */
export async function* mboxMessages(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer>
): AsyncGenerator<Buffer> {
  let message: Buffer[] | null = null;
  let previousBlank = true;
  // The unfinished line, in pieces, joined once its newline comes: copying it whole at
  // each chunk took time in the square of a long line's length.
  let pieces: Buffer[] = [];

  function* take(line: Buffer): Generator<Buffer> {
    const separator = previousBlank && isEnvelopeLine(line);
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
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      pieces.push(bytes.subarray(start, end + 1));
      yield* take(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
      pieces = [];
      start = end + 1;
    }
    // Copy the partial line, so the rest of the chunk can be freed.
    if (start < bytes.length) pieces.push(Buffer.from(bytes.subarray(start)));
  }
  if (pieces.length) yield* take(Buffer.concat(pieces));
  if (message) yield finish(message);
}

/** The message's bytes, without the empty line that separates it from the next. */
function finish(lines: Buffer[]): Buffer {
  if (lines.length && isBlank(lines[lines.length - 1])) lines.pop();
  return Buffer.concat(lines);
}
