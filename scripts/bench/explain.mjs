// Reads the scorer's --explain listing and groups the errors by how the generator wrote each
// passage (its template) and by document style, with an example or two of each.
const SECTIONS = { "-- missed gold mentions": "missed", "-- system mentions matching no gold mention": "spurious", "-- field errors": "fields", "-- projects not exactly right": "projects" };

export function parseExplain(text) {
  const out = { missed: [], spurious: [], fields: [], projects: [] };
  let section = null;
  for (const line of text.split("\n")) {
    if (line in SECTIONS) { section = SECTIONS[line]; continue; }
    if (!section || !line.startsWith("  ")) continue;
    const l = line.slice(2);
    if (section === "missed") {
      const m = /^(\S+) \[(\w+)\] (.*)$/.exec(l);
      if (m) out.missed.push({ doc: m[1], kind: m[2], quote: safeJson(m[3]) });
    } else if (section === "spurious") {
      const m = /^(\S+) (\d+)-(\d+) (.*)$/.exec(l);
      if (m) out.spurious.push({ doc: m[1], start: Number(m[2]), end: Number(m[3]), text: safeJson(m[4]) });
    } else if (section === "fields") {
      const m = /^(\S+) (\w+): gold (.*) got (.*)  at (".*")$/.exec(l);
      if (m) out.fields.push({ doc: m[1], what: m[2], gold: safeJson(m[3]), got: safeJson(m[4]), quote: safeJson(m[5]) });
    } else {
      const m = /^(\S+): (.*)$/.exec(l);
      if (m) out.projects.push({ project: m[1], why: m[2] });
    }
  }
  return out;
}

function safeJson(s) {
  try { return JSON.parse(s); } catch { return s; }
}

const top = (map, n) => [...map.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, n)
  .map(([key, v]) => ({ key, count: v.count, examples: v.examples }));
function tally(items, keyOf, exampleOf, n = 8) {
  const map = new Map();
  for (const it of items) {
    const k = keyOf(it);
    const e = map.get(k) ?? map.set(k, { count: 0, examples: [] }).get(k);
    e.count++;
    if (e.examples.length < 2) e.examples.push(exampleOf(it));
  }
  return top(map, n);
}

/** Error categories: misses and field errors by template, spurious mentions by style, record problems by reason. */
export function categorise(parsed, meta) {
  const template = new Map(meta.templates.map((t) => [`${t.doc}\u0000${t.quote}`, t.template]));
  const templateOf = (doc, quote) => template.get(`${doc}\u0000${quote}`) ?? `${meta.styles[doc] ?? "?"}/?`;
  const clip = (s, n = 110) => (typeof s === "string" && s.length > n ? `${s.slice(0, n)}…` : s);
  return {
    missed: tally(parsed.missed, (m) => templateOf(m.doc, m.quote), (m) => `${m.doc}: ${clip(m.quote)}`),
    spurious: tally(parsed.spurious, (s) => `${meta.styles[s.doc] ?? "?"}${/£|\d(m|bn|k)\b/.test(s.text) ? " (with money)" : " (no money)"}`, (s) => `${s.doc}: ${clip(s.text)}`),
    fields: tally(parsed.fields, (f) => `${f.what} @ ${templateOf(f.doc, f.quote)}`, (f) => `${f.doc}: gold ${JSON.stringify(f.gold)} got ${JSON.stringify(f.got)} at ${clip(f.quote, 90)}`, 12),
    projects: tally(parsed.projects, (p) => p.why, (p) => p.project, 6),
  };
}
