export { runPipeline, runPipelineConcurrently, type PipelineOptions, type PipelineResult } from "./run.js";
export { runFiles, type RunFilesOptions, type RunFilesResult } from "./files.js";
export { extractCorpus, extractCorpusInPool, knownNames, type ExtractedCorpus, type CorpusOptions } from "./extract-all.js";
export { createExtractionPool, type ExtractionPool } from "./pool.js";
export { loadRegister, authorityLookup, lookupCache } from "./register.js";
export { decodeBytes, type Decoded } from "./decode.js";
export { loadInput, expandInputs, documentIdOf, MAX_INPUT_BYTES, type LoadedInput } from "./inputs.js";
export { htmlToText, isHtml, type HtmlText, type ToSource } from "./html.js";
export { mapSpan, mapMentionSpans, mapResultToSource } from "./source-spans.js";
