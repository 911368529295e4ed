import { detectBoilerplate } from "./boilerplate/detect.js";
import { BOILERPLATE_RULES } from "./boilerplate/rules/index.js";
import { buildViews } from "./boilerplate/view.js";
import { B_BOILERPLATE, B_HEADING } from "./layout/block-table.js";
import { groupBlocks } from "./layout/blocks.js";
import { DEFAULT_MAX_HEADING_WORDS, isHeading, type HeadingInput } from "./layout/heading.js";
import { scanLines } from "./layout/lines.js";
import { splitSentences } from "./sentences.js";
import { scanTokenTable } from "./tokens.js";
import type { Block, Sentence, Token, Tokenised, TokeniseOptions } from "./types.js";

/**
 * Reads `text` without changing it: blocks (headings, list items, paragraphs, boilerplate), sentences
 * inside blocks, and tokens covering every non-whitespace character once. All spans index `text`.
 * Pure and linear in the length of the text.
 */
export function tokenise(text: string, options: TokeniseOptions = {}): Tokenised {
  const lines = scanLines(text);
  const blocks = groupBlocks(text, lines);
  const tokens = scanTokenTable(text);
  const views = buildViews(text, blocks, tokens);

  const disabled = new Set(options.disableRules ?? []);
  const rules = options.boilerplate === false ? [] : BOILERPLATE_RULES.filter((r) => !disabled.has(r.id));
  const boilerplate = detectBoilerplate(text, views, rules);

  const sentences = splitSentences(text, tokens, views);
  const sentenceCounts = new Array<number>(views.length).fill(0);
  for (let nth = 0; nth < sentences.length; nth++) sentenceCounts[sentences.blocks[nth]!]!++;

  const headingInput: HeadingInput = {
    text,
    tokens,
    views,
    boilerplate,
    sentenceCounts,
    maxWords: options.maxHeadingWords ?? DEFAULT_MAX_HEADING_WORDS,
  };
  // isHeading reads the views, never the table's kinds, so each block can be finished in place
  for (let b = 0; b < blocks.length; b++) {
    if (isHeading(headingInput, b)) blocks.layouts[b] = B_HEADING;
    blocks.kinds[b] = boilerplate[b] ? B_BOILERPLATE : blocks.layouts[b]!;
  }
  blocks.boilerplate = boilerplate;
  const out = { text, blockTable: blocks, sentenceTable: sentences, tokenTable: tokens, lineStarts: toArray(lines.starts, lines.length) };
  return Object.defineProperties(out, OBJECT_VIEWS) as typeof out & Tokenised;
}

/**
 * Blocks, sentences and tokens become objects on first read: the stages read the tables, and a
 * page of millions of lines need never hold an object per line. They are own enumerable
 * accessors (a spread, `structuredClone` or `JSON.stringify` of the result reads them), shared by
 * every result and defined on a plain object: getters written in the object literal made V8 build
 * it in the old generation, and from there it held each document's tables through every young
 * collection until the next full one (the typed arrays of some 1 500 documents, 60 MB of a
 * streaming extraction's memory).
 */
const OBJECT_VIEWS: PropertyDescriptorMap = {
  blocks: {
    get(this: Tokenised): Block[] {
      return this.blockTable.toArray();
    },
    enumerable: true,
    configurable: true,
  },
  sentences: {
    get(this: Tokenised): Sentence[] {
      return this.sentenceTable.toArray();
    },
    enumerable: true,
    configurable: true,
  },
  tokens: {
    // made once: the first read replaces the accessor with the array it made
    get(this: Tokenised): Token[] {
      const objects = this.tokenTable.toArray();
      Object.defineProperty(this, "tokens", { value: objects, enumerable: true, configurable: true, writable: false });
      return objects;
    },
    enumerable: true,
    configurable: true,
  },
};

/** The first `length` values as a plain array (`Array.from` on a typed array iterates, an object per value). */
function toArray(values: Int32Array, length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(values[i]!);
  return out;
}
