import { describe, expect, it } from "vitest";
import { BLOCKING, buildBlocks } from "../src/blocking.js";
import { clusterMentions } from "../src/cluster.js";
import { prepare } from "../src/features/prepare.js";
import { mention } from "./fixtures/build.js";

/** How many candidate pairs the blocking yields for a list of mentions. */
function candidates(ms: ReturnType<typeof mention>[]): number {
  const p = prepare(ms);
  return clusterMentions(p, buildBlocks(p, BLOCKING, false), 6, false).candidates;
}

const crowd = (n: number) =>
  Array.from({ length: n }, (_, k) => mention({ id: `m${k}`, doc: `d${k}`, orgs: [k % 2 ? "Hackney Council" : "London Borough of Hackney"], amount: `£${(50 + ((k * 7919) % 5000)) / 100}m`, name: k % 3 ? null : `Project ${k % 50}` }));

describe("blocking", () => {
  it("pairs only mentions that share a block", () => {
    const ms = [
      mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£1m" }),
      mention({ id: "b", doc: "d2", orgs: ["Coram"], amount: "£1m" }),
      mention({ id: "c", doc: "d3", orgs: ["Pause Ltd"], amount: "£2m" }),
    ];
    expect(candidates(ms)).toBe(1);
  });

  it("pairs an acronym with the long name it abbreviates, but not two unrelated long names with the same initials", () => {
    expect(candidates([mention({ id: "a", doc: "d1", orgs: ["Munro Turnell Murphy"] }), mention({ id: "b", doc: "d2", orgs: ["MTM"] })])).toBe(1);
    expect(candidates([mention({ id: "a", doc: "d1", orgs: ["Munro Turnell Murphy"] }), mention({ id: "b", doc: "d2", orgs: ["Mind the Mind"] })])).toBe(0);
  });

  it("grows near-linearly when one organisation has thousands of mentions", () => {
    const small = candidates(crowd(1000));
    const large = candidates(crowd(4000));
    expect(small).toBeGreaterThan(1000);
    expect(large).toBeLessThan(4000 * 40);
    expect(large / small).toBeLessThan(4 * 1.5);
  });
});
