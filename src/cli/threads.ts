import type { FileMessage } from "./parse-mail";
import { subjectKey } from "../core/thread/subject";

/** Union-find over message indexes. */
class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The earlier message stays the root, so a thread keeps its first appearance.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The first occurrence of each Message-ID: the same mail saved twice is one message. */
export function withoutDuplicates(messages: readonly FileMessage[]): FileMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    if (!m.messageId) return true;
    if (seen.has(m.messageId)) return false;
    seen.add(m.messageId);
    return true;
  });
}

/**
 * Groups messages into threads. Messages join when one names another (Message-ID,
 * In-Reply-To, References; two replies to the same missing message join too), and
 * when their normalized subjects are equal and not empty (an automatic reply's without its
 * "Automatic reply:"). Nothing else joins: a
 * different subject is a different thread unless the headers link it.
 * Threads come out in order of their earliest message (undated ones last, then in
 * input order); each thread's messages oldest first.
 */
export function groupThreads(messages: readonly FileMessage[]): FileMessage[][] {
  const groups = new Groups(messages.length);
  const byKey = new Map<string, number>();
  const join = (key: string, i: number): void => {
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else groups.union(first, i);
  };
  messages.forEach((m, i) => {
    for (const id of [m.messageId, ...m.parents]) if (id) join(`id ${id}`, i);
    const subject = subjectKey(m.mail.subject);
    if (subject) join(`subject ${subject}`, i);
  });

  const threads = new Map<number, FileMessage[]>();
  messages.forEach((m, i) => {
    const root = groups.find(i);
    const thread = threads.get(root);
    if (thread) thread.push(m);
    else threads.set(root, [m]);
  });
  // Stable sorts: ties keep input order.
  const sorted = [...threads.values()].map((t) => t.sort((a, b) => compare(timeOf(a), timeOf(b))));
  return sorted.sort((a, b) => compare(startOf(a), startOf(b)));
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Undated messages first within a thread, as the core orders them. */
function timeOf(m: FileMessage): number {
  const t = m.mail.sentAt ? Date.parse(m.mail.sentAt) : NaN;
  return isNaN(t) ? -Infinity : t;
}

/** A thread's earliest date; a thread with no dates at all goes last. */
function startOf(thread: FileMessage[]): number {
  const times = thread.map(timeOf).filter((t) => t !== -Infinity);
  return times.length ? Math.min(...times) : Infinity;
}
