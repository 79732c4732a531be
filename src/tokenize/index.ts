/**
 * Tokens with search keys and source offsets: an Arabic analyzer for JavaScript search
 * engines that gives Lucene's terms. See docs/search.md.
 */
export { tokenize, createTokenizer, type Token, type Tokenizer } from './tokenizer';
export { TOKEN_KINDS, type TokenKind } from './kinds';
export {
  TOKENIZE_PRESETS,
  resolveTokenizeOptions,
  type TokenizeOptions,
  type TokenizePreset,
  type TokenizeStem,
  type ResolvedTokenizeOptions,
} from './options';
export { lightStem } from './stemmer';
