import { describe, expect, it } from "vitest";
import { explain, formatExplanation, type Decision } from "../src/index.js";
import { mention, org } from "./fixtures/build.js";
import { fakeLinker } from "./fixtures/linker.js";

const outcome = (d: Decision, field: string) => d.evidence.find((e) => e.field === field)?.outcome;
const weight = (d: Decision, field: string) => d.evidence.find((e) => e.field === field)?.weight ?? Number.NaN;

describe("pairwise evidence", () => {
  it("links authorities by register code, strongly", () => {
    const d = explain(
      mention({ id: "a", doc: "d1", orgs: ["Hackney council"], amount: "£2 million" }),
      mention({ id: "b", doc: "d2", orgs: ["London Borough of Hackney"], amount: "£2m" }),
      { linkOrganisation: fakeLinker },
    );
    expect(outcome(d, "organisation")).toBe("linked-equal");
    expect(outcome(d, "amount")).toBe("equal");
    expect(d.merged).toBe(true);
  });

  it("uses a link the recogniser attached before asking the linker", () => {
    const link = fakeLinker("Hackney", null);
    const calls: string[] = [];
    const d = explain(
      mention({ id: "a", doc: "d1", orgs: [org("The council", { link })], amount: "£2m" }),
      mention({ id: "b", doc: "d2", orgs: ["Hackney Council"], amount: "£2m" }),
      { linkOrganisation: (name, date) => (calls.push(name), fakeLinker(name, date)) },
    );
    expect(calls).toEqual(["Hackney Council"]);
    expect(outcome(d, "organisation")).toBe("linked-equal");
  });

  it("falls back to fingerprints without a linker, and to distinctive words", () => {
    const same = explain(mention({ id: "a", doc: "d1", orgs: ["Catch22"] }), mention({ id: "b", doc: "d2", orgs: ["Catch 22 Ltd"] }));
    expect(outcome(same, "organisation")).toBe("fingerprint-equal");
    const similar = explain(mention({ id: "a", doc: "d1", orgs: ["Hackney council"] }), mention({ id: "b", doc: "d2", orgs: ["London Borough of Hackney"] }));
    expect(outcome(similar, "organisation")).toBe("similar");
  });

  it("matches an acronym alias and an acronym of the initials", () => {
    const alias = explain(
      mention({ id: "a", doc: "d1", orgs: [org("Munro, Turnell and Murphy", { aliases: ["MTM"] })] }),
      mention({ id: "b", doc: "d2", orgs: ["MTM"] }),
    );
    expect(outcome(alias, "organisation")).toBe("alias-equal");
    const initials = explain(mention({ id: "a", doc: "d1", orgs: ["Local Government Association"] }), mention({ id: "b", doc: "d2", orgs: ["LGA"] }));
    expect(outcome(initials, "organisation")).toBe("alias-equal");
  });

  it("keeps disjoint organisations apart (hard)", () => {
    const d = explain(mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m" }), mention({ id: "b", doc: "d2", orgs: ["Coram"], amount: "£4.2m" }));
    expect(d.constraint).toBe("disjoint-organisations");
    expect(d.merged).toBe(false);
  });

  it("never merges two fundings of one document", () => {
    const d = explain(mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m" }), mention({ id: "b", doc: "d1", start: 500, orgs: ["Pause"], amount: "£4.2m" }));
    expect(d.constraint).toBe("same-document");
    expect(d.merged).toBe(false);
  });

  it("keeps Round 1 and Round 2 apart, and clearly different amounts", () => {
    const rounds = explain(
      mention({ id: "a", doc: "d1", orgs: ["Frontline"], name: "Firstline", round: "Round 1" }),
      mention({ id: "b", doc: "d2", orgs: ["Frontline"], name: "Firstline", round: "round two" }),
    );
    expect(rounds.constraint).toBe("different-round");
    const amounts = explain(mention({ id: "a", doc: "d1", orgs: ["Frontline"], amount: "£1.8m" }), mention({ id: "b", doc: "d2", orgs: ["Frontline"], amount: "£3.73m" }));
    expect(amounts.constraint).toBe("different-amount");
  });

  it("keeps different explicit project names apart, but not a name and its acronym", () => {
    const names = explain(
      mention({ id: "a", doc: "d1", orgs: ["Hackney Council"], name: "Contextual Safeguarding", amount: "£2m" }),
      mention({ id: "b", doc: "d2", orgs: ["Hackney Council"], name: "Family Learning Intervention Programme", amount: "£1.97m" }),
    );
    expect(names.constraint).toBe("different-name");
    const acronym = explain(
      mention({ id: "a", doc: "d1", orgs: ["Hackney Council"], name: "FLIP" }),
      mention({ id: "b", doc: "d2", orgs: ["Hackney Council"], name: "Family Learning Intervention Programme" }),
    );
    expect(outcome(acronym, "name")).toBe("acronym");
  });

  it("weighs agreeing amounts by how precisely they are written", () => {
    const coarse = explain(mention({ id: "a", doc: "d1", orgs: ["X Trust"], amount: "£2m" }), mention({ id: "b", doc: "d2", orgs: ["X Trust"], amount: "£2m" }));
    const fine = explain(mention({ id: "a", doc: "d1", orgs: ["X Trust"], amount: "£1.97m" }), mention({ id: "b", doc: "d2", orgs: ["X Trust"], amount: "£1.97m" }));
    expect(weight(fine, "amount")).toBeGreaterThan(weight(coarse, "amount"));
    const rounded = explain(mention({ id: "a", doc: "d1", orgs: ["X Trust"], amount: "£2m" }), mention({ id: "b", doc: "d2", orgs: ["X Trust"], amount: "£1.97m" }));
    expect(outcome(rounded, "amount")).toBe("compatible");
    expect(Math.abs(weight(rounded, "amount"))).toBeLessThan(1.5);
  });

  it("reads passages when given, evidence for when alike and against when not", () => {
    const text: Record<string, string> = {
      a: "to test contextual safeguarding theory with the University of Bedfordshire, assessing risk beyond the family",
      b: "will test contextual safeguarding theory, assessing risk of harm from beyond an adolescent's family",
      c: "to set up an intervention programme with intensive therapeutic residential placements for teenagers",
    };
    const passageText = (m: { id: string }) => text[m.id] ?? "";
    const m = (id: string, doc: string) => mention({ id, doc, orgs: ["Hackney Council"], amount: "£2m" });
    expect(outcome(explain(m("a", "d1"), m("b", "d2"), { passageText }), "description")).toBe("high");
    expect(outcome(explain(m("a", "d1"), m("c", "d2"), { passageText }), "description")).toBe("low");
  });

  it("weighs announcement dates years apart weakly against", () => {
    const d = explain(
      mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m", date: "2015-03-01" }),
      mention({ id: "b", doc: "d2", orgs: ["Pause"], amount: "£4.2m", date: "2019-03-01" }),
    );
    expect(outcome(d, "date")).toBe("far");
    expect(weight(d, "date")).toBeLessThan(0);
    expect(weight(d, "date")).toBeGreaterThan(-3);
  });

  it("lowers the organisation weight for an organisation named by many fundings", () => {
    const a = mention({ id: "a", doc: "d1", orgs: ["Big Council Trust"], amount: "£2m" });
    const b = mention({ id: "b", doc: "d2", orgs: ["Big Council Trust"], amount: "£2m" });
    const population = Array.from({ length: 40 }, (_, k) => mention({ id: `p${k}`, doc: `p${k}`, orgs: ["Big Council Trust"], amount: `£${k + 3}m` }));
    const alone = explain(a, b);
    const crowded = explain(a, b, { population });
    expect(weight(crowded, "organisation")).toBeLessThan(weight(alone, "organisation") - 1.5);
    expect(crowded.evidence.find((e) => e.field === "organisation")?.detail).toMatch(/named by 42 funding mentions/);
  });

  it("is symmetric and orders the pair canonically", () => {
    const a = mention({ id: "a", doc: "d2", orgs: ["Pause"], amount: "£4.2m" });
    const b = mention({ id: "b", doc: "d1", orgs: ["Pause"], amount: "£4.2m" });
    expect(explain(a, b)).toEqual(explain(b, a));
    expect(explain(a, b).a).toBe("b");
  });
});

describe("formatExplanation", () => {
  it("prints the verdict, the constraint and one line per field, strongest first", () => {
    const d = explain(mention({ id: "a", doc: "d1", orgs: ["Frontline"], amount: "£1.8m" }), mention({ id: "b", doc: "d2", orgs: ["Frontline"], amount: "£3.73m" }));
    const text = formatExplanation(d);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^a ~ b: different projects \(score [+-]\d+\.\d\d\)$/);
    expect(lines[1]).toBe("  kept apart by: different-amount");
    expect(lines).toHaveLength(2 + d.evidence.length);
    expect(lines[2]).toMatch(/amount\s+different\s+-5\.57\s+Expected amounts within £50,000/);
  });
});

describe("explain agrees with reconcile", () => {
  it("gives every decision reconcile made the same evidence and score, given the run's mentions", async () => {
    const { loadGoldFixture } = await import("./fixtures/gold.js");
    const { reconcile } = await import("../src/index.js");
    const fx = loadGoldFixture();
    const options = { passageText: fx.passageText, linkOrganisation: fakeLinker };
    const out = reconcile(fx.mentions, options);
    const byId = new Map(fx.mentions.map((m) => [m.id, m]));
    expect(out.decisions.length).toBeGreaterThan(70);
    for (const d of out.decisions) {
      const again = explain(byId.get(d.a)!, byId.get(d.b)!, { ...options, population: fx.mentions });
      expect({ a: again.a, b: again.b, score: again.score, evidence: again.evidence }).toEqual({ a: d.a, b: d.b, score: d.score, evidence: d.evidence });
      if (d.merged) expect(again.merged).toBe(true);
    }
  });
});
