export { extractCorpus, type ExtractedCorpus } from "./extract-all.js";
export { loadRegister, authorityLookup, lookupCache } from "./register.js";
export { decodeBytes, type Decoded } from "./decode.js";
export { loadInput, expandInputs, documentIdOf, type LoadedInput } from "./inputs.js";
