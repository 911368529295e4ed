import blocking from "./data/blocking.json" with { type: "json" };
import { initialsOf } from "./organisation/acronym.js";
import { NONE, type Prepared, A_ABOVE, A_BELOW, A_HIGH, A_LOW, A_PRECISION, A_STRIDE, A_VALUE, F_HAS_AMOUNT, F_NAME_ACRONYM, F_NAME_FORM, F_NAME_FROM, F_NAME_KEY, F_NAME_TO, F_ORG_FROM, F_ORG_TO, O_ACRONYM_FROM, O_ACRONYM_TO, O_BASE, O_KEY, O_STRIDE, O_VARIANT, STRIDE } from "./features/prepare.js";
import type { Allocator } from "./text/arena.js";
import { ByteList, IntList, IntSlots } from "./text/intern.js";

/** Kinds of block. */
const ORG_KEY = 0;
const ORG_WORDS = 1;
const ORG_ACRONYM = 2;
const NAME = 3;
const AMOUNT_ORG = 4;
const NAME_TOKEN = 5;
const NAME_ACRONYM = 6;
const KINDS = 7;
/** A block whose members repeat another's. */
const DROPPED = 255;
/** The kinds of block, by name (`Blocks.kind`). */
export const BLOCK_KIND = { ORG_KEY, ORG_WORDS, ORG_ACRONYM, NAME, AMOUNT_ORG, NAME_TOKEN, NAME_ACRONYM, DROPPED } as const;
/** Entry flags: joined an acronym block through initials only; neighbourhood done in a wider block. */
const VIA_INITIALS = 1;
const ELSEWHERE = 2;
/** Amount cells per organisation (the log grid spans far more than any amount). */
const CELLS = 1024;

const LOG_RATIO = Math.log(blocking.cellRatio);

export interface BlockingSettings {
  maxBlock: number;
  window: number;
  maxCells: number;
  referenceMaxBlock: number;
}

export const BLOCKING: BlockingSettings = {
  maxBlock: blocking.maxBlock,
  window: blocking.window,
  maxCells: blocking.maxCells,
  referenceMaxBlock: blocking.referenceMaxBlock,
};

/**
 * Blocks as flat arrays: block b holds mentions `members[start[b] .. start[b + 1])`, ascending.
 * Per member position: `initials` (1 when it joined an acronym block only through the initials
 * of a long name) and `blockOf`. A crowded block b lists its funding members by amount and by
 * name in `byAmount`/`byName` from `crowdedAt[b]`, and ranks its member at position `at` there
 * at `rankByAmount`/`rankByName[crowdedAt[b] + at - start[b]]` (these arrays hold crowded blocks
 * only, about half the members). `byMention[byMentionStart[i] ..]` are mention i's member positions.
 */
export interface Blocks {
  count: number;
  start: Int32Array;
  members: Int32Array;
  initials: Uint8Array;
  kind: Uint8Array;
  blockOf: Int32Array;
  byMentionStart: Int32Array;
  byMention: Int32Array;
  /** Funding members per block, and those without an amount. */
  funding: Int32Array;
  unpriced: Int32Array;
  /** Where a crowded block's entries start in the arrays below (-1 for other blocks). */
  crowdedAt: Int32Array;
  rankByAmount: Int32Array;
  rankByName: Int32Array;
  byAmount: Int32Array;
  byName: Int32Array;
  /** The entry flags of `byAmount`/`byName` members. */
  byAmountFlag: Uint8Array;
  byNameFlag: Uint8Array;
  /**
   * Beside `byAmount`, each member's amount (+Infinity without one) and the edges of the interval
   * it may stand for (`within`'s bounds): the amount neighbourhood tests them in block order,
   * not by reading the rows of mentions scattered over the run.
   */
  byAmountValue: Float64Array;
  byAmountLow: Float64Array;
  byAmountHigh: Float64Array;
}

function amountCells(p: Prepared, i: number, maxCells: number): number {
  if (p.hot[(i) * STRIDE + F_HAS_AMOUNT] === 0) return -1;
  // the value interval the amount may stand for
  const lo = lowEdge(p, i);
  const hi = highEdge(p, i);
  const first = Math.max(0, Math.floor(Math.log(Math.max(1, lo)) / LOG_RATIO));
  const last = Math.min(CELLS - 1, Math.floor(Math.log(Math.max(1, hi)) / LOG_RATIO));
  if (last - first + 1 > maxCells) return -1; // a coarse amount: found by the amount neighbourhood instead
  return first * CELLS + last;
}

