// Tuning aid for the tone rules: lists the sentences of the DEVELOPMENT set
// (test/fixtures/tone-dev) that the checker misses or wrongly flags. It never reads the blind
// set test/fixtures/tone.
//
//   node bench/tone-misses.mjs [--category <c>] [--lang <xx>] [--lib <dir>] [--set <tone-dev|tone-dev2>]
//
// --category lists the missed sentences of that category and the courteous sentences given a
// finding of it; --lib points at a compiled core (default lib/, from `npm run build:cli`).
import { tuningAid } from "./fixtures.mjs";

const { values, core, files: sets, inPart, print } = tuningAid("tone", "category", "tone/index.js");
const { checkTone } = core;

const show = (f) => `${f.category} "${f.phrase}"`;
let missed = 0;
let wrong = 0;
let total = 0;
for (const set of sets) {
  for (const s of set.flagged) {
    if (!inPart(s.id)) continue;
    total++;
    if (values.category && s.category !== values.category) continue;
    const findings = checkTone(s.text, set.lang);
    if (findings.some((f) => f.category === s.category)) continue;
    missed++;
    const other = findings.length ? ` (found: ${findings.map(show).join("; ")})` : "";
    print(`MISSED ${s.id} [${s.category}]${other}: ${s.text}`);
  }
  for (const s of set.courteous) {
    if (!inPart(s.id)) continue;
    const findings = checkTone(s.text, set.lang).filter(
      (f) => !values.category || f.category === values.category
    );
    if (!findings.length) continue;
    wrong++;
    print(`FLAGGED ${s.id} [${s.kind}] ${findings.map(show).join("; ")}: ${s.text}`);
  }
}
console.log(
  `\n${missed} missed (in their category), ${wrong} courteous flagged; ${total} hurtful in all`
);
