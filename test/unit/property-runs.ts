/**
 * How many runs each fast-check property makes, for every property test of the unit suite.
 *
 * - `npm test` (and `npm run test:unit`): 1,000 runs per property.
 * - `npm run test:deep`: 20,000 runs per property, over the property test files only
 *   (the script sets `KINDLY_FC_RUNS=20000`).
 * - Any other count: `KINDLY_FC_RUNS=<n> npx jest --selectProjects unit <files>`.
 *
 * A property whose single run is heavy (a DOM parse per run, a thread of hundreds of
 * messages) takes a fraction of RUNS through `runsFraction`, with the fraction and the
 * reason in a comment beside it. Fixed cases (a 1 MB line) run once whatever the count.
 * Importing this module also raises the file's Jest time limit (PROPERTY_TIMEOUT below).
 */
const DEFAULT_RUNS = 1000;

function runsFromEnvironment(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`KINDLY_FC_RUNS must be a whole number of runs, 1 or more; it is ${value}`);
  }
  return runs;
}

/** Runs per property: KINDLY_FC_RUNS, else 1,000. */
export const RUNS = runsFromEnvironment(process.env.KINDLY_FC_RUNS);

/** A share of RUNS (at least one run) for a property whose runs are heavy. */
export function runsFraction(fraction: number): number {
  return Math.max(1, Math.round(RUNS * fraction));
}

/**
 * The Jest time limit for the tests of a file that imports this one: its properties take time
 * in proportion to RUNS (seconds at 1,000 runs on a busy 2-core machine, minutes at 20,000),
 * and Jest's 5 s default is meant for one example. Importing RUNS sets it.
 */
export const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 60);
if (typeof jest !== "undefined") jest.setTimeout(PROPERTY_TIMEOUT);
