// `npm run bench`: every benchmark of Kindly, printing measured figures (see README "Benchmarks").
// Speed is measured here, never asserted in tests. Exit code 1 if a target is missed.
import { run as sendCheck } from "./send-check.mjs";
import { run as splitter } from "./splitter.mjs";

const results = [splitter(), await sendCheck()];
process.exitCode = results.every(Boolean) ? 0 : 1;
