import type { Document, Mention, Message, UnattachedAmount } from "@fundtrace/contract";
import { extractMentions, findReferences, indexNames } from "@fundtrace/extract";
import type { AuthorityLookup } from "@fundtrace/organisations";
import type { ExtractionPool } from "./pool.js";

export interface ExtractedCorpus {
  funding: Mention[];
  references: Mention[];
  unattached: UnattachedAmount[];
  messages: Message[];
}

export interface CorpusOptions {
  compromise?: boolean;
  /** Project names known from earlier runs, so new documents can reference them. */
  knownNames?: readonly string[];
  /** Called as each document's extraction finishes: how many are done, of how many. */
  onDocument?: (done: number, total: number) => void;
}

/** Document order: by document id, then position, then id. */
export const byPosition = (a: Mention, b: Mention) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Project names references may name: every funding mention's name that is not also an organisation's. */
export function knownNames(funding: readonly Mention[], earlier: readonly string[] = []): string[] {
  const organisationNames = new Set<string>();
  const names = new Set<string>(earlier);
  for (const m of funding) {
    for (const o of m.organisations) organisationNames.add(o.name.toLowerCase());
    if (m.name) names.add(m.name);
  }
  return [...names].filter((n) => !organisationNames.has(n.toLowerCase())).sort();
}

/**
 * The lists one after another, in a new array: `concat` copies in bulk (`flatMap` is several times
 * slower on a million items), taking the lists a few thousand at a time so no call has too many arguments.
 */
function concat<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const CHUNK = 4096;
  const parts: T[][] = [];
  for (let from = 0; from < lists.length; from += CHUNK) parts.push(([] as T[]).concat(...lists.slice(from, from + CHUNK)));
  return parts.length === 1 ? parts[0]! : ([] as T[]).concat(...parts);
}

/**
 * Extraction over a corpus: funding mentions per document, then reference candidates for every
 * project name any document gives (so a blog naming a project announced elsewhere is read too).
 */
export function extractCorpus(documents: readonly Document[], lookupFor: (date: string | null) => AuthorityLookup, options: CorpusOptions = {}): ExtractedCorpus {
  const extractions = documents.map((d, i) => {
    const extraction = extractMentions(d, { lookupFor, compromise: options.compromise ?? true });
    options.onDocument?.(i + 1, documents.length);
    return extraction;
  });
  const funding = concat(extractions.map((e) => e.mentions)).sort(byPosition);
  const names = indexNames(knownNames(funding, options.knownNames).map((name) => ({ name })));
  const references = concat(extractions.map((e, i) => findReferences(documents[i]!, e.tokenised, names, e.mentions, e.lookup))).sort(byPosition);
  return { funding, references, unattached: concat(extractions.map((e) => e.unattached)), messages: concat(extractions.map((e) => e.messages)) };
}

/** The same as `extractCorpus`, with the documents shared out to a pool of worker threads. */
export async function extractCorpusInPool(documents: readonly Document[], pool: ExtractionPool, options: CorpusOptions = {}): Promise<ExtractedCorpus> {
  let done = 0;
  const extractions = await Promise.all(documents.map(async (d) => {
    const extraction = await pool.extract(d, options.compromise ?? true);
    done++;
    options.onDocument?.(done, documents.length);
    return extraction;
  }));
  const funding = concat(extractions.map((e) => e.mentions)).sort(byPosition);
  await pool.setNames(knownNames(funding, options.knownNames));
  const references = concat(await Promise.all(documents.map((d, i) => pool.references(d, extractions[i]!.mentions)))).sort(byPosition);
  return { funding, references, unattached: concat(extractions.map((e) => e.unattached)), messages: concat(extractions.map((e) => e.messages)) };
}
