// What the machine itself gives several threads at this moment, as total loops per second of
// `count` worker threads at once: "compute", an integer loop that stays in L1 (two vCPUs placed on
// one physical core by the host show here), and "memory", dependent random reads over 16 MB per
// thread (a shared cache or memory bus shows here). Run beside the extraction throughput, the
// ratio of all threads to one says how much of the workers' scaling the machine allowed.
import { Worker } from "node:worker_threads";

const LOOP = `
const { parentPort, workerData } = require("node:worker_threads");
const next = new Int32Array(workerData.kernel === "memory" ? 1 << 22 : 1);
// one random cycle through every slot, so each read depends on the last
for (let k = 0; k < next.length; k++) next[k] = k;
for (let k = next.length - 1; k > 0; k--) { const r = Math.floor(Math.random() * k); const t = next[k]; next[k] = next[r]; next[r] = t; }
parentPort.once("message", () => {
  const end = performance.now() + workerData.ms;
  let loops = 0, h = 0x811c9dc5, at = 0;
  while (performance.now() < end) {
    if (workerData.kernel === "memory") for (let k = 0; k < 20000; k++) at = next[at];
    else for (let k = 0; k < 100000; k++) h = Math.imul(h ^ k, 0x01000193) >>> 0;
    loops++;
  }
  parentPort.postMessage({ loops, h: h + at });
});
parentPort.postMessage("ready");
`;

/** Loops per second of `count` threads running the `kernel` loop together for `ms` milliseconds. */
export async function loopRate(count, kernel, ms = 1500) {
  const workers = Array.from({ length: count }, () => new Worker(LOOP, { eval: true, workerData: { ms, kernel } }));
  await Promise.all(workers.map((w) => new Promise((res, rej) => { w.once("message", res); w.once("error", rej); })));
  const done = workers.map((w) => new Promise((res, rej) => { w.once("message", res); w.once("error", rej); }));
  for (const w of workers) w.postMessage("go");
  const results = await Promise.all(done);
  await Promise.all(workers.map((w) => w.terminate()));
  return results.reduce((s, r) => s + r.loops, 0) / (ms / 1000);
}

/** The machine's scaling now, per kernel: loop rate of `count` threads over one thread's. */
export async function capacity(count, ms = 1500) {
  const out = { threads: count };
  for (const kernel of ["compute", "memory"]) {
    const one = await loopRate(1, kernel, ms);
    const all = await loopRate(count, kernel, ms);
    out[kernel] = all / one;
  }
  return out;
}
