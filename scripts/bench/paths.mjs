// Where the bench finds the built packages, the register, compromise and the scorer.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const dist = (pkg) => pathToFileURL(`${root}packages/${pkg}/dist/index.js`).href;
export const registerPath = `${root}packages/authorities/data/register.json`;
export const cliBin = `${root}packages/cli/dist/bin.js`;
export const dedupeBench = `${root}packages/dedupe/bench/bench.mjs`;
export const shared = process.env.FUNDTRACE_SHARED ?? `${root}../shared`;
export const scorer = `${shared}/eval/score.mjs`;
export const hasScorer = () => existsSync(scorer);
/** compromise, as the organisation recogniser loads it (the corpus package has it as a dev dependency). */
export const compromiseUrl = pathToFileURL(`${root}packages/corpus/node_modules/compromise/src/three.js`).href;
