import { stableId } from "@fundtrace/contract";
import { describe, expect, it } from "vitest";
import { reconcile } from "../src/index.js";
import { groupsOf, mention } from "./fixtures/build.js";
import { fakeLinker } from "./fixtures/linker.js";

const options = { linkOrganisation: fakeLinker };
const passages: Record<string, string> = {
  a: "to test contextual safeguarding theory with partners, assessing risk outside the family home",
  b: "to set up an intensive therapeutic residential programme (FLIP) for teenagers at risk of breakdown",
  c: "contextual safeguarding theory and an intensive therapeutic residential programme for teenagers at risk",
};
const passageText = (m: { id: string }) => passages[m.id] ?? "";

describe("stable ids", () => {
  it("names a new record after its earliest funding mention (document, then start)", () => {
    const out = reconcile([
      mention({ id: "late", doc: "b-doc", start: 5, orgs: ["Pause"], amount: "£4.2m" }),
      mention({ id: "early", doc: "a-doc", start: 300, orgs: ["Pause"], amount: "£4.2m" }),
      mention({ id: "ref", doc: "0-blog", kind: "reference", orgs: ["Pause"], name: "Pause" }),
    ]);
    expect(out.projects.map((p) => p.id)).toEqual([stableId("p", "a-doc", 300)]);
  });

  it("keeps an existing record's id when new mentions join it", () => {
    const first = [mention({ id: "a", doc: "d1", orgs: ["Hackney council"], amount: "£2 million", date: "2017-03-20" })];
    const one = reconcile(first, options);
    const two = reconcile(
      [mention({ id: "b", doc: "d0", orgs: ["London Borough of Hackney"], amount: "£2m", date: "2017-03-21" })],
      { ...options, existing: one.projects, existingMentions: first },
    );
    expect(two.projects).toHaveLength(1);
    expect(two.projects[0]!.id).toBe(one.projects[0]!.id);
    expect(two.projects[0]!.mentions).toEqual(["b", "a"]);
  });

  it("keeps the older id when two existing records merge, and lists the other as an alias", () => {
    const first = [
      mention({ id: "a", doc: "d2", orgs: ["Hackney Council"], amount: "£2m", date: "2016-05-01" }),
      mention({ id: "b", doc: "d1", orgs: ["Hackney Council"], amount: "£1.97m", name: "FLIP", date: "2017-05-01" }),
    ];
    const one = reconcile(first, { ...options, passageText });
    expect(one.projects).toHaveLength(2);
    const older = one.projects.find((p) => p.mentions.includes("a"))!;
    const newer = one.projects.find((p) => p.mentions.includes("b"))!;
    const bridge = mention({ id: "c", doc: "d3", orgs: ["Hackney Council"], amount: "£1.97m", name: "FLIP", date: "2017-06-01" });
    const two = reconcile([bridge], { ...options, passageText, existing: one.projects, existingMentions: first });
    expect(two.projects).toHaveLength(1);
    expect(two.projects[0]!.id).toBe(older.id);
    expect(two.projects[0]!.aliases).toEqual([newer.id]);
    expect(two.projects[0]!.mentions).toEqual(["b", "a", "c"]);
  });

  it("carries aliases forward", () => {
    const first = [mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m" })];
    const one = reconcile(first);
    const seeded = one.projects.map((p) => ({ ...p, aliases: ["p_old"] }));
    const two = reconcile([mention({ id: "b", doc: "d2", orgs: ["Pause"], amount: "£4.2m" })], { existing: seeded, existingMentions: first });
    expect(two.projects[0]!.aliases).toEqual(["p_old"]);
  });
});

describe("existing records without their mentions", () => {
  it("stand in for their mentions: new mentions join them, sources are kept, ids too", () => {
    const first = [
      mention({ id: "a", doc: "d1", orgs: ["Family Rights Group"], amount: "£5m", name: "Lifelong Links", date: "2017-03-20" }),
      mention({ id: "r", doc: "d1", start: 400, kind: "reference", name: "Lifelong Links" }),
      mention({ id: "x", doc: "d1", start: 800, orgs: ["Pause"], amount: "£6.8m" }),
    ];
    const one = reconcile(first);
    const two = reconcile([mention({ id: "b", doc: "d2", orgs: ["The Family Rights Group"], amount: "£5 million" })], { existing: one.projects });
    expect(groupsOf(two.projects)).toEqual([["a", "b", "r"], ["x"]]);
    const frg = two.projects.find((p) => p.mentions.includes("b"))!;
    expect(frg.id).toBe(one.projects.find((p) => p.mentions.includes("a"))!.id);
    expect(frg.name).toBe("Lifelong Links");
    expect(frg.sources.map((s) => s.mention)).toEqual(["a", "r", "b"]);
    expect(frg.provenance["name"]).toBe("a");
    expect(two.messages.filter((m) => m.ruleId === "dedupe/existing-without-mentions")).toHaveLength(2);
  });

  it("never puts a new funding mention from a document the record already has", () => {
    const first = [mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m" })];
    const one = reconcile(first);
    const two = reconcile([mention({ id: "b", doc: "d1", start: 900, orgs: ["Pause"], amount: "£4.2m" })], { existing: one.projects });
    expect(two.projects).toHaveLength(2);
  });
});

describe("duplicates", () => {
  it("keeps one mention per id and says so", () => {
    const m = mention({ id: "a", doc: "d1", orgs: ["Pause"], amount: "£4.2m" });
    const out = reconcile([m, { ...m, start: 50 }]);
    expect(out.projects[0]!.mentions).toEqual(["a"]);
    expect(out.projects[0]!.sources[0]!.start).toBe(0);
    expect(out.messages.map((x) => x.ruleId)).toEqual(["dedupe/duplicate-mention"]);
  });
});
