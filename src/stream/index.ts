/**
 * Normalisation of text that arrives in pieces: an incremental normaliser and
 * a Web Streams `TransformStream`, both equal to one-shot `normalizeArabic`.
 */
export { createNormalizeStream } from './normalize-stream';
export {
  createIncrementalNormalizer,
  type IncrementalNormalizer,
  type NormalizeStreamOptions,
} from './incremental-normalizer';
