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
