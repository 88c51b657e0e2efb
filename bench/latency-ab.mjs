// Two builds of the task pane side by side, as ../shared/bench/measure-pane.mjs times them
// (navigation → [data-kindly-ready="true"], headless Chromium, ABBA order, median of the
// pairs' ratios), but served by a loopback server that answers some files late, as a real
// server across a network does: loopback answers at once, which hides what a change to the
// order of requests does (README, "Benchmarks").
//   node bench/latency-ab.mjs <dist-a> <dist-b> [--runs 15] [--rate 1] [--delay 100]
//        [--late '^holidays-'] [--page 'taskpane.html?host=simulator']
// --late is a regular expression on the file name (default: every file); --delay in ms.
// Prints one JSON line: each side's median and the median of A/B (above 1: B is sooner).
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { median, root } from "./fixtures.mjs";
import { WATCH } from "./pane.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "15" },
    rate: { type: "string", default: "1" },
    delay: { type: "string", default: "100" },
    late: { type: "string", default: "" },
    page: { type: "string", default: "taskpane.html?host=simulator" },
  },
});
if (positionals.length !== 2) {
  console.error(
    "usage: node bench/latency-ab.mjs <dist-a> <dist-b> [--runs N] [--rate N] [--delay ms] [--late regexp]"
  );
  process.exit(2);
}
const runs = Number(values.runs);
const rate = Number(values.rate);
const delay = Number(values.delay);
const late = new RegExp(values.late);
const require = createRequire(path.join(root, "package.json"));
const { chromium } = require("playwright-core");
const { chromiumPath, CHROMIUM_ARGS } = require(path.join(root, "scripts/chromium.cjs"));
const { serveDir } = require(path.join(root, "scripts/static-server.cjs"));

/** A loopback server for one build: every file whose name matches --late answers --delay ms late. */
async function serve(dir) {
  const served = await serveDir(dir, {
    delayFor: (file) => (late.test(file.slice(1)) ? delay : 0),
  });
  return { ...served, url: served.url + values.page };
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});

/** Milliseconds from navigation to the ready pane, in a fresh context. */
async function once({ url }) {
  const context = await browser.newContext();
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__ready, null, { timeout: 60000, polling: 50 });
  const ms = await page.evaluate(() => window.__ready);
  await context.close();
  return ms;
}

const [a, b] = await Promise.all(positionals.map(serve));
try {
  await once(a); // warm-up
  await once(b);
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    // ABBA: neither side always runs second.
    const order = i % 2 === 0 ? [a, b] : [b, a];
    const [first, second] = [await once(order[0]), await once(order[1])];
    ta.push(order[0] === a ? first : second);
    tb.push(order[0] === a ? second : first);
  }
  const ratios = ta.map((x, i) => x / tb[i]);
  console.log(
    JSON.stringify({
      rate,
      delay,
      late: values.late || "(every file)",
      runs,
      a_ms: Math.round(median(ta)),
      b_ms: Math.round(median(tb)),
      ratio: Number(median(ratios).toFixed(3)),
    })
  );
} finally {
  await browser.close();
  await Promise.all([a.close(), b.close()]);
}
