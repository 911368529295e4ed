import { Worker } from "node:worker_threads";
import type { Document, Mention, Message, UnattachedAmount } from "@fundtrace/contract";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

interface Slot {
  worker: Worker;
  busy: number;
  pending: Map<number, Pending>;
  ready: Promise<void>;
}

/** A pool of extraction workers, each with the register loaded once. */
export interface ExtractionPool {
  readonly size: number;
  extract(doc: Document, compromise: boolean): Promise<{ mentions: Mention[]; unattached: UnattachedAmount[]; messages: Message[] }>;
  /** Tells every worker the project names references may name. */
  setNames(names: string[]): Promise<void>;
  references(doc: Document, own: Mention[]): Promise<Mention[]>;
  close(): Promise<void>;
}

/** The worker's compiled module: beside this one in dist, or in dist when this module runs from its TypeScript source. */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith(".ts") ? new URL("../dist/extract-worker.js", here) : new URL("./extract-worker.js", here);
}

/** Starts `size` worker threads for the CPU-bound stages; requests go to the least busy one. */
export function createExtractionPool(size: number): ExtractionPool {
  let next = 0;
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(workerUrl());
    const pending = new Map<number, Pending>();
    let markReady: () => void = () => {};
    let failReady: (e: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => { markReady = resolve; failReady = reject; });
    ready.catch(() => undefined);
    const slot: Slot = { worker, busy: 0, pending, ready };
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "ready") { markReady(); return; }
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      slot.busy--;
      if (reply.type === "error") p.reject(new Error(reply.message));
      else p.resolve(reply);
    });
    const fail = (e: Error) => { failReady(e); for (const p of pending.values()) p.reject(e); pending.clear(); };
    worker.on("error", fail);
    worker.on("exit", (code) => { if (code !== 0) fail(new Error(`extraction worker exited with code ${code}`)); });
    return slot;
  });
  const send = async (slot: Slot, body: RequestBody): Promise<WorkerReply> => {
    await slot.ready;
    const id = next++;
    slot.busy++;
    return new Promise<WorkerReply>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  };
  const leastBusy = () => slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  return {
    size: slots.length,
    async extract(doc, compromise) {
      const r = await send(leastBusy(), { type: "extract", doc, compromise });
      if (r.type !== "extracted") throw new Error(`unexpected reply ${r.type}`);
      return { mentions: r.mentions, unattached: r.unattached, messages: r.messages };
    },
    async setNames(names) {
      await Promise.all(slots.map((s) => send(s, { type: "names", names })));
    },
    async references(doc, own) {
      const r = await send(leastBusy(), { type: "references", doc, own });
      if (r.type !== "references") throw new Error(`unexpected reply ${r.type}`);
      return r.references;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
