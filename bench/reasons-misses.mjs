// Tuning aid for the reason cues: lists the replies of the DEVELOPMENT set
// (test/fixtures/reasons-dev) that the classifier misreads, with what it read and why.
// It never reads the blind set test/fixtures/reasons.
//
//   node bench/reasons-misses.mjs [--reason <label>] [--lang <xx>] [--lib <dir>] [--set <reasons-dev|reasons-dev2>]
//
// --reason lists the replies of that label it missed and the replies it wrongly gave that
// label; --lib points at a compiled core (default lib/, from `npm run build:cli`).
import { tuningAid } from "./fixtures.mjs";

const { values, core, files, inPart, print } = tuningAid("reasons", "reason", "reasons/index.js");
const { classifyReply } = core;
const examples = files.flat().filter((e) => inPart(e.id));

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
