// The thread reader against its peers on the public corpora in ../shared/corpora, in one run:
// accuracy per corpus (score-splitter.mjs's metrics) and text throughput. See README "Benchmarks".
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.KINDLY_SHARED ?? path.resolve(root, "../shared");
const scorer = path.join(shared, "bench/score-splitter.mjs");
const out = path.join(root, ".bench");

/** Runs score-splitter.mjs and returns its JSON results (one entry per parser). */
function score(args, name) {
  fs.mkdirSync(out, { recursive: true });
  const json = path.join(out, `${name}.json`);
  execFileSync(process.execPath, [scorer, ...args, "--json", json], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return JSON.parse(fs.readFileSync(json, "utf8"));
}

const rate = (t) => (t && t.n ? t.pass / t.n : null);
const pct = (t) => (t && t.n ? `${t.pass}/${t.n} (${((100 * t.pass) / t.n).toFixed(1)}%)` : "–");

/**
 * Steady-state throughput is the best of 50 passes after a warm-up, for every parser alike:
 * Kindly is JavaScript that V8 compiles as it runs, while planer spends its time in native
 * regular expressions, so the scorer's default 3 passes measure Kindly mostly uncompiled.
 * Both figures are printed.
 */
export function run() {
  const steady = [
    ...score(["--adapter", "bench/splitter-adapter.mjs", "--repeat", "50"], "kindly"),
    ...score(["--peer", "planer,email-reply-parser", "--pkg-dir", ".", "--repeat", "50"], "peers"),
  ];
  const cold = [
    ...score(
      [
        "--adapter",
        "bench/splitter-adapter.mjs",
        "--only",
        "talon,email_reply_trimmer,email-reply-parser",
      ],
      "kindly-cold"
    ),
    ...score(
      [
        "--peer",
        "planer",
        "--pkg-dir",
        ".",
        "--only",
        "talon,email_reply_trimmer,email-reply-parser",
      ],
      "planer-cold"
    ),
  ];
  const [kindly, ...peers] = steady;
  const names = steady.map((r) => r.peer);
  const corpora = Object.keys(kindly.corpora);

  const rows = [];
  for (const corpus of corpora) {
    for (const metric of [
      "exact",
      "lenient",
      "snippets",
      "split",
      "oooDetect",
      "oooDate",
      "time",
    ]) {
      if (!steady.some((r) => r.corpora[corpus]?.tiers[metric])) continue;
      rows.push([corpus, metric, ...steady.map((r) => pct(r.corpora[corpus]?.tiers[metric]))]);
    }
  }
  const mbs = (r, fmt) => r.throughput[fmt]?.mbPerS ?? null;
  for (const fmt of ["text", "html"])
    rows.push([
      "throughput",
      `${fmt}, MB/s (best of 50)`,
      ...steady.map((r) => mbs(r, fmt)?.toFixed(1) ?? "–"),
    ]);
  rows.push([
    "throughput",
    "text, MB/s (scorer default: 3)",
    mbs(cold[0], "text").toFixed(1),
    mbs(cold[1], "text").toFixed(1),
    "–",
  ]);

  const widths = [0, 1, 2, 3, 4].map((i) =>
    Math.max(...[["corpus", "metric", ...names], ...rows].map((r) => String(r[i] ?? "").length))
  );
  const line = (r) => "| " + r.map((c, i) => String(c ?? "").padEnd(widths[i])).join(" | ") + " |";
  console.log("\nThread reader vs peers (node ../shared/bench/score-splitter.mjs, one run)\n");
  console.log(line(["corpus", "metric", ...names]));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));

  const t = (r, corpus, metric) => rate(r.corpora[corpus]?.tiers[metric]);
  const lenientOk = corpora.every((c) => {
    const metric = kindly.corpora[c].tiers.lenient
      ? "lenient"
      : kindly.corpora[c].tiers.snippets
        ? "snippets"
        : null;
    return (
      !metric ||
      peers.every((p) => t(p, c, metric) === null || t(kindly, c, metric) >= t(p, c, metric))
    );
  });
  const checks = [
    ["lenient (or snippets) at least each peer's on every corpus", lenientOk],
    [
      "exact on email_reply_trimmer above both peers",
      peers.every(
        (p) => t(kindly, "email_reply_trimmer", "exact") > t(p, "email_reply_trimmer", "exact")
      ),
    ],
    ["both stress cases within their time", t(kindly, "stress", "time") === 1],
    [
      "split ≥ 90% on email-forward-parser and mail-parser-reply",
      t(kindly, "email-forward-parser", "split") >= 0.9 &&
        t(kindly, "mail-parser-reply", "split") >= 0.9,
    ],
    [
      "every auto-reply detected, every stated return date read",
      t(kindly, "ooo", "oooDetect") === 1 && t(kindly, "ooo", "oooDate") === 1,
    ],
    [
      "text throughput ≥ 2× planer's (best of 50)",
      mbs(kindly, "text") >=
        2 *
          mbs(
            peers.find((p) => p.peer === "planer"),
            "text"
          ),
    ],
  ];
  console.log("");
  for (const [what, ok] of checks) console.log(`${ok ? "✔" : "✘"} ${what}`);
  return checks.every(([, ok]) => ok);
}
