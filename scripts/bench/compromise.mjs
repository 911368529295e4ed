// compromise on the same text as our extraction: nlp(text) with .organizations() and .money(),
// per document, on the first `bytes` of the benchmark corpus; and our extraction on that same slice.
import { benchDocuments } from "./corpus-text.mjs";
import { compromiseUrl, dist } from "./paths.mjs";

export async function compareWithCompromise({ seed, bytes }) {
  const { default: nlp } = await import(compromiseUrl);
  const { extractMentions } = await import(dist("extract"));
  const { loadRegister, lookupCache } = await import(dist("pipeline"));
  const lookupFor = lookupCache(await loadRegister());
  const docs = [...benchDocuments(seed, bytes)];
  const total = docs.reduce((s, d) => s + d.bytes, 0);
  // warm both up (JIT tiers, caches) on other text of the same kind first (another seed): ours on
  // as much text as the slice (it takes a few MB to reach full speed), compromise on a quarter
  for (const d of benchDocuments(seed + 1, bytes)) extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise: true });
  for (const d of benchDocuments(seed + 1, bytes / 4)) {
    const doc = nlp(d.text);
    doc.organizations().out("array");
    doc.money().out("array");
  }
  let t0 = performance.now();
  let found = 0;
  for (const d of docs) {
    const doc = nlp(d.text);
    found += doc.organizations().out("array").length + doc.money().out("array").length;
  }
  const cSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  let mentions = 0;
  for (const d of docs) mentions += extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise: true }).mentions.length;
  const oSeconds = (performance.now() - t0) / 1000;
  return {
    bytes: total, docs: docs.length,
    compromise: { seconds: cSeconds, mbPerSecond: total / 1e6 / cSeconds, found },
    ours: { seconds: oSeconds, mbPerSecond: total / 1e6 / oSeconds, mentions },
  };
}
