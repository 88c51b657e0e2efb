import type { BuyerLanguage } from "../text/language";

/** What makes a sentence hurt the relationship (PRODUCT.md §6). */
export type ToneCategory =
  "accusation" | "threat" | "shouting" | "passive_aggression" | "rude_pressure" | "doubt";

/** Every tone category, in the order the pane and the bench list them. */
export const TONE_CATEGORIES: readonly ToneCategory[] = [
  "accusation",
  "threat",
  "shouting",
  "passive_aggression",
  "rude_pressure",
  "doubt",
];

/** One place in a draft that hurts, with a softer wording. */
export interface ToneFinding {
  /** Offsets of the phrase in the checked text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  category: ToneCategory;
  /** The phrase as written. */
  phrase: string;
  /** A softer wording in the same language as the phrase. */
  suggestion: string;
  /** The language whose rule matched. */
  lang: BuyerLanguage;
}
