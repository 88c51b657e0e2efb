import { findDates, parseHeaderDate } from "../../dates";
import { metaFromAttribution, metaFromFields, NO_META, type QuoteMeta } from "./header";
import {
  attributionEnd,
  attributionStartInLine,
  endsWithBracketedEmail,
  mentionsVerb,
  headerField,
  inlineHeaderFields,
  isPlainLine,
  isRule,
  mayOpenSplitter,
  separator,
} from "./matchers";
import type { HeaderField } from "./patterns";
import { keepsWords, trimSignature } from "./signature";
import type { QuotedMessage } from "./types";

/**
 * The splitter's one algorithm, after talon: mark each line of a body (its
 * quote depth, and whether it opens a reply header), then read the marks.
 *
 * At each quote depth ("level") the lines fall into three kinds of units:
 * text, quote blocks (deeper lines), and splitters (an attribution such as
 * "On … wrote:", a header block such as "From: … Sent: …", or a separator
 * such as "-----Original Message-----"). Text before the first splitter is
 * the writer's own. An attribution introduces the quote block under it, and
 * text after that block is the writer's again (bottom-posting, or a sign-off
 * under the quote). A header block or separator introduces a message whose
 * text runs at the same level until the next splitter (Outlook's style). A
 * quote block that no splitter introduces is an inline reply's context when
 * the writer's text follows it, and an unattributed quoted message otherwise.
 * Quote blocks are read again one level down, so nested history unfolds.
 *
 * Every line is read a bounded number of times, whatever the body: a run of labels that is no
 * header block, blank lines inside a quote, thousands of inline quotes or of quoted messages
 * each cost their lines once or twice, not once per line before or after them. The writer's
 * own words are read to their end however long they are: a header under 5 MB of pasted
 * packing list still opens the history (the chases in it count), and ruling out a splitter on
 * an ordinary line costs a few character tests. Only the readers of meaning stop early, at
 * OWN_WORDS_READ (text/language.ts).
 */

/**
 * The body's lines, read lazily: a line's quote depth and its first and last
 * visible characters are worked out the first time they are asked for, so the
 * history under a reply costs nothing when only the reply's words are wanted.
 */
export class Lines {
  private readonly rows: string[];
  /** This body's mark in the shared columns: rows stamped with another are unread. */
  private readonly stamp: number;
  /** The first line that is not blank, once looked for (-1 until then). */
  private firstWords = -1;

  constructor(body: string) {
    this.rows = body.split("\n");
    this.stamp = nextStamp();
    reserve(this.rows.length);
  }

  get length(): number {
    return this.rows.length;
  }

  /** The line as written. */
  raw(i: number): string {
    return this.rows[i];
  }

  /** How many quote markers (">") lead the line. */
  depth(i: number): number {
    this.read(i);
    return cols[i * 4 + 1];
  }

  first(i: number): number {
    this.read(i);
    return cols[i * 4 + 3] >>> 16;
  }

  last(i: number): number {
    this.read(i);
    return cols[i * 4 + 3] & 0xffff;
  }

  blank(i: number): boolean {
    return i >= this.rows.length || this.first(i) === 0;
  }

  /** Whether every line before `i` is blank (worked out once: each splitter at the top asks). */
  blankBefore(i: number): boolean {
    if (this.firstWords < 0) {
      let j = 0;
      while (j < this.rows.length && this.blank(j)) j++;
      this.firstWords = j;
    }
    return this.firstWords >= i;
  }

  /** The line without its quote markers. */
  text(i: number): string {
    this.read(i);
    const o = cols[i * 4 + 2];
    return o === 0 ? this.rows[i] : this.rows[i].slice(o);
  }

