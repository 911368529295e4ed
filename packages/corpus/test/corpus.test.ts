import { describe, expect, it } from "vitest";
import { checkGold, generateCorpus, streamCorpus, STYLES, type GoldFile } from "@fundtrace/corpus";
import { register } from "./helpers.js";

const corpus = generateCorpus({ seed: 42, documents: 600, register });
const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
const mentions = corpus.gold.projects.flatMap((p) => p.mentions.map((m) => ({ ...m, project: p.key })));

describe("generateCorpus", () => {
  it("is deterministic: the same seed gives the same documents and gold", () => {
    const again = generateCorpus({ seed: 42, documents: 600, register });
    expect(again.documents).toEqual(corpus.documents);
    expect(again.gold).toEqual(corpus.gold);
  });

  it("gives different text for a different seed", () => {
    const other = generateCorpus({ seed: 43, documents: 20, register });
    expect(other.documents.map((d) => d.text)).not.toEqual(corpus.documents.slice(0, 20).map((d) => d.text));
  });

  it("writes the same first documents whatever the total", () => {
    const fewer = generateCorpus({ seed: 42, documents: 250, register });
    expect(fewer.documents).toEqual(corpus.documents.slice(0, 250));
  });

  it("numbers documents gen-000001, gen-000002, …", () => {
    expect(corpus.documents.slice(0, 3).map((d) => d.id)).toEqual(["gen-000001", "gen-000002", "gen-000003"]);
    expect(Object.keys(corpus.gold.docs)).toHaveLength(600);
    expect(corpus.gold.docs["gen-000001"]?.file).toBe("gen-000001.txt");
  });

  it("produces a gold file that validates: shapes, keys, documents, quotes", () => {
    expect(checkGold(corpus.gold, (id) => texts.get(id) ?? null)).toEqual([]);
    expect(corpus.gold.projects.length).toBeGreaterThan(1000);
    expect(corpus.gold.negatives.length).toBeGreaterThan(300);
  });

  it("finds every quote exactly once in its document", () => {
    for (const m of mentions) {
      const text = texts.get(m.doc)!;
      const at = text.indexOf(m.quote);
      expect(at, m.quote).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(m.quote, at + 1), m.quote).toBe(-1);
    }
  });

  it("states in each quote the amount it annotates", () => {
    const funded = mentions.filter((m) => m.amount);
    expect(funded.length).toBeGreaterThan(0);
    for (const m of funded) expect(m.quote).toMatch(/£/);
  });

  it("writes every style", () => {
    const seen = new Set(Object.values(corpus.meta.styles));
    for (const s of STYLES) expect(seen, s).toContain(s);
  });

  it("writes many templates of passage", () => {
    const templates = new Set(corpus.meta.templates.map((t) => t.template));
    for (const t of ["list-paren/amount-first", "list-colon/up-to", "list-numbered/name-org", "news/awarded-to", "news/goes-to", "press/pair-first", "bullets/org", "blog/such-as"]) {
      expect(templates, t).toContain(t);
    }
  });

  it("repeats grants across documents, in different wordings and roundings", () => {
    const multi = corpus.gold.projects.filter((p) => new Set(p.mentions.map((m) => m.doc)).size >= 2);
    expect(multi.length).toBeGreaterThan(100);
    const rounded = multi.filter((p) => new Set(p.mentions.filter((m) => m.amount).map((m) => m.amount!.value)).size >= 2);
    expect(rounded.length).toBeGreaterThan(10);
    const respelled = multi.filter((p) => new Set(p.mentions.flatMap((m) => m.organisations)).size >= 2);
    expect(respelled.length).toBeGreaterThan(10);
  });

  it("annotates references: a project named without its funding", () => {
    const refs = mentions.filter((m) => m.kind === "reference");
    expect(refs.length).toBeGreaterThan(50);
    for (const r of refs) {
      expect(r.amount).toBeNull();
      expect(r.name).not.toBeNull();
      expect(r.quote).toContain(r.name!);
    }
  });

  it("draws councils from the register and splits joint recipients", () => {
    const official = new Set(register.authorities.map((a) => a.officialName));
    expect(mentions.some((m) => m.organisations.some((o) => official.has(o)))).toBe(true);
    expect(mentions.some((m) => m.organisations.some((o) => / council$/.test(o)))).toBe(true);
    const joint = mentions.filter((m) => m.organisations.length === 2);
    expect(joint.length).toBeGreaterThan(20);
    expect(joint.some((m) => / & /.test(m.quote))).toBe(true);
  });

  it("uses every qualifier", () => {
    const q = new Set(mentions.flatMap((m) => (m.amount ? [m.amount.qualifier] : [])));
    expect([...q].sort()).toEqual(["about", "exact", "over", "under", "up-to"]);
  });

  it("marks totals, funds and salaries as negatives", () => {
    const why = corpus.gold.negatives.map((n) => n.why).join("\n");
    for (const w of ["salary in a job advert", "the overall fund, not a grant", "headline total", "total row of the table"]) expect(why).toContain(w);
  });

  it("gives each project the most precise amount and the fullest names its sources write", () => {
    for (const p of corpus.gold.projects) {
      for (const o of p.organisations) expect(o.length).toBeGreaterThan(0);
      const values = p.mentions.filter((m) => m.amount).map((m) => m.amount!.value);
      if (values.length) expect(values).toContain(p.amount!.value);
      else expect(p.amount).toBeNull();
    }
  });

  it("keeps boilerplate: navigation, cookies, jobs, comments", () => {
    const all = corpus.documents.map((d) => d.text).join("\n");
    for (const s of ["Skip to main content", "cookies", "Job of the week", "Most read", "Notes to editors"]) expect(all).toContain(s);
  });
});

describe("streamCorpus", () => {
  it("yields documents lazily, without end when asked", () => {
    const it = streamCorpus({ seed: 42, documents: Infinity, register });
    const first = [it.next().value, it.next().value, it.next().value];
    expect(first.map((d) => d && d.id)).toEqual(["gen-000001", "gen-000002", "gen-000003"]);
    expect(first.map((d) => d && d.text)).toEqual(corpus.documents.slice(0, 3).map((d) => d.text));
  });

  it("carries each document's gold with it", () => {
    const docs = [...streamCorpus({ seed: 42, documents: 30, register })];
    expect(docs.flatMap((d) => d.mentions.map((m) => m.quote))).toEqual(
      corpus.meta.templates.filter((t) => Number(t.doc.slice(4)) <= 30).map((t) => t.quote),
    );
  });
});

describe("checkGold", () => {
  it("reports a quote that occurs twice, an unknown document and a bad amount", () => {
    const gold: GoldFile = {
      corpus: "t",
      docs: { a: { file: "a.txt", published: null } },
      projects: [{
        key: "p", name: null, organisations: ["X"], amount: { value: -1, qualifier: "exact" }, round: null,
        mentions: [
          { doc: "a", quote: "X (£1m)", kind: "funding", organisations: ["X"], amount: { value: 1e6, qualifier: "exact" }, name: null },
          { doc: "b", quote: "Y", kind: "funding", organisations: ["Y"], amount: null, name: null },
        ],
      }],
      negatives: [],
    };
    const issues = checkGold(gold, (id) => (id === "a" ? "X (£1m) and X (£1m)" : null));
    expect(issues.join("\n")).toMatch(/bad amount/);
    expect(issues.join("\n")).toMatch(/not found exactly once/);
    expect(issues.join("\n")).toMatch(/unknown doc b/);
  });
});