/**
 * Assigns every mention to its blocks: per organisation key, per organisation's distinctive
 * words (also without words naming the kind of organisation, so "X Trust" meets "X"), per
 * acronym (an acronym meets the initials of long names), per exact project name, and per
 * (organisation, amount cell) for every cell of a logarithmic grid its rounding interval touches.
 * With `forReferences`, also per project-name word and name acronym. Blocks with the same
 * members as an earlier block are dropped.
 */
export function buildBlocks(p: Prepared, settings: BlockingSettings, forReferences: boolean): Blocks {
  // temporaries live in a frame of the run's arena, released when this returns; results below it
  const arena = p.arena;
  const scratch = arena.frame();
  const kinds = new IntList(Math.max(1024, p.n), scratch);
  const lastMention = new IntList(Math.max(1024, p.n), scratch);
  const entryBlock = new IntList(p.n * 10, scratch);
  const entryMention = new IntList(p.n * 10, scratch);
  const entryInitials = new ByteList(p.n * 10, scratch);
  // block ids by interned string id, one table per kind (no hashing for most lookups)
  const tables: Int32Array[] = [];
  for (let k = 0; k < KINDS; k++) tables.push(scratch.int32(p.strings.size).fill(-1));
  // (organisation id, amount cell, mention) triples, grouped into blocks after the pass
  const cellId = new IntList(p.n * 4, scratch);
  const cellOf = new IntList(p.n * 4, scratch);
  const cellMention = new IntList(p.n * 4, scratch);
  // the initials of each distinct project name, interned the first time a mention gives it
  const initialIds = new IntList(1024, scratch);
  const initialsFrom = forReferences ? scratch.int32(p.nameForms).fill(-1) : null;
  const initialsTo = forReferences ? scratch.int32(p.nameForms) : null;
  const newBlock = (kind: number): number => {
    const b = kinds.length;
    kinds.push(kind);
    lastMention.push(-1);
    return b;
  };
  const add = (i: number, b: number, viaInitials: number): void => {
    if (lastMention.get(b) === i) return;
    lastMention.set(b, i);
    entryBlock.push(b);
    entryMention.push(i);
    entryInitials.push(viaInitials);
  };
  const emit = (i: number, id: number, kind: number, viaInitials = 0): void => {
    const table = tables[kind] as Int32Array;
    if (id >= table.length) {
      // strings interned after the tables were sized (initials): grow
      const grown = scratch.int32(Math.max(id + 1, table.length * 2)).fill(-1);
      grown.set(table);
      tables[kind] = grown;
      return emit(i, id, kind, viaInitials);
    }
    let b = table[id] as number;
    if (b < 0) {
      b = newBlock(kind);
      table[id] = b;
    }
    add(i, b, viaInitials);
  };
  const emitCell = (i: number, id: number, cell: number): void => {
    cellId.push(id);
    cellOf.push(cell);
    cellMention.push(i);
  };
  // a project-name word in more funding names than stage 2 of reference linking reads is never
  // read: its block is not built (counted first, exactly as the block would count its members)
  const tokenCap = referenceStageCap(settings, 2);
  let tokenFunding: Int32Array | null = null;
  if (forReferences) {
    tokenFunding = scratch.int32(p.strings.size);
    for (let i = 0; i < p.n; i++) {
      if (p.kind[i] !== 0 || p.hot[(i) * STRIDE + F_NAME_KEY] === NONE) continue;
      for (let k = p.hot[(i) * STRIDE + F_NAME_FROM] as number; k < (p.hot[(i) * STRIDE + F_NAME_TO] as number); k++) tokenFunding[p.pool[k] as number]!++;
    }
  }
  const t = p.orgs;
  for (let i = 0; i < p.n; i++) {
    const cells = amountCells(p, i, settings.maxCells);
    for (let o = p.hot[(i) * STRIDE + F_ORG_FROM] as number; o < (p.hot[(i) * STRIDE + F_ORG_TO] as number); o++) {
      const key = t.hot[o * O_STRIDE + O_KEY] as number;
      const base = t.hot[o * O_STRIDE + O_BASE] as number;
      // the key block; a row with distinctive words is also in their (wider) block, which
      // then does its crowded-block neighbourhood
      emit(i, key, ORG_KEY, base !== NONE ? ELSEWHERE : 0);
      if (base !== NONE) emit(i, base, ORG_WORDS);
      for (let k = t.hot[o * O_STRIDE + O_ACRONYM_FROM] as number; k < (t.hot[o * O_STRIDE + O_ACRONYM_TO] as number); k++) emit(i, p.pool[k] as number, ORG_ACRONYM);
      const v = t.hot[o * O_STRIDE + O_VARIANT] as number;
      for (let k = t.initials[2 * v] as number; k < (t.initials[2 * v + 1] as number); k++) emit(i, p.pool[k] as number, ORG_ACRONYM, VIA_INITIALS);
      if (cells >= 0) {
        const first = Math.floor(cells / CELLS);
        const last = cells - first * CELLS;
        for (let c = first; c <= last; c++) {
          emitCell(i, key, c);
          if (base !== NONE) emitCell(i, base, c);
        }
      }
    }
    const nameKey = p.hot[(i) * STRIDE + F_NAME_KEY] as number;
    if (nameKey !== NONE && (p.hot[(i) * STRIDE + F_NAME_TO] as number) > (p.hot[(i) * STRIDE + F_NAME_FROM] as number)) emit(i, nameKey, NAME);
    if (forReferences && nameKey !== NONE) {
      for (let k = p.hot[(i) * STRIDE + F_NAME_FROM] as number; k < (p.hot[(i) * STRIDE + F_NAME_TO] as number); k++) {
        const token = p.pool[k] as number;
        if ((tokenFunding as Int32Array)[token]! <= tokenCap) emit(i, token, NAME_TOKEN);
      }
      const acronym = p.hot[(i) * STRIDE + F_NAME_ACRONYM] as number;
      if (acronym !== NONE) emit(i, acronym, NAME_ACRONYM);
      const long = p.nameLongForm[i];
      const form = p.hot[(i) * STRIDE + F_NAME_FORM] as number;
      if (long && form !== NONE && initialsFrom && initialsTo) {
        if ((initialsFrom[form] as number) < 0) {
          initialsFrom[form] = initialIds.length;
          for (const s of initialsOf(long)) initialIds.push(p.strings.id(s));
          initialsTo[form] = initialIds.length;
        }
        for (let k = initialsFrom[form] as number; k < (initialsTo[form] as number); k++) emit(i, initialIds.get(k), NAME_ACRONYM, VIA_INITIALS);
      }
    }
  }
  // amount-cell blocks: radix sort the triples by (id, cell), keeping mention order
  {
    const len = cellId.length;
    const byCell = countingOrder(len, CELLS, (k) => cellOf.get(k), null, scratch);
    const byId = countingOrder(len, p.strings.size, (k) => cellId.get(k), byCell, scratch);
    // a cell of one mention pairs nothing: no block (triples of one mention are adjacent)
    for (let x = 0; x < len; ) {
      const first = byId[x] as number;
      const id = cellId.get(first);
      const cell = cellOf.get(first);
      let end = x + 1;
      let several = false;
      while (end < len && cellId.get(byId[end] as number) === id && cellOf.get(byId[end] as number) === cell) {
        if (cellMention.get(byId[end] as number) !== cellMention.get(first)) several = true;
        end++;
      }
      if (several) {
        const block = newBlock(AMOUNT_ORG);
        for (let y = x; y < end; y++) add(cellMention.get(byId[y] as number), block, 0);
      }
      x = end;
    }
  }
  // counting sort of entries by block (stable: members stay in mention order)
  const count = kinds.length;
  const entries = entryBlock.length;
  const start = arena.int32(count + 1);
  for (let e = 0; e < entries; e++) start[entryBlock.get(e) + 1]!++;
  for (let b = 0; b < count; b++) start[b + 1]! += start[b] as number;
  const fill = scratch.int32(count);
  fill.set(start.subarray(0, count));
  const members = arena.int32(entries);
  const initials = arena.uint8(entries);
  const blockOf = arena.int32(entries);
  // each mention's entries (positions in `members`), grouped by mention
  const byMentionStart = arena.int32(p.n + 1);
  for (let e = 0; e < entries; e++) byMentionStart[entryMention.get(e) + 1]!++;
  for (let i = 0; i < p.n; i++) byMentionStart[i + 1]! += byMentionStart[i] as number;
  const mentionFill = scratch.int32(p.n);
  mentionFill.set(byMentionStart.subarray(0, p.n));
  const byMention = arena.int32(entries);
  for (let e = 0; e < entries; e++) {
    const b = entryBlock.get(e);
    const at = fill[b]!++;
    const i = entryMention.get(e);
    members[at] = i;
    initials[at] = entryInitials.get(e);
    byMention[mentionFill[i]!++] = at;
  }
  // written in order, not scattered with the members above
  for (let b = 0; b < count; b++) blockOf.fill(b, start[b] as number, start[b + 1] as number);
  // drop blocks whose members repeat an earlier block's (e.g. a key and its distinctive words)
  const kind = arena.uint8(count);
  for (let b = 0; b < count; b++) kind[b] = kinds.get(b);
  // the table lives in a frame of its own, given back before the sorted lists below take theirs
  const dedupeFrame = arena.frame();
  const seen = new IntSlots(count, dedupeFrame);
  for (let b = 0; b < count; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to - from < 2 || kind[b] === ORG_ACRONYM || kind[b] === NAME_ACRONYM) continue;
    let h = to - from;
    for (let k = from; k < to; k++) h = Math.imul(h ^ (members[k] as number), 0x01000193);
    const other = seen.get(h);
    if (other >= 0) {
      const of = start[other] as number;
      let same = (start[other + 1] as number) - of === to - from;
      for (let k = 0; same && k < to - from; k++) same = members[of + k] === members[from + k];
      if (same) {
        // keep a words block over the key block it repeats: key entries defer to it
        if (kind[b] === ORG_WORDS && kind[other] === ORG_KEY) {
          kind[other] = DROPPED;
          seen.set(h, b);
        } else kind[b] = DROPPED;
        continue;
      }
    }
    seen.set(h, b);
  }
  dedupeFrame.release();
  // funding members per block; crowded blocks get their members sorted by amount and by name
  const funding = arena.int32(count);
  const unpriced = arena.int32(count);
  for (let k = 0; k < entries; k++) {
    const m = members[k] as number;
    if (p.kind[m] !== 0) continue;
    funding[blockOf[k] as number]!++;
    if (p.hasAmount[m] === 0) unpriced[blockOf[k] as number]!++;
  }
  // crowded blocks list their funding members by amount and by name: mentions are ranked once
  // globally, then each crowded block sorts its members by that rank
  const crowdedAt = arena.int32(count).fill(-1);
  let crowdedEntries = 0;
  for (let b = 0; b < count; b++) {
    if ((funding[b] as number) > settings.maxBlock && kind[b] !== DROPPED && kind[b] !== NAME_TOKEN && kind[b] !== NAME_ACRONYM) {
      crowdedAt[b] = crowdedEntries;
      crowdedEntries += (start[b + 1] as number) - (start[b] as number);
    }
  }
  // read only at funding members of crowded blocks, which the deal below writes
  const rankByAmount = arena.int32(crowdedEntries);
  const rankByName = arena.int32(crowdedEntries);
  const byAmount = arena.int32(crowdedEntries);
  const byName = arena.int32(crowdedEntries);
  const byAmountFlag = arena.uint8(crowdedEntries);
  const byNameFlag = arena.uint8(crowdedEntries);
  const byAmountValue = arena.float64(crowdedEntries);
  const byAmountLow = arena.float64(crowdedEntries);
  const byAmountHigh = arena.float64(crowdedEntries);
  if (crowdedEntries > 0) {
    // each crowded block's funding members sorted by their rank in a global order: one read of
    // the rank per member, then a native sort within the block (block-local memory, no scatter)
    const rankOf = scratch.int32(p.n);
    let widest = 0;
    for (let b = 0; b < count; b++) if (crowdedAt[b]! >= 0) widest = Math.max(widest, (start[b + 1] as number) - (start[b] as number));
    const keys = scratch.float64(widest);
    const deal = (order: Int32Array, into: Int32Array, flags: Uint8Array, rank: Int32Array): void => {
      for (let x = 0; x < order.length; x++) rankOf[order[x] as number] = x;
      for (let b = 0; b < count; b++) {
        const c = crowdedAt[b] as number;
        if (c < 0) continue;
        const from = start[b] as number;
        const to = start[b + 1] as number;
        let m = 0;
        for (let k = from; k < to; k++) {
          const i = members[k] as number;
          if (p.kind[i] === 0) keys[m++] = (rankOf[i] as number) * 4294967296 + (k - from);
        }
        const sorted = keys.subarray(0, m).sort();
        for (let r = 0; r < m; r++) {
          const at = from + ((sorted[r] as number) % 4294967296);
          into[c + r] = members[at] as number;
          flags[c + r] = initials[at] as number;
          rank[c + at - from] = r;
        }
      }
    };
    // each global order in a frame of its own: the second reuses the first's memory
    const dealBy = (key: (i: number) => number, into: Int32Array, flags: Uint8Array, rank: Int32Array): void => {
      const frame = arena.frame();
      deal(fundingOrder(p, frame, key), into, flags, rank);
      frame.release();
    };
    dealBy((i) => (p.hot[(i) * STRIDE + F_HAS_AMOUNT] === 1 ? (p.hotAmount[(i) * A_STRIDE + A_VALUE] as number) : Number.POSITIVE_INFINITY), byAmount, byAmountFlag, rankByAmount);
    for (let k = 0; k < crowdedEntries; k++) {
      const j = byAmount[k] as number;
      if (p.hasAmount[j] === 0) {
        byAmountValue[k] = Number.POSITIVE_INFINITY;
        byAmountLow[k] = Number.NaN;
        byAmountHigh[k] = Number.NaN;
        continue;
      }
      byAmountValue[k] = p.hotAmount[j * A_STRIDE + A_VALUE] as number;
      byAmountLow[k] = lowEdge(p, j);
      byAmountHigh[k] = highEdge(p, j);
    }
    dealBy((i) => (p.hot[(i) * STRIDE + F_NAME_KEY] as number) * 2 + (p.hot[(i) * STRIDE + F_HAS_AMOUNT] as number), byName, byNameFlag, rankByName);
  }
  scratch.release();
  return {
    count, start, members, initials, kind, blockOf, byMentionStart, byMention, funding, unpriced, crowdedAt,
    rankByAmount, rankByName, byAmount, byName, byAmountFlag, byNameFlag, byAmountValue, byAmountLow, byAmountHigh,
  };
}