  /** Reads quote markers ("> ", ">>", "> > ", after up to three spaces) and the visible ends of the text, once. */
  private read(k: number): void {
    if (cols[k * 4] === this.stamp) return;
    const line = this.rows[k];
    const len = line.length;
    let i = 0;
    while (i < len && i < 3 && line.charCodeAt(i) === 32) i++;
    let depth = 0;
    let end = 0;
    // Deeper than any real thread: the rest of the markers stay text (and recursion stays shallow).
    while (i < len && line.charCodeAt(i) === 62 /* > */ && depth < MAX_DEPTH) {
      depth++;
      i++;
      end = i;
      if (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
      if (line.charCodeAt(i) === 32 && line.charCodeAt(i + 1) === 62) i++;
    }
    const start = depth === 0 ? 0 : Math.max(end, i);
    let a = start;
    while (a < len && isSpace(line.charCodeAt(a))) a++;
    let ends = 0;
    if (a < len) {
      let b = len - 1;
      while (b > a && isSpace(line.charCodeAt(b))) b--;
      ends = (line.charCodeAt(a) << 16) | line.charCodeAt(b);
    }
    cols[k * 4] = this.stamp;
    cols[k * 4 + 1] = depth;
    cols[k * 4 + 2] = start;
    cols[k * 4 + 3] = ends;
  }
}

/**
 * What Lines learns of each line, four numbers a line: the stamp of the body it
 * belongs to, the quote depth, where the text starts after the markers, and
 * its first and last visible character codes (first << 16 | last; 0 when
 * blank). One array shared by every body, grown as needed and never cleared:
 * a row whose stamp is not the current body's is simply unread. Splitting is
 * synchronous, one body at a time, so sharing is safe and saves an allocation
 * per message.
 */
let cols = new Int32Array(4096);
let stamps = 0;

function nextStamp(): number {
  stamps = (stamps % 0x7ffffffe) + 1;
  return stamps;
}

function reserve(lines: number): void {
  if (cols.length < lines * 4) cols = new Int32Array(Math.max(lines * 4, cols.length * 2));
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 0x200b;
}

const MAX_DEPTH = 32;

interface SplitterUnit {
  kind: "splitter";
  start: number;
  end: number;
  attribution: boolean;
  meta: QuoteMeta;
}

/** A level's units: runs of the writer's lines, a writer's words before a splitter on its line, quote blocks, splitters. */
type Unit =
  | { kind: "text"; start: number; end: number }
  | { kind: "lead"; text: string }
  | { kind: "quote"; start: number; end: number }
  | SplitterUnit;

/** A message found in the history: its metadata and the line ranges of its own words. */
interface Found {
  meta: QuoteMeta;
  parts: Part[];
  /** Its parts hold words: once they do, parts added after cannot undo it. */
  words?: boolean;
}

/** A piece of a level's text: a range of lines, words sharing a splitter's line, or a quote block. */
type Part =
  | { kind: "lines"; start: number; end: number }
  | { kind: "lead"; text: string }
  | { kind: "block"; start: number; end: number; result: LevelResult };

/** How to read: `full` rebuilds the quoted messages with their headers; otherwise only the writer's words count. */
export interface Context {
  tz: string;
  full: boolean;
}

/** The result for one level: the writer's own lines, then the messages under them in reading order. */
export interface LevelResult {
  own: string[];
  quoted: QuotedMessage[];
  /** The body's own header block, skipped (top level only). */
  header?: string;
}

const MAX_ATTRIBUTION_LINES = 5;
const MAX_ATTRIBUTION_LENGTH = 400;
const HEADER_LOOKAHEAD = 3;

type Fields = Array<{ field: HeaderField; value: string }>;

/**
 * Where a level's reading knows no header block starts: lines [from, to). A header block that
 * fails to be one (a single kind of label, no sender nor date) fails from every line it
 * spans too, so a long run of labels is read once rather than once for each of its lines.
 */
interface NoHeader {
  from: number;
  to: number;
}

/** The header block starting at `i` (labels, continuation lines, blank lines between labels), if it is one. */
function headerBlock(
  lines: Lines,
  i: number,
  end: number,
  base: number,
  none: NoHeader
): { end: number; fields: Fields } | null {
  if (i >= none.from && i < none.to) return null;
  const fields: Fields = [];
  // Brackets the last value leaves open: a value with an open bracket runs on to the next line.
  let open = 0;
  let j = i;
  let last = i;
  while (j < end && lines.depth(j) === base) {
    if (lines.blank(j)) {
      if (fields.length === 0) break;
      j++;
      continue;
    }
    const text = lines.text(j);
    const hit = headerField(text);
    if (hit) {
      // Bold labels ("*From:* Bob") leave their closing asterisks on the value.
      const value = trimStars(text.slice(hit.valueStart));
      fields.push({ field: hit.field, value });
      open = brackets(value);
      last = j + 1;
    } else if (fields.length > 0 && j === last && (/^\s/.test(text) || open > 0)) {
      // A folded header value: an indented line, or one after a value with an open bracket.
      fields[fields.length - 1].value += " " + text.trim();
      open += brackets(text);
      last = j + 1;
    } else break;
    j++;
  }
  const kinds = fields.length < 2 ? null : new Set(fields.map((f) => f.field));
  if (!kinds || kinds.size < 2 || !(kinds.has("from") || kinds.has("date"))) {
    // Read from any line it passed, the block would end where this one did, with fewer fields.
    none.from = i;
    none.to = j;
    return null;
  }
  return { end: last, fields };
}

/**
 * Whether a bare header block (no separator or rule over it) in the middle of a body names a
 * message: a sender with its date or subject, or an address with a sender or a date ("Sent: …
 * To: Bob <b@x.com>" under a "From:" line too broken to read). Payment details have labels
 * too, but neither: "From: ABC Trading GmbH\nTo: Ours Ltd\nAmount: USD 5000", "Fecha: …\nPara: …".
 */
function namesMessage(fields: Fields): boolean {
  const has = (field: HeaderField) => fields.some((f) => f.field === field);
  const address = fields.some((f) => f.value.includes("@"));
  return (
    (has("from") && (has("date") || has("subject"))) || (address && (has("from") || has("date")))
  );
}

/** Opening brackets less closing ones. */
function brackets(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 60 || c === 91 || c === 40) n++;
    else if (c === 62 || c === 93 || c === 41) n--;
  }
  return n;
}

