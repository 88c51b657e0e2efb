// The labelled fixture sets the reason and tone benchmarks read, the command line their
// tuning aids (reasons-misses.mjs, tone-misses.mjs) share, and what every benchmark needs:
// the project's root and a median.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The middle value (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every file of test/fixtures/<set>, parsed, in name order. */
export function loadSet(set) {
  const dir = path.join(root, "test/fixtures", set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
}

/** Whether an id ends in an odd number (…-01, …-03): the half tuners may read. */
export const isOdd = (id) => Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1;

/** A file's language: reason files are arrays of replies, tone files an object with `lang`. */
const fileLang = (file) => (Array.isArray(file) ? file[0]?.lang : file.lang);

/**
 * A tuning aid's command line: --set (a development set only, never the blind one), --part
 * tune (odd ids, listed) or check (even ids, counted but never shown, so a tuner can see
 * whether a change generalises), --lang, --lib (a compiled core, default lib/) and its own
 * `--<filter>`. Returns the options, the compiled module `module` under lib/core, the
 * set's files, and what to test ids with and print through.
 */
export function tuningAid(blind, filter, module) {
  const { values } = parseArgs({
    options: {
      set: { type: "string" },
      part: { type: "string" },
      [filter]: { type: "string" },
      lang: { type: "string" },
      lib: { type: "string" },
    },
  });
  const set = values.set ?? `${blind}-dev`;
  if (!set.startsWith(`${blind}-dev`))
    throw new Error(`--set: only development sets (${blind}-dev…), never the blind set`);
  const lib = path.resolve(values.lib ?? path.join(root, "lib"));
  return {
    values,
    core: createRequire(import.meta.url)(path.join(lib, "core", module)),
    files: loadSet(set).filter((f) => !values.lang || fileLang(f) === values.lang),
    inPart: (id) => !values.part || isOdd(id) === (values.part === "tune"),
    print: (line) => values.part === "check" || console.log(line),
  };
}
