import type { BuyerLanguage } from "../text/language";
import type { ToneCategory } from "./types";

/**
 * One way a phrase hurts, in one language: patterns (pattern.ts) that find it, and the
 * softer wording to offer instead.
 */
export interface ToneRule {
  /** Patterns over folded text; any of them marks the phrase. List longer ones first. */
  match: readonly string[];
  /** A softer wording, in the rule's language, that can stand in for the phrase. */
  say: string;
  /**
   * A pattern that, found earlier in the same clause, shows the phrase is not meant as it
   * sounds: a condition ("if you have not paid yet, …") is courteous, not an accusation.
   */
  notBefore?: string;
  /**
   * A pattern that, found in the rest of the sentence right after the phrase, makes it
   * harmless ("we will take every step to keep your slot"). Anchor it with "^" to test
   * what directly follows.
   */
  notAfter?: string;
}

/** A family of tone rules written as data: one category, rules for every buyer language. */
export interface PatternFamily {
  kind: "patterns";
  category: ToneCategory;
  /**
   * Whether a negation of the act takes the hurt away: "we will not take any legal action"
   * reassures, "you don't need to pay immediately" is no order. The checker reads the
   * language's NEGATION (rules/negation.ts) for these families.
   */
  negatable?: boolean;
  rules: Readonly<Record<BuyerLanguage, readonly ToneRule[]>>;
}

/** A phrase a code rule found, before the checker resolves overlaps. */
export interface RawFinding {
  start: number;
  end: number;
  suggestion: string;
  lang: BuyerLanguage;
}

/**
 * A family that is easier to say in code than in patterns (shouting: letter case and
 * punctuation runs). `lang` is the language the draft is most likely written in.
 */
export interface CodeFamily {
  kind: "code";
  category: ToneCategory;
  find(text: string, lang: BuyerLanguage): RawFinding[];
}

export type ToneFamily = PatternFamily | CodeFamily;
