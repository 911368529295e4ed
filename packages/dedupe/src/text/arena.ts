/** Typed arrays over the bytes a subclass hands out. */
abstract class Carver {
  /** `bytes` bytes (rounded up to 8), zeroed: a buffer and the offset they start at. */
  protected abstract take(bytes: number): [ArrayBuffer, number];

  int32(length: number): Int32Array {
    const [b, at] = this.take(length * 4);
    return new Int32Array(b, at, length);
  }

  float64(length: number): Float64Array {
    const [b, at] = this.take(length * 8);
    return new Float64Array(b, at, length);
  }

  uint8(length: number): Uint8Array {
    const [b, at] = this.take(length);
    return new Uint8Array(b, at, length);
  }
}

/**
 * Typed arrays carved out of a few large ArrayBuffers. V8 starts marking the caller's whole heap
 * whenever ArrayBuffer memory has grown by some 64 MB since its last full collection, so every
 * separately allocated chunk past that costs a full marking of a heap that, at a million
 * mentions, holds a gigabyte of input. One arena per run, sized for the run up front (untouched
 * pages cost no memory), so a run pays for one marking, not one per phase.
 *
 * Results are taken from the bottom of the current chunk. Temporaries are taken from its top
 * through a {@link Frame}, and given back when the frame is released, so the next phase reuses
 * the same pages.
 */
export class Arena extends Carver {
  private buffer: ArrayBuffer | null = null;
  /** Next free byte from the bottom (results). */
  private low = 0;
  /** First byte used from the top (temporaries of open frames). */
  private high = 0;
  /** The top region from here up was used by released frames: reused memory is zeroed on reuse. */
  private dirty = 0;

  constructor(private readonly chunkBytes: number = 64 << 20) {
    super();
  }

  protected take(bytes: number): [ArrayBuffer, number] {
    const size = (bytes + 7) & ~7;
    // a new chunk when full: open frames keep the old one (their later temporaries get their own buffers)
    if (!this.buffer || this.low + size > this.high) this.buffer = this.newChunk(size);
    const at = this.low;
    this.low += size;
    this.zeroDirty(at, this.low);
    return [this.buffer, at];
  }

  private newChunk(atLeast: number): ArrayBuffer {
    const buffer = new ArrayBuffer(Math.max(this.chunkBytes, atLeast));
    this.low = 0;
    this.high = buffer.byteLength;
    this.dirty = this.high;
    return buffer;
  }

  /** Zeroes what of [from, to) released frames used (fresh memory is zero already). */
  private zeroDirty(from: number, to: number): void {
    const start = Math.max(from, this.dirty);
    if (to > start) new Uint8Array(this.buffer as ArrayBuffer, start, to - start).fill(0);
  }

  /** `bytes` from the top of the current chunk for `frame`, zeroed; null when they do not fit. */
  takeTop(bytes: number, frame: Frame): [ArrayBuffer, number] | null {
    const size = (bytes + 7) & ~7;
    if (this.buffer === null || this.buffer !== frame.buffer || this.high - size < this.low) return null;
    this.high -= size;
    this.zeroDirty(this.high, this.high + size);
    return [this.buffer, this.high];
  }

  /** Opens a frame for temporaries on top of the current chunk. */
  frame(): Frame {
    if (!this.buffer) this.buffer = this.newChunk(0);
    return new Frame(this, this.buffer, this.high);
  }

  /** Closes `frame`: its temporaries' memory is free for the next frame. */
  release(frame: Frame): void {
    if (frame.buffer !== this.buffer) return;
    this.dirty = Math.min(this.dirty, this.high);
    this.high = frame.top;
  }
}

/**
 * Temporaries of one phase, from the top of an arena's chunk (or, when it is full, from their
 * own buffers). Release it when the phase is done; views into it must not be used after.
 */
export class Frame extends Carver {
  constructor(
    private readonly arena: Arena,
    readonly buffer: ArrayBuffer,
    readonly top: number,
  ) {
    super();
  }

  protected take(bytes: number): [ArrayBuffer, number] {
    return this.arena.takeTop(bytes, this) ?? [new ArrayBuffer(bytes), 0];
  }

  release(): void {
    this.arena.release(this);
  }
}

/** Where typed arrays come from: an arena (results) or a frame (temporaries). */
export interface Allocator {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
  uint8(length: number): Uint8Array;
}

/** Bytes of typed arrays a run over `n` mentions takes, results and temporaries (measured: about 1.2 KB). */
const BYTES_PER_MENTION = 1400;

/** Chunk size for an arena serving `n` mentions: the whole run in one chunk, up to 2 GB. */
export function chunkFor(n: number): number {
  return Math.min(2 ** 31, Math.max(1 << 20, n * BYTES_PER_MENTION));
}