/**
 * Funding mentions ordered by a numeric key, ties by index: the distinct keys are ranked with a
 * native numeric sort, then (rank, index) pairs packed into doubles and sorted natively.
 */
function fundingOrder(p: Prepared, scratch: Allocator, key: (i: number) => number): Int32Array {
  const keys = scratch.float64(p.n);
  let m = 0;
  for (let i = 0; i < p.n; i++) if (p.kind[i] === 0) keys[m++] = key(i);
  const distinct = scratch.float64(m);
  distinct.set(keys.subarray(0, m));
  distinct.sort();
  let d = 0;
  for (let k = 0; k < m; k++) if (k === 0 || distinct[k] !== distinct[k - 1]) distinct[d++] = distinct[k] as number;
  const ranks = distinct.subarray(0, d);
  const packed = scratch.float64(m);
  m = 0;
  for (let i = 0; i < p.n; i++) {
    if (p.kind[i] !== 0) continue;
    const v = key(i);
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranks[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    packed[m++] = lo * 4294967296 + i;
  }
  packed.sort();
  const order = scratch.int32(m);
  for (let k = 0; k < m; k++) order[k] = (packed[k] as number) % 4294967296;
  return order;
}

/** The lowest value mention m's amount may stand for: its low end, less its qualifier's room and half its precision. */
function lowEdge(p: Prepared, m: number): number {
  const r = (p.hotAmount[m * A_STRIDE + A_PRECISION] as number) / 2;
  return (p.hotAmount[m * A_STRIDE + A_LOW] as number) - (p.hotAmount[m * A_STRIDE + A_BELOW] as number) - r;
}

/** The highest: its high end, plus its qualifier's room and half its precision. */
function highEdge(p: Prepared, m: number): number {
  const r = (p.hotAmount[m * A_STRIDE + A_PRECISION] as number) / 2;
  return (p.hotAmount[m * A_STRIDE + A_HIGH] as number) + (p.hotAmount[m * A_STRIDE + A_ABOVE] as number) + r;
}

/**
 * Whether either amount lies within the other's rounding interval (the amount-neighbourhood
 * test), from each one's value and interval edges.
 */
function amountsMeet(iValue: number, iLow: number, iHigh: number, jValue: number, jLow: number, jHigh: number): boolean {
  return (jValue >= iLow && jValue <= iHigh) || (iValue >= jLow && iValue <= jHigh);
}

/**
 * Calls `visit(j)` once for every funding mention j > i that shares a block with funding mention
 * i under the blocking rules: every pair of a block of at most `maxBlock` funding members (in
 * acronym blocks only pairs involving a written acronym); in larger blocks only near neighbours
 * (by amount within a rounding interval, by project name for mentions without an amount, by
 * amount in name and amount-cell blocks), at most `window` on each side, so the candidates of a
 * mention are bounded whatever the data. `stamp` (one slot per mention) deduplicates.
 */
export function forEachCandidate(
  p: Prepared,
  blocks: Blocks,
  settings: BlockingSettings,
  i: number,
  stamp: Int32Array,
  visit: (j: number) => void,
): void {
  const w = settings.window;
  const amount = p.hot[(i) * STRIDE + F_HAS_AMOUNT] === 1;
  for (let e = blocks.byMentionStart[i] as number; e < (blocks.byMentionStart[i + 1] as number); e++) {
    const at = blocks.byMention[e] as number;
    const b = blocks.blockOf[at] as number;
    const kind = blocks.kind[b] as number;
    if (kind === NAME_TOKEN || kind === NAME_ACRONYM || kind === DROPPED) continue;
    const from = blocks.start[b] as number;
    const to = blocks.start[b + 1] as number;
    const size = blocks.funding[b] as number;
    if (size <= settings.maxBlock) {
      const acronyms = kind === ORG_ACRONYM && blocks.initials[at] === VIA_INITIALS;
      for (let k = at + 1; k < to; k++) {
        const j = blocks.members[k] as number;
        if (stamp[j] === i || p.kind[j] !== 0) continue;
        if (acronyms && blocks.initials[k] === VIA_INITIALS) continue;
        stamp[j] = i;
        visit(j);
      }
      continue;
    }
    const c = blocks.crowdedAt[b] as number;
    const ra = blocks.rankByAmount[c + at - from] as number;
    const lo = Math.max(0, ra - w);
    const hi = Math.min(size - 1, ra + w);
    if (kind === AMOUNT_ORG || kind === NAME) {
      for (let r = lo; r <= hi; r++) {
        const j = blocks.byAmount[c + r] as number;
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        visit(j);
      }
      continue;
    }
    // a crowded organisation block: nearest compatible amounts, and name neighbours for
    // mentions without an amount (in a key block, only with members not in a wider block)
    const onlyUnflagged = kind === ORG_KEY && blocks.initials[at] === ELSEWHERE;
    if (amount) {
      // the amounts within `window` ranks either way that meet i's (a symmetric rule: the pair
      // is found whichever of the two is enumerated first), read beside the list in block order
      const iValue = blocks.byAmountValue[c + ra] as number;
      const iLow = blocks.byAmountLow[c + ra] as number;
      const iHigh = blocks.byAmountHigh[c + ra] as number;
      for (let r = lo; r <= hi; r++) {
        const jValue = blocks.byAmountValue[c + r] as number;
        if (jValue === Number.POSITIVE_INFINITY) continue;
        if (onlyUnflagged && blocks.byAmountFlag[c + r] === ELSEWHERE) continue;
        if (!amountsMeet(iValue, iLow, iHigh, jValue, blocks.byAmountLow[c + r] as number, blocks.byAmountHigh[c + r] as number)) continue;
        const j = blocks.byAmount[c + r] as number;
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        visit(j);
      }
    }
    if (amount && blocks.unpriced[b] === 0) continue;
    const rn = blocks.rankByName[c + at - from] as number;
    for (let r = Math.max(0, rn - w); r <= Math.min(size - 1, rn + w); r++) {
      const j = blocks.byName[c + r] as number;
      if (j <= i || stamp[j] === i || (amount && p.hasAmount[j] === 1)) continue;
      if (onlyUnflagged && blocks.byNameFlag[c + r] === ELSEWHERE) continue;
      stamp[j] = i;
      visit(j);
    }
  }
}

/**
 * The funding mentions in an order that keeps block mates together: by the first block each
 * belongs to (its first organisation's), ties by index. Enumerating candidates in this order
 * finds the same pairs as index order (each pair from its smaller index), but a mention's mates
 * were mostly just read for the one before it, so their features are still in cache.
 */
export function localityOrder(p: Prepared, blocks: Blocks, scratch: Allocator): Int32Array {
  const keyOf = (i: number): number => {
    const e = blocks.byMentionStart[i] as number;
    return e < (blocks.byMentionStart[i + 1] as number) ? (blocks.blockOf[blocks.byMention[e] as number] as number) : blocks.count;
  };
  const start = scratch.int32(blocks.count + 2);
  let funding = 0;
  for (let i = 0; i < p.n; i++) {
    if (p.kind[i] !== 0) continue;
    start[keyOf(i) + 1]!++;
    funding++;
  }
  for (let b = 0; b <= blocks.count; b++) start[b + 1]! += start[b] as number;
  const order = scratch.int32(funding);
  for (let i = 0; i < p.n; i++) if (p.kind[i] === 0) order[start[keyOf(i)]!++] = i;
  return order;
}

/**
 * Calls `visit(f)` once for every funding mention sharing a block with reference r, from blocks
 * of at most `referenceMaxBlock` funding members (amount cells excepted). Stage 1 uses exact
 * names, name acronyms and organisations; stage 2 (for a reference stage 1 could not place) the
 * single words of its name, from blocks a quarter that size.
 */
export function forEachReferenceCandidate(
  p: Prepared,
  blocks: Blocks,
  settings: BlockingSettings,
  r: number,
  stage: 1 | 2,
  stamp: Int32Array,
  visit: (f: number) => void,
): void {
  const cap = referenceStageCap(settings, stage);
  for (let e = blocks.byMentionStart[r] as number; e < (blocks.byMentionStart[r + 1] as number); e++) {
    const at = blocks.byMention[e] as number;
    const b = blocks.blockOf[at] as number;
    const kind = blocks.kind[b] as number;
    if (kind === AMOUNT_ORG || kind === DROPPED || (kind === NAME_TOKEN) !== (stage === 2) || (blocks.funding[b] as number) > cap) continue;
    // in acronym blocks, initials only meet written acronyms
    const initialsOnly = (kind === ORG_ACRONYM || kind === NAME_ACRONYM) && blocks.initials[at] === VIA_INITIALS;
    for (let k = blocks.start[b] as number; k < (blocks.start[b + 1] as number); k++) {
      const f = blocks.members[k] as number;
      if (stamp[f] === r || p.kind[f] !== 0) continue;
      if (initialsOnly && blocks.initials[k] === VIA_INITIALS) continue;
      stamp[f] = r;
      visit(f);
    }
  }
}

/** The most funding members a block may have for reference linking to read it at `stage`. */
function referenceStageCap(settings: BlockingSettings, stage: 1 | 2): number {
  return stage === 1 ? settings.referenceMaxBlock : Math.max(8, settings.referenceMaxBlock >> 2);
}

/**
 * A stable counting sort: the order of items 0..len-1 (or of `within`, keeping its order among
 * equal keys) by an integer key in [0, range).
 */
function countingOrder(len: number, range: number, key: (k: number) => number, within: Int32Array | null, scratch: Allocator): Int32Array {
  const start = scratch.int32(range + 1);
  for (let k = 0; k < len; k++) start[key(k) + 1]!++;
  for (let r = 0; r < range; r++) start[r + 1]! += start[r] as number;
  const out = scratch.int32(len);
  for (let x = 0; x < len; x++) {
    const k = within ? (within[x] as number) : x;
    out[start[key(k)]!++] = k;
  }
  return out;
}
