import type { DraftMention, GeneratedDocument, GoldFile, GoldMention, GoldNegative, GoldProject, ProjectTruth } from "./types.js";

interface Building {
  truth: ProjectTruth;
  mentions: DraftMention[];
}

const goldMention = (m: DraftMention): GoldMention => {
  const g: GoldMention = { doc: m.doc, quote: m.quote, kind: m.kind, organisations: m.organisations, amount: m.amount, name: m.name };
  if (m.places) g.places = m.places;
  return g;
};

/**
 * Gathers generated documents into one gold file. A project's canonical fields are what its
 * sources say: the name if any passage gives it, the round if any page states it, the most
 * precise amount any passage writes, and the fullest names of its recipients.
 */
export class GoldCollector {
  private readonly docs: GoldFile["docs"] = {};
  private readonly projects = new Map<string, Building>();
  private readonly negatives: GoldNegative[] = [];

  constructor(private readonly corpus = "generated") {}

  add(doc: GeneratedDocument): void {
    this.docs[doc.id] = { file: `${doc.id}.txt`, published: doc.published };
    for (const t of doc.projects) this.projects.set(t.key, { truth: t, mentions: [] });
    for (const m of doc.mentions) this.projects.get(m.project)!.mentions.push(m);
    this.negatives.push(...doc.negatives);
  }

  file(): GoldFile {
    const projects: GoldProject[] = [];
    for (const { truth, mentions } of this.projects.values()) {
      let best: DraftMention | null = null;
      for (const m of mentions) if (m.amount && m.precision !== null && (!best || m.precision < best.precision!)) best = m;
      // each recipient by the fullest (longest) name any passage writes for it
      const organisations = truth.organisations.map((full, i) => {
        let best: string | null = null;
        for (const m of mentions) m.recipients.forEach((r, j) => {
          const n = m.organisations[j]!;
          if (r === i && (best === null || n.length > best.length)) best = n;
        });
        return best ?? full;
      });
      projects.push({
        key: truth.key,
        name: mentions.some((m) => m.name) ? truth.name : null,
        organisations,
        amount: best?.amount ?? null,
        round: mentions.find((m) => m.round)?.round ?? null,
        mentions: mentions.map(goldMention),
      });
    }
    return { corpus: this.corpus, docs: this.docs, projects, negatives: this.negatives };
  }
}

const QUALIFIERS = new Set(["exact", "up-to", "about", "over", "under"]);

/**
 * Checks a gold file against GOLD.md: every field's shape, unique project keys, known documents,
 * and every quote found exactly once in its document. Returns the problems (none when valid).
 */
export function checkGold(gold: GoldFile, textOf: (doc: string) => string | null): string[] {
  const issues: string[] = [];
  const isAmount = (a: unknown, where: string) => {
    if (a === null) return;
    const x = a as { value?: unknown; qualifier?: unknown };
    if (typeof x !== "object" || typeof x.value !== "number" || !(x.value >= 0) || !QUALIFIERS.has(String(x.qualifier))) issues.push(`${where}: bad amount ${JSON.stringify(a)}`);
  };
  const strings = (xs: unknown, where: string) => {
    if (!Array.isArray(xs) || xs.some((x) => typeof x !== "string" || x.length === 0)) issues.push(`${where}: expected a list of names, received ${JSON.stringify(xs)}`);
  };
  if (typeof gold.corpus !== "string") issues.push("corpus: expected a string");
  for (const [id, d] of Object.entries(gold.docs)) {
    if (typeof d.file !== "string") issues.push(`docs.${id}: no file`);
    if (d.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.published)) issues.push(`docs.${id}: bad date ${d.published}`);
  }
  const keys = new Set<string>();
  for (const p of gold.projects) {
    if (keys.has(p.key)) issues.push(`duplicate project key ${p.key}`);
    keys.add(p.key);
    strings(p.organisations, `${p.key}.organisations`);
    isAmount(p.amount, `${p.key}.amount`);
    if (p.name !== null && typeof p.name !== "string") issues.push(`${p.key}.name: expected a string or null`);
    if (p.round !== null && typeof p.round !== "string") issues.push(`${p.key}.round: expected a string or null`);
    if (!p.mentions.length) issues.push(`${p.key}: no mentions`);
    p.mentions.forEach((m, i) => {
      const where = `${p.key}.mentions[${i}]`;
      if (!(m.doc in gold.docs)) issues.push(`${where}: unknown doc ${m.doc}`);
      if (m.kind !== "funding" && m.kind !== "reference") issues.push(`${where}: bad kind ${String(m.kind)}`);
      strings(m.organisations, `${where}.organisations`);
      isAmount(m.amount, `${where}.amount`);
      if (m.kind === "reference" && m.amount !== null) issues.push(`${where}: a reference states no amount`);
      if (m.places) strings(m.places, `${where}.places`);
      const text = textOf(m.doc);
      if (text === null) { issues.push(`${where}: no text for ${m.doc}`); return; }
      const at = text.indexOf(m.quote);
      if (!m.quote || at < 0 || text.indexOf(m.quote, at + 1) >= 0) issues.push(`${where}: quote not found exactly once: ${JSON.stringify(m.quote)}`);
      else if (m.quote !== m.quote.trim()) issues.push(`${where}: quote has outer spaces`);
    });
  }
  for (const n of gold.negatives) {
    const text = textOf(n.doc);
    if (text === null || !text.includes(n.quote)) issues.push(`negative in ${n.doc}: quote not found: ${JSON.stringify(n.quote)}`);
    if (!n.why) issues.push(`negative in ${n.doc}: no reason`);
  }
  return issues;
}
