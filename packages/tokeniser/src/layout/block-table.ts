import { firstEndingAfter, packedColumns } from "../columns.js";
import type { Block, BlockKind, BlockLayout, Boilerplate, Span } from "../types.js";
import type { LineTable } from "./lines.js";

/** Codes of `BlockTable.kinds` and `BlockTable.layouts` (a layout is one of the first three). */
export const B_PARAGRAPH = 0;
export const B_LIST_ITEM = 1;
export const B_HEADING = 2;
export const B_BOILERPLATE = 3;
/** The kind each code stands for. */
export const BLOCK_KINDS: readonly BlockKind[] = ["paragraph", "list-item", "heading", "boilerplate"];

/**
 * The blocks of a text in typed columns, one row per block, in text order: what the stages read, so
 * a page of millions of lines never holds an object per line. `block(i)` makes one `Block` object;
 * `toArray()` makes them all once and keeps them. A block's lines are rows `lineFrom[i]` to
 * `lineTo[i]` (exclusive) of `lines`, each trimmed: `lines.contentStarts`/`lines.contentEnds`.
 */
export class BlockTable {
  length = 0;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Where the list marker ends, or -1 when the block has none. */
  readonly markerEnds: Int32Array;
  readonly lineFrom: Int32Array;
  readonly lineTo: Int32Array;
  /** Blocks with the same run are separated by single line breaks only (no blank line). */
  readonly runs: Int32Array;
  /** `B_PARAGRAPH`, `B_LIST_ITEM` or `B_HEADING`. */
  readonly layouts: Uint8Array;
  /** The layout code, or `B_BOILERPLATE`. */
  readonly kinds: Uint8Array;
  /** Why each boilerplate block is boilerplate (shared objects), null for the others. */
  boilerplate: ReadonlyArray<Boilerplate | null> = [];
  private objects: Block[] | undefined;

  /** Room for `capacity` blocks: a block has at least one line, so the line count always suffices. */
  constructor(
    readonly lines: LineTable,
    capacity: number,
  ) {
    const { int32, uint8 } = packedColumns(capacity, 6, 2);
    [this.starts, this.ends, this.markerEnds, this.lineFrom, this.lineTo, this.runs] = int32 as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    [this.layouts, this.kinds] = uint8 as [Uint8Array, Uint8Array];
  }

  /** Opens a block of one line; `append` adds the lines that continue it. */
  open(line: number, markerEnd: number, layout: number, run: number): void {
    const i = this.length++;
    this.starts[i] = this.lines.contentStarts[line]!;
    this.ends[i] = this.lines.contentEnds[line]!;
    this.markerEnds[i] = markerEnd;
    this.lineFrom[i] = line;
    this.lineTo[i] = line + 1;
    this.runs[i] = run;
    this.layouts[i] = layout;
    this.kinds[i] = layout;
  }

  /** Adds line `line` (the next one) to the last block. */
  append(line: number): void {
    const i = this.length - 1;
    this.ends[i] = this.lines.contentEnds[line]!;
    this.lineTo[i] = line + 1;
  }

  kind(i: number): BlockKind {
    return BLOCK_KINDS[this.kinds[i]!]!;
  }

  layout(i: number): BlockLayout {
    return BLOCK_KINDS[this.layouts[i]!] as BlockLayout;
  }

  lineCount(i: number): number {
    return this.lineTo[i]! - this.lineFrom[i]!;
  }

  /** Where the block's text starts after its list marker, if any. */
  contentStart(i: number): number {
    const m = this.markerEnds[i]!;
    return m >= 0 ? m : this.starts[i]!;
  }

  /** The row of the block holding `offset` (start ≤ offset < end), or -1 between blocks. O(log n). */
  indexAt(offset: number): number {
    const i = firstEndingAfter(this.ends, this.length, offset);
    return i < this.length && this.starts[i]! <= offset ? i : -1;
  }

  /** Block `i` as an object: the same object `toArray` holds once it has run, else a new one. */
  block(i: number): Block {
    return this.objects?.[i] ?? this.make(i);
  }

  /** Every block as an object, made on the first call and kept. */
  toArray(): Block[] {
    if (this.objects === undefined) {
      const out = new Array<Block>(this.length);
      for (let i = 0; i < this.length; i++) out[i] = this.make(i);
      this.objects = out;
    }
    return this.objects;
  }

  private make(i: number): Block {
    const lines: Span[] = [];
    for (let l = this.lineFrom[i]!; l < this.lineTo[i]!; l++) lines.push({ start: this.lines.contentStarts[l]!, end: this.lines.contentEnds[l]! });
    const markerEnd = this.markerEnds[i]!;
    return {
      kind: this.kind(i),
      layout: this.layout(i),
      start: this.starts[i]!,
      end: this.ends[i]!,
      index: i,
      lines,
      marker: markerEnd >= 0 ? { start: this.starts[i]!, end: markerEnd } : null,
      boilerplate: this.boilerplate[i] ?? null,
    };
  }
}
