// Tuning aid for the reason cues: lists the replies of the DEVELOPMENT set
// (test/fixtures/reasons-dev) that the classifier misreads, with what it read and why.
// It never reads the blind set test/fixtures/reasons.
//
//   node bench/reasons-misses.mjs [--reason <label>] [--lang <xx>] [--lib <dir>] [--set <reasons-dev|reasons-dev2>]
//
// --reason lists the replies of that label it missed and the replies it wrongly gave that
// label; --lib points at a compiled core (default lib/, from `npm run build:cli`).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    set: { type: "string" },
    part: { type: "string" },
    reason: { type: "string" },
    lang: { type: "string" },
    lib: { type: "string" },
  },
});
const lib = path.resolve(values.lib ?? path.join(root, "lib"));
const { classifyReply } = createRequire(import.meta.url)(path.join(lib, "core/reasons/index.js"));

const set = values.set ?? "reasons-dev";
if (!set.startsWith("reasons-dev"))
  throw new Error(`--set: only development sets (reasons-dev…), never the blind set`);
const dir = path.join(root, "test/fixtures", set);
// --part tune: only entries with an odd number (…-01, …-03), listed; --part check: only the
// even ones, counted but never shown, so a tuner can see whether a change generalises.
const inPart = (id) =>
  !values.part || (Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1) === (values.part === "tune");
const quiet = values.part === "check";
const print = (line) => quiet || console.log(line);
const examples = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))
  .filter((e) => (!values.lang || e.lang === values.lang) && inPart(e.id));

let misses = 0;
for (const e of examples) {
  const reading = classifyReply(e.text);
  if (reading.label === e.label) continue;
  if (values.reason && e.label !== values.reason && reading.label !== values.reason) continue;
  misses++;
  print(
    `--- ${e.id} [${e.note ?? ""}]: labelled ${e.label}, read ${reading.label} (${reading.confidence.toFixed(2)})`
  );
  for (const ev of reading.evidence ?? [])
    print(`    evidence (${ev.reason}): "${ev.cue}" in ${JSON.stringify(ev.sentence)}`);
  print(`    ${e.text.replace(/\n+/g, " ⏎ ")}`);
}
console.log(`\n${misses} misread of ${examples.length}`);
