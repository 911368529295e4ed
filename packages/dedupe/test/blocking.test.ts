import { describe, expect, it } from "vitest";
import { BLOCK_KIND, BLOCKING, buildBlocks } from "../src/blocking.js";
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

  it("in a crowded block, pairs two amounts when either lies within the other's interval, and no others", () => {
    // 30 amounts of one organisation, each a fifth above the last: the block is crowded, so only its
    // amount neighbourhood pairs. £31m lies within "up to £40m" (£29.5m–£40.5m), not the reverse.
    const crowded = Array.from({ length: 30 }, (_, k) => mention({ id: `c${k}`, doc: `d${k}`, orgs: ["Oakfield Trust"], amount: `£${Math.round(100 * 1.2 ** k)}m` }));
    const upTo = mention({ id: "u", doc: "du", orgs: ["Oakfield Trust"], amount: "up to £40m" });
    const within = mention({ id: "w", doc: "dw", orgs: ["Oakfield Trust"], amount: "£31m" });
    const apart = mention({ id: "a", doc: "da", orgs: ["Oakfield Trust"], amount: "£45m" });
    expect(candidates([...crowded, upTo, within, apart])).toBe(1);
    expect(candidates([...crowded, apart, within, upTo])).toBe(1);
    const exactly = mention({ id: "u", doc: "du", orgs: ["Oakfield Trust"], amount: "£40m" });
    expect(candidates([...crowded, exactly, within, apart])).toBe(0);
  });

  it("builds no block that pairs nothing: no amount cell of one mention, no name word too common for reference linking", () => {
    // 150 funding mentions of one organisation whose names all carry "community"; amounts far
    // apart, so most amount cells hold one mention; one reference names a rarer word
    const ms = [
      ...Array.from({ length: 150 }, (_, k) => mention({ id: `f${k}`, doc: `d${k}`, orgs: ["Oakfield Trust"], amount: `£${10 + k * 7}m`, name: `Community ${k % 2 ? "Garden" : "Kitchen"} ${k}` })),
      mention({ id: "r", doc: "dr", kind: "reference", name: "Community Kitchen 4" }),
    ];
    const p = prepare(ms);
    const blocks = buildBlocks(p, BLOCKING, true);
    const sizes = (kind: number) => {
      const out: { members: number; funding: number }[] = [];
      for (let b = 0; b < blocks.count; b++) if (blocks.kind[b] === kind) out.push({ members: blocks.start[b + 1]! - blocks.start[b]!, funding: blocks.funding[b]! });
      return out;
    };
    expect(sizes(BLOCK_KIND.AMOUNT_ORG).every((s) => s.members >= 2)).toBe(true);
    const words = sizes(BLOCK_KIND.NAME_TOKEN);
    // "kitchen" (75 names) is read by reference linking; "community" (150) is over its cap of 100
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((s) => s.funding <= Math.max(8, BLOCKING.referenceMaxBlock >> 2))).toBe(true);
    expect(words.some((s) => s.funding === 75)).toBe(true);
  });
});
