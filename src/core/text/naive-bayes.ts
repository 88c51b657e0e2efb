/*
 * A naive Bayes model over the words of labelled texts, for the readers whose rules are
 * phrase tables (reasons, tone): when the tables find nothing, the model says whether the
 * words still lean strongly one way. Its counts are data (a JSON file per reader, made by
 * `npm run train:models` from development sets, never from a blind set).
 */

/** Word counts per label, as learned-model.json stores them. */
export interface LearnedModel<L extends string = string> {
  /** The labels, in the order of every count array. */
  labels: L[];
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
export function learnedPosterior<L extends string>(
  model: LearnedModel<L>,
  text: string
): Map<L, number> {
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
export function trainModel<L extends string>(
  examples: ReadonlyArray<{ label: L; text: string }>,
  labels: readonly L[],
  alpha: number,
  minCount: number
): LearnedModel<L> {
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
