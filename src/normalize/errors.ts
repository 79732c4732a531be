/**
 * Codes of {@link NormalizeOptionsError}, a closed list:
 *
 * - `unknown-option`: a key that is not a normalisation option.
 * - `invalid-value`: a known option (or `preset`) with a value outside its allowed list.
 * - `invalid-options`: the options argument is neither a preset name nor a plain object.
 *
 * @example
 * ```ts
 * const code: NormalizeOptionsErrorCode = 'invalid-value';
 * ```
 */
export type NormalizeOptionsErrorCode = 'unknown-option' | 'invalid-value' | 'invalid-options';

/**
 * Every {@link NormalizeOptionsErrorCode}, for documentation and exhaustive tests.
 *
 * @example
 * ```ts
 * NORMALIZE_OPTIONS_ERROR_CODES.includes('unknown-option'); // true
 * ```
 */
export const NORMALIZE_OPTIONS_ERROR_CODES: readonly NormalizeOptionsErrorCode[] = [
  'unknown-option',
  'invalid-value',
  'invalid-options',
];

/**
 * Thrown when normalisation options are invalid: an unknown key, a value
 * outside the allowed list, or an argument of the wrong type.
 *
 * @example
 * ```ts
 * try {
 *   normalizeArabic('نص', { digits: 'roman' } as never);
 * } catch (error) {
 *   if (error instanceof NormalizeOptionsError) {
 *     error.code; // 'invalid-value'
 *     error.path; // ['digits']
 *     error.allowed; // ['keep', 'western', 'arabic-indic', 'persian']
 *   }
 * }
 * ```
 */
export class NormalizeOptionsError extends TypeError {
  /** What is wrong; see {@link NormalizeOptionsErrorCode}. */
  readonly code: NormalizeOptionsErrorCode;
  /** Where: the option name (empty for the whole argument). */
  readonly path: readonly string[];
  /** The allowed option names or values. */
  readonly allowed: readonly string[];

  constructor(code: NormalizeOptionsErrorCode, path: readonly string[], allowed: readonly string[], message: string) {
    super(message);
    this.name = 'NormalizeOptionsError';
    this.code = code;
    this.path = path;
    this.allowed = allowed;
  }
}
