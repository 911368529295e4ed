// A worker thread that extracts its share of the benchmark text: documents i with i % count === index.
// It generates the text first (not timed), extracts `warmBytes` of other generated text (seed + 1)
// so that V8 has compiled the hot code, says "ready" with that warm-up's figures, and on "go"
// extracts its share and reports its time.
import { parentPort, workerData } from "node:worker_threads";
import { benchDocuments } from "./corpus-text.mjs";
import { dist } from "./paths.mjs";

const { extractMentions } = await import(dist("extract"));
const { loadRegister, lookupCache } = await import(dist("pipeline"));
const { seed, bytes, index, count, compromise, warmBytes = 0 } = workerData;

const docs = [];
let mine = 0;
for (const d of benchDocuments(seed, bytes)) {
  if (d.index % count !== index) continue;
  docs.push({ id: d.id, text: d.text });
  mine += d.bytes;
}
const lookupFor = lookupCache(await loadRegister());
let warm = { bytes: 0, ms: 0 };
if (warmBytes > 0) {
  const t0 = performance.now();
  for (const d of benchDocuments(seed + 1, warmBytes)) {
    const s = performance.now();
    extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise });
    warm.ms += performance.now() - s;
    warm.bytes += d.bytes;
  }
  warm.wallMs = performance.now() - t0;
}
parentPort.postMessage({ type: "ready", docs: docs.length, bytes: mine, warm });
parentPort.once("message", () => {
  const t0 = performance.now();
  let mentions = 0;
  for (const doc of docs) mentions += extractMentions(doc, { lookupFor, compromise }).mentions.length;
  parentPort.postMessage({ type: "done", ms: performance.now() - t0, mentions, bytes: mine, docs: docs.length });
});