const SPACE_OR_STAR = /[\s*]/;

/** The text without white space and asterisks at either end (in a linear pass: `/[\s*]+$/` is quadratic on long runs). */
function trimStars(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && SPACE_OR_STAR.test(text[a])) a++;
  while (b > a && SPACE_OR_STAR.test(text[b - 1])) b--;
  return text.slice(a, b);
}

const RULE_CHARS = "-_=~";
const LEAD = /^\s*(?:-+\s*)?(?:On|Le|El|Am|Em|Il|Op|Den|På|W dniu|Dnia|Vào|В|Dne|Dňa|在|\p{Nd})/u;

/** An attribution ("On …, Bob <b@x> wrote:") starting at line `i`, possibly wrapped over a few lines. */
function attributionAt(
  lines: Lines,
  i: number,
  end: number,
  base: number
): { end: number; text: string } | null {
  const first = lines.text(i);
  if (first.length > MAX_ATTRIBUTION_LENGTH) return null;
  // Only a line that opens like an attribution may wrap onto the next ones (even across a blank line):
  // a lead word and a date ("On Tue, …"), or an address and the verb ("Bob <b@x> schrieb am Di., 16. Aug.").
  const wraps = LEAD.test(first) || (first.includes("@") && mentionsVerb(first));
  // A one-line attribution ends in a colon or a dash ("… wrote:", "---- Bob wrote ----").
  const last = lines.last(i);
  if (!wraps && last !== 58 && last !== 0xff1a && last !== 45) return null;
  let joined = "";
  for (let k = 0; k < (wraps ? MAX_ATTRIBUTION_LINES : 1) && i + k < end; k++) {
    const j = i + k;
    // A wrapped attribution may spill into a line the quote markers seem to own ("> wrote:").
    if (k > 0 && (lines.blank(j) || lines.depth(j) > base + 1)) {
      if (!lines.blank(j)) break;
      continue;
    }
    const text = lines.text(j);
    // A line that opens an attribution of its own starts the next one, not a wrap of this one.
    if (k > 0 && LEAD.test(text) && !/^\s*\p{Nd}/u.test(text)) break;
    joined += (k > 0 ? " " : "") + text.trim();
    if (joined.length > MAX_ATTRIBUTION_LENGTH) return null;
    const ending = attributionEnd(joined);
    if (
      ending &&
      (joined.includes("@") || datedHeader(joined, ending) || quoteUnder(lines, j + 1, end, base))
    ) {
      if (ending === "email" && !/\p{Nd}/u.test(joined)) return null;
      return { end: j + 1, text: joined };
    }
    if (k > 0 && lines.depth(j) !== base) break;
  }
  return null;
}

