import { addDays, daysBetween, isCalendarDate } from "../dates";
import type { CalendarDate } from "../dates";

/*
 * The chase memory: per conversation, the days we chased and the day the rep chose
 * "Chase anyway" (PRODUCT.md §3, §7). It is a cache kept in the host's roaming settings,
 * never the only copy: the mailbox is the record, so losing an entry costs a little
 * context, never a wrong answer about what was sent.
 *
 * Stored format, version 1 (ASCII, no quotes or backslashes, so JSON stores it as is):
 *
 *   memory   = "K1" *(";" thread) "."
 *   thread   = key ":" [chases] ["!" day ["*" revision]]
 *   chases   = day *("," delta)
 *
 * - key: the conversation id hashed with FNV-1a (32 bits), in base36 (1-7 characters).
 *   Outlook's ids run to ~150 characters; two threads sharing a key would share a memory,
 *   which at worst shows a "too soon" the rep can override (about 1 in 6,500 for the
 *   ~1,150 threads a full budget holds).
 * - day: days since 2020-01-01 in base36, with "-" before earlier days ("1vw" = 2026-09-10).
 * - delta: days since the previous chase, in base36; chases are ascending and distinct, so a
 *   chase a week after the last costs two characters (",7").
 * - "!" day: the override register (below); "*" revision only when it is not 0.
 * - The "." at the end tells a whole value from one cut short: without it the last thread
 *   may be incomplete and is dropped.
 * - Threads are written most recently active first, so a value cut short loses the oldest.
 *
 * Separators (";", ":", ",", "!", "*", ".") and the "K" are never base36 digits or "-".
 * A typical thread (three chases a week apart) takes about 16 characters, 20 with an
 * override; a realistic two-year history averages 17, so Outlook's 20,000 characters
 * (src/hosts/preferences.ts shares out the 32 KB) hold the ~1,150 most recently active threads.
 *
 * The override is a last-writer-wins register ordered by (day, revision). Choosing
 * "Chase anyway" on a later day starts at revision 0; clearing it, or choosing it again
 * the same day, adds 1, and an odd revision means "cleared". Keeping the cleared state
 * (rather than deleting it) is what lets a cleared override survive a merge with an older
 * copy that still has it, which every save does.
 */

/** What Kindly remembers about one conversation. */
export interface ThreadMemory {
  /** Our chases, oldest first (at most the most recent MAX_CHASES). */
  chases: CalendarDate[];
  /** The day the rep chose "Chase anyway" for this thread, unless cleared since. */
  override: CalendarDate | null;
}

/**
 * Why a stored memory was not read whole (the UI words it in the rep's language): nothing
 * of it could be read, it came from a newer Kindly, or part of it was lost.
 */
export type MemoryWarning = "unreadable" | "newer" | "partial";

/** A stored memory read back, with a warning for the rep when part of it was lost. */
export interface DecodedMemory {
  memory: ChaseMemory;
  warning: MemoryWarning | null;
}

/**
 * Chase days kept per thread. The policy counts chases since the buyer's last reply and
 * its gaps stop growing at the fourth (PolicySettings.gaps); eight leaves room for longer
 * gap lists, and the mailbox still shows the whole history.
 */
export const MAX_CHASES = 8;

const VERSION = 1;
const HEADER = `K${VERSION}`;
const END = ".";
const EPOCH: CalendarDate = "2020-01-01";
const MIN_DAY = daysBetween(EPOCH, "0001-01-01");
const MAX_DAY = daysBetween(EPOCH, "9999-12-31");

const WARN_UNREADABLE: MemoryWarning = "unreadable";
const WARN_NEWER: MemoryWarning = "newer";
const WARN_PARTIAL: MemoryWarning = "partial";

/** The override register: odd revisions mean the rep's choice was cleared. */
interface Override {
  day: number;
  rev: number;
}

/** One thread's memory, with dates as day numbers since EPOCH. */
interface Entry {
  /** Ascending, distinct, at most MAX_CHASES. */
  chases: number[];
  override: Override | null;
}

