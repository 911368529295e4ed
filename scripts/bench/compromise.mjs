// compromise on the same text as our extraction: nlp(text) with .organizations() and .money(),
// per document, on a `bytes` slice of the benchmark text; and our extraction on that same slice.
import { benchDocuments } from "./corpus-text.mjs";
import { compromiseUrl, dist } from "./paths.mjs";

export async function compareWithCompromise({ seed, bytes, skip = 10e6 }) {
  const { default: nlp } = await import(compromiseUrl);
  const { extractMentions } = await import(dist("extract"));
  const { loadRegister, lookupCache } = await import(dist("pipeline"));
  const lookupFor = lookupCache(await loadRegister());
  // The slice starts `skip` bytes into the benchmark text. Those first documents warm both up
  // (JIT tiers, caches: our extraction needs a few MB to reach full speed): ours on all of
  // them, compromise on the last quarter-slice of them.
  const docs = [], warm = [];
  let seen = 0;
  for (const d of benchDocuments(seed, skip + bytes)) {
    (seen < skip ? warm : docs).push(d);
    seen += d.bytes;
  }
  for (const d of warm) extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise: true });
  let w = 0;
  for (const d of warm.slice().reverse()) {
    if (w > bytes / 4) break;
    w += d.bytes;
    const doc = nlp(d.text);
    doc.organizations().out("array");
    doc.money().out("array");
  }
  const total = docs.reduce((s, d) => s + d.bytes, 0);
  // ours takes well under a second on the slice, compromise a minute: ours runs once before
  // compromise and twice after, and keeps its best, so one slow second does not make the ratio
  let mentions = 0;
  const ours = () => {
    const t0 = performance.now();
    mentions = 0;
    for (const d of docs) mentions += extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise: true }).mentions.length;
    return (performance.now() - t0) / 1000;
  };
  const oRuns = [ours()];
  const t0 = performance.now();
  let found = 0;
  for (const d of docs) {
    const doc = nlp(d.text);
    found += doc.organizations().out("array").length + doc.money().out("array").length;
  }
  const cSeconds = (performance.now() - t0) / 1000;
  oRuns.push(ours(), ours());
  const oSeconds = Math.min(...oRuns);
  return {
    bytes: total, docs: docs.length, offset: warm.reduce((s, d) => s + d.bytes, 0),
    compromise: { seconds: cSeconds, mbPerSecond: total / 1e6 / cSeconds, found },
    ours: { seconds: oSeconds, mbPerSecond: total / 1e6 / oSeconds, mentions, runs: oRuns.map((s) => total / 1e6 / s) },
  };
}