/** A time ("10:30", "03.57"), a numeric date ("12/29/1987", "2024-12-02") or a CJK date ("2024年12月2日"). */
const DATE_LIKE =
  /\p{Nd}{1,2}\s?[:：.]\s?\p{Nd}{2}(?!\p{Nd})|\p{Nd}{1,4}[/.-]\p{Nd}{1,2}[/.-]\p{Nd}{1,4}|\p{Nd}\s?[年月]/u;

/** Any day: only whether a text names a date is asked, not which one. */
const ANY_DAY = "2000-01-01";

/**
 * Whether a text names a real date: one with a year ("December 2, 2024", "2024年12月2日",
 * "2 декабря 2024 г."), or a day of a named month ("On 2 December", "12月2日"). A weekday
 * alone ("On Monday"), a time or "15号" names none.
 */
function namesDate(text: string): boolean {
  if (parseHeaderDate(text) !== null) return true;
  return findDates(text, ANY_DAY).some((m) => !m.relative && /\p{L}/u.test(m.text));
}

/**
 * An attribution that names no address: it opens like one (a lead word or a digit), gives a
 * date, and ends in a colon or dashes ("On 12/29/1987 17:32 PM, Julius Caesar wrote:"); or it
 * ends in the verb and its colon and names a real date anywhere ("On Monday, December 2, 2024,
 * John Smith wrote:", "John Smith 于2024年12月2日 10:30写道：", "понедельник, 2 декабря 2024 г.,
 * 10:30 John Smith написал:"). A sentence that merely ends in "said:" or "sent" gives none of
 * that ("On Monday our finance department said:").
 */
function datedHeader(joined: string, ending: "verb" | "email"): boolean {
  const last = joined.charCodeAt(joined.length - 1);
  if (last !== 58 && last !== 0xff1a && last !== 45) return false;
  if (LEAD.test(joined) && DATE_LIKE.test(joined)) return true;
  return ending === "verb" && last !== 45 && namesDate(joined);
}

/** Whether the next line with words after `from` is quoted deeper than `base`. */
function quoteUnder(lines: Lines, from: number, end: number, base: number): boolean {
  const next = nextNonBlank(lines, from, end, base, true);
  return next >= 0 && lines.depth(next) > base;
}

/** Marks the units of one level, lines [from, to) at quote depth `base`. */
function units(lines: Lines, from: number, to: number, base: number, ctx: Context): Unit[] {
  const out: Unit[] = [];
  let run = -1; // start of the current run of the writer's lines
  const none: NoHeader = { from: 0, to: 0 };
  const closeRun = (end: number) => {
    if (run >= 0 && end > run) out.push({ kind: "text", start: run, end });
    run = -1;
  };
  let i = from;
  while (i < to) {
    if (base === 0 && isPlainLine(lines.raw(i))) {
      if (run < 0) run = i;
      i++;
      continue;
    }
    if (
      lines.depth(i) > base ||
      (lines.blank(i) &&
        out.length > 0 &&
        run < 0 &&
        out[out.length - 1].kind === "quote" &&
        quoteResumes(lines, i, to, base) >= 0)
    ) {
      closeRun(i);
      let j = i;
      while (j < to) {
        if (lines.depth(j) > base) {
          j++;
          continue;
        }
        // Blank lines inside the quote: straight to where it resumes (asking at each one was quadratic).
        const resumes = lines.blank(j) ? quoteResumes(lines, j, to, base) : -1;
        if (resumes >= 0) j = resumes;
        else if (lostMarker(lines, j, to, base)) j++;
        else break;
      }
      const prev = out[out.length - 1];
      if (prev?.kind === "quote") prev.end = j;
      else out.push({ kind: "quote", start: i, end: j });
      i = j;
      continue;
    }
    const found =
      !lines.blank(i) && mayOpenSplitter(lines.text(i), lines.first(i), lines.last(i))
        ? splitterAt(lines, i, to, base, ctx, none)
        : null;
    if (found) {
      closeRun(i);
      if (found.lead) out.push({ kind: "lead", text: found.lead });
      out.push(found.unit);
      // Under a header block, the writer's words do not resume: for them alone, stop reading.
      if (!ctx.full && !found.unit.attribution && !(base === 0 && isOwnHeader(lines, found.unit)))
        return out;
      i = found.unit.end;
      continue;
    }
    if (run < 0) run = i;
    i++;
  }
  closeRun(to);
  return out;
}

