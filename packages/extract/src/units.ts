import type { Amount } from "@fundtrace/contract";
import { B_LIST_ITEM, B_PARAGRAPH, type Block, type BlockTable } from "@fundtrace/tokeniser";
import { leadBeforeAmount } from "./rules/list-entry.js";

/** Line `i` of block `b` as a unit of its own (the first line keeps the list marker). */
function lineUnit(b: Block, i: number): Block {
  const l = b.lines[i]!;
  return { ...b, start: l.start, end: l.end, lines: [l], marker: i === 0 ? b.marker : null };
}

/**
 * The units a document is read in, in order, each with its amounts: blocks, or single lines of a
 * block read line by line. Held as block and line numbers: `unit(nth)` makes the object a pass
 * reads, so a page of a million entries never holds an object per entry from one pass to the next.
 */
export class ReadingUnits {
  /** The block row of each unit. */
  readonly blocks: number[] = [];
  /** The line of the block a unit is, or -1 for the whole block. */
  readonly lines: number[] = [];
  /** The amounts inside each unit, in text order. */
  readonly amounts: Amount[][] = [];

  constructor(private readonly table: BlockTable) {}

  get length(): number {
    return this.blocks.length;
  }

  push(block: number, line: number, amounts: Amount[]): void {
    this.blocks.push(block);
    this.lines.push(line);
    this.amounts.push(amounts);
  }

  /** How many lines unit `nth` has. */
  lineCount(nth: number): number {
    return this.lines[nth]! >= 0 ? 1 : this.table.lineCount(this.blocks[nth]!);
  }

  /** Where unit `nth`'s text starts, after the list marker of its block's first line. */
  contentStart(nth: number): number {
    const block = this.blocks[nth]!;
    const line = this.lines[nth]!;
    if (line <= 0) return this.table.contentStart(block);
    return this.table.lines.contentStarts[this.table.lineFrom[block]! + line]!;
  }

  /** Where unit `nth` ends. */
  end(nth: number): number {
    const block = this.blocks[nth]!;
    const line = this.lines[nth]!;
    return line < 0 ? this.table.ends[block]! : this.table.lines.contentEnds[this.table.lineFrom[block]! + line]!;
  }

  /** Is unit `nth` (a list item, or a line of one) laid out as a list item? */
  isListItem(nth: number): boolean {
    return this.table.layouts[this.blocks[nth]!] === B_LIST_ITEM;
  }

  /** Unit `nth` as a block object (a new one on every call unless the table's blocks are objects already). */
  unit(nth: number): Block {
    const b = this.table.block(this.blocks[nth]!);
    const line = this.lines[nth]!;
    return line < 0 ? b : lineUnit(b, line);
  }
}

/**
 * Units: paragraphs and list items, except that a block whose lines are each an entry (a table, a
 * list without blank lines) is read line by line.
 */
export function readingUnits(text: string, table: BlockTable, byBlock: ReadonlyArray<Amount[] | undefined>): ReadingUnits {
  const units = new ReadingUnits(table);
  const none: Amount[] = [];
  for (let nth = 0; nth < table.length; nth++) {
    const kind = table.kinds[nth];
    if (kind !== B_PARAGRAPH && kind !== B_LIST_ITEM) continue;
    const own = byBlock[nth] ?? none;
    if (table.lineCount(nth) >= 2) {
      const b = table.block(nth);
      const lines = b.lines.map((_, i) => lineUnit(b, i));
      const lineAmounts = lines.map((l) => own.filter((a) => a.start >= l.start && a.end <= l.end));
      const entriesPerLine = lines.filter((l, i) => leadBeforeAmount(text, l, lineAmounts[i]!)).length;
      if (entriesPerLine >= 2) {
        for (let i = 0; i < lines.length; i++) units.push(nth, i, lineAmounts[i]!);
        continue;
      }
    }
    units.push(nth, -1, own);
  }
  return units;
}
