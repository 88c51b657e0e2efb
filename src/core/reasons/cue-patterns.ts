import type { BuyerLanguage } from "../text/language";
import { GRAMMAR, REASON_CUES, type CuePattern, type LanguageCues } from "./cues";
import { indexPatterns, type MatcherData } from "./match";
import type { ExplainedReason } from "./types";

/*
 * The cue tables (cues/*.ts) are the source; classify.ts reads them indexed, from
 * cue-index.json, which `npm run index:data` writes with `cueIndex()` and a unit test
 * checks against the tables. Indexing folds and files ~18,000 first alternatives and the
 * groups they lead into (groups.ts): done once here instead of in every pane at start-up,
 * and it keeps the tables' TypeScript out of the pane.
 */

/** What a cue adds to its reason: one strong cue names it, one weak cue does not, two weak ones do. */
export const WEIGHTS: Record<keyof LanguageCues, number> = {
  strong: 1,
  weak: 0.3,
  against: -1,
  masks: 0,
};

export type GrammarKind = "not" | "fillers" | "notBefore" | "notAfter" | "topic" | "contrast";
export type Tag =
  | { kind: "cue"; reason: ExplainedReason; weight: number }
  | { kind: GrammarKind; lang: BuyerLanguage };

/** cue-index.json: the reasons in tie-breaking order and every cue and grammar word, indexed. */
export interface CueIndex {
  reasons: ExplainedReason[];
  index: MatcherData<Tag>;
}

/** Every cue of every reason and language, and every grammar word, tagged. */
export function cuePatterns(): Array<{ pattern: CuePattern; tag: Tag }> {
  const patterns: Array<{ pattern: CuePattern; tag: Tag }> = [];
  for (const { reason, cues } of REASON_CUES) {
    for (const table of Object.values(cues)) {
      for (const level of Object.keys(WEIGHTS) as Array<keyof LanguageCues>) {
        const tag: Tag = { kind: "cue", reason, weight: WEIGHTS[level] };
        for (const pattern of table[level] ?? []) patterns.push({ pattern, tag });
      }
    }
  }
  for (const lang of Object.keys(GRAMMAR) as BuyerLanguage[]) {
    const grammar = GRAMMAR[lang];
    for (const kind of ["not", "fillers", "notBefore", "notAfter", "topic", "contrast"] as const) {
      for (const pattern of grammar[kind]) patterns.push({ pattern, tag: { kind, lang } });
    }
  }
  return patterns;
}

/** What cue-index.json holds for the tables as they are now. */
export function cueIndex(): CueIndex {
  return { reasons: REASON_CUES.map((r) => r.reason), index: indexPatterns(cuePatterns()) };
}
