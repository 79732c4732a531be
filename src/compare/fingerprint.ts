/**
 * The fingerprint of an article: the MinHash signature of its word shingles
 * (keys under the `search` normalisation) and the number of distinct
 * shingles, which lets a comparison estimate containment as well as Jaccard.
 */
import { describeValue } from '../normalize/read-options';
import { CompareError } from './errors';
import { checkOptionKeys } from './options';
import { articleKeys, type ComparableArticle } from './keys';
import { minhashSignature } from './minhash';
import { shingleHashes } from './shingles';

/**
 * A compact summary of an article's text: compare two with
 * {@link estimateSimilarity}, store one with {@link serializeFingerprint}.
 *
 * @example
 * ```ts
 * const print: Fingerprint = fingerprint('نص الخبر كما نشر');
 * print.minhashes.length; // 64
 * ```
 */
export interface Fingerprint {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** Distinct shingles in the text (0 for a text without words). */
  readonly shingles: number;
  /** One least hash per permutation. */
  readonly minhashes: Uint32Array;
}

/**
 * How fingerprints are made. Fingerprints compare only with fingerprints
 * made with the same values.
 *
 * @example
 * ```ts
 * const options: FingerprintOptions = { shingleSize: 3, permutations: 64 };
 * ```
 */
export interface FingerprintOptions {
  /** Words per shingle, 1–16 (default {@link DEFAULT_SHINGLE_SIZE}). */
  shingleSize?: number;
  /** MinHash permutations, 8–1024 (default {@link DEFAULT_PERMUTATIONS}). */
  permutations?: number;
}

/**
 * Default words per shingle: 3, chosen by measurement (docs/compare.md).
 *
 * @example
 * ```ts
 * fingerprint('نص').shingleSize === DEFAULT_SHINGLE_SIZE; // true
 * ```
 */
export const DEFAULT_SHINGLE_SIZE = 3;

/**
 * Default MinHash permutations: 64, chosen by measurement (docs/compare.md).
 *
 * @example
 * ```ts
 * fingerprint('نص').minhashes.length === DEFAULT_PERMUTATIONS; // true
 * ```
 */
export const DEFAULT_PERMUTATIONS = 64;

/** Fingerprint options with every value present. */
export type ResolvedFingerprintOptions = Required<FingerprintOptions>;

function integerIn(value: unknown, name: string, low: number, high: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    throw new CompareError('invalid-options', `${name} must be a whole number from ${low} to ${high}, got ${describeValue(value)}`);
  }
  return value;
}

/** Checks fingerprint options and fills in the defaults. */
export function resolveFingerprintOptions(options: FingerprintOptions | undefined): ResolvedFingerprintOptions {
  if (options === undefined) return { shingleSize: DEFAULT_SHINGLE_SIZE, permutations: DEFAULT_PERMUTATIONS };
  checkOptionKeys(options, ['shingleSize', 'permutations'], 'fingerprint');
  return {
    shingleSize: options.shingleSize === undefined ? DEFAULT_SHINGLE_SIZE : integerIn(options.shingleSize, 'shingleSize', 1, 16),
    permutations: options.permutations === undefined ? DEFAULT_PERMUTATIONS : integerIn(options.permutations, 'permutations', 8, 1024),
  };
}

/** Throws `invalid-article` unless `article` is a string or has a string title and string paragraphs. */
export function checkArticle(article: unknown): asserts article is ComparableArticle | string {
  if (typeof article === 'string') return;
  const record = article as Partial<ComparableArticle> | null;
  const valid =
    typeof record === 'object' &&
    record !== null &&
    typeof record.title === 'string' &&
    Array.isArray(record.paragraphs) &&
    record.paragraphs.every((paragraph) => typeof paragraph === 'string') &&
    (record.caption === undefined || record.caption === null || typeof record.caption === 'string');
  if (!valid) throw new CompareError('invalid-article', 'an article must be a string or an object with a string title and string paragraphs');
}

/** The fingerprint of already resolved options; the index calls this in its loop. */
export function fingerprintResolved(article: ComparableArticle | string, options: ResolvedFingerprintOptions): Fingerprint {
  checkArticle(article);
  const hashes = shingleHashes(articleKeys(article), options.shingleSize);
  return { shingleSize: options.shingleSize, shingles: hashes.length, minhashes: minhashSignature(hashes, options.permutations) };
}

/**
 * The fingerprint of an article (a parsed record or a plain string): the
 * MinHash signature of its word shingles, the words being keys under the
 * `search` normalisation, read over title, caption and paragraphs in order.
 *
 * @example
 * ```ts
 * const a = fingerprint({ title: 'وصول الوفد', caption: null, paragraphs: ['وصل الوفدُ إلى الرياضِ صباح اليوم.'] });
 * const b = fingerprint({ title: 'وصول الوفد', caption: null, paragraphs: ['وصل الوفد الى الرياض صباح اليوم'] });
 * estimateSimilarity(a, b); // 1
 * ```
 */
export function fingerprint(article: ComparableArticle | string, options?: FingerprintOptions): Fingerprint {
  return fingerprintResolved(article, resolveFingerprintOptions(options));
}
