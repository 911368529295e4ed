import { GoldCollector } from "./gold.js";
import { streamCorpus } from "./stream.js";
import type { CorpusOptions, GoldFile, Style } from "./types.js";

/** A generated corpus: the documents, their gold, and how each passage was written. */
export interface GeneratedCorpus {
  documents: Array<{ id: string; text: string }>;
  gold: GoldFile;
  /** Per document its style; per gold mention the template that wrote it (for error analysis). */
  meta: {
    styles: Record<string, Style>;
    templates: Array<{ doc: string; quote: string; template: string; project: string }>;
  };
}

/** Generates a whole corpus in memory (see `streamCorpus` for one document at a time). */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const collector = new GoldCollector(options.corpus ?? "generated");
  const documents: GeneratedCorpus["documents"] = [];
  const meta: GeneratedCorpus["meta"] = { styles: {}, templates: [] };
  for (const doc of streamCorpus(options)) {
    documents.push({ id: doc.id, text: doc.text });
    collector.add(doc);
    meta.styles[doc.id] = doc.style;
    for (const m of doc.mentions) meta.templates.push({ doc: m.doc, quote: m.quote, template: m.template, project: m.project });
  }
  return { documents, gold: collector.file(), meta };
}
