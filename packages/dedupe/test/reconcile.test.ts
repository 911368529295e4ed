import { readFileSync } from "node:fs";
import { committedSchemaUrl, createValidator } from "@fundtrace/contract";
import { describe, expect, it } from "vitest";
import { RECONCILE_PHASES, reconcile } from "../src/index.js";
import { groupsOf, mention, org } from "./fixtures/build.js";
import { fakeLinker } from "./fixtures/linker.js";

const validate = createValidator({ projects: JSON.parse(readFileSync(committedSchemaUrl("projects"), "utf8")) });

/** Announcements in wordings of their own (not the seeds'): press releases, grant lists, a blog. */
const mentions = [
  mention({ id: "press-1", doc: "press-2019", start: 10, orgs: ["Riverside Youth Trust Ltd"], amount: "£450,000", name: "Bright Lights", date: "2019-05-01", places: [{ name: "Leeds", gss: "E08000035" }] }),
  mention({ id: "list-1", doc: "grants-list", start: 100, orgs: ["Riverside Youth Trust"], amount: "£0.45m", name: "the Bright Lights project", date: "2019-06-12", places: [{ name: "Bradford" }] }),
  mention({ id: "list-2", doc: "grants-list", start: 300, orgs: ["Riverside Youth Trust"], amount: "£120,000", name: "Summer Stage", date: "2019-06-12" }),
  mention({ id: "blog-1", doc: "blog", start: 40, kind: "reference", name: "Bright Lights", orgs: ["Riverside Youth"] }),
  mention({ id: "blog-2", doc: "blog", start: 400, kind: "reference", name: "Moonbeam Scheme" }),
  mention({ id: "news-1", doc: "council-news", start: 0, orgs: ["Leeds City Council"], amount: "£5m", round: "Round 1", date: "2016-01-20" }),
  mention({ id: "eval-1", doc: "evaluation", start: 0, orgs: ["Leeds"], amount: "£4.85m", round: "first round", date: "2018-09-01" }),
  mention({ id: "eval-2", doc: "evaluation", start: 900, orgs: ["Leeds City Council"], amount: "£11m", round: "Round 2", date: "2018-09-01" }),
  mention({ id: "press-2", doc: "press-2019", start: 700, orgs: [org("Catch22"), org("Southwark Council")], amount: "£1.9m" }),
  mention({ id: "list-3", doc: "grants-list", start: 900, orgs: ["Catch 22"], amount: "£1.9m" }),
];