/**
 * A line of a quote that lost its marker when the client wrapped it: one or two
 * unquoted lines right between quoted ones ("> … pharetra d\nignissim odio?\n>").
 */
function lostMarker(lines: Lines, j: number, to: number, base: number): boolean {
  if (j === 0 || lines.depth(j - 1) <= base || lines.blank(j) || lines.depth(j) > base)
    return false;
  for (let k = j + 1; k < Math.min(to, j + 3); k++) {
    if (lines.depth(k) > base) return true;
    if (lines.blank(k)) return false;
  }
  return false;
}

/** A blank line inside a quote block: where the quote resumes (the next line that is not blank here), or -1. */
function quoteResumes(lines: Lines, i: number, to: number, base: number): number {
  let j = i;
  while (j < to && lines.blank(j) && lines.depth(j) <= base) j++;
  return j < to && lines.depth(j) > base ? j : -1;
}

/** A splitter starting at line `i`, and any text of the writer's sharing its first line. */
function splitterAt(
  lines: Lines,
  i: number,
  to: number,
  base: number,
  ctx: Context,
  none: NoHeader
): { unit: SplitterUnit; lead?: string } | null {
  const fields = (found: Fields, forwarded: boolean) =>
    ctx.full ? metaFromFields(found, forwarded, ctx.tz) : { ...NO_META, forwarded };
  const attributed = (text: string) => (ctx.full ? metaFromAttribution(text, ctx.tz) : NO_META);
  const text = lines.text(i);
  const splitter = (
    end: number,
    attribution: boolean,
    meta: QuoteMeta,
    header?: string
  ): SplitterUnit => ({
    kind: "splitter",
    start: i,
    end,
    attribution,
    meta: { ...meta, header: header ?? textOf(lines, i, end) },
  });

  const sep = separator(text);
  if (sep) {
    const inline = sep.rest ? inlineHeaderFields(sep.rest) : null;
    if (inline) return { unit: splitter(i + 1, false, fields(inline, sep.forwarded)) };
    const next = nextNonBlank(lines, i + 1, to, base);
    const block =
      next >= 0 && next - i <= HEADER_LOOKAHEAD ? headerBlock(lines, next, to, base, none) : null;
    const meta = block
      ? fields(block.fields, sep.forwarded)
      : { ...NO_META, forwarded: sep.forwarded };
    return { unit: splitter(block ? block.end : i + 1, false, meta) };
  }

  if (RULE_CHARS.includes(text.trimStart()[0]) && isRule(text)) {
    // A rule belongs to the header it sits right on top of; a free-standing one is the writer's.
    const block = i + 1 < to ? headerBlock(lines, i + 1, to, base, none) : null;
    return block ? { unit: splitter(block.end, false, fields(block.fields, false)) } : null;
  }

  const block = headerBlock(lines, i, to, base, none);
  if (block && (lines.blankBefore(i) || namesMessage(block.fields)))
    return { unit: splitter(block.end, false, fields(block.fields, false)) };

  const attribution = attributionAt(lines, i, to, base);
  if (attribution) {
    const at = attributionStartInLine(text);
    const lead = at > 0 ? text.slice(0, at).replace(/[\s-]+$/, "") : "";
    const said = at > 0 ? attribution.text.slice(at) : attribution.text;
    return {
      unit: splitter(attribution.end, true, attributed(said), at > 0 ? said : undefined),
      lead: lead || undefined,
    };
  }

  // "2011/4/7 Nathan <a@b.c>" right above a quote: an attribution without its verb.
  if (/^\s*\p{Nd}/u.test(text) && endsWithBracketedEmail(text)) {
    const next = nextNonBlank(lines, i + 1, to, base, true);
    if (next >= 0 && lines.depth(next) > base)
      return { unit: splitter(i + 1, true, attributed(text)) };
  }
  return null;
}

