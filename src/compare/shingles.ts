/**
 * Word shingles: every run of `size` consecutive word keys, hashed to 32
 * bits, duplicates removed. Word order inside a shingle counts, so two texts
 * sharing many words but few phrases share few shingles.
 */
import { combine, hashString } from './hash32';

/**
 * The distinct 32-bit hashes of the word `size`-shingles of `keys`, in
 * ascending order. A text shorter than `size` words is one shingle of all
 * its words; no words give no shingles.
 *
 * @example
 * ```ts
 * shingleHashes(['وصل', 'الوفد', 'الي', 'الرياض'], 3).length; // 2
 * shingleHashes([], 3).length; // 0
 * ```
 */
export function shingleHashes(keys: readonly string[], size: number): Uint32Array {
  if (keys.length === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(keys.length);
  for (let k = 0; k < keys.length; k++) wordHashes[k] = hashString(keys[k]!);
  const count = Math.max(1, keys.length - size + 1);
  const width = Math.min(size, keys.length);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = width;
    for (let k = start; k < start + width; k++) hash = combine(hash, wordHashes[k]!);
    hashes[start] = hash;
  }
  // Sorting a typed array and dropping repeats costs less than a Set of numbers.
  hashes.sort();
  let distinct = 0;
  for (let k = 0; k < count; k++) if (k === 0 || hashes[k] !== hashes[k - 1]) hashes[distinct++] = hashes[k]!;
  return hashes.slice(0, distinct);
}
