/**
 * Codes of {@link CompareError}, a closed list:
 *
 * - `invalid-options`: an option of {@link fingerprint}, {@link createDuplicateIndex} or
 *   {@link linkRelatedStories} is unknown or out of range.
 * - `invalid-article`: the article is neither a string nor an object with a string `title`
 *   and an array of string `paragraphs` (or, for linking, lacks a valid `related` array), or
 *   an id is not a string.
 * - `incompatible-fingerprints`: two fingerprints made with different shingle sizes or
 *   permutation counts, which cannot be compared.
 * - `invalid-fingerprint`: a serialised fingerprint that is damaged or of an unknown version.
 * - `duplicate-id`: an id added to a duplicate index twice, or twice in one collection.
 *
 * @example
 * ```ts
 * const code: CompareErrorCode = 'duplicate-id';
 * ```
 */
export type CompareErrorCode = 'invalid-options' | 'invalid-article' | 'incompatible-fingerprints' | 'invalid-fingerprint' | 'duplicate-id';

/**
 * Every {@link CompareErrorCode}, for documentation and exhaustive tests.
 *
 * @example
 * ```ts
 * COMPARE_ERROR_CODES.includes('invalid-fingerprint'); // true
 * ```
 */
export const COMPARE_ERROR_CODES: readonly CompareErrorCode[] = [
  'invalid-options',
  'invalid-article',
  'incompatible-fingerprints',
  'invalid-fingerprint',
  'duplicate-id',
];

/**
 * Thrown by the comparison functions (fingerprints, the duplicate index,
 * related-story linking) on input they cannot use; `code` says which case.
 *
 * @example
 * ```ts
 * try {
 *   parseFingerprint('not a fingerprint');
 * } catch (error) {
 *   if (error instanceof CompareError) error.code; // 'invalid-fingerprint'
 * }
 * ```
 */
export class CompareError extends TypeError {
  /** What is wrong; see {@link CompareErrorCode}. */
  readonly code: CompareErrorCode;

  constructor(code: CompareErrorCode, message: string) {
    super(message);
    this.name = 'CompareError';
    this.code = code;
  }
}
