// The core's analysis of a read item whose quoted history holds 200 messages (what the
// pane's first screen shows), and then its order facts (read when the composer opens):
// cold first call and warm median. Run by bench/pane.mjs in a process of its own; prints
// one JSON line. Needs lib/ (npm run build:cli).
//   node bench/analysis.mjs [runs]
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { median, root } from "./fixtures.mjs";
import { chaseDraft, KLAUS, REP } from "./send-check.mjs";

const require = createRequire(import.meta.url);

export function analysisTimes(runs) {
  const { analyze } = require(path.join(root, "lib/core/analyze.js"));
  const { threadFacts } = require(path.join(root, "lib/core/thread-facts.js"));
  const now = new Date();
  const message = {
    from: { name: KLAUS.name, address: KLAUS.address },
    to: [{ name: REP.name, address: REP.address }],
    cc: [],
    sentAt: now.toISOString(),
    subject: "RE: PI SR-2611-045 deposit",
    body: chaseDraft(now),
    format: "html",
  };
  const tz = "Asia/Shanghai";
  const options = { me: { name: REP.name, address: REP.address }, now, tz };
  const timed = (run) => {
    const t = performance.now();
    const value = run();
    return [performance.now() - t, value];
  };
  const [cold, first] = timed(() => analyze([message], options));
  const [factsCold] = timed(() => threadFacts(first.thread, tz));
  const warm = [];
  const facts = [];
  for (let i = 0; i < runs; i++) {
    warm.push(timed(() => analyze([message], options))[0]);
    facts.push(timed(() => threadFacts(first.thread, tz))[0]);
  }
  return {
    cold,
    warm: median(warm),
    factsCold,
    facts: median(facts),
    messages: first.thread.messages.length,
  };
}

console.log(JSON.stringify(analysisTimes(Number(process.argv[2] || 20))));
