// `npm run bench`: every benchmark of Kindly, printing measured figures (see README "Benchmarks").
// Speed is measured here, never asserted in tests. Exit code 1 if a target is missed.
import { run as pane } from "./pane.mjs";
import { run as reasons } from "./reasons.mjs";
import { run as sendCheck } from "./send-check.mjs";
import { run as splitter } from "./splitter.mjs";
import { run as tone } from "./tone.mjs";

const results = [splitter(), reasons(), tone(), await sendCheck(), await pane()];
process.exitCode = results.every(Boolean) ? 0 : 1;
