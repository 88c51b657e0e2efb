// The tone check on labelled sentences: hurtful sentences caught, courteous ones wrongly
// flagged, per language. Development sets test/fixtures/tone-dev and tone-dev2 (the rules
// are tuned on them), tone-dev3 (a held-out check of the last tuning round, never tuned
// on), and the blind set test/fixtures/tone (written apart from the checker and never used
// for tuning; the targets are judged on it). See README "Benchmarks".
import { createRequire } from "node:module";
import path from "node:path";
import { loadSet, root } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const { checkTone } = require(path.join(root, "lib/core/tone/index.js"));

const CAUGHT_TARGET = 0.9;
const FALSE_TARGET = 0.05;

const pct = (a, b) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : "–");

export function run() {
  evaluate("tone-dev", "first development set, the rules are tuned on it");
  evaluate("tone-dev2", "second development set, the rules are tuned on it");
  evaluate("tone-dev3", "third development set, written to check round three, never tuned on");
  const { caughtRate, falseRate } = evaluate("tone", "blind set, never used for tuning");
  const ok1 = caughtRate >= CAUGHT_TARGET;
  const ok2 = falseRate <= FALSE_TARGET;
  console.log(
    `\n${ok1 ? "✔" : "✘"} at least ${CAUGHT_TARGET * 100}% of hurtful sentences caught (blind set)`
  );
  console.log(
    `${ok2 ? "✔" : "✘"} at most ${FALSE_TARGET * 100}% of courteous sentences flagged (blind set)`
  );
  return ok1 && ok2;
}

function evaluate(name, about) {
  const sets = loadSet(name);

  console.log(
    `\nTone check (src/core/tone) on test/fixtures/${name} (${about}), each language's sentences checked with their language\n`
  );
  console.log(
    "| lang | hurtful caught  | right category  | courteous flagged | firm flagged | benign flagged |"
  );
  console.log(
    "|------|-----------------|-----------------|-------------------|--------------|----------------|"
  );
  const total = { flagged: 0, caught: 0, category: 0, courteous: 0, wrong: 0 };
  const byCategory = new Map();
  let ms = 0;
  for (const set of sets) {
    const started = performance.now();
    const caught = set.flagged.map((s) => ({ ...s, findings: checkTone(s.text, set.lang) }));
    ms += performance.now() - started;
    for (const s of caught) {
      const c = byCategory.get(s.category) ?? { n: 0, caught: 0 };
      c.n++;
      if (s.findings.length) c.caught++;
      byCategory.set(s.category, c);
    }
    const hit = caught.filter((s) => s.findings.length);
    const right = caught.filter((s) => s.findings.some((f) => f.category === s.category));
    const courteous = set.courteous.map((s) => ({ ...s, findings: checkTone(s.text, set.lang) }));
    const wrong = courteous.filter((s) => s.findings.length);
    const kind = (k) =>
      pct(wrong.filter((s) => s.kind === k).length, courteous.filter((s) => s.kind === k).length);
    console.log(
      `| ${set.lang.padEnd(4)} | ${pct(hit.length, caught.length).padEnd(15)} | ${pct(right.length, caught.length).padEnd(15)} | ${pct(wrong.length, courteous.length).padEnd(17)} | ${kind("firm").padEnd(12)} | ${kind("benign").padEnd(14)} |`
    );
    total.flagged += caught.length;
    total.caught += hit.length;
    total.category += right.length;
    total.courteous += courteous.length;
    total.wrong += wrong.length;
  }
  console.log(
    `| all  | ${pct(total.caught, total.flagged).padEnd(15)} | ${pct(total.category, total.flagged).padEnd(15)} | ${pct(total.wrong, total.courteous).padEnd(17)} |              |                |`
  );

  console.log(
    `caught by category: ${[...byCategory].map(([c, { n, caught }]) => `${c} ${pct(caught, n)}`).join(" · ")}`
  );
  console.log(
    `speed: ${(ms / total.flagged).toFixed(2)} ms per sentence (first pass compiles the rules)`
  );
  return { caughtRate: total.caught / total.flagged, falseRate: total.wrong / total.courteous };
}
