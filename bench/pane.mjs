// The task pane's speed (issue [pane], README "Benchmarks"): its initial JavaScript, the time
// from navigation to the ready pane against the bare React + Fluent UI floor page
// (../shared/bench/measure-pane.mjs, 4× CPU throttling), and the core's analysis of a
// 200-message thread. Needs `npm run build` and `npm run build:cli`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
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
// Pairs of page loads (Kindly and the floor page, alternating) behind the load ratio. The
// median of 9, measure-pane.mjs's default, moved by about ±0.1 for one build on the benchmark
// machine, wider than the margin it is judged by; 31 narrow that to about ±0.05 and take about
// a minute longer. docs/pane-speed.md ("How far one measurement moves") keeps the runs.
const LOAD_PAIRS = 31;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;

/** The scripts taskpane.html loads at once, and every other chunk (loaded when needed). */
function bundleSizes() {
  const dist = path.join(root, "dist");
  const page = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...page.matchAll(/<script[^>]*src="([^"]+\.js)"/g)].map((m) => m[1]);
  const lazy = fs
    .readdirSync(dist)
    .filter(
      (f) =>
        f.endsWith(".js") && !initial.includes(f) && !/^(commands|simulator|sim-|holidays-)/.test(f)
    );
  return {
    initial: initial.reduce((n, f) => n + gz(path.join(dist, f)), 0),
    lazy: lazy.map((f) => [f, gz(path.join(dist, f))]).sort((a, b) => b[1] - a[1]),
  };
}

/** Runs `use(browser, url)` against dist/ served on loopback, in Debian's Chromium. */
async function withPane(use) {
  const { chromium } = require("playwright-core");
  const { chromiumPath, CHROMIUM_ARGS } = require(path.join(root, "scripts/chromium.cjs"));
  const { serveDir } = require(path.join(root, "scripts/static-server.cjs"));
  const server = await serveDir(path.join(root, "dist"));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    return await use(browser, `${server.url}taskpane.html?host=simulator`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// In the page: the moment the ready marker appears (as measure-pane.mjs takes it) and the
// longest task. bench/latency-ab.mjs takes the same moment.
export const WATCH = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries())
      window.__longest = Math.max(window.__longest, task.duration);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    if (!window.__ready && document.querySelector('[data-kindly-ready="true"]'))
      window.__ready = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

/**
 * The chunks the pane asks for before it is ready on the simulator's first sample (the pane,
 * the core and its cue index, the host): what "loaded at once, beside it" means. What it asks
 * for afterwards (the composer) is not counted.
 */
function loadedBeforeReady() {
  return withPane(async (browser, url) => {
    const page = await browser.newPage();
    await page.addInitScript(WATCH);
    await page.goto(url);
    await page.waitForFunction(() => window.__ready, null, { timeout: 120_000 });
    return page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((r) => r.startTime < window.__ready && r.name.endsWith(".js"))
        .map((r) => new URL(r.name).pathname.split("/").pop())
    );
  });
}

/**
 * A sample thread opened unthrottled: time to ready, the longest task until the composer is
 * up, the messages the timeline counts, and the JavaScript heap then (garbage collected first).
 */
function openThread(thread) {
  return withPane(async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.addInitScript(WATCH);
    await page.goto(`${url}&thread=${thread}`);
    await page.waitForFunction(() => window.__ready, null, { timeout: 120_000 });
    await page.waitForSelector('[data-kindly-composer="ready"]', { timeout: 120_000 });
    const { ready, longest, messages } = await page.evaluate(() => ({
      ready: window.__ready,
      longest: window.__longest,
      messages: Number(/(\d[\d,]*) messages?/.exec(document.body.innerText)?.[1].replace(/,/g, "")),
    }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const worker = await workerHeaps(browser);
    return {
      mb: (usedSize + worker) / 2 ** 20,
      workerMb: worker / 2 ** 20,
      ready,
      longest,
      messages,
    };
  });
}

/**
 * The heaps of the browser's workers (the analysis worker a huge thread starts), garbage
 * collected first: the pane's memory is its page's heap and theirs.
 */
async function workerHeaps(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets");
  let total = 0;
  for (const { targetId } of targetInfos.filter((t) => t.type === "worker")) {
    const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: false });
    let next = 0;
    const call = (method) =>
      new Promise((resolve) => {
        const id = ++next;
        const listener = (event) => {
          const reply = JSON.parse(event.message);
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off("Target.receivedMessageFromTarget", listener);
          resolve(reply.result);
        };
        cdp.on("Target.receivedMessageFromTarget", listener);
        cdp.send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id, method }),
        });
      });
    await call("HeapProfiler.collectGarbage");
    total += (await call("Runtime.getHeapUsage")).usedSize;
    await cdp.send("Target.detachFromTarget", { sessionId });
  }
  await cdp.detach();
  return total;
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
      String(LOAD_PAIRS),
    ],
    { cwd: root, encoding: "utf8" }
  );
  return JSON.parse(out.trim().split("\n").pop());
}

/** The analysis worker's part of a heap figure, when a worker was started. */
const worker = ({ workerMb }) =>
  workerMb > 0 ? `, the analysis worker's ${workerMb.toFixed(1)} MB included` : "";

export async function run() {
  const sizes = bundleSizes();
  const early = await loadedBeforeReady();
  const name = (f) => f.replace(/\.[0-9a-f]{8}\.js$/, "");
  const list = (chunks) => chunks.map(([f, kb]) => `${name(f)} ${kb.toFixed(1)}`).join(" · ");
  const total = (chunks) => chunks.reduce((n, [, kb]) => n + kb, 0).toFixed(1);
  const atOnce = sizes.lazy.filter(([f]) => early.includes(f));
  const later = sizes.lazy.filter(([f]) => !early.includes(f));
  console.log("\nTask pane (dist/, production build)\n");
  console.log(`initial JavaScript: ${sizes.initial.toFixed(1)} KB gzipped`);
  console.log(`loaded at once, before the pane is ready: ${total(atOnce)} KB (${list(atOnce)})`);
  console.log(`loaded when needed: ${total(later)} KB (${list(later)})`);
  const analysis = analysisTimes();
  console.log(
    `analysis of a ${analysis.messages}-message thread (what the first screen shows): cold ${analysis.cold.toFixed(1)} ms, warm median of ${RUNS} ${analysis.warm.toFixed(1)} ms`
  );
  console.log(
    `its order facts (read when the composer opens): cold ${analysis.factsCold.toFixed(1)} ms, warm median ${analysis.facts.toFixed(1)} ms`
  );
  const heap = await openThread("long-history");
  console.log(
    `heap after opening the ${heap.messages}-message thread: ${heap.mb.toFixed(1)} MB${worker(heap)} (unthrottled: ready after ${Math.round(heap.ready)} ms, longest task ${Math.round(heap.longest)} ms)`
  );
  const huge = await openThread("hostile-huge");
  console.log(
    `the 5 MB hostile thread, unthrottled: ready after ${Math.round(huge.ready)} ms, longest task ${Math.round(huge.longest)} ms, heap ${huge.mb.toFixed(1)} MB${worker(huge)}`
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
