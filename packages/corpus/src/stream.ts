import { DocContext } from "./context.js";
import { buildOrgPool } from "./organisations.js";
import { createRng, mixSeed } from "./prng.js";
import { DEFAULT_STYLE_WEIGHTS, WRITERS } from "./styles/index.js";
import { NAME_SPACE } from "./names.js";
import type { CorpusOptions, GeneratedDocument, Style } from "./types.js";
import { Window, type StreamCounters } from "./world.js";

/** The id of the `n`-th document (from 1): `gen-000001`. */
export const documentId = (n: number, prefix = "gen"): string => `${prefix}-${String(n).padStart(6, "0")}`;

/**
 * Documents one at a time, with their gold: `options.documents` of them, or without end when it
 * is `Infinity`. Holds one window of documents' grants at a time, so a stream of any length runs
 * in bounded memory. The first N documents are the same whatever the total.
 */
export function* streamCorpus(options: CorpusOptions): Generator<GeneratedDocument, void, undefined> {
  const seed = options.seed >>> 0;
  const windowSize = Math.max(1, options.window ?? 200);
  const weights = { ...DEFAULT_STYLE_WEIGHTS, ...options.styles };
  const pool = buildOrgPool(seed, options.register);
  const counters: StreamCounters = { grants: 0, names: 0, nameOffset: createRng(mixSeed(seed, 0xa11)).int(NAME_SPACE) };
  let window: Window | null = null;
  for (let n = 0; n < options.documents; n++) {
    const w = Math.floor(n / windowSize);
    if (!window || window.index !== w) window = new Window(seed, w, pool, counters, w * 20);
    const rng = createRng(mixSeed(seed, 0xd0c, n));
    // the first document of a window announces something, so later ones have grants to restate
    const style: Style = n % windowSize === 0 ? "list-colon" : rng.weighted(weights);
    const ctx = new DocContext(rng, window, pool, n, documentId(n + 1, options.idPrefix), window.startDay + rng.int(20));
    const written = WRITERS[style](ctx) ?? style;
    yield ctx.finish(written);
  }
}
