import { describe, expect, it } from "vitest";
import { createRng, mixSeed } from "../src/prng.js";
import { formsFor, restated, roundSig, writeMoney } from "../src/money.js";
import { uniqueQuote } from "../src/quotes.js";
import { NAME_SPACE, projectName } from "../src/names.js";

describe("createRng", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = createRng(7), b = createRng(7);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const v = r.range(3, 5);
      expect(v >= 3 && v <= 5).toBe(true);
    }
  });

  it("mixes seeds into independent streams", () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(1, 3));
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
  });
});

describe("money", () => {
  const parse = (t: string) => {
    const m = /£([\d,.]+)\s?(m|bn|k| million)?$/.exec(t)!;
    const n = Number(m[1]!.replace(/,/g, ""));
    return Math.round(n * ({ m: 1e6, " million": 1e6, bn: 1e9, k: 1e3 }[m[2] ?? ""] ?? 1));
  };

  it("writes a value exactly in every form it allows", () => {
    for (const v of [4_850_000, 1_145_000, 771_000, 49_500, 8_750, 2_000_000, 350_000, 12_000, 250_000_000]) {
      for (const f of formsFor(v)) expect(parse(writeMoney(v, f).text), `${v} ${f}`).toBe(v);
    }
    expect(writeMoney(4_850_000, "m")).toEqual({ text: "£4.85m", precision: 10_000 });
    expect(writeMoney(4_850_000, "full")).toEqual({ text: "£4,850,000", precision: 10_000 });
  });

  it("qualifies a rounded restatement in the direction of the rounding", () => {
    const rng = createRng(3);
    for (let i = 0; i < 2000; i++) {
      const v = 4_850_000;
      const r = restated(rng, v);
      if (r.qualifier === "under") expect(r.value).toBeGreaterThan(v);
      if (r.qualifier === "over") expect(r.value).toBeLessThan(v);
      if (r.value !== v && r.qualifier === "exact") expect(r.value).toBe(roundSig(v, r.value % 1e6 === 0 ? 1 : 2));
    }
  });
});

describe("uniqueQuote", () => {
  it("keeps a quote that occurs once and widens one that does not", () => {
    const text = "Hackney Council (£1m) to pilot A.\n\nHackney Council (£1m) to pilot B.";
    const first = uniqueQuote(text, { start: 0, end: 21 });
    expect(text.slice(first.start, first.end)).toBe("Hackney Council (£1m) to pilot A.");
    const second = uniqueQuote(text, { start: 35, end: 56 });
    expect(text.slice(second.start, second.end)).toBe("Hackney Council (£1m) to pilot B.");
    const once = uniqueQuote("A (£2m) and B", { start: 0, end: 7 });
    expect(once).toEqual({ start: 0, end: 7 });
  });

  it("widens to neighbouring lines when a whole line repeats", () => {
    const text = "Alpha\n\nSame line\n\nBeta\n\nSame line";
    const q = uniqueQuote(text, { start: 7, end: 16 });
    const quote = text.slice(q.start, q.end);
    expect(text.indexOf(quote)).toBe(q.start);
    expect(text.indexOf(quote, q.start + 1)).toBe(-1);
  });
});

describe("projectName", () => {
  it("gives distinct names to consecutive grants", () => {
    const names = new Set(Array.from({ length: 5000 }, (_, i) => projectName(i, 17)));
    expect(names.size).toBe(5000);
    expect(NAME_SPACE).toBeGreaterThan(20_000);
  });
});
