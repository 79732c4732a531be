/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut
 * into `bands` runs of `rows` slots, and each run hashed to one band key.
 * Two articles with Jaccard similarity J share at least one band key with
 * probability 1 − (1 − J^rows)^bands, so band keys find candidate pairs
 * without comparing every pair, here or as join keys in a data engine.
 */
import { describeValue } from '../normalize/read-options';
import { CompareError } from './errors';
import type { Fingerprint } from './fingerprint';
import { combine } from './hash32';
import { EMPTY_SLOT } from './minhash';

/** Rows per band for a signature of `permutations` slots cut into `bands` bands. */
export function rowsPerBand(permutations: number, bands: number): number {
  if (!Number.isInteger(bands) || bands < 1 || bands > permutations) {
    throw new CompareError('invalid-options', `bands must be a whole number from 1 to the number of permutations (${permutations}), got ${describeValue(bands)}`);
  }
  return Math.floor(permutations / bands);
}

/**
 * The numeric key of each band of a signature, or `undefined` for a band of
 * empty slots (a text without words), which must match nothing.
 */
export function bandHashes(minhashes: Uint32Array, bands: number, rows: number): Array<number | undefined> {
  const keys: Array<number | undefined> = new Array<number | undefined>(bands);
  for (let band = 0; band < bands; band++) {
    let hash = band + 1;
    let empty = true;
    for (let row = band * rows; row < (band + 1) * rows; row++) {
      const value = minhashes[row]!;
      if (value !== EMPTY_SLOT) empty = false;
      hash = combine(hash, value);
    }
    keys[band] = empty ? undefined : hash;
  }
  return keys;
}

/**
 * The LSH band keys of a fingerprint as strings, `band:hash` in hex: two
 * fingerprints that share a key are a candidate pair. Use them as join keys
 * when an engine (Spark, a database) finds the pairs: self-join on the key,
 * then keep the pairs whose {@link estimateSimilarity} reaches the threshold.
 * A fingerprint of a text without words has no keys.
 *
 * @example
 * ```ts
 * const keys = lshBandKeys(fingerprint('نص الخبر كما نشر في الصحيفة'), 32);
 * keys.length; // 32
 * keys[0]; // '0:…' (band 0, then eight hex digits)
 * ```
 */
export function lshBandKeys(print: Fingerprint, bands: number): string[] {
  const rows = rowsPerBand(print.minhashes.length, bands);
  const keys: string[] = [];
  bandHashes(print.minhashes, bands, rows).forEach((hash, band) => {
    if (hash !== undefined) keys.push(`${band}:${hash.toString(16).padStart(8, '0')}`);
  });
  return keys;
}

/**
 * The probability that two articles with Jaccard similarity `jaccard` share
 * at least one band key: 1 − (1 − J^rows)^bands.
 *
 * @example
 * ```ts
 * candidateProbability(0.5, 32, 2); // ≈ 0.9999
 * ```
 */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}
