import { describe, expect, it } from "vitest";
import { Arena, chunkFor } from "../src/text/arena.js";
import { IntList } from "../src/text/intern.js";

describe("Arena", () => {
  it("hands out zeroed, non-overlapping arrays from one chunk", () => {
    const arena = new Arena(1024);
    const a = arena.int32(10).fill(7);
    const b = arena.float64(10).fill(1.5);
    const c = arena.uint8(10).fill(3);
    expect(a.buffer).toBe(b.buffer);
    expect(b.buffer).toBe(c.buffer);
    expect([...a]).toEqual(Array(10).fill(7));
    expect([...b]).toEqual(Array(10).fill(1.5));
    expect([...c]).toEqual(Array(10).fill(3));
  });

  it("takes a frame's temporaries from the top, and gives them back zeroed to the next frame", () => {
    const arena = new Arena(1024);
    const result = arena.int32(4).fill(1);
    const frame = arena.frame();
    const temp = frame.int32(16).fill(-1);
    expect(temp.buffer).toBe(result.buffer);
    expect(temp.byteOffset).toBeGreaterThan(result.byteOffset);
    frame.release();
    const again = arena.frame();
    const reused = again.int32(16);
    expect(reused.byteOffset).toBe(temp.byteOffset);
    expect([...reused]).toEqual(Array(16).fill(0));
    again.release();
    expect([...result]).toEqual([1, 1, 1, 1]);
  });

  it("zeroes results that grow into memory a released frame used", () => {
    const arena = new Arena(256);
    const frame = arena.frame();
    frame.uint8(200).fill(9);
    frame.release();
    const big = arena.uint8(240);
    expect(big.every((v) => v === 0)).toBe(true);
  });

  it("keeps results and temporaries apart when the chunk fills, falling back to new buffers", () => {
    const arena = new Arena(128);
    const frame = arena.frame();
    const temp = frame.int32(16).fill(5); // 64 bytes at the top
    const result = arena.int32(24).fill(6); // 96 bytes: does not fit below the frame, so a new chunk
    expect(result.buffer).not.toBe(temp.buffer);
    const late = frame.int32(8).fill(4); // the frame's chunk is no longer current: its own buffer
    expect(late.buffer).not.toBe(result.buffer);
    frame.release();
    expect([...temp]).toEqual(Array(16).fill(5));
    expect([...result]).toEqual(Array(24).fill(6));
    const next = arena.frame().int32(4);
    expect([...next]).toEqual([0, 0, 0, 0]);
  });

  it("grows lists inside a frame", () => {
    const arena = new Arena(1 << 16);
    const frame = arena.frame();
    const list = new IntList(4, frame);
    for (let k = 0; k < 1000; k++) list.push(k);
    expect(list.toArray().reduce((s, v) => s + v, 0)).toBe((999 * 1000) / 2);
    frame.release();
  });

  it("sizes a run's chunk from its mentions, within bounds", () => {
    expect(chunkFor(1)).toBe(1 << 20);
    expect(chunkFor(100_000)).toBeGreaterThan(100_000 * 1024);
    expect(chunkFor(1e9)).toBe(2 ** 31);
  });
});
