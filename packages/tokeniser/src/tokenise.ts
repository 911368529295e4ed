import { detectBoilerplate } from "./boilerplate/detect.js";
import { BOILERPLATE_RULES } from "./boilerplate/rules/index.js";
import { buildViews } from "./boilerplate/view.js";
import { groupBlocks } from "./layout/blocks.js";
import { DEFAULT_MAX_HEADING_WORDS, isHeading, type HeadingInput } from "./layout/heading.js";
import { scanLines } from "./layout/lines.js";
import { splitSentences, type BlockTokens } from "./sentences.js";
import { scanTokens } from "./tokens.js";
import type { Block, Tokenised, TokeniseOptions } from "./types.js";

/**
 * Reads `text` without changing it: blocks (headings, list items, paragraphs, boilerplate), sentences
 * inside blocks, and tokens covering every non-whitespace character once. All spans index `text`.
 * Pure and linear in the length of the text.
 */
export function tokenise(text: string, options: TokeniseOptions = {}): Tokenised {
  const lines = scanLines(text);
  const raw = groupBlocks(text, lines);
  const tokens = scanTokens(text);
  const views = buildViews(text, raw, tokens);

  const disabled = new Set(options.disableRules ?? []);
  const rules = options.boilerplate === false ? [] : BOILERPLATE_RULES.filter((r) => !disabled.has(r.id));
  const boilerplate = detectBoilerplate(text, views, rules);

  const ranges: BlockTokens[] = views.map((v) => {
    let from = v.tokenFrom;
    while (from < v.tokenTo && tokens[from]!.start < v.contentStart) from++;
    return { block: v.index, from, to: v.tokenTo };
  });
  const sentences = splitSentences(text, tokens, ranges);
  const sentenceCounts = new Array<number>(views.length).fill(0);
  for (const s of sentences) sentenceCounts[s.block]!++;

  const headingInput: HeadingInput = {
    text,
    tokens,
    views,
    boilerplate,
    sentenceCounts,
    maxWords: options.maxHeadingWords ?? DEFAULT_MAX_HEADING_WORDS,
  };
  const blocks: Block[] = raw.map((b, index) => {
    const layout = isHeading(headingInput, index) ? "heading" : b.layout;
    const bp = boilerplate[index] ?? null;
    return {
      kind: bp ? "boilerplate" : layout,
      layout,
      start: b.start,
      end: b.end,
      index,
      lines: b.lines,
      marker: b.marker,
      boilerplate: bp,
    };
  });
  return { text, blocks, sentences, tokens, lineStarts: lines.map((l) => l.start) };
}
