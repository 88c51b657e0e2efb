import type { DelayReason } from "../policy/types";
import type { LearnedModel } from "../text/naive-bayes";

export { learnedPosterior, learnedTokens, trainModel } from "../text/naive-bayes";
export type { LearnedModel };

/*
 * The learned fallback: a naive Bayes model over the words of labelled buyer replies (the
 * development sets in test/fixtures/reasons-dev*, never the blind set). The cue tables name
 * a reason when a reply says it in a way they know; when they find nothing, this model says
 * whether the reply's words lean strongly towards one reason all the same ("The goods are for
 * my customer. He did not pay me yet."). The model is text/naive-bayes.ts; its counts,
 * learned-model.json, are made by `npm run train:models` and checked by a unit test.
 */

/**
 * The model without its word pairs: counts of single words (and of Han character pairs, which
 * are Chinese words). A pair restates the two words it joins, so the full model counts each
 * word up to three times and grows surer than its evidence: "Then we pay the balance." read
 * 99% competitor through "then", "then we", "we pay", "pay the". A reading must hold here too.
 */
export function wordsOnly(model: LearnedModel): LearnedModel {
  const counts = Object.entries(model.counts).filter(([token]) => !token.includes(" "));
  return { ...model, counts: Object.fromEntries(counts) };
}

/**
 * How learned-model.json is made: from the development sets only, smoothing and the rare-token
 * cut chosen on the held-out (even-numbered) half of reasons-dev2.
 */
export const TRAINING = {
  model: "src/core/reasons/learned-model.json",
  sets: ["reasons-dev", "reasons-dev2"],
  labels: [
    "middleman",
    "cash_flow",
    "exchange_rate",
    "competitor",
    "away",
    "unknown",
  ] as DelayReason[],
  alpha: 0.5,
  minCount: 3,
  /** A development file (an array of labelled replies) as training examples. */
  examples(file: unknown): Array<{ label: DelayReason; text: string }> {
    return file as Array<{ label: DelayReason; text: string }>;
  },
};