describe("reconcile (synthetic wordings)", () => {
  const phases: string[] = [];
  const out = reconcile(mentions, { linkOrganisation: fakeLinker, onPhase: (phase) => phases.push(phase) });

  it("reports each phase as it ends, in the order RECONCILE_PHASES lists them", () => {
    expect(phases).toEqual([...RECONCILE_PHASES]);
  });
  const byMention = (id: string) => out.projects.find((p) => p.mentions.includes(id))!;

  it("makes one record per grant", () => {
    expect(groupsOf(out.projects)).toEqual([
      ["blog-1", "list-1", "press-1"],
      ["eval-1", "news-1"],
      ["eval-2"],
      ["list-2"],
      ["list-3", "press-2"],
    ]);
  });

  it("outputs records that validate against the committed Project schema", () => {
    expect(validate("projects", { projects: out.projects })).toEqual({ ok: true, value: { projects: out.projects } });
  });

  it("takes the most precise amount and keeps the other values as a conflict", () => {
    const leeds = byMention("news-1");
    expect(leeds.amount?.text).toBe("£4.85m");
    expect(leeds.provenance["amount"]).toBe("eval-1");
    expect(leeds.conflicts).toEqual([{ field: "amount", values: [{ value: 4_850_000, mentions: ["eval-1"] }, { value: 5_000_000, mentions: ["news-1"] }] }]);
    expect(leeds.round).toBe("Round 1");
    expect(leeds.firstAnnounced).toBe("2016-01-20");
    expect(leeds.lastAnnounced).toBe("2018-09-01");
    expect(leeds.provenance["firstAnnounced"]).toBe("news-1");
  });

  it("shows each organisation once, by its fullest written form, keyed by register code when linked", () => {
    expect(byMention("news-1").organisations).toEqual([
      { name: "Leeds City Council", key: "la:LDS", link: fakeLinker("Leeds", null), aliases: ["Leeds"] },
    ]);
    const trust = byMention("press-1");
    expect(trust.organisations).toHaveLength(1);
    expect(trust.organisations[0]).toMatchObject({ name: "Riverside Youth Trust Ltd", key: "fp:riverside trust youth", link: null, aliases: ["Riverside Youth Trust"] });
  });

  it("names the record by the fullest name and keeps differing names as a conflict", () => {
    const r = byMention("press-1");
    expect(r.name).toBe("the Bright Lights project");
    expect(r.conflicts.filter((c) => c.field === "name")).toEqual([]);
    expect(r.provenance["name"]).toBe("list-1");
  });

  it("links a reference to the record it names and lists it among the sources", () => {
    const r = byMention("blog-1");
    expect(r.sources.map((s) => [s.mention, s.kind])).toEqual([["blog-1", "reference"], ["list-1", "funding"], ["press-1", "funding"]]);
    expect(r.sources.find((s) => s.mention === "blog-1")).toEqual({ doc: "blog", mention: "blog-1", kind: "reference", start: 40, end: 120 });
  });

  it("never makes a record from a reference alone; reports it instead", () => {
    expect(out.projects.some((p) => p.mentions.includes("blog-2"))).toBe(false);
    expect(out.messages).toContainEqual({
      ruleId: "dedupe/unlinked-reference",
      reason: 'Expected a funded project matching reference "Moonbeam Scheme", received no candidate record',
      span: { start: 400, end: 480 },
      source: "blog",
      severity: "warning",
    });
  });

  it("unites places, with GSS codes from their links", () => {
    expect(byMention("press-1").places).toEqual([{ name: "Bradford", gss: null }, { name: "Leeds", gss: "E08000035" }]);
  });

  it("merges a partnership with a mention of its lead partner", () => {
    const r = byMention("press-2");
    expect(r.organisations.map((o) => o.key)).toEqual(["fp:22 catch", "la:SWK"]);
    expect(r.organisations[0]).toMatchObject({ name: "Catch 22", aliases: ["Catch22"] });
  });

  it("gives every record a stable id from its earliest funding mention", () => {
    const again = reconcile([...mentions].reverse(), { linkOrganisation: fakeLinker });
    expect(again.projects).toEqual(out.projects);
    expect(out.projects.map((p) => p.id)).toEqual([...new Set(out.projects.map((p) => p.id))]);
  });

  it("records a decision with evidence for every merge, and for near misses", () => {
    const merge = out.decisions.find((d) => d.a === "news-1" || d.b === "news-1");
    expect(merge).toMatchObject({ merged: true });
    expect(merge?.evidence.map((e) => e.field)).toEqual(["document", "amount", "round", "organisation", "name", "description", "date", "programme", "funder"]);
    expect(out.decisions.find((d) => d.a === "blog-1" || d.b === "blog-1")).toMatchObject({ merged: true });
    const rounds = reconcile([
      mention({ id: "r1", doc: "d1", orgs: ["Frontline"], amount: "£1.8m", name: "Firstline", round: "Round 1" }),
      mention({ id: "r2", doc: "d2", orgs: ["Frontline"], amount: "£1.8m", name: "Firstline", round: "Round 2" }),
    ]);
    expect(rounds.projects).toHaveLength(2);
    expect(rounds.decisions).toEqual([expect.objectContaining({ a: "r1", b: "r2", merged: false, constraint: "different-round" })]);
  });

  it("returns fewer decisions when asked", () => {
    const merges = reconcile(mentions, { linkOrganisation: fakeLinker, decisions: "merges" });
    expect(merges.decisions.every((d) => d.merged)).toBe(true);
    expect(merges.projects).toEqual(out.projects);
    expect(reconcile(mentions, { linkOrganisation: fakeLinker, decisions: "none" }).decisions).toEqual([]);
  });
});

describe("references", () => {
  it("do not choose between two records with the same name (ambiguous: reported, not linked)", () => {
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["North Trust"], name: "Open Doors", amount: "£1m" }),
      mention({ id: "b", doc: "d2", orgs: ["South Trust"], name: "Open Doors", amount: "£2m" }),
      mention({ id: "r", doc: "d3", kind: "reference", name: "Open Doors" }),
    ]);
    expect(groupsOf(out.projects)).toEqual([["a"], ["b"]]);
    expect(out.messages.map((m) => m.ruleId)).toEqual(["dedupe/ambiguous-reference"]);
  });

  it("use their organisations and round to choose", () => {
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["North Trust"], name: "Open Doors", amount: "£1m", round: "Round 1" }),
      mention({ id: "b", doc: "d2", orgs: ["South Trust"], name: "Open Doors", amount: "£2m", round: "Round 2" }),
      mention({ id: "r", doc: "d3", kind: "reference", name: "Open Doors", orgs: ["South Trust"] }),
      mention({ id: "s", doc: "d3", start: 300, kind: "reference", name: "Open Doors", round: "Round 1" }),
    ]);
    expect(groupsOf(out.projects)).toEqual([["a", "s"], ["b", "r"]]);
  });

  it("never join two records together", () => {
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["Hackney Council"], name: "Open Doors", amount: "£1m" }),
      mention({ id: "b", doc: "d1", start: 200, orgs: ["Hackney Council"], name: "Open Doors", amount: "£1m" }),
      mention({ id: "r", doc: "d2", kind: "reference", name: "Open Doors", orgs: ["Hackney Council"] }),
    ]);
    expect(out.projects).toHaveLength(2);
    expect(out.projects.filter((p) => p.mentions.includes("r")).length).toBeLessThanOrEqual(1);
  });

  it("link within their own document too", () => {
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["London Borough of Lewisham"], name: "Prevent-Protect-Repair" }),
      mention({ id: "r", doc: "d1", start: 900, kind: "reference", name: "the Prevent Protect Repair project", orgs: ["Lewisham"] }),
    ], { linkOrganisation: fakeLinker });
    expect(groupsOf(out.projects)).toEqual([["a", "r"]]);
  });
});

