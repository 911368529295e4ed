export { tokenise } from "./tokenise.js";
export { K_NUMBER, K_PUNCT, K_SYMBOL, K_WORD, TOKEN_KINDS, TokenTable } from "./tokens.js";
export { B_BOILERPLATE, B_HEADING, B_LIST_ITEM, B_PARAGRAPH, BLOCK_KINDS, BlockTable } from "./layout/block-table.js";
export { SentenceTable } from "./sentences.js";
export type { LineTable } from "./layout/lines.js";
export { blockAt, lineOf, sentenceAt, sentencesIn, tokenAt, tokenRange, tokensIn } from "./lookup.js";
export { BOILERPLATE_RULE_IDS } from "./boilerplate/rule-ids.js";
/** Unicode character classes, one table lookup per BMP character (shared by every stage that reads words). */
export { C_DIGIT, C_LETTER, C_MARK, C_NUMBER, charWidth, classAt } from "./chars.js";
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
