import { wordHash } from "./hash.js";
import type { Allocator } from "./arena.js";

/** Gives each distinct string a small integer, so hot loops compare numbers. One per run. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of a value already seen, or -1. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  value(id: number): string {
    return this.values[id] ?? "";
  }

  get size(): number {
    return this.values.length;
  }
}

/** A growable Int32 array (amortised doubling), to build flat pools without per-item objects. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024, private readonly arena: Allocator | null = null) {
    this.data = arena ? arena.int32(Math.max(16, capacity)) : new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.arena ? this.arena.int32(this.data.length * 2) : new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index] as number;
  }

  /** Empties the list, keeping its memory for reuse. */
  clear(): void {
    this.length = 0;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The used part, as a view (no copy). */
  toArray(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /**
   * Sorts the used part ascending, in place: short lists (a name's words, a passage's) by
   * insertion, with no view object made per call; long ones natively.
   */
  sort(): void {
    const d = this.data;
    const n = this.length;
    if (n > 32) {
      d.subarray(0, n).sort();
      return;
    }
    for (let k = 1; k < n; k++) {
      const v = d[k] as number;
      let at = k - 1;
      while (at >= 0 && (d[at] as number) > v) {
        d[at + 1] = d[at] as number;
        at--;
      }
      d[at + 1] = v;
    }
  }

  /** Appends the distinct values of `from` (sorted), each once. */
  pushDistinctOf(from: IntList): void {
    for (let k = 0; k < from.length; k++) {
      const v = from.data[k] as number;
      if (k === 0 || v !== from.data[k - 1]) this.push(v);
    }
  }
}

/** A growable Uint8 array, for flags. */
export class ByteList {
  private data: Uint8Array;
  length = 0;

  constructor(capacity = 1024, private readonly arena: Allocator | null = null) {
    this.data = arena ? arena.uint8(Math.max(16, capacity)) : new Uint8Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.arena ? this.arena.uint8(this.data.length * 2) : new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index] as number;
  }
}

/** A growable Float64 array. */
export class FloatList {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 1024, private readonly arena: Allocator | null = null) {
    this.data = arena ? arena.float64(Math.max(16, capacity)) : new Float64Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.arena ? this.arena.float64(this.data.length * 2) : new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The used part, as a view (no copy). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Distinct strings numbered in order of first sight, found by open addressing over typed arrays
 * (a Map of a million strings pays an entry object and a rehash copy per doubling; this pays two
 * typed arrays). `index(key)` finds, `add(key)` numbers a new key.
 */
export class StringSlots {
  private slots: Int32Array;
  private hashes: Int32Array;
  /** Sized for the keys expected up front (an array grown by pushing leaves its old copies behind). */
  private keys: string[];
  private count = 0;

  constructor(expected = 16) {
    this.slots = new Int32Array(slotsFor(expected)).fill(-1);
    this.hashes = new Int32Array(Math.max(16, expected));
    this.keys = new Array<string>(Math.max(16, expected));
  }

  get size(): number {
    return this.count;
  }

  /** The number of `key`, or -1 when it was never added. */
  index(key: string): number {
    const mask = this.slots.length - 1;
    const h = wordHash(key);
    for (let s = spread(h) & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] as number;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.keys[e] === key) return e;
    }
  }

  /** Numbers `key`, which must not have been added yet. */
  add(key: string): number {
    const e = this.count++;
    if ((e + 1) * 2 > this.slots.length) this.grow();
    if (e === this.hashes.length) {
      const hashes = new Int32Array(e * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      this.keys.length = e * 2;
    }
    const h = wordHash(key);
    this.keys[e] = key;
    this.hashes[e] = h;
    this.place(e, h);
    return e;
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = spread(h) & mask;
    while (this.slots[s] !== -1) s = (s + 1) & mask;
    this.slots[s] = e;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e] as number);
  }
}

/**
 * 32-bit keys to the value last put under each, by open addressing over two typed arrays from an
 * allocator (a Map of a million numbers costs an entry and a cache miss each). Sized for
 * `capacity` keys; it does not grow.
 */
export class IntSlots {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number, into: Allocator) {
    const size = slotsFor(capacity);
    this.keys = into.int32(size);
    this.values = into.int32(size).fill(-1);
    this.mask = size - 1;
  }

  private slot(key: number): number {
    let s = spread(key) & this.mask;
    while (this.values[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    return s;
  }

  /** The value under `key`, or -1. */
  get(key: number): number {
    return this.values[this.slot(key)] as number;
  }

  /** Puts `value` (not -1) under `key`. */
  set(key: number, value: number): void {
    const s = this.slot(key);
    this.keys[s] = key;
    this.values[s] = value;
  }
}

/** Slots for `expected` keys: a power of two at least twice as many (half full at most). */
function slotsFor(expected: number): number {
  let size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}

/** Mixes a hash's high bits into its low ones (keys like "m1", "m2" … differ in few bits). */
function spread(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
