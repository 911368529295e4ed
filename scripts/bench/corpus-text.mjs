// The benchmark text: the first `bytes` (UTF-8) of a generated corpus, the same for every reader.
import { readFileSync } from "node:fs";
import { dist, registerPath } from "./paths.mjs";

const { streamCorpus } = await import(dist("corpus"));
let register = null;
export const registerData = () => (register ??= JSON.parse(readFileSync(registerPath, "utf8")));

/** Yields { id, text, bytes, index } until `bytes` of text have been produced (the last document completes it). */
export function* benchDocuments(seed, bytes) {
  let total = 0, index = 0;
  for (const d of streamCorpus({ seed, documents: Infinity, register: registerData() })) {
    if (total >= bytes) return;
    const b = Buffer.byteLength(d.text);
    total += b;
    yield { id: d.id, text: d.text, bytes: b, index: index++ };
  }
}
