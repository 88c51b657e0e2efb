import type { BuyerLanguage } from "../../text/language";
import type { ExplainedReason } from "../types";

/**
 * A cue pattern, in a small shorthand read by match.ts:
 *
 * - `a|b|c`   alternatives ("our customer|my client");
 * - `a … b`   parts in this order within one clause, a few words apart at most (40
 *             characters, 12 for Han), no "but" or ";" between them ("our customer …
 *             not paid" reads "our customer in Lagos has not paid"). The alternatives
 *             belong to the part they stand in: write "a … b" and "c … d" as two patterns;
 * - `word*`   a word and any ending ("оплат*" → оплата, оплатил, оплатили);
 * - `{a|b}`   a group: one of its alternatives, right where the group stands, so
 *             "{found|chose} {a |}{other supplier}" stands for four phrases; an empty
 *             alternative makes the group optional. Groups may nest; `cross` writes them.
 *
 * Everything else is literal and matched folded (case and accents ignored);
 * Latin and Cyrillic parts stand as whole words, Han parts anywhere, Arabic
 * parts at the start of a word or after a clitic (و، ب، ال…).
 */
export type CuePattern = string;

/** One language's cues for one reason. */
export interface LanguageCues {
  /** Each enough on its own to name the reason ("our customer hasn't paid us yet"). */
  strong: readonly CuePattern[];
  /** Hints that need company ("the dollar", "holidays"): two of them make a reading, one does not. */
  weak?: readonly CuePattern[];
  /** Say the reason no longer holds ("our customer has paid us"): they take a strong cue back. */
  against?: readonly CuePattern[];
  /** Look like cues and are not ("happy holidays", "freight rate"): they hide the cues inside them. */
  masks?: readonly CuePattern[];
}

/** One reason's cues in every buyer language: one file per reason, listed in cues/index.ts. */
export interface ReasonCues {
  reason: ExplainedReason;
  cues: Record<BuyerLanguage, LanguageCues>;
}

/** How a language says "not", "not because of…", "…is not the problem" and "but". */
export interface LanguageGrammar {
  /** Words that negate the cue right after them, and filler words they may skip ("not *currently* on leave"). */
  not: readonly CuePattern[];
  fillers: readonly CuePattern[];
  /** Negate every cue after them in the same clause ("not because of the exchange rate"). */
  notBefore: readonly CuePattern[];
  /** Negate every cue before them in the same clause ("the exchange rate is not the problem"). */
  notAfter: readonly CuePattern[];
  /**
   * Open a clause with its topic, which a comma then sets apart from what is said of it: the
   * "…is not the problem" after that comma still negates the cues of the topic ("as for the
   * exchange rate, it is not a problem").
   */
  topic: readonly CuePattern[];
  /** Turn the sentence: what follows weighs more than what came before ("…, but our customer has not paid"). */
  contrast: readonly CuePattern[];
}

/**
 * Every pairing of a word from `a` with one from `b` ("once|when" × "our customer|my client"),
 * written as two groups, `{once|when} {our customer|my client}`: the index keeps each list
 * once, where every pairing written out made the competitor cues alone hundreds of KB.
 */
export function cross(a: string, b: string, joiner = " "): CuePattern {
  return `{${a}}${joiner}{${b}}`;
}
