import type { Mention } from "@fundtrace/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile, type ReconcileOptions } from "../src/index.js";
import { groupsOf, mention } from "./fixtures/build.js";
import { loadGoldFixture } from "./fixtures/gold.js";
import { fakeLinker } from "./fixtures/linker.js";

const fx = loadGoldFixture();
const goldOptions: ReconcileOptions = { passageText: fx.passageText, linkOrganisation: fakeLinker };

/** Small random worlds where mentions collide a lot: few documents, organisations, amounts, names. */
const arbitraryMentions = fc
  .array(
    fc.record({
      doc: fc.constantFrom("d1", "d2", "d3", "d4", "d5"),
      start: fc.nat({ max: 2000 }),
      reference: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
      org: fc.constantFrom("Hackney council", "London Borough of Hackney", "Pause", "Pause Ltd", "MTM", "Munro, Turnell and Murphy", "Catch22", "Catch 22"),
      amount: fc.constantFrom(null, "£2m", "£1.97m", "£2 million", "£4.8m", "£5m", "£4.85m", "up to £1.95m"),
      name: fc.constantFrom(null, null, "Firstline", "Family Learning Intervention Programme", "FLIP", "Open Doors"),
      round: fc.constantFrom(null, null, "Round 1", "Round 2"),
      date: fc.constantFrom(null, "2017-03-20", "2019-07-06"),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) =>
    specs.map((s, k) =>
      mention({
        id: `m${k}`, doc: s.doc, start: s.start * 10 + (k % 10), kind: s.reference && s.name ? "reference" : "funding",
        orgs: [s.org], amount: s.reference && s.name ? null : s.amount, name: s.name, round: s.round, date: s.date,
      }),
    ),
  );

const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let x = seed | 1;
  for (let k = out.length - 1; k > 0; k--) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    const j = Math.abs(x) % (k + 1);
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
};

describe("order independence", () => {
  it("gives the same output whatever the order of the gold mentions", () => {
    const expected = reconcile(fx.mentions, goldOptions);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(reconcile(shuffle(fx.mentions, seed), goldOptions)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it("gives the same output whatever the order of colliding random mentions", () => {
    fc.assert(
      fc.property(arbitraryMentions, fc.integer(), (ms, seed) => {
        expect(reconcile(shuffle(ms, seed), { linkOrganisation: fakeLinker })).toEqual(reconcile(ms, { linkOrganisation: fakeLinker }));
      }),
      { numRuns: 150 },
    );
  });
});

describe("batch splits", () => {
  const inTwo = (ms: Mention[], take: (m: Mention, k: number) => boolean, options: ReconcileOptions) => {
    const first = ms.filter(take);
    const second = ms.filter((m, k) => !take(m, k));
    const one = reconcile(first, options);
    return reconcile(second, { ...options, existing: one.projects, existingMentions: first });
  };

  it("gives the same records whatever the split, for random mentions", () => {
    fc.assert(
      fc.property(arbitraryMentions, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (ms, side) => {
        const options = { linkOrganisation: fakeLinker };
        const split = inTwo(ms, (_m, k) => side[k]!, options);
        expect(groupsOf(split.projects)).toEqual(groupsOf(reconcile(ms, options).projects));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same records and ids for the gold seeds split in document order", () => {
    const docs = [...new Set(fx.mentions.map((m) => m.doc))].sort();
    const whole = reconcile(fx.mentions, goldOptions);
    for (let cut = 1; cut < docs.length; cut++) {
      const early = new Set(docs.slice(0, cut));
      const split = inTwo(fx.mentions, (m) => early.has(m.doc), goldOptions);
      expect(groupsOf(split.projects)).toEqual(groupsOf(whole.projects));
      expect(split.projects.map((p) => p.id).sort()).toEqual(whole.projects.map((p) => p.id).sort());
    }
  });

  it("gives the same records for the gold seeds in any split", () => {
    const whole = groupsOf(reconcile(fx.mentions, goldOptions).projects);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const split = inTwo(fx.mentions, (_m, k) => ((Math.imul(k + 1, seed | 1) >>> 7) & 1) === 1, goldOptions);
        expect(groupsOf(split.projects)).toEqual(whole);
      }),
      { numRuns: 10 },
    );
  });
});
