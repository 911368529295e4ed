#!/usr/bin/env node
// Regenerates src/data/descriptive-words.json from compromise's lexicon, so that telling a
// descriptive word ("entire", "wider") from a name does not need compromise loaded at all:
//   node packages/organisations/scripts/build-descriptive-words.mjs
// test/descriptive-words.test.ts fails when the file and the installed compromise disagree.
import { writeFileSync } from "node:fs";
import { descriptiveWordsFrom } from "./descriptive-words.mjs";

const { default: nlp } = await import("compromise");
const version = nlp.version;
const out = new URL("../src/data/descriptive-words.json", import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: `compromise ${version} lexicon (MIT licence), built by scripts/build-descriptive-words.mjs`, ...descriptiveWordsFrom(nlp) }, null, 1)}\n`);
console.log(`wrote ${out.pathname}`);
