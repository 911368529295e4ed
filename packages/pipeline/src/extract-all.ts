import type { Document, Mention, Message, UnattachedAmount } from "@fundtrace/contract";
import { extractMentions, findReferences, type Extraction } from "@fundtrace/extract";
import type { AuthorityLookup } from "@fundtrace/organisations";

export interface ExtractedCorpus {
  extractions: Extraction[];
  funding: Mention[];
  references: Mention[];
  unattached: UnattachedAmount[];
  messages: Message[];
}

const byPosition = (a: Mention, b: Mention) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Extraction over a corpus: funding mentions per document, then reference candidates for every
 * project name any document gives (so a blog naming a project announced elsewhere is read too).
 * `knownNames` adds names from earlier runs.
 */
export function extractCorpus(documents: readonly Document[], lookupFor: (date: string | null) => AuthorityLookup, options: { compromise?: boolean; knownNames?: readonly string[] } = {}): ExtractedCorpus {
  const extractions = documents.map((d) => extractMentions(d, { lookupFor, compromise: options.compromise ?? true }));
  const funding = extractions.flatMap((e) => e.mentions).sort(byPosition);
  const organisationNames = new Set(funding.flatMap((m) => m.organisations.map((o) => o.name.toLowerCase())));
  const names = [...new Set([...(options.knownNames ?? []), ...funding.map((m) => m.name).filter((n): n is string => Boolean(n))])]
    .filter((n) => !organisationNames.has(n.toLowerCase()))
    .sort()
    .map((name) => ({ name }));
  const references = extractions.flatMap((e, i) => {
    const doc = documents[i]!;
    return findReferences(doc, e.tokenised, names, e.mentions, e.lookup);
  }).sort(byPosition);
  return {
    extractions,
    funding,
    references,
    unattached: extractions.flatMap((e) => e.unattached),
    messages: extractions.flatMap((e) => e.messages),
  };
}
