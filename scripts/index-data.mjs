// `npm run index:data`: writes the data the pane ships built instead of building it at
// start-up, each from its source tables:
//   src/core/reasons/cue-index.json  the reason cue tables (src/core/reasons/cues/*.ts),
//                                    indexed for the classifier (cue-patterns.ts says why);
//   src/core/dates/lexicon.json      the date names and words (names.ts, words.ts), folded
//                                    for the tokenizer (lexicon.ts says why).
// Run it after editing those tables; a unit test fails while either file is stale.
// Needs lib/ (npm run build:cli).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "../bench/fixtures.mjs";

const require = createRequire(import.meta.url);
const { cueIndex } = require(path.join(root, "lib/core/reasons/cue-patterns.js"));
const { lexiconData } = require(path.join(root, "lib/core/dates/lexicon.js"));

function write(target, data) {
  fs.writeFileSync(path.join(root, target), `${JSON.stringify(data)}\n`);
  return target;
}

const index = cueIndex();
const entries = [index.index.word, index.index.free]
  .flatMap((bucket) => Object.values(bucket))
  .reduce((n, lines) => n + lines.split("\n").length, 0);
const cues = write("src/core/reasons/cue-index.json", index);
console.log(`${index.index.patterns.length} patterns, ${entries} first alternatives → ${cues}`);

const lexicon = lexiconData();
const dates = write("src/core/dates/lexicon.json", lexicon);
const forms = Object.keys(lexicon.words).length + Object.keys(lexicon.cjk).length;
console.log(`${forms} date words → ${dates}`);
