import type { Span } from "@fundtrace/contract";
import type { BlockTable } from "./layout/block-table.js";
import type { SentenceTable } from "./sentences.js";
import type { TokenTable } from "./tokens.js";

export type { Span };

/** What a block is to the next stage. `boilerplate` wins over the layout kind. */
export type BlockKind = "heading" | "list-item" | "paragraph" | "boilerplate";

/** How a block is laid out, whatever its boilerplate status. */
export type BlockLayout = "heading" | "list-item" | "paragraph";

/** Why a block is boilerplate: the rule that said so and a sentence about what it saw. */
export interface Boilerplate {
  ruleId: string;
  reason: string;
}

/**
 * A heading, list item or paragraph: one line, or a run of lines that continue each other.
 * `start`/`end` exclude leading/trailing whitespace and line terminators.
 */
export interface Block extends Span {
  kind: BlockKind;
  /** The layout kind, kept when `kind` is `boilerplate`. */
  layout: BlockLayout;
  /** Position in `Tokenised.blocks` (the row of `Tokenised.blockTable`). */
  index: number;
  /** The trimmed span of each line of the block, in order. */
  lines: Span[];
  /** The list marker ("1)", "(a)", "•", …) of a list item, else null. */
  marker: Span | null;
  boilerplate: Boilerplate | null;
}

/** A sentence inside block `block`; sentences of a block are in order and never overlap. */
export interface Sentence extends Span {
  block: number;
}

/**
 * `word`: letters/marks/digits starting with a letter, with internal apostrophes and hyphens ("Barnardo’s", "Stoke-on-Trent", "Catch22").
 * `number`: digits, with thousands separators ("42,403") and one decimal point ("1.97").
 * `punct`: one punctuation character. `symbol`: currency signs, other symbols, emoji (with their modifiers), and anything else.
 */
export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token extends Span {
  kind: TokenKind;
}

/** The tokeniser's output. Every span indexes `text`, which is the input unchanged. */
export interface Tokenised {
  text: string;
  /** The blocks as objects, made on first read from `blockTable` and kept. */
  readonly blocks: Block[];
  /** The same blocks in typed columns (what the stages read). */
  blockTable: BlockTable;
  /** The sentences as objects, made on first read from `sentenceTable` and kept. */
  readonly sentences: Sentence[];
  /** The same sentences in typed columns. */
  sentenceTable: SentenceTable;
  /** The tokens as objects, made on first read from `tokenTable`. */
  readonly tokens: Token[];
  /** The same tokens in typed columns (what the stages read). */
  tokenTable: TokenTable;
  /** Offset at which each physical line starts (line 0 starts at 0). */
  lineStarts: number[];
}

export interface TokeniseOptions {
  /** Run boilerplate detection (default true). When false no block is `boilerplate`. */
  boilerplate?: boolean;
  /** Boilerplate ruleIds to skip, e.g. ["boilerplate/navigation"]. */
  disableRules?: readonly string[];
  /** Longest heading without a final period, in words (default 12). */
  maxHeadingWords?: number;
}
