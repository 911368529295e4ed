import { describe, expect, it } from "vitest";
import { O_STRIDE, prepare } from "../src/features/prepare.js";
import { mention } from "./fixtures/build.js";

describe("prepare", () => {
  it("keeps every organisation row when a run names more organisations than it made room for", () => {
    const partners = ["Northfield Arts Trust", "Riverside Youth Trust", "Canal Street Studios", "Harbour Lights CIC (HLC)", "Moorland Music Hub"];
    const many = [
      mention({ id: "a", doc: "d1", orgs: partners, amount: "£250,000" }),
      mention({ id: "b", doc: "d2", orgs: [...partners].reverse(), amount: "£250k" }),
      mention({ id: "c", doc: "d3", orgs: ["HLC", "Leeds City Council"], amount: "£90,000" }),
    ];
    // the same mentions followed by mentions naming no organisation: room enough from the start
    const roomy = [...many, ...Array.from({ length: 20 }, (_, k) => mention({ id: `z${k}`, doc: `z${k}` }))];
    const grown = prepare(many);
    const spacious = prepare(roomy);
    expect(grown.orgs.count).toBe(12);
    expect(grown.orgs.count).toBeGreaterThan(2 * many.length);
    expect([...grown.orgs.hot]).toEqual([...spacious.orgs.hot.subarray(0, 12 * O_STRIDE)]);
    expect(grown.orgs.variants.map((v) => v.written)).toEqual(spacious.orgs.variants.map((v) => v.written));
  });
});