/** The short key a conversation id is stored under: FNV-1a (32 bits) in base36. */
export function threadKey(conversationId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < conversationId.length; i++) {
    hash ^= conversationId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Per-conversation chase dates and overrides, compact enough for roaming settings. */
export class ChaseMemory {
  private readonly entries = new Map<string, Entry>();

  /** The number of threads remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** What is remembered about a conversation (no chases and no override when nothing is). */
  get(conversationId: string): ThreadMemory {
    const entry = this.entries.get(threadKey(conversationId));
    if (!entry) return { chases: [], override: null };
    return {
      chases: entry.chases.map(fromDay),
      override: entry.override && isSet(entry.override) ? fromDay(entry.override.day) : null,
    };
  }

  /** Remembers a chase sent on a day; throws RangeError for a date that is not a calendar day. */
  recordChase(conversationId: string, date: CalendarDate): void {
    const day = toDay(date); // before entryFor, so a bad date leaves no empty thread behind
    const entry = this.entryFor(conversationId);
    entry.chases = withChases(entry.chases, [day]);
  }

  /** Remembers the day the rep chose "Chase anyway"; an earlier day than one remembered changes nothing. */
  recordOverride(conversationId: string, date: CalendarDate): void {
    const day = toDay(date);
    const entry = this.entryFor(conversationId);
    const current = entry.override;
    if (!current || day > current.day) entry.override = { day, rev: 0 };
    else if (day === current.day && !isSet(current)) entry.override = { day, rev: current.rev + 1 };
  }

  /** Forgets the rep's "Chase anyway" for a conversation (kept as cleared, so merges don't revive it). */
  clearOverride(conversationId: string): void {
    const entry = this.entries.get(threadKey(conversationId));
    const current = entry?.override;
    if (entry && current && isSet(current)) {
      entry.override = { day: current.day, rev: current.rev + 1 };
    }
  }

  /** A new memory holding both: every chase day, the later override, per thread. Commutative and idempotent. */
  merge(other: ChaseMemory): ChaseMemory {
    const merged = new ChaseMemory();
    for (const source of [this, other]) {
      for (const [key, entry] of source.entries) merged.mergeEntry(key, entry);
    }
    return merged;
  }

  /**
   * Drops whole threads, least recently active first, until encode() fits in maxChars
   * (an empty memory, "K1.", is as small as it gets). A thread's activity is the latest
   * day it holds, chase or override: the core has no clock, and both are recorded on the
   * day the rep acts. Ties go by key, so every device prunes alike.
   */
  prune(maxChars: number): void {
    let length = HEADER.length + END.length;
    for (const [key, entry] of this.ordered()) {
      length += 1 + encodeEntry(key, entry).length;
      // Once over the budget, every older thread goes too: never skip one to keep an older.
      if (length > maxChars) this.entries.delete(key);
    }
  }

  /** The compact ASCII form described at the top of this file. */
  encode(): string {
    const threads = this.ordered().map(([key, entry]) => `;${encodeEntry(key, entry)}`);
    return HEADER + threads.join("") + END;
  }

  /**
   * Reads a stored memory, keeping every thread still readable. Never throws: corrupt,
   * cut short, of the wrong type or from a newer version, it yields what it can (perhaps
   * nothing) with a warning. Nothing stored yet (undefined or null) is no warning.
   */
  static decode(stored: unknown): DecodedMemory {
    const memory = new ChaseMemory();
    if (stored === undefined || stored === null) return { memory, warning: null };
    if (typeof stored !== "string") return { memory, warning: WARN_UNREADABLE };
    const version = /^K(\d+)/.exec(stored);
    if (!version) return { memory, warning: WARN_UNREADABLE };
    // A newer format may reuse this one's characters with another meaning: read none of it.
    if (Number(version[1]) !== VERSION) {
      return { memory, warning: Number(version[1]) > VERSION ? WARN_NEWER : WARN_UNREADABLE };
    }
    const lost = memory.readThreads(stored.slice(version[0].length));
    return { memory, warning: lost ? WARN_PARTIAL : null };
  }

  /** Reads the part after the header into this memory; true when anything was lost. */
  private readThreads(body: string): boolean {
    const whole = body.endsWith(END);
    const parts = (whole ? body.slice(0, -END.length) : body).split(";");
    // Before the first ";" there is nothing; without the end mark the last thread may be cut.
    let lost = !whole || parts[0] !== "";
    const threads = whole ? parts.slice(1) : parts.slice(1, -1);
    for (const text of threads) {
      const parsed = parseEntry(text);
      if (!parsed) lost = true;
      else if (this.entries.has(parsed[0])) this.mergeEntry(parsed[0], parsed[1]);
      else this.entries.set(parsed[0], parsed[1]); // the common case, without merging's sort
    }
    return lost;
  }

  private entryFor(conversationId: string): Entry {
    const key = threadKey(conversationId);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { chases: [], override: null };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private mergeEntry(key: string, entry: Entry): void {
    const current = this.entries.get(key);
    this.entries.set(key, {
      chases: withChases(current?.chases ?? [], entry.chases),
      override: laterOverride(current?.override ?? null, entry.override),
    });
  }

  /** Threads most recently active first, then by key: the order they are stored and kept in. */
  private ordered(): [string, Entry][] {
    const threads = [...this.entries].map(([key, entry]) => ({
      key,
      entry,
      active: activity(entry),
    }));
    threads.sort((a, b) => b.active - a.active || (a.key < b.key ? -1 : 1));
    return threads.map(({ key, entry }): [string, Entry] => [key, entry]);
  }
}

/** Chase days with more added: ascending, distinct, the most recent MAX_CHASES. */
function withChases(chases: number[], more: number[]): number[] {
  const days = [...new Set([...chases, ...more])].sort((a, b) => a - b);
  return days.slice(-MAX_CHASES);
}

/** The later of two override registers, by day then revision. */
function laterOverride(a: Override | null, b: Override | null): Override | null {
  if (!a || !b) return a ?? b;
  return b.day > a.day || (b.day === a.day && b.rev > a.rev) ? b : a;
}

function isSet(override: Override): boolean {
  return override.rev % 2 === 0;
}

/** The latest day a thread holds; the pruning order. */
function activity(entry: Entry): number {
  const lastChase = entry.chases.length ? entry.chases[entry.chases.length - 1] : -Infinity;
  return Math.max(lastChase, entry.override ? entry.override.day : -Infinity);
}

function toDay(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return daysBetween(EPOCH, date);
}

function fromDay(day: number): CalendarDate {
  return addDays(EPOCH, day);
}

function encodeEntry(key: string, entry: Entry): string {
  const chases = entry.chases.map((day, i) =>
    (i === 0 ? day : day - entry.chases[i - 1]).toString(36)
  );
  let text = `${key}:${chases.join(",")}`;
  if (entry.override) {
    text += `!${entry.override.day.toString(36)}`;
    if (entry.override.rev) text += `*${entry.override.rev.toString(36)}`;
  }
  return text;
}

const ENTRY_RE =
  /^([0-9a-z]{1,7}):(?:(-?[0-9a-z]{1,5})((?:,[0-9a-z]{1,5})*))?(?:!(-?[0-9a-z]{1,5})(?:\*([0-9a-z]{1,6}))?)?$/;

/** One stored thread, or null when any part of it is not what encodeEntry writes. */
function parseEntry(text: string): [string, Entry] | null {
  const m = ENTRY_RE.exec(text);
  if (!m) return null;
  const [, keyText, first, deltas, overrideDay, rev] = m;
  const hash = parseInt(keyText, 36);
  if (hash > 0xffffffff) return null;
  const chases = first === undefined ? [] : parseChases(first, deltas);
  const override = overrideDay === undefined ? null : parseOverride(overrideDay, rev);
  if (!chases || (overrideDay !== undefined && !override)) return null;
  if (!chases.length && !override) return null;
  return [hash.toString(36), { chases: chases.slice(-MAX_CHASES), override }];
}

/** Chase days from the first and the steps after it: ascending and distinct, as every step is at least 1. */
function parseChases(first: string, deltas: string): number[] | null {
  const days = [parseInt(first, 36)];
  for (const delta of deltas.split(",").slice(1)) {
    const step = parseInt(delta, 36);
    if (step < 1) return null;
    days.push(days[days.length - 1] + step);
  }
  return days.every(inRange) ? days : null;
}

function parseOverride(dayText: string, revText: string | undefined): Override | null {
  const day = parseInt(dayText, 36);
  return inRange(day) ? { day, rev: revText === undefined ? 0 : parseInt(revText, 36) } : null;
}

function inRange(day: number): boolean {
  return day >= MIN_DAY && day <= MAX_DAY;
}
