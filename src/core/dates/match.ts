import type { Role, Token } from "./tokens";

/*
 * The one algorithm that reads the date patterns. A pattern is a line of roles, one per
 * token: "weekday? ,? day .? of? month ,? year?" ("?" = may be left out; "mo=day" captures
 * a token with the role "day" under the name "mo"). Matching keeps, as a bit set, the token
 * positions each element can end at, so it costs at most elements² steps per start
 * whatever the text (no backtracking).
 */

interface Element {
  name: string;
  role: Role;
  optional: boolean;
}

/** A compiled pattern and the kind of date it reads. */
export interface Pattern<K extends string = string> {
  kind: K;
  source: string;
  elements: Element[];
  /** Roles a token must have one of for the pattern to start there. */
  starts: Role[];
}

/** Token indexes by capture name. */
export type Captures = Partial<Record<string, number>>;

/** A match: the token index after it, and what it captured. */
export interface Match<K extends string = string> {
  pattern: Pattern<K>;
  start: number;
  end: number;
  caps: Captures;
}

/** Compiles a pattern line ("weekday? ,? day .? of? month"). */
export function pattern<K extends string>(kind: K, source: string): Pattern<K> {
  const elements = source.split(" ").map((word) => {
    const optional = word.endsWith("?");
    const [name, role = name] = word.replace(/\?$/, "").split("=");
    return { name, role: role as Role, optional };
  });
  if (elements.length > 30) throw new RangeError(`Pattern too long: ${source}`);
  const starts: Role[] = [];
  for (const e of elements) {
    starts.push(e.role);
    if (!e.optional) break;
  }
  return { kind, source, elements, starts };
}

/** The longest match of p starting at token i, or null. Matches do not run across a line break. */
export function matchAt<K extends string>(
  p: Pattern<K>,
  toks: Token[],
  i: number
): Match<K> | null {
  if (!p.starts.some((r) => toks[i].roles[r] !== undefined)) return null;
  const els = p.elements;
  // reach[k]: bit o set when the first k elements can end o tokens after i.
  const reach = REACH;
  reach[0] = 1;
  for (let k = 0; k < els.length; k++) {
    let next = els[k].optional ? reach[k] : 0;
    for (let o = 0; o <= k; o++) {
      if (reach[k] & (1 << o) && fits(els[k], toks, i, o)) next |= 1 << (o + 1);
    }
    if (next === 0) return null;
    reach[k + 1] = next;
  }
  const end = 31 - Math.clz32(reach[els.length]);
  if (end === 0) return null;
  // Walk back from the longest end, letting each element take its token when it can.
  const caps: Captures = {};
  for (let k = els.length - 1, o = end; k >= 0; k--) {
    if (o > 0 && reach[k] & (1 << (o - 1)) && fits(els[k], toks, i, o - 1)) {
      caps[els[k].name] = i + o - 1;
      o--;
    }
  }
  return { pattern: p, start: i, end: i + end, caps };
}

const REACH = new Int32Array(32);

/** Element e can take the token o places after i. */
function fits(e: Element, toks: Token[], i: number, o: number): boolean {
  const t = toks[i + o];
  return t !== undefined && t.roles[e.role] !== undefined && (o === 0 || !t.newline);
}

/** Every match of the patterns at token i, longest first (ties: the earlier pattern first). */
export function matchesAt<K extends string>(
  patterns: Pattern<K>[],
  toks: Token[],
  i: number
): Match<K>[] {
  const found: Match<K>[] = [];
  for (const p of patterns) {
    const m = matchAt(p, toks, i);
    if (m) found.push(m);
  }
  return found.sort((a, b) => b.end - a.end);
}
