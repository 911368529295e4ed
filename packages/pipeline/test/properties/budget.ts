import { appendFileSync } from "node:fs";
import fc from "fast-check";

/**
 * How many inputs each property runs: a small default that keeps CI quick, or
 * FUNDTRACE_FUZZ_RUNS when set, or FUNDTRACE_FUZZ_RUNS_<STAGE> for one stage (e.g.
 * FUNDTRACE_FUZZ_RUNS_RUNPIPELINE; scripts/fuzz.mjs sets these). FUNDTRACE_FUZZ_SEED replays a
 * run; FUNDTRACE_FUZZ_REPORT names a file that gets one JSON line per property with the inputs it ran.
 */
const positive = (v: string | undefined) => { const n = Number(v); return Number.isInteger(n) && n > 0 ? n : null; };
const envRuns = positive(process.env["FUNDTRACE_FUZZ_RUNS"]);
const stageRuns = (stage: string) => positive(process.env[`FUNDTRACE_FUZZ_RUNS_${stage.toUpperCase()}`]) ?? envRuns;
export const fuzzing = envRuns !== null || Object.keys(process.env).some((k) => k.startsWith("FUNDTRACE_FUZZ_RUNS_"));
const envSeed = Number(process.env["FUNDTRACE_FUZZ_SEED"]);
const seed = Number.isInteger(envSeed) ? { seed: envSeed } : {};

/** The time limit of a property test: generous by default, none to speak of when fuzzing. */
export const timeout = fuzzing ? 24 * 60 * 60 * 1000 : 120_000;

/**
 * Runs a property over `defaultRuns` generated inputs (or the fuzz budget) and records how many
 * passed. The predicate throws (or fails an `expect`) on a violation; fast-check then shrinks
 * the input and reports the smallest failing one with its seed.
 */
export function property<T>(stage: string, name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, defaultRuns: number): void {
  const numRuns = stageRuns(stage) ?? defaultRuns;
  let passed = 0;
  let failedAfter: number | null = null;
  const t0 = performance.now();
  const record = (failed: boolean) => {
    const file = process.env["FUNDTRACE_FUZZ_REPORT"];
    if (file) appendFileSync(file, `${JSON.stringify({ stage, property: name, runs: failed ? failedAfter ?? passed : passed, failed, ms: Math.round(performance.now() - t0) })}\n`);
  };
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        try {
          predicate(value);
        } catch (e) {
          failedAfter ??= passed;
          throw e;
        }
        if (failedAfter === null) passed++;
      }),
      { numRuns, ...seed },
    );
  } catch (e) {
    record(true);
    throw e;
  }
  record(false);
}
