/** Tone check (PRODUCT.md §6): phrases in a reminder that hurt the relationship, with softer wordings. */
export type { ToneCategory, ToneFinding } from "./types";
export { TONE_CATEGORIES } from "./types";
export { checkTone } from "./check";
export { withoutDisclaimers } from "./disclaimer";
export { TONE_FAMILIES } from "./rules";
export type { CodeFamily, PatternFamily, ToneFamily, ToneRule } from "./rule";
