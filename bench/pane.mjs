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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const SHARED = path.resolve(root, "../shared/bench");

const INITIAL_JS_KB = 130;
const LOAD_RATIO = 1.3;
const ANALYSIS_MS = 50;
const HEAP_MB = 60;
const RUNS = 20;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;

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

/**
 * The core's analysis of a read item whose quoted history holds 200 messages, then its order
 * facts: in a fresh Node process (bench/analysis.mjs), so the heaps of the benchmarks run
 * before it do not put their garbage collections into its figures.
 */
function analysisTimes() {
  const out = execFileSync("node", [path.join(root, "bench/analysis.mjs"), String(RUNS)], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/**
 * The pane's JavaScript heap once it shows the simulator's 1,000-message thread (garbage
 * collected first), and how long that thread took to be ready, unthrottled.
 */
async function longThreadHeap() {
  const { chromium } = require("playwright-core");
  const { chromiumPath, CHROMIUM_ARGS } = require(path.join(root, "scripts/chromium.cjs"));
  const { serveDir } = require(path.join(root, "scripts/static-server.cjs"));
  const server = await serveDir(path.join(root, "dist"));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const started = performance.now();
    await page.goto(`${server.url}taskpane.html?host=simulator&thread=long-history`);
    await page.waitForSelector('[data-kindly-ready="true"]', { timeout: 120_000 });
    const ready = performance.now() - started;
    const messages = await page.evaluate(() =>
      Number(/(\d[\d,]*) messages/.exec(document.body.innerText)?.[1].replace(/,/g, ""))
    );
    await page.waitForSelector('[data-kindly-composer="ready"]', { timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { mb: usedSize / 2 ** 20, ready, messages };
  } finally {
    await browser.close();
    await server.close();
  }
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

export async function run() {
  const sizes = bundleSizes();
  console.log("\nTask pane (dist/, production build)\n");
  console.log(`initial JavaScript: ${sizes.initial.toFixed(1)} KB gzipped`);
  console.log(
    `loaded when needed: ${sizes.lazy.map(([f, kb]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kb.toFixed(1)} KB`).join(" · ")}`
  );
  const analysis = analysisTimes();
  console.log(
    `analysis of a ${analysis.messages}-message thread (what the first screen shows): cold ${analysis.cold.toFixed(1)} ms, warm median of ${RUNS} ${analysis.warm.toFixed(1)} ms`
  );
  console.log(
    `its order facts (read when the composer opens): cold ${analysis.factsCold.toFixed(1)} ms, warm median ${analysis.facts.toFixed(1)} ms`
  );
  const heap = await longThreadHeap();
  console.log(
    `heap after opening the ${heap.messages}-message thread: ${heap.mb.toFixed(1)} MB (ready after ${Math.round(heap.ready)} ms, unthrottled)`
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
    [`heap after a ${heap.messages}-message thread < ${HEAP_MB} MB`, heap.mb < HEAP_MB],
  ];
  console.log("");
  for (const [what, ok] of checks) console.log(`${ok ? "✔" : "✘"} ${what}`);
  return checks.every(([, ok]) => ok);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = (await run()) ? 0 : 1;
