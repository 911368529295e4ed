import type { BlockViews } from "./view.js";

/**
 * How far a hit reaches.
 * - `block`: only the block.
 * - `section`: the block, then the short blocks after it up to the next prose block, and up to `back` short blocks before it.
 * - `rest`: the block and every block after it to the end of the document (plus up to `back` short blocks before it).
 */
export type Scope = "block" | "section" | "rest";

export interface Hit {
  block: number;
  /** With `scope` "block": the hit covers blocks `[block, to)` (a run of menu lines is one hit). Default `block + 1`. */
  to?: number;
  scope: Scope;
  /** Why this block is boilerplate, naming what was seen. */
  reason: string;
  /** Short blocks before the hit that belong to it (labels, employer names above a job advert). Default 0. */
  back?: number;
  /** What a section or rest region is called in the reasons of the blocks it takes in, e.g. "comment section". */
  region?: string;
}

/** The document as boilerplate rules see it. */
export interface DocView {
  text: string;
  blocks: BlockViews;
  /** Index of the first block that is not `short` (prose), or blocks.length. */
  firstProse: number;
  /** Index of the last block that is not `short`, or -1. */
  lastProse: number;
}

/** One boilerplate rule: a ruleId and a detector that scans the document once. */
export interface BoilerplateRule {
  id: string;
  detect(doc: DocView): Hit[];
}
