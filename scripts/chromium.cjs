#!/usr/bin/env node

// Finds the Chromium that browser tests and benchmarks drive (Debian's, never a
// downloaded one). Order: $CHROMIUM_PATH, then the usual install paths. Where
// none is present and we run as root with apt-get, installs Debian's `chromium`;
// otherwise stops with a message saying how to get one.
//   node scripts/chromium.cjs        prints the path (installing if it may)
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

function found() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

function hasAptAsRoot() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return false;
  try {
    execFileSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The browser's path, installing Debian's chromium when allowed; throws with advice otherwise. */
function chromiumPath() {
  const existing = found();
  if (existing) return existing;
  if (hasAptAsRoot()) {
    console.error(
      "Kindly: no Chromium found; installing Debian's chromium (apt-get install chromium)…"
    );
    execFileSync(
      "sh",
      [
        "-c",
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
      ],
      { stdio: "inherit" }
    );
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    "Kindly's browser tests need Chromium and none was found. Install it (Debian/Ubuntu: sudo apt-get install chromium) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome binary."
  );
}

module.exports = { CHROMIUM_ARGS, chromiumPath };

if (require.main === module) {
  try {
    console.log(chromiumPath());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
