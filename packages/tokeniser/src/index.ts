export { tokenise } from "./tokenise.js";
export { blockAt, lineOf, sentenceAt, sentencesIn, tokenAt, tokenRange, tokensIn } from "./lookup.js";
export { BOILERPLATE_RULE_IDS } from "./boilerplate/rule-ids.js";
export type {
  Block,
  BlockKind,
  BlockLayout,
  Boilerplate,
  Sentence,
  Span,
  Token,
  TokenKind,
  Tokenised,
  TokeniseOptions,
} from "./types.js";
