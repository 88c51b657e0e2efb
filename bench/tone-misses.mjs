// Tuning aid for the tone rules: lists the sentences of the DEVELOPMENT set
// (test/fixtures/tone-dev) that the checker misses or wrongly flags. It never reads the blind
// set test/fixtures/tone.
//
//   node bench/tone-misses.mjs [--category <c>] [--lang <xx>] [--lib <dir>] [--set <tone-dev|tone-dev2>]
//
// --category lists the missed sentences of that category and the courteous sentences given a
// finding of it; --lib points at a compiled core (default lib/, from `npm run build:cli`).
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
    category: { type: "string" },
    lang: { type: "string" },
    lib: { type: "string" },
  },
});
const lib = path.resolve(values.lib ?? path.join(root, "lib"));
const { checkTone } = createRequire(import.meta.url)(path.join(lib, "core/tone/index.js"));

const set = values.set ?? "tone-dev";
if (!set.startsWith("tone-dev"))
  throw new Error(`--set: only development sets (tone-dev…), never the blind set`);
const dir = path.join(root, "test/fixtures", set);
// --part tune: only entries with an odd number (…-01, …-03), listed; --part check: only the
// even ones, counted but never shown, so a tuner can see whether a change generalises.
const inPart = (id) =>
  !values.part || (Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1) === (values.part === "tune");
const quiet = values.part === "check";
const print = (line) => quiet || console.log(line);
const sets = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))
  .filter((set) => !values.lang || set.lang === values.lang);

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
