import { detectBoilerplate } from "./boilerplate/detect.js";
import { BOILERPLATE_RULES } from "./boilerplate/rules/index.js";
import { buildViews } from "./boilerplate/view.js";
import { groupBlocks } from "./layout/blocks.js";
import { DEFAULT_MAX_HEADING_WORDS, isHeading, type HeadingInput } from "./layout/heading.js";
import { scanLines } from "./layout/lines.js";
import { splitSentences } from "./sentences.js";
import { scanTokenTable } from "./tokens.js";
import type { Token, Tokenised, TokeniseOptions } from "./types.js";

/**
 * Reads `text` without changing it: blocks (headings, list items, paragraphs, boilerplate), sentences
 * inside blocks, and tokens covering every non-whitespace character once. All spans index `text`.
 * Pure and linear in the length of the text.
 */
export function tokenise(text: string, options: TokeniseOptions = {}): Tokenised {
  const lines = scanLines(text);
  const { blocks, runs } = groupBlocks(text, lines);
  const tokens = scanTokenTable(text);
  const views = buildViews(text, blocks, runs, tokens);

  const disabled = new Set(options.disableRules ?? []);
  const rules = options.boilerplate === false ? [] : BOILERPLATE_RULES.filter((r) => !disabled.has(r.id));
  const boilerplate = detectBoilerplate(text, views, rules);

  const sentences = splitSentences(text, tokens, views);
  const sentenceCounts = new Array<number>(views.length).fill(0);
  for (let nth = 0; nth < sentences.length; nth++) sentenceCounts[sentences[nth]!.block]!++;

  const headingInput: HeadingInput = {
    text,
    tokens,
    views,
    boilerplate,
    sentenceCounts,
    maxWords: options.maxHeadingWords ?? DEFAULT_MAX_HEADING_WORDS,
  };
  // isHeading reads the views, never the blocks, so each block can be finished in place
  for (let nth = 0; nth < blocks.length; nth++) {
    const b = blocks[nth]!;
    if (isHeading(headingInput, b.index)) b.layout = "heading";
    const bp = boilerplate[b.index] ?? null;
    b.kind = bp ? "boilerplate" : b.layout;
    b.boilerplate = bp;
  }
  let objects: Token[] | undefined;
  return {
    text,
    blocks,
    sentences,
    tokenTable: tokens,
    // made on first read: the pipeline reads the table, and a page of millions of tokens need never become objects
    get tokens(): Token[] {
      objects ??= tokens.toArray();
      return objects;
    },
    lineStarts: toArray(lines.starts, lines.length),
  };
}

/** The first `length` values as a plain array (`Array.from` on a typed array iterates, an object per value). */
function toArray(values: Int32Array, length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(values[i]!);
  return out;
}
