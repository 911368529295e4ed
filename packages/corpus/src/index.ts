export { generateCorpus, type GeneratedCorpus } from "./generate.js";
export { streamCorpus, documentId } from "./stream.js";
export { GoldCollector, checkGold } from "./gold.js";
export { createRng, mixSeed, type Rng } from "./prng.js";
export { DEFAULT_STYLE_WEIGHTS } from "./styles/index.js";
export { NAME_SPACE } from "./names.js";
export { STYLES } from "./types.js";
export type {
  CorpusOptions,
  DraftMention,
  GeneratedDocument,
  GoldAmount,
  GoldFile,
  GoldMention,
  GoldNegative,
  GoldProject,
  GoldQualifier,
  ProjectTruth,
  Style,
} from "./types.js";
