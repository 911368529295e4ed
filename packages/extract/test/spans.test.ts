import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanIndex } from "../src/spans.js";

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, len]) => ({ start, end: start + len }));

describe("SpanIndex", () => {
  it("answers overlap and containment as a scan of every span would", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.array(span, { minLength: 1, maxLength: 20 }), (items, queries) => {
        const index = new SpanIndex(items);
        for (const q of queries) {
          expect(index.overlaps(q.start, q.end)).toBe(items.some((x) => x.start < q.end && x.end > q.start));
          expect(index.firstContaining(q.start, q.end)).toBe(items.find((x) => x.start <= q.start && x.end >= q.end));
          const odd = (x: { start: number }) => x.start % 2 === 1;
          expect(index.firstContaining(q.start, q.end, odd)).toBe(items.find((x) => x.start <= q.start && x.end >= q.end && odd(x)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
