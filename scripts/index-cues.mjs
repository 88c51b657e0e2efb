// `npm run index:cues`: indexes the reason cue tables (src/core/reasons/cues/*.ts) into
// src/core/reasons/cue-index.json, which the classifier reads (cue-patterns.ts says why).
// Run it after editing a cue table; a unit test fails while the index is stale.
// Needs lib/ (npm run build:cli).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "../bench/fixtures.mjs";

const require = createRequire(import.meta.url);
const { cueIndex } = require(path.join(root, "lib/core/reasons/cue-patterns.js"));

const target = "src/core/reasons/cue-index.json";
const index = cueIndex();
fs.writeFileSync(path.join(root, target), `${JSON.stringify(index)}\n`);
const entries = [index.index.word, index.index.free]
  .flatMap((bucket) => Object.values(bucket))
  .reduce((n, lines) => n + lines.split("\n").length, 0);
console.log(`${index.index.patterns.length} patterns, ${entries} first alternatives → ${target}`);
