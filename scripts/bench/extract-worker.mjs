// A worker thread that extracts its share of the benchmark text. Every worker generates all the
// documents first (not timed), extracts `warmBytes` of other generated text (seed + 1) so that V8
// has compiled the hot code, and says "ready" with that warm-up's figures. On "go" the workers
// take documents in turn from one shared counter, as the pipeline's pool hands each document to
// the least busy worker, so none waits on another's slower share; each reports its time.
import { parentPort, workerData } from "node:worker_threads";
import { benchDocuments } from "./corpus-text.mjs";
import { dist } from "./paths.mjs";

const { extractMentions } = await import(dist("extract"));
const { loadRegister, lookupCache } = await import(dist("pipeline"));
const { seed, bytes, compromise, warmBytes = 0, counter } = workerData;
const taken = new Int32Array(counter);

const docs = [];
let total = 0;
for (const d of benchDocuments(seed, bytes)) {
  docs.push({ id: d.id, text: d.text, bytes: d.bytes });
  total += d.bytes;
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
parentPort.postMessage({ type: "ready", docs: docs.length, bytes: total, warm });
parentPort.once("message", () => {
  const t0 = performance.now();
  let mentions = 0, mine = 0, count = 0;
  for (let k = Atomics.add(taken, 0, 1); k < docs.length; k = Atomics.add(taken, 0, 1)) {
    const doc = docs[k];
    mentions += extractMentions({ id: doc.id, text: doc.text }, { lookupFor, compromise }).mentions.length;
    mine += doc.bytes;
    count++;
  }
  parentPort.postMessage({ type: "done", ms: performance.now() - t0, mentions, bytes: mine, docs: count });
});
