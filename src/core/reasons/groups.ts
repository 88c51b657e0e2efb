import { fold } from "../dates";

// The shorthand's groups, read when the cues are indexed (never in a pane). A group,
// `{a|b}`, stands for one of its alternatives right where it is written, so
// "{found|chose} {a |}{other supplier|other factory}" stands for eight phrases. The index
// keeps a group once, however many phrases lead into it: an alternative is stored as its
// text up to its first group, and the number of a group of what may follow it.

/** Text, and groups: each group a list of alternatives, each alternative a sequence. */
type Sequence = Array<string | Sequence[]>;

/** An alternative as the index stores it: folded text, then the group that must follow it at once, if any. */
export interface Stored {
  text: string;
  next: number | null;
}

/** `s` cut at `sep` where it stands outside braces. */
function splitOutside(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}") depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      out.push(s.slice(from, i));
      from = i + sep.length;
    }
    if (depth < 0) throw new Error(`A "}" closes no group in the cue "${s}"`);
  }
  if (depth !== 0) throw new Error(`A "{" is not closed in the cue "${s}"`);
  out.push(s.slice(from));
  return out;
}

/** A pattern's parts (cut at "…"), each a list of alternatives. */
export function parseParts(pattern: string): string[][] {
  return splitOutside(pattern, "…").map((part) => splitOutside(part, "|"));
}

/**
 * An alternative of a part (its braces balanced: parseParts has cut it) as text and groups,
 * the text folded with one space for any run of white space.
 */
function parseSequence(s: string): Sequence {
  // parseParts cut the pattern at every "…" outside braces: one left is inside a group.
  if (s.includes("…")) throw new Error(`A group cannot hold "…" (in the cue "${s}")`);
  const items: Sequence = [];
  let depth = 0;
  let from = 0;
  const text = (to: number) => {
    if (to > from) items.push(fold(s.slice(from, to)).replace(/\s+/g, " "));
  };
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "{" && depth++ === 0) {
      text(i);
      from = i + 1;
    } else if (s[i] === "}" && --depth === 0) {
      items.push(splitOutside(s.slice(from, i), "|").map(parseSequence));
      from = i + 1;
    }
  }
  text(s.length);
  return items;
}

/** Folded text joined to what comes before it, with one space where both bring one. */
function join(before: string, text: string): string {
  return before.endsWith(" ") && text.startsWith(" ") ? before + text.slice(1) : before + text;
}

/**
 * The groups of one index: each stored once, by number, however many alternatives lead
 * into it; `expansions` gives every phrase an alternative stands for.
 */
export class GroupTable {
  readonly codes: string[] = [];
  private readonly alternatives: Stored[][] = [];
  private readonly numbers = new Map<string, number>();
  private readonly expanded: string[][] = [];

  /**
   * An alternative as stored alternatives, each with at least `lead` letters of text before
   * its group (what the index files it under); an alternative that starts with a group is
   * stored once for each of the group's alternatives.
   */
  store(alternative: string, lead: number): Stored[] {
    return this.sequence(parseSequence(alternative), "", lead).map(({ text, next }) => ({
      text: text.trimStart(),
      next,
    }));
  }

  /** Every phrase a stored alternative stands for, folded, as a plain alternative of the shorthand. */
  expansions(alt: Stored): string[] {
    return this.written(alt).map((phrase) => phrase.trim());
  }

  /** The phrases, each with the space before it that joins it to what leads into its group. */
  private written({ text, next }: Stored): string[] {
    if (next === null) return [text];
    this.expanded[next] ??= this.alternatives[next].flatMap((alt) => this.written(alt));
    return this.expanded[next].map((tail) => join(text, tail));
  }

  /** A group's stored alternatives. */
  group(next: number): Stored[] {
    return this.alternatives[next];
  }

  private sequence(items: Sequence, before: string, lead: number): Stored[] {
    let text = before;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item === "string") {
        text = join(text, item);
        continue;
      }
      const rest = items.slice(i + 1);
      if (text.trim().length < lead) {
        return item.flatMap((alternative) => this.sequence([...alternative, ...rest], text, lead));
      }
      // The space before the group goes with the group's alternatives, so an empty one leaves none.
      const head = text.trimEnd();
      const space = text.slice(head.length);
      return [{ text: head, next: this.number(this.sequence(items.slice(i), space, 1)) }];
    }
    return [{ text: text.trimEnd(), next: null }];
  }

  private number(alternatives: Stored[]): number {
    const code = alternatives.map(({ text, next }) => text + (next === null ? "" : `{${next}}`));
    const key = code.join("|");
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.codes.push(key) - 1;
      this.alternatives.push(alternatives);
      this.numbers.set(key, n);
    }
    return n;
  }
}

/** A pattern with its groups written out: every phrase it stands for, as plain alternatives. */
export function expandGroups(pattern: string): string {
  const table = new GroupTable();
  return parseParts(pattern)
    .map((part) =>
      part
        .flatMap((alternative) => table.store(alternative, 0))
        .flatMap((stored) => table.expansions(stored))
        .join("|")
    )
    .join(" … ");
}
