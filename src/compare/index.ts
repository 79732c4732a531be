/**
 * Across articles: near-duplicate detection and related-story linking.
 * See docs/compare.md.
 */
export { articleKeys, textKeys, type ComparableArticle } from './keys';
export {
  fingerprint,
  DEFAULT_PERMUTATIONS,
  DEFAULT_SHINGLE_SIZE,
  type Fingerprint,
  type FingerprintOptions,
} from './fingerprint';
export { estimateSimilarity, estimateJaccard } from './similarity';
export { lshBandKeys, candidateProbability } from './lsh';
export {
  createDuplicateIndex,
  DEFAULT_BANDS,
  DEFAULT_DUPLICATE_THRESHOLD,
  type DuplicateIndex,
  type DuplicateIndexOptions,
  type DuplicateMatch,
} from './duplicate-index';
export { linkRelatedStories, DEFAULT_LINK_THRESHOLD, type LinkableArticle, type LinkOptions, type RelatedLink } from './linking';
export { serializeFingerprint, parseFingerprint, fingerprintToBytes, fingerprintFromBytes } from './serialize';
export { CompareError, COMPARE_ERROR_CODES, type CompareErrorCode } from './errors';
