/**
 * Tokenizer options: a preset (`search` or `lucene`), stemming, stop words, lower case and
 * every normalisation option, resolved into one complete object.
 */
import { NormalizeOptionsError } from '../normalize/errors';
import {
  NORMALIZE_OPTION_NAMES,
  type NormalizeOptionName,
  type NormalizeOptions,
  type ResolvedNormalizeOptions,
} from '../normalize/option-values';
import { resolveNormalizeOptions } from '../normalize/presets';

/**
 * The tokenizer presets: `search` (khabar's `search` normalisation of each token, lower case,
 * no stemming: the default) and `lucene` (Lucene 8's `ArabicAnalyzer` with no stop words:
 * lower case, decimal digits to ASCII, `ArabicNormalizationFilter`, `ArabicStemFilter`).
 *
 * @example
 * ```ts
 * TOKENIZE_PRESETS; // ['search', 'lucene']
 * ```
 */
export const TOKENIZE_PRESETS = ['search', 'lucene'] as const;

/**
 * One of {@link TOKENIZE_PRESETS}.
 *
 * @example
 * ```ts
 * const preset: TokenizePreset = 'lucene';
 * tokenize('والكتاب', preset)[0]!.key; // 'كتاب'
 * ```
 */
export type TokenizePreset = (typeof TOKENIZE_PRESETS)[number];

/**
 * Stemming of keys: `none`, or `light` (Lucene's ArabicStemmer: the article and conjunction
 * prefixes ال وال بال كال فال لل و and the suffixes ها ان ات ون ين يه ية ه ة ي).
 *
 * @example
 * ```ts
 * const stem: TokenizeStem = 'light';
 * ```
 */
export type TokenizeStem = 'none' | 'light';

/**
 * Options of {@link tokenize} and {@link createTokenizer}: a preset, then overrides. Every
 * normalisation option ({@link NormalizeOptions}) may be set too; it changes how keys are
 * normalised, starting from the preset's normalisation (`search`, or `lucene`).
 *
 * @example
 * ```ts
 * const options: TokenizeOptions = { preset: 'search', stem: 'light', stopWords: ['في', 'من'] };
 * tokenize('في المدارس', options).map((token) => token.key); // ['مدارس']
 * ```
 */
export interface TokenizeOptions extends Omit<NormalizeOptions, 'preset'> {
  /** Base preset; default `search`. */
  preset?: TokenizePreset;
  /** Stemming of keys: `search` default `none`, `lucene` default `light`. */
  stem?: TokenizeStem;
  /** Words whose tokens are dropped: each is turned into a key the same way and matched on keys. */
  stopWords?: Iterable<string>;
  /** Lower-case each code point before normalising (Java's simple lower case, as Lucene). Default `true`. */
  lowercase?: boolean;
}

/**
 * Options with everything decided.
 *
 * @example
 * ```ts
 * createTokenizer('lucene').options.stem; // 'light'
 * ```
 */
export interface ResolvedTokenizeOptions {
  /** The base preset. */
  readonly preset: TokenizePreset;
  /** Stemming of keys. */
  readonly stem: TokenizeStem;
  /** Whether keys are lower-cased. */
  readonly lowercase: boolean;
  /** Whether every decimal digit becomes its ASCII digit before normalising (the `lucene` preset). */
  readonly foldDigits: boolean;
  /** The stop words as given. */
  readonly stopWords: readonly string[];
  /** How keys are normalised. */
  readonly normalize: Readonly<ResolvedNormalizeOptions>;
  /** Whether this is exactly Lucene's chain (the `lucene` preset with no normalisation overrides). */
  readonly exactLucene: boolean;
}

const TOKENIZER_KEYS = ['preset', 'stem', 'stopWords', 'lowercase'];

function invalid(name: string, allowed: readonly string[], value: unknown): NormalizeOptionsError {
  return new NormalizeOptionsError(
    'invalid-value',
    [name],
    allowed,
    `Invalid value ${JSON.stringify(value) ?? String(value)} for tokenizer option "${name}"; allowed: ${allowed.join(', ')}`,
  );
}

/**
 * Resolves a preset name or options object. Throws {@link NormalizeOptionsError} on an unknown
 * option or a bad value.
 *
 * @example
 * ```ts
 * resolveTokenizeOptions({ preset: 'lucene', stem: 'none' }).foldDigits; // true
 * ```
 */
export function resolveTokenizeOptions(options?: TokenizePreset | TokenizeOptions): ResolvedTokenizeOptions {
  const given: TokenizeOptions =
    options === undefined ? {} : typeof options === 'string' ? { preset: options } : options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new NormalizeOptionsError(
      'invalid-options',
      [],
      ['a preset name', 'an options object'],
      `Tokenizer options must be a preset name (${TOKENIZE_PRESETS.join(', ')}) or an options object`,
    );
  }
  const known = [...TOKENIZER_KEYS, ...NORMALIZE_OPTION_NAMES];
  const overrides: NormalizeOptions = {};
  for (const key of Object.keys(given)) {
    const value = (given as Record<string, unknown>)[key];
    if (!known.includes(key)) {
      throw new NormalizeOptionsError('unknown-option', [key], known, `Unknown tokenizer option "${key}"; known options: ${known.join(', ')}`);
    }
    if (value !== undefined && !TOKENIZER_KEYS.includes(key)) {
      (overrides as Record<string, unknown>)[key] = value;
    }
  }
  const preset = given.preset ?? 'search';
  if (!(TOKENIZE_PRESETS as readonly string[]).includes(preset)) throw invalid('preset', TOKENIZE_PRESETS, preset);
  const stem = given.stem ?? (preset === 'lucene' ? 'light' : 'none');
  if (stem !== 'none' && stem !== 'light') throw invalid('stem', ['none', 'light'], stem);
  const lowercase = given.lowercase ?? true;
  if (typeof lowercase !== 'boolean') throw invalid('lowercase', ['true', 'false'], lowercase);
  const stopWords: string[] = [];
  if (given.stopWords !== undefined) {
    const words = given.stopWords as unknown;
    if (typeof words === 'string' || typeof (words as Iterable<unknown>)?.[Symbol.iterator] !== 'function') {
      throw invalid('stopWords', ['an iterable of strings'], words);
    }
    for (const word of words as Iterable<unknown>) {
      if (typeof word !== 'string') throw invalid('stopWords', ['an iterable of strings'], word);
      stopWords.push(word);
    }
  }
  const overridden = Object.keys(overrides) as NormalizeOptionName[];
  const normalize = resolveNormalizeOptions({ ...overrides, preset });
  return {
    preset,
    stem,
    lowercase,
    foldDigits: preset === 'lucene',
    stopWords,
    normalize,
    exactLucene: preset === 'lucene' && overridden.length === 0 && lowercase,
  };
}