function nextNonBlank(
  lines: Lines,
  from: number,
  to: number,
  base: number,
  anyDepth = false
): number {
  for (let j = from; j < to; j++) {
    if (!lines.blank(j)) return anyDepth || lines.depth(j) === base ? j : -1;
  }
  return -1;
}

/** The text of parts at level `base`: the writer's lines as written (raw at the top level, to keep spacing), added to `out`. */
function partLines(
  lines: Lines,
  parts: Part[],
  base: number,
  keepBlocks: (part: Part) => boolean,
  out: string[] = []
): string[] {
  for (const part of parts) {
    if (part.kind === "lead") out.push(part.text);
    else if (part.kind === "lines")
      for (let j = part.start; j < part.end; j++)
        out.push(base === 0 ? lines.raw(j) : lines.text(j));
    else if (keepBlocks(part)) {
      for (let j = part.start; j < part.end; j++) {
        const d = lines.depth(j);
        out.push(
          base === 0
            ? lines.raw(j)
            : d > base
              ? ">".repeat(d - base) + " " + lines.text(j)
              : lines.text(j)
        );
      }
    }
  }
  return out;
}

/** The lines [start, end) without their quote markers, as one text. */
function textOf(lines: Lines, start: number, end: number): string {
  const out: string[] = [];
  for (let j = start; j < end; j++) out.push(lines.text(j));
  return out.join("\n");
}

/** A quoted message: what introduced it, and its lines cut into words and signature. */
function quotedMessage(meta: QuoteMeta, lines: string[]): QuotedMessage {
  return { ...meta, ...trimSignature(lines, { signOff: false }) };
}

function hasText(lines: string[]): boolean {
  return lines.some((l) => l.trim().length > 0);
}

/**
 * Whether a message's parts hold any words, remembered once they do. A message asked with none
 * takes the quote's message in place (splitLevel), so each part is read once.
 */
function hasWords(lines: Lines, message: Found, base: number): boolean {
  return (message.words ||= hasText(partLines(lines, message.parts, base, () => true)));
}

/** Adds items to a list one by one (a spread of a long list overflows the call stack). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

function sameSender(a: QuoteMeta, b: QuoteMeta): boolean {
  return (
    a.from?.address === b.from?.address && a.from?.name === b.from?.name && a.sentAt === b.sentAt
  );
}

/**
 * A bare header block that opens the body and is followed by a blank line is the
 * message's own header (a saved message pasted whole), not history. Forwards
 * announce themselves with a separator, or run their body straight under the
 * header (New Outlook).
 */
function isOwnHeader(lines: Lines, unit: SplitterUnit): boolean {
  if (unit.attribution || separator(lines.text(unit.start)) || isRule(lines.text(unit.start)))
    return false;
  return lines.blankBefore(unit.start) && lines.blank(unit.end);
}

