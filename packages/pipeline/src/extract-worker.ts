import { parentPort } from "node:worker_threads";
import type { Document, Mention } from "@fundtrace/contract";
import { extractMentions, findReferences, indexNames, type NameIndex } from "@fundtrace/extract";
import { tokenise } from "@fundtrace/tokeniser";
import { loadRegister, lookupCache } from "./register.js";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

// A worker of the extraction pool: loads the register once, then extracts documents and finds
// references on request. Replies carry no text, only what the composer keeps.
const port = parentPort;
if (!port) throw new Error("extract-worker must run in a worker thread");
const lookupFor = lookupCache(await loadRegister());
let known: NameIndex = indexNames([]);

port.on("message", (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (req.type === "names") { known = indexNames(req.names.map((name) => ({ name }))); reply = { type: "ok", id: req.id }; }
    else if (req.type === "extract") {
      const e = extractMentions(req.doc, { lookupFor, compromise: req.compromise });
      reply = { type: "extracted", id: req.id, mentions: e.mentions, unattached: e.unattached, messages: e.messages };
    } else {
      const doc: Document = req.doc;
      const own: Mention[] = req.own;
      const e = extractMentions(doc, { lookupFor, compromise: false }, tokenise(doc.text));
      reply = { type: "references", id: req.id, references: findReferences(doc, e.tokenised, known, own, e.lookup) };
    }
  } catch (error) {
    reply = { type: "error", id: req.id, message: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ type: "ready", id: -1 } satisfies WorkerReply);
