// Extraction throughput with `count` worker threads on the same text, each taking the next document
// from a shared counter: wall time from "go" to the last "done".
// With `warmBytes`, each worker first extracts that much other text, so the figure is the
// steady state of a long run; the warm-up's own throughput (cold code) is reported beside it.
import { Worker } from "node:worker_threads";

export async function extractThroughput({ seed, bytes, count, compromise = true, warmBytes = 0 }) {
  // the next document to take, shared by the workers
  const counter = new SharedArrayBuffer(4);
  const workers = Array.from({ length: count }, () =>
    new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { seed, bytes, compromise, warmBytes, counter } }));
  const ready = await Promise.all(workers.map((w) => new Promise((res, rej) => { w.once("message", res); w.once("error", rej); })));
  const done = workers.map((w) => new Promise((res, rej) => { w.once("message", res); w.once("error", rej); }));
  const t0 = performance.now(), c0 = process.cpuUsage();
  for (const w of workers) w.postMessage("go");
  const results = await Promise.all(done);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  await Promise.all(workers.map((w) => w.terminate()));
  const total = results.reduce((s, r) => s + r.bytes, 0);
  return {
    workers: count,
    bytes: total,
    docs: results.reduce((s, r) => s + r.docs, 0),
    /** Documents each worker took. */
    perWorkerDocs: results.map((r) => r.docs),
    mentions: results.reduce((s, r) => s + r.mentions, 0),
    seconds,
    mbPerSecond: total / 1e6 / seconds,
    /** CPU of the whole process while extracting (all threads, GC included). */
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    perWorkerSeconds: results.map((r) => r.ms / 1000),
    /** Each worker's warm-up: MB/s of extraction while V8 was still compiling (cold code). */
    warmUp: ready.map((r) => ({ bytes: r.warm.bytes, mbPerSecond: r.warm.ms ? r.warm.bytes / 1e6 / (r.warm.ms / 1000) : null })),
  };
}
