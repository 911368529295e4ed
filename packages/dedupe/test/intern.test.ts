import { describe, expect, it } from "vitest";
import { Arena } from "../src/text/arena.js";
import { ByteList, IntList, IntSlots, StringSlots } from "../src/text/intern.js";

describe("StringSlots", () => {
  it("numbers distinct strings in order of first sight and finds them after growing", () => {
    const slots = new StringSlots(2);
    const keys = Array.from({ length: 5000 }, (_, k) => `m${k}`);
    keys.forEach((key, k) => {
      expect(slots.index(key)).toBe(-1);
      expect(slots.add(key)).toBe(k);
    });
    expect(slots.size).toBe(5000);
    keys.forEach((key, k) => expect(slots.index(key)).toBe(k));
    expect(slots.index("m5000")).toBe(-1);
    expect(slots.index("")).toBe(-1);
  });

  it("tells apart strings whose hashes meet in a small table", () => {
    const slots = new StringSlots(1);
    const keys = ["", "a", "b", "ab", "ba", "\u0000", "\u0000\u0000", "é", "e\u0301"];
    for (const key of keys) slots.add(key);
    keys.forEach((key, k) => expect(slots.index(key)).toBe(k));
  });
});

describe("ByteList", () => {
  it("keeps every byte past its first capacity", () => {
    const list = new ByteList(1);
    for (let k = 0; k < 100; k++) list.push(k % 3);
    expect(list.length).toBe(100);
    expect(Array.from({ length: 100 }, (_, k) => list.get(k))).toEqual(Array.from({ length: 100 }, (_, k) => k % 3));
  });
});

describe("IntList.sort and pushDistinctOf", () => {
  it("sorts short and long lists ascending in place and appends each value once", () => {
    for (const size of [0, 1, 5, 32, 33, 500]) {
      const values = Array.from({ length: size }, (_, k) => ((k * 7919) % 97) - 40);
      const list = new IntList(4);
      for (const v of values) list.push(v);
      list.sort();
      expect([...list.toArray()]).toEqual([...values].sort((a, b) => a - b));
      const pool = new IntList(4);
      pool.push(1000);
      pool.pushDistinctOf(list);
      expect([...pool.toArray()]).toEqual([1000, ...new Set([...values].sort((a, b) => a - b))]);
    }
  });
});

describe("IntSlots", () => {
  it("keeps the value last put under each key, negative and colliding keys included", () => {
    const slots = new IntSlots(1000, new Arena(1 << 16));
    const keys = Array.from({ length: 1000 }, (_, k) => Math.imul(k, 65536) - 7);
    keys.forEach((key, k) => slots.set(key, k));
    slots.set(keys[3]!, 999_999);
    keys.forEach((key, k) => expect(slots.get(key)).toBe(k === 3 ? 999_999 : k));
    expect(slots.get(123_456_789)).toBe(-1);
  });
});