describe("clustering", () => {
  it("does not chain mentions through a compatible middle one", () => {
    // "£2m" is compatible with both £1.7m and £2.4m; those two are clearly different grants
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£1.7m" }),
      mention({ id: "b", doc: "d2", orgs: ["Pause"], amount: "£2m" }),
      mention({ id: "c", doc: "d3", orgs: ["Pause"], amount: "£2.4m" }),
    ]);
    for (const p of out.projects) expect(p.mentions.includes("a") && p.mentions.includes("c")).toBe(false);
  });

  it("keeps two grants to one organisation apart, and one grant in three sources together", () => {
    const out = reconcile([
      mention({ id: "a1", doc: "d1", orgs: ["Frontline"], amount: "£1.8m", name: "Firstline", round: "Round 1" }),
      mention({ id: "a2", doc: "d2", orgs: ["Frontline"], amount: "£1.8m", name: "Firstline" }),
      mention({ id: "a3", doc: "d3", orgs: ["Frontline"], amount: "£1.8 million" }),
      mention({ id: "b1", doc: "d2", start: 500, orgs: ["Frontline"], amount: "£3.73m", name: "Firstline", round: "Round 2" }),
      mention({ id: "b2", doc: "d4", orgs: ["Frontline"], amount: "£3.73m" }),
    ]);
    expect(groupsOf(out.projects)).toEqual([["a1", "a2", "a3"], ["b1", "b2"]]);
  });

  it("does not compare everything with everything (blocking)", () => {
    const many = Array.from({ length: 400 }, (_, k) => mention({ id: `m${k}`, doc: `d${k}`, orgs: [`Organisation ${k}`], amount: `£${k + 1}k` }));
    const out = reconcile(many);
    expect(out.projects).toHaveLength(400);
    expect(out.decisions).toEqual([]);
  });
});

describe("edge cases", () => {
  it("reconciles nothing into nothing", () => {
    expect(reconcile([])).toEqual({ projects: [], decisions: [], messages: [] });
  });

  it("makes a record of a funding mention with no organisation, amount or name", () => {
    const out = reconcile([mention({ id: "a", doc: "d1" }), mention({ id: "b", doc: "d2" })]);
    expect(groupsOf(out.projects)).toEqual([["a"], ["b"]]);
    expect(out.projects[0]).toMatchObject({ name: null, organisations: [], amount: null, conflicts: [], provenance: {} });
  });

  it("merges mentions naming the same five organisations in another order, and keeps all five", () => {
    const partners = ["Northfield Arts Trust", "Riverside Youth Trust", "Canal Street Studios", "Harbour Lights CIC", "Moorland Music Hub"];
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: partners, amount: "£250,000", name: "Open Doors" }),
      mention({ id: "b", doc: "d2", orgs: [...partners].reverse(), amount: "£250k", name: "Open Doors" }),
      mention({ id: "c", doc: "d3", orgs: partners.slice(0, 2).map((n) => `${n} Ltd`), amount: "£90,000", name: "Other Work" }),
    ]);
    expect(groupsOf(out.projects)).toEqual([["a", "b"], ["c"]]);
    expect(out.projects.find((p) => p.mentions.includes("a"))!.organisations.map((o) => o.name).sort()).toEqual([...partners].sort());
  });

  it("does not compare amounts in different currencies or periods", () => {
    const out = reconcile([
      mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£1m a year", name: "Pause Practice" }),
      mention({ id: "b", doc: "d2", orgs: ["Pause"], amount: "£3m", name: "Pause Practice" }),
    ]);
    expect(out.projects).toHaveLength(1);
    expect(out.projects[0]!.conflicts.map((c) => c.field)).toEqual(["amount"]);
  });
});
