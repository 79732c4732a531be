/**
 * MinHash signatures: for each of `permutations` hash functions, the least
 * hash over a set. Two signatures agree in a slot with probability equal to
 * the Jaccard similarity of their sets, so the share of agreeing slots
 * estimates it. The hash functions are fixed (seeded from their index), so
 * signatures made anywhere compare.
 */
import { mix32 } from './hash32';

/** Value of a slot when the set is empty: no hash reaches it, and it never matches a real one. */
export const EMPTY_SLOT = 0xffffffff;

const seedCache = new Map<number, Uint32Array>();

/** The seeds of the first `count` hash functions: `h_i(x) = mix32(x ^ seed_i)`. */
function seeds(count: number): Uint32Array {
  let cached = seedCache.get(count);
  if (cached === undefined) {
    cached = new Uint32Array(count);
    for (let i = 0; i < count; i++) cached[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, cached);
  }
  return cached;
}

/**
 * The MinHash signature of a set of 32-bit hashes under `permutations`
 * hash functions. An empty set gives a signature of {@link EMPTY_SLOT}s.
 *
 * @example
 * ```ts
 * const a = minhashSignature(Uint32Array.of(1, 2, 3), 64);
 * a.length; // 64
 * ```
 */
export function minhashSignature(hashes: Uint32Array, permutations: number): Uint32Array {
  const signature = new Uint32Array(permutations).fill(EMPTY_SLOT);
  const seed = seeds(permutations);
  for (let k = 0; k < hashes.length; k++) {
    const value = hashes[k]!;
    for (let i = 0; i < permutations; i++) {
      // mix32 inlined: this loop is where fingerprinting spends its time.
      let x = (value ^ seed[i]!) >>> 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x >>>= 0;
      // A real hash of EMPTY_SLOT is folded one lower, so an empty slot stays recognisable.
      if (x === EMPTY_SLOT) x = EMPTY_SLOT - 1;
      if (x < signature[i]!) signature[i] = x;
    }
  }
  return signature;
}
