import type { DelayReason } from "../policy/types";

/*
 * The learned fallback: a naive Bayes model over the words of labelled buyer replies (the
 * development sets in test/fixtures/reasons-dev*, never the blind set). The cue tables name
 * a reason when a reply says it in a way they know; when they find nothing, this model says
 * whether the reply's words lean strongly towards one reason all the same ("The goods are for
 * my customer. He did not pay me yet."). Its counts are data, made by
 * `npm run train:reasons` (scripts/train-reasons.mjs) and checked by a unit test.
 */

/** Word counts per label, as learned-model.json stores them. */
export interface LearnedModel {
  /** The labels, in the order of every count array. */
  labels: DelayReason[];
  /** Additive smoothing. */
  alpha: number;
  /** Replies per label. */
  docs: number[];
  /** Token occurrences per label (one per reply), rare tokens included. */
  totals: number[];
  /** Distinct tokens seen in training, rare ones included. */
  vocabulary: number;
  /** Replies per label that hold the token, for tokens seen in at least `minCount` replies. */
  counts: Record<string, number[]>;
}

/** Lower case without accents: words and word pairs; Han text as pairs of characters. */
export function learnedTokens(text: string): string[] {
  const folded = text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  const out: string[] = [];
  let previous: string | null = null;
  for (const word of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{sc=Han}/u.test(word)) {
      // Single characters (付, 款) are in every reply and made short Chinese texts look sure.
      for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
      previous = null;
      continue;
    }
    out.push(word);
    if (previous) out.push(`${previous} ${word}`);
    previous = word;
  }
  return out;
}

/** The probability of each label for a text, from the model (sums to 1). */
export function learnedPosterior(model: LearnedModel, text: string): Map<DelayReason, number> {
  const tokens = new Set(learnedTokens(text));
  const logs = model.labels.map((_, i) => {
    let score = Math.log(model.docs[i] + 1);
    const denominator = model.totals[i] + model.alpha * model.vocabulary;
    for (const token of tokens) {
      const counts = Object.hasOwn(model.counts, token) ? model.counts[token] : undefined;
      if (counts) score += Math.log((counts[i] + model.alpha) / denominator);
    }
    return score;
  });
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const sum = weights.reduce((a, b) => a + b, 0);
  return new Map(model.labels.map((label, i) => [label, weights[i] / sum]));
}

/** Counts a model from labelled replies; tokens seen in fewer than `minCount` replies are left out. */
export function trainModel(
  examples: ReadonlyArray<{ label: DelayReason; text: string }>,
  labels: readonly DelayReason[],
  alpha: number,
  minCount: number
): LearnedModel {
  const docs = labels.map(() => 0);
  const totals = labels.map(() => 0);
  const all = new Map<string, number[]>();
  for (const { label, text } of examples) {
    const i = labels.indexOf(label);
    if (i < 0) throw new Error(`unknown label "${label}"`);
    docs[i]++;
    for (const token of new Set(learnedTokens(text))) {
      const counts = all.get(token) ?? labels.map(() => 0);
      counts[i]++;
      totals[i]++;
      all.set(token, counts);
    }
  }
  const counts: Record<string, number[]> = {};
  for (const token of [...all.keys()].sort()) {
    const c = all.get(token) as number[];
    if (c.reduce((a, b) => a + b, 0) >= minCount) counts[token] = c;
  }
  return { labels: [...labels], alpha, docs, totals, vocabulary: all.size, counts };
}

/**
 * How learned-model.json is made: from the development sets only, smoothing and the rare-token
 * cut chosen on the held-out (even-numbered) half of reasons-dev2.
 */
export const TRAINING = {
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
};
