// The task pane's speed (issue [pane], README "Benchmarks"): its initial JavaScript, the time
// from navigation to the ready pane against the bare React + Fluent UI floor page
// (../shared/bench/measure-pane.mjs, 4× CPU throttling), and the core's analysis of a
// 200-message thread. Needs `npm run build` and `npm run build:cli`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chaseDraft, KLAUS, REP } from "./send-check.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const SHARED = path.resolve(root, "../shared/bench");

const INITIAL_JS_KB = 130;
const LOAD_RATIO = 1.3;
const ANALYSIS_MS = 50;
const RUNS = 20;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The scripts taskpane.html loads at once, and every other chunk (loaded when needed). */
function bundleSizes() {
  const dist = path.join(root, "dist");
  const page = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...page.matchAll(/<script[^>]*src="([^"]+\.js)"/g)].map((m) => m[1]);
  const lazy = fs
    .readdirSync(dist)
    .filter(
      (f) => f.endsWith(".js") && !initial.includes(f) && !/^(commands|simulator|holidays-)/.test(f)
    );
  return {
    initial: initial.reduce((n, f) => n + gz(path.join(dist, f)), 0),
    lazy: lazy.map((f) => [f, gz(path.join(dist, f))]).sort((a, b) => b[1] - a[1]),
  };
}

/** The core's analysis of a read item whose quoted history holds 200 messages. */
function analysisTimes() {
  const { analyze } = require(path.join(root, "lib/core/analyze.js"));
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
  const options = { me: { name: REP.name, address: REP.address }, now, tz: "Asia/Shanghai" };
  let t = performance.now();
  const first = analyze([message], options);
  const cold = performance.now() - t;
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    analyze([message], options);
    warm.push(performance.now() - t);
  }
  return { cold, warm: median(warm), messages: first.thread.messages.length };
}

/** Navigation to the ready pane, against the floor page, alternating in one run. */
function loadRatio() {
  const floor = path.join(root, ".bench/floor");
  execFileSync("node", [path.join(SHARED, "build-floor.mjs"), floor], {
    cwd: root,
    stdio: "ignore",
  });
  const out = execFileSync(
    "node",
    [
      path.join(SHARED, "measure-pane.mjs"),
      "--a",
      "kindly=dist/taskpane.html?host=simulator",
      "--b",
      `floor=${path.relative(root, floor)}/index.html`,
      "--runs",
      "9",
    ],
    { cwd: root, encoding: "utf8" }
  );
  return JSON.parse(out.trim().split("\n").pop());
}

export function run() {
  const sizes = bundleSizes();
  console.log("\nTask pane (dist/, production build)\n");
  console.log(`initial JavaScript: ${sizes.initial.toFixed(1)} KB gzipped`);
  console.log(
    `loaded when needed: ${sizes.lazy.map(([f, kb]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kb.toFixed(1)} KB`).join(" · ")}`
  );
  const analysis = analysisTimes();
  console.log(
    `analysis of a ${analysis.messages}-message thread: cold ${analysis.cold.toFixed(1)} ms (compiles the cue tables), warm median of ${RUNS} ${analysis.warm.toFixed(1)} ms`
  );
  const load = loadRatio();
  console.log(
    `navigation → ready, 4× CPU throttling, median of ${load.runs}: Kindly ${load.kindly_ms} ms, floor ${load.floor_ms} ms, ratio ${load.ratio}`
  );
  const checks = [
    [`initial JavaScript ≤ ${INITIAL_JS_KB} KB gzipped`, sizes.initial <= INITIAL_JS_KB],
    [`ready within ${LOAD_RATIO}× the floor page`, load.ratio <= LOAD_RATIO],
    [
      `warm analysis of ${analysis.messages} messages ≤ ${ANALYSIS_MS} ms`,
      analysis.warm <= ANALYSIS_MS,
    ],
  ];
  console.log("");
  for (const [what, ok] of checks) console.log(`${ok ? "✔" : "✘"} ${what}`);
  return checks.every(([, ok]) => ok);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = run() ? 0 : 1;
