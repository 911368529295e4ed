import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Mention } from "@fundtrace/contract";
import { extractCorpus, loadRegister, lookupCache } from "@fundtrace/pipeline";

interface Expected {
  style: string;
  funding: Array<{ organisations: string[]; aliases?: string[][]; amount: number | null; qualifier: string; name?: string; places?: string[]; round?: string; announced?: string }>;
  references: Array<{ name: string }>;
  notMentions: string[];
}

const dir = new URL("../../../fixtures/extraction/", import.meta.url);
const ids = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")).sort();
const docs = ids.map((id) => ({ id, text: readFileSync(new URL(`${id}.txt`, dir), "utf8") }));
const register = await loadRegister();
const corpus = extractCorpus(docs, lookupCache(register));
const fold = (s: string | null | undefined) => (s ?? "").toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, "").trim();

describe.each(ids)("fixture %s", (id) => {
  const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, dir), "utf8")) as Expected;
  const text = docs.find((d) => d.id === id)!.text;
  const funding = corpus.funding.filter((m) => m.doc === id);
  const references = corpus.references.filter((m) => m.doc === id);

  it(`finds exactly the funding mentions (${expected.style})`, () => {
    expect(funding.map((m) => m.organisations.map((o) => o.name))).toEqual(expected.funding.map((f) => f.organisations));
  });
  it.each(expected.funding.map((f, i) => [i, f] as const))("mention %i has the expected fields", (i, f) => {
    const m: Mention | undefined = funding[i];
    expect(m).toBeDefined();
    expect(m!.amount?.value ?? null).toBe(f.amount);
    expect(m!.amount?.qualifier ?? "exact").toBe(f.qualifier);
    if (f.name !== undefined) expect(fold(m!.name)).toBe(fold(f.name));
    if (f.round !== undefined) expect(m!.round?.text).toBe(f.round);
    if (f.announced !== undefined) expect(m!.announced?.date).toBe(f.announced);
    if (f.aliases) expect(m!.organisations.map((o) => o.aliases)).toEqual(f.aliases);
    for (const p of f.places ?? []) expect(m!.places.map((x) => x.name)).toContain(p);
    for (const o of m!.organisations) expect(text.slice(o.start, o.end).length).toBeGreaterThan(0);
    expect(text.slice(m!.amount?.start ?? 0, m!.amount?.end ?? 0)).toBe(m!.amount?.text ?? "");
  });
  it("finds the references", () => {
    expect(references.map((r) => fold(r.name))).toEqual(expected.references.map((r) => fold(r.name)));
  });
  it("turns no total, fund size or boilerplate amount into a mention", () => {
    for (const t of expected.notMentions) {
      const at = text.indexOf(t);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(funding.some((m) => m.amount && m.amount.start <= at && m.amount.end >= at + t.length)).toBe(false);
      expect(corpus.unattached.some((u) => u.doc === id && u.start <= at && u.end >= at + t.length)).toBe(true);
    }
  });
});
