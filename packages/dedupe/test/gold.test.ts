import { readFileSync } from "node:fs";
import { committedSchemaUrl, createValidator, type Mention } from "@fundtrace/contract";
import { describe, expect, it } from "vitest";
import { reconcile, type ReconcileOptions } from "../src/index.js";
import { loadGoldFixture, pairFigures } from "./fixtures/gold.js";
import { fakeLinker } from "./fixtures/linker.js";

/**
 * The seed announcements' gold mentions, turned into contract Mentions (test/fixtures/gold.ts),
 * reconciled and scored pairwise against the gold grouping as the scorer does.
 */
const fx = loadGoldFixture();
const validate = createValidator({ projects: JSON.parse(readFileSync(committedSchemaUrl("projects"), "utf8")) });

function run(mentions: Mention[], options: ReconcileOptions) {
  const out = reconcile(mentions, options);
  const recordOf = new Map<string, string>();
  for (const p of out.projects) for (const m of p.mentions) recordOf.set(m, p.id);
  return { out, recordOf, figures: pairFigures(fx.projectOf, recordOf) };
}

const unlinked = fx.mentions.map((m) => ({ ...m, organisations: m.organisations.map((o) => ({ ...o, link: null })) }));
const goldMention = (doc: string, quote: string): Mention => {
  const text = fx.texts.get(doc)!;
  const start = text.indexOf(quote);
  const m = fx.mentions.find((x) => x.doc === doc && x.start <= start && start < x.end);
  if (!m) throw new Error(`no gold mention at ${quote}`);
  return m;
};

describe("gold seeds", () => {
  const full = run(fx.mentions, { passageText: fx.passageText, linkOrganisation: fakeLinker });

  it("converts every gold mention", () => {
    expect(fx.mentions).toHaveLength(175);
    expect(fx.mentions.filter((m) => m.kind === "reference")).toHaveLength(13);
    expect(new Set(fx.mentions.map((m) => m.id)).size).toBe(175);
  });

  it("reaches pair precision ≥ 0.99 and pair F1 ≥ 0.98", () => {
    expect(full.figures.p).toBeGreaterThanOrEqual(0.99);
    expect(full.figures.f1).toBeGreaterThanOrEqual(0.98);
  });

  it("makes one record per gold project, references aside", () => {
    const fundingProjects = new Set(fx.mentions.filter((m) => m.kind === "funding").map((m) => fx.projectOf.get(m.id)));
    expect(full.out.projects).toHaveLength(fundingProjects.size);
  });

  it("keeps the two Hackney grants apart: £2m contextual safeguarding and £1.97m FLIP", () => {
    const contextual = goldMention("004_44e8ba91b8d33a8e", "London Borough of Hackney (£2m)");
    const flip = goldMention("004_44e8ba91b8d33a8e", "Hackney Council (£1.97m)");
    const flipRound1 = goldMention("003_5d1ea6860e1d9bcb", "Hackney Council (£1.97m)");
    expect(full.recordOf.get(contextual.id)).not.toBe(full.recordOf.get(flip.id));
    expect(full.recordOf.get(flip.id)).toBe(full.recordOf.get(flipRound1.id));
  });

  it("joins 002's 'Hackney council has been awarded £2 million' to 004's 'London Borough of Hackney (£2m)'", () => {
    const news = goldMention("002_43a77a5735a79a7b", "Hackney council has been awarded £2 million");
    const list = goldMention("004_44e8ba91b8d33a8e", "London Borough of Hackney (£2m)");
    expect(full.recordOf.get(news.id)).toBe(full.recordOf.get(list.id));
    const record = full.out.projects.find((p) => p.id === full.recordOf.get(news.id))!;
    expect(record.organisations).toEqual([expect.objectContaining({ name: "London Borough of Hackney", key: "la:HCK", aliases: ["Hackney council"] })]);
    expect(record.amount?.value).toBe(2_000_000);
  });

  it("keeps Hertfordshire's Round 1 £4.8m and Round 2 £11.6m apart", () => {
    const r1 = goldMention("003_5d1ea6860e1d9bcb", "Hertfordshire County Council (£4.8m)");
    const r2 = goldMention("004_44e8ba91b8d33a8e", "Hertfordshire County Council (£11.6m)");
    const r2news = goldMention("002_43a77a5735a79a7b", "an £11.6m investment will see the Hertfordshire");
    expect(full.recordOf.get(r1.id)).not.toBe(full.recordOf.get(r2.id));
    expect(full.recordOf.get(r2.id)).toBe(full.recordOf.get(r2news.id));
    const record = full.out.projects.find((p) => p.id === full.recordOf.get(r2.id))!;
    expect(record.organisations.map((o) => o.name)).toEqual(["Hertfordshire County Council"]);
    expect(record.name).toBe("Family Safeguarding");
  });

  it("links references across and within documents, and reports the one naming no project", () => {
    const ppr = full.out.projects.find((p) => p.name === "Prevent-Protect-Repair")!;
    expect(ppr.sources.filter((s) => s.kind === "reference")).toHaveLength(3);
    expect(full.out.messages.filter((m) => m.ruleId === "dedupe/unlinked-reference")).toHaveLength(1);
  });

  it("outputs records that validate against the Project schema", () => {
    expect(validate("projects", { projects: full.out.projects }).ok).toBe(true);
  });

  it("holds up without passage text, and without register links", () => {
    for (const variant of [run(fx.mentions, { linkOrganisation: fakeLinker }), run(unlinked, { passageText: fx.passageText }), run(unlinked, {})]) {
      expect(variant.figures.p).toBeGreaterThanOrEqual(0.99);
      expect(variant.figures.f1).toBeGreaterThanOrEqual(0.98);
    }
  });

  it("keeps precision when extraction is noisier (half the names missing)", () => {
    const noisy = fx.mentions.map((m, k) => (m.kind === "funding" && k % 2 === 0 ? { ...m, name: null, nameSpan: null } : m));
    const { figures } = run(noisy, { passageText: fx.passageText, linkOrganisation: fakeLinker });
    expect(figures.p).toBeGreaterThanOrEqual(0.99);
    expect(figures.f1).toBeGreaterThanOrEqual(0.9);
  });
});
