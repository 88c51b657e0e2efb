import { AMBIGUOUS_NAMES, NAMES, keyOf } from "./names";
import type { Role, Roles } from "./tokens";
import { WORDS, ZONES, type WordRole } from "./words";

/*
 * The tokenizer's lexicon: every month and weekday name, relative word and time zone of
 * names.ts and words.ts, folded, with the roles each form plays in a date. Folding and
 * filing ~2,000 forms takes 13 ms in Node, reading them from JSON 2.3 ms (README,
 * "Benchmarks", has the command), so the lexicon ships built: `npm run index:data` writes
 * lexicon.json from `lexiconData()`, a unit test fails while it is stale, and the tokenizer
 * reads it with `lexiconFrom`.
 */

export interface Lexicon {
  words: Map<string, Roles>;
  /** First word of a multi-word form → the most words such a form has. */
  multi: Map<string, number>;
  cjk: Map<string, Roles>;
  cjkLongest: number;
  compounds: Map<string, string[]>;
}

/** The lexicon as plain data (lexicon.json): each map as an object, the rest as it is. */
export type LexiconData = {
  [K in keyof Lexicon]: Lexicon[K] extends Map<string, infer V> ? Record<string, V> : Lexicon[K];
};

const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** The lexicon, built from the data: what `npm run index:data` writes to lexicon.json. */
export function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    words: new Map(),
    multi: new Map(),
    cjk: new Map(),
    cjkLongest: 1,
    compounds: new Map(),
  };
  const noteMulti = (key: string): void => {
    const words = key.split(" ");
    if (words.length > 1)
      lex.multi.set(words[0], Math.max(words.length, lex.multi.get(words[0]) ?? 0));
  };
  const add = (form: string, role: Role, value: number): void => {
    const cjk = CJK_CHAR.test(form);
    const key = cjk ? form : keyOf(form);
    const map = cjk ? lex.cjk : lex.words;
    const roles = map.get(key) ?? {};
    if (roles[role] === undefined) roles[role] = value;
    map.set(key, roles);
    if (cjk) lex.cjkLongest = Math.max(lex.cjkLongest, key.length);
    noteMulti(key);
  };
  const forms = (lists: string[]) => lists.flatMap((f) => f.split("|"));
  const full = new Set<string>();
  for (const [lang, n] of Object.entries(NAMES)) {
    for (const [lists, role, base] of [
      [[...n.months, ...n.monthsShort], "month", 1],
      [[...n.weekdays, ...n.weekdaysShort], "weekday", 0],
    ] as const) {
      lists.forEach((f, i) =>
        f.split("|").forEach((form) => {
          add(form, role, (i % (role === "month" ? 12 : 7)) + base);
          // English names hint that 05/06 in the same header is month first.
          if (lang === "en") add(form, "en", 1);
        })
      );
    }
    forms([...n.months, ...n.weekdays]).forEach((f) => full.add(keyOf(f)));
  }
  for (const n of Object.values(NAMES)) {
    // A dot after an abbreviation is part of it ("Nov.", "Do."), not after a full name ("Mai.").
    for (const f of forms([...n.monthsShort, ...n.weekdaysShort]))
      if (!full.has(keyOf(f))) add(f, "abbr", 1);
    for (const f of forms(n.weekdaysShort)) add(f, "weakWeekday", 1);
  }
  for (const form of AMBIGUOUS_NAMES) {
    const roles = lex.words.get(keyOf(form));
    if (roles?.month !== undefined) add(form, "weakMonth", 1);
    if (roles?.weekday !== undefined) add(form, "weakWeekday", 1);
  }
  for (const table of Object.values(WORDS)) {
    for (const [role, list] of Object.entries(table) as [WordRole, string][]) {
      for (const entry of list.split("|")) {
        const [form, value = "0"] = entry.split("=");
        if (role === "compound") {
          lex.compounds.set(keyOf(form), value.split(" ").map(keyOf));
          noteMulti(keyOf(form));
          continue;
        }
        add(form.replace(/\.$/, ""), role, Number(value));
        if (form.endsWith(".")) add(form.replace(/\.$/, ""), "abbr", 1);
        if (role === "ampm" && /^[a-z.]+$/.test(form)) add(form.replace(/\.$/, ""), "en", 1);
      }
    }
  }
  for (const entry of ZONES.split("|")) {
    const [form, value] = entry.split("=");
    add(form, "zone", Number(value));
    if (/^(ut|utc|gmt)$/.test(form)) add(form, "utc", 0);
  }
  return lex;
}

/** What lexicon.json holds for the data as it is now. */
export function lexiconData(): LexiconData {
  const { words, multi, cjk, cjkLongest, compounds } = buildLexicon();
  return {
    words: Object.fromEntries(words),
    multi: Object.fromEntries(multi),
    cjk: Object.fromEntries(cjk),
    cjkLongest,
    compounds: Object.fromEntries(compounds),
  };
}

/** The lexicon read from its data. */
export function lexiconFrom(data: LexiconData): Lexicon {
  return {
    words: new Map(Object.entries(data.words)),
    multi: new Map(Object.entries(data.multi)),
    cjk: new Map(Object.entries(data.cjk)),
    cjkLongest: data.cjkLongest,
    compounds: new Map(Object.entries(data.compounds)),
  };
}