/** Splits lines [from, to) at quote depth `base` into the writer's own lines and the quoted messages. */
export function splitLevel(
  lines: Lines,
  from: number,
  to: number,
  base: number,
  ctx: Context
): LevelResult {
  const list = units(lines, from, to, base, ctx);
  // own: the writer's parts, anonymous quote blocks included until we know what follows them.
  const own: Part[] = [];
  const history: Array<Found | QuotedMessage | { block: Part }> = [];
  let current: Found | null = null;
  let awaiting = null as QuoteMeta | null;
  // After a header block the rest of the level is history: the writer's words do not resume.
  let inHistory: Found | null = null;
  let ownHeader: string | undefined;
  let sawSplitter = false;

  for (let u = 0; u < list.length; u++) {
    const unit = list[u];
    if (unit.kind === "text" || unit.kind === "lead") {
      let part: Part =
        unit.kind === "lead" ? unit : { kind: "lines", start: unit.start, end: unit.end };
      if (awaiting && part.kind === "lines") {
        // Blank lines under an attribution wait for its quote; words there start a message at this level.
        let j = part.start;
        while (j < part.end && lines.blank(j)) j++;
        if (j === part.end) continue;
        part = { kind: "lines", start: j, end: part.end };
      }
      if (awaiting) {
        current = { meta: awaiting, parts: [] };
        history.push(current);
        awaiting = null;
      }
      const sink = current ?? inHistory;
      if (sink) sink.parts.push(part);
      else own.push(part);
    } else if (unit.kind === "quote") {
      // For the writer's own words alone, history under a header needs no reading.
      if (!ctx.full && (awaiting || current || inHistory)) {
        awaiting = null;
        continue;
      }
      const inner = splitLevel(lines, unit.start, unit.end, base + 1, ctx);
      const innerHasText = hasText(inner.own);
      if (awaiting) {
        history.push(quotedMessage(awaiting, inner.own));
        append(history, inner.quoted);
        awaiting = null;
      } else if (
        current &&
        !current.meta.from &&
        !innerHasText &&
        inner.quoted.length > 0 &&
        !hasWords(lines, current, base)
      ) {
        // A bare separator over a quote that carries the header ("Forwarded message:\n> From: …"): one message.
        // Words after it at this level still belong to that message (its body runs on under the quote).
        // It stays where it is in the history, taking the quoted message's header and words.
        const [first, ...older] = inner.quoted;
        current.meta = {
          ...first,
          forwarded: current.meta.forwarded || first.forwarded,
          header: `${current.meta.header}\n${first.header}`,
        };
        current.parts = [first.text, first.signature]
          .filter((t): t is string => Boolean(t))
          .map((text) => ({ kind: "lead", text }));
        append(history, older);
        inHistory = current;
      } else if (current || inHistory) {
        if (innerHasText) history.push(quotedMessage(NO_META, inner.own));
        append(history, inner.quoted);
      } else if (!innerHasText) {
        // A quote that opens with its own header (Apple Mail's forward): its messages, nothing of ours.
        append(history, inner.quoted);
      } else {
        const block: Part = { kind: "block", start: unit.start, end: unit.end, result: inner };
        own.push(block);
        history.push({ block });
      }
    } else {
      if (base === 0 && isOwnHeader(lines, unit)) {
        ownHeader = unit.meta.header;
        continue;
      }
      sawSplitter = true;
      // The same attribution twice in a row (wrapped, then whole) introduces one message.
      const pending: QuoteMeta | null = awaiting;
      if (pending && unit.attribution && sameSender(pending, unit.meta)) {
        awaiting = { ...pending, header: `${pending.header}\n${unit.meta.header}` };
        continue;
      }
      if (awaiting && ctx.full) history.push(quotedMessage(awaiting, []));
      current = null;
      awaiting = null;
      if (unit.attribution) awaiting = unit.meta;
      else {
        current = inHistory = { meta: unit.meta, parts: [] };
        history.push(current);
      }
    }
  }
  if (awaiting && ctx.full) history.push(quotedMessage(awaiting, []));

  // A quote block followed by more of the writer's words (more than a signature) is an inline
  // reply's context: it stays. Their words are laid out once, and each block asks from where it ends.
  const inline = new Set<Part>();
  const blocks = own.filter((p) => p.kind === "block");
  if (blocks.length > 0) {
    const words: string[] = [];
    const after: number[] = [];
    for (const part of own) {
      if (part.kind === "block") after.push(words.length);
      else partLines(lines, [part], base, () => false, words);
    }
    keepsWords(words, after).forEach((keeps, k) => keeps && inline.add(blocks[k]));
  }
  const ownLines = partLines(lines, own, base, (part) => inline.has(part));
  // A body that is nothing but an unattributed quote is kept whole: there is nothing else to show.
  if (!hasText(ownLines) && blocks.length === 1 && !sawSplitter) {
    return { own: partLines(lines, blocks, base, () => true), quoted: [], header: ownHeader };
  }

  const quoted: QuotedMessage[] = [];
  for (const entry of history) {
    if ("block" in entry) {
      const part = entry.block;
      if (part.kind === "block" && !inline.has(part)) {
        quoted.push(quotedMessage(NO_META, part.result.own));
        append(quoted, part.result.quoted);
      }
    } else if ("parts" in entry)
      quoted.push(
        quotedMessage(
          entry.meta,
          partLines(lines, entry.parts, base, () => true)
        )
      );
    else quoted.push(entry);
  }
  return { own: ownLines, quoted, header: ownHeader };
}
