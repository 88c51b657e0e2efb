import type { FileMessage } from "./parse-mail";
import type { MailMessage, Me } from "../core/thread/model";
import { sideOf } from "../core/thread/side";
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
 * In-Reply-To, References; two replies to the same missing message join too). A loose
 * message, one those headers link to no other, falls back on its subject: it joins the
 * messages with the same normalized subject (not empty; an automatic reply's without its
 * "Automatic reply:") that share a counterpart with it, an address not on our side (not
 * `me`, an alias or a colleague): the other loose ones, and the first linked one. So a
 * subject sent to two buyers stays two threads, and chains the headers keep apart stay
 * apart. Nothing else joins: a different subject is a different thread unless the headers
 * link it.
 * Threads come out in order of their earliest message (undated ones last, then in
 * input order); each thread's messages oldest first.
 */
export function groupThreads(messages: readonly FileMessage[], me: Me): FileMessage[][] {
  const groups = new Groups(messages.length);
  const byId = new Map<string, number>();
  messages.forEach((m, i) => {
    for (const id of [m.messageId, ...m.parents]) if (id) joinFirst(groups, byId, id, i);
  });

  const roots = [...messages.keys()].map((i) => groups.find(i));
  const sizes = new Map<number, number>();
  for (const root of roots) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const loose = roots.map((root) => sizes.get(root) === 1);
  // Linked messages first: each key's first message is a linked one when there is one.
  const order = [...messages.keys()].sort((a, b) => Number(loose[a]) - Number(loose[b]));
  const bySubject = new Map<string, number>();
  for (const i of order) {
    const subject = subjectKey(messages[i].mail.subject);
    if (!subject) continue;
    for (const address of counterparts(messages[i].mail, me)) {
      const key = `${subject}\n${address}`;
      if (loose[i]) joinFirst(groups, bySubject, key, i);
      else if (!bySubject.has(key)) bySubject.set(key, i);
    }
  }

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

/** Joins message `i` to the first message seen with `key`, or makes it that first. */
function joinFirst(groups: Groups, firsts: Map<string, number>, key: string, i: number): void {
  const first = firsts.get(key);
  if (first === undefined) firsts.set(key, i);
  else groups.union(first, i);
}

/** The addresses a message was from, to or copied to that are not on our side, lower-cased. */
function counterparts(mail: MailMessage, me: Me): Set<string> {
  const theirs = [mail.from, ...mail.to, ...mail.cc].flatMap((a) =>
    a?.address.trim() && sideOf(a, me) === "buyer" ? [a.address.trim().toLowerCase()] : []
  );
  return new Set(theirs);
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
