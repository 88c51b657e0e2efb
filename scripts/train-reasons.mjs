// `npm run train:reasons`: counts the learned fallback of the reason classifier
// (src/core/reasons/learned.ts) from the development sets test/fixtures/reasons-dev and
// reasons-dev2, and writes src/core/reasons/learned-model.json. Never the blind set
// test/fixtures/reasons: that one measures the classifier. Needs lib/ (npm run build:cli).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { trainModel, TRAINING } = require(path.join(root, "lib/core/reasons/learned.js"));

const examples = TRAINING.sets.flatMap((set) => {
  const dir = path.join(root, "test/fixtures", set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
});
const model = trainModel(examples, TRAINING.labels, TRAINING.alpha, TRAINING.minCount);
const out = path.join(root, "src/core/reasons/learned-model.json");
fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  `${examples.length} replies → ${Object.keys(model.counts).length} tokens (of ${model.vocabulary}) → ${path.relative(root, out)}`
);
