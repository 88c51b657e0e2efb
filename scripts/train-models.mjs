// `npm run train:models`: counts the learned fallback of each reader that has one (today the
// reason classifier, src/core/reasons/learned.ts) from its development sets
// (test/fixtures/reasons-dev*) and writes the model's JSON. Never a blind set
// (test/fixtures/reasons): that one measures the reader. Needs lib/ (npm run build:cli).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { loadSet, root } from "../bench/fixtures.mjs";

const require = createRequire(import.meta.url);
const { trainModel } = require(path.join(root, "lib/core/text/naive-bayes.js"));

for (const reader of ["reasons"]) {
  const { TRAINING } = require(path.join(root, `lib/core/${reader}/learned.js`));
  const examples = TRAINING.sets.flatMap((set) => loadSet(set).flatMap(TRAINING.examples));
  const model = trainModel(examples, TRAINING.labels, TRAINING.alpha, TRAINING.minCount);
  fs.writeFileSync(path.join(root, TRAINING.model), `${JSON.stringify(model)}\n`);
  console.log(
    `${reader}: ${examples.length} examples → ${Object.keys(model.counts).length} tokens (of ${model.vocabulary}) → ${TRAINING.model}`
  );
}
