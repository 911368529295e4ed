/**
 * Typed arrays carved out of a few large ArrayBuffers. V8 runs a full garbage collection
 * (marking the caller's whole heap) after every so many external allocations, so many
 * separately allocated arrays cost far more than a few big buffers. One arena per run (or per
 * phase, for temporaries): it is released with the last view into it.
 */
export class Arena {
  private buffer: ArrayBuffer | null = null;
  private offset = 0;

  constructor(private readonly chunkBytes: number = 64 << 20) {}

  private take(bytes: number): [ArrayBuffer, number] {
    const size = (bytes + 7) & ~7;
    if (!this.buffer || this.offset + size > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(this.chunkBytes, size));
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += size;
    return [this.buffer, at];
  }

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

/** Chunk size for an arena serving `n` mentions: big enough that a run needs only a few. */
export function chunkFor(n: number): number {
  return Math.min(512 << 20, Math.max(1 << 20, n * 384));
}
