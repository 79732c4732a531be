/**
 * MinHash LSH as datasketch (the Python library) does it, in JavaScript, as
 * the baseline of bench/compare.ts: datasketch cannot be installed here (no
 * PyPI, no Debian package), so this follows its source step by step.
 *
 * - `MinHash(num_perm=128, seed=1)`: each item is hashed with `sha1_hash32`
 *   (the first 4 bytes of its SHA-1, little-endian); permutation i maps a hash
 *   `hv` to `((a_i * hv + b_i) mod 2^64) mod (2^61 − 1)`, keeping the low 32
 *   bits (numpy's uint64 arithmetic wraps, then `% _mersenne_prime`, then
 *   `& _max_hash`); each slot keeps the least value, starting at 2^32 − 1.
 *   The a_i are drawn from [1, p) and the b_i from [0, p) with a seeded
 *   generator of our own (datasketch uses numpy's RandomState(1)), which
 *   changes which permutations are used, not how they behave.
 * - `MinHashLSH(threshold=0.8, num_perm=128)`: bands b and rows r chosen by
 *   datasketch's `_optimal_param` (least 0.5·false-positive + 0.5·false-negative
 *   area, b·r ≤ 128), one dictionary per band keyed by the band's slot values;
 *   `query` returns every key that shares a band, with no similarity check.
 * - Items: word 5-shingles of the raw text (`text.split()`, five words joined
 *   by a space, UTF-8), the usual way datasketch is fed documents.
 */
import { createHash } from 'node:crypto';

/** datasketch's `sha1_hash32`: the first 4 bytes of SHA-1, little-endian. */
export function sha1Hash32(item: string): number {
  return createHash('sha1').update(item, 'utf8').digest().readUInt32LE(0);
}

/** High 32 bits of the 64-bit product of two unsigned 32-bit numbers. */
function mulHigh32(x: number, y: number): number {
  const xl = x & 0xffff;
  const xh = x >>> 16;
  const yl = y & 0xffff;
  const yh = y >>> 16;
  const lh = xl * yh;
  const hl = xh * yl;
  const middle = ((xl * yl) >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (xh * yh + (lh >>> 16) + (hl >>> 16) + Math.floor(middle / 65536)) >>> 0;
}

/**
 * Low 32 bits of `((a·hv + b) mod 2^64) mod (2^61 − 1)`, with a = aHi·2^32 + aLo
 * and b = bHi·2^32 + bLo below 2^61, and hv below 2^32: numpy's arithmetic, exactly.
 */
export function permute(aHi: number, aLo: number, bHi: number, bLo: number, hv: number): number {
  const productLow = Math.imul(aLo, hv) >>> 0;
  const productHigh = (mulHigh32(aLo, hv) + Math.imul(aHi, hv)) >>> 0;
  const sumLow = productLow + bLo;
  const carry = sumLow >= 0x100000000 ? 1 : 0;
  const low = sumLow >>> 0;
  const high = (productHigh + bHi + carry) >>> 0;
  // x mod (2^61 − 1) = (x >> 61) + (x & (2^61 − 1)), less p once if that reaches p.
  const top = high >>> 29;
  const restHigh = high & 0x1fffffff;
  const reducedLowWide = low + top;
  const reducedLow = reducedLowWide >>> 0;
  const reducedHigh = restHigh + (reducedLowWide >= 0x100000000 ? 1 : 0);
  const atLeastPrime = reducedHigh > 0x1fffffff || (reducedHigh === 0x1fffffff && reducedLow === 0xffffffff);
  // Subtracting 2^61 − 1 leaves the low 32 bits plus one.
  return atLeastPrime ? (reducedLow + 1) >>> 0 : reducedLow;
}

/** The same with BigInt, to check {@link permute} against. */
export function permuteBigInt(a: bigint, b: bigint, hv: number): number {
  const wrapped = (a * BigInt(hv) + b) & 0xffffffffffffffffn;
  return Number((wrapped % 0x1fffffffffffffffn) & 0xffffffffn);
}

/** mulberry32, for the permutation parameters. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Permutation parameters: a in [1, p), b in [0, p), as (high 29 bits, low 32 bits). */
export interface Permutations {
  aHi: Uint32Array;
  aLo: Uint32Array;
  bHi: Uint32Array;
  bLo: Uint32Array;
}

export function makePermutations(count: number, seed = 1): Permutations {
  const next = randomSource(seed);
  const permutations = { aHi: new Uint32Array(count), aLo: new Uint32Array(count), bHi: new Uint32Array(count), bLo: new Uint32Array(count) };
  for (let i = 0; i < count; i++) {
    permutations.aHi[i] = next() & 0x1fffffff;
    permutations.aLo[i] = next() | 1; // never 0, so a ≥ 1
    permutations.bHi[i] = next() & 0x1fffffff;
    permutations.bLo[i] = next();
  }
  return permutations;
}

/** datasketch's MinHash of a list of items. */
export function minhash(items: readonly string[], permutations: Permutations): Uint32Array {
  const count = permutations.aHi.length;
  const values = new Uint32Array(count).fill(0xffffffff);
  const { aHi, aLo, bHi, bLo } = permutations;
  for (const item of items) {
    const hv = sha1Hash32(item);
    for (let i = 0; i < count; i++) {
      const value = permute(aHi[i]!, aLo[i]!, bHi[i]!, bLo[i]!, hv);
      if (value < values[i]!) values[i] = value;
    }
  }
  return values;
}

/** Word 5-shingles of raw text, as datasketch is usually fed (`text.split()`). */
export function rawShingles(text: string, size = 5): string[] {
  const words = text.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < size) return words.length === 0 ? [] : [words.join(' ')];
  const shingles: string[] = [];
  for (let k = 0; k + size <= words.length; k++) shingles.push(words.slice(k, k + size).join(' '));
  return shingles;
}

/** ∫ f from `low` to `high` by Simpson's rule (scipy's quad in datasketch; both are exact to far below what matters here). */
function integrate(f: (x: number) => number, low: number, high: number, steps = 2000): number {
  const h = (high - low) / steps;
  let sum = f(low) + f(high);
  for (let k = 1; k < steps; k++) sum += (k % 2 === 1 ? 4 : 2) * f(low + k * h);
  return (sum * h) / 3;
}

/** datasketch's `_optimal_param(threshold, num_perm, 0.5, 0.5)`: bands and rows. */
export function optimalParameters(threshold: number, permutations: number): { bands: number; rows: number } {
  let best = { bands: 0, rows: 0 };
  let least = Number.POSITIVE_INFINITY;
  for (let bands = 1; bands <= permutations; bands++) {
    for (let rows = 1; rows <= Math.floor(permutations / bands); rows++) {
      const falsePositive = integrate((s) => 1 - (1 - s ** rows) ** bands, 0, threshold);
      const falseNegative = integrate((s) => (1 - s ** rows) ** bands, threshold, 1);
      const error = 0.5 * falsePositive + 0.5 * falseNegative;
      if (error < least) {
        least = error;
        best = { bands, rows };
      }
    }
  }
  return best;
}

/** datasketch's MinHashLSH: insert and query by band keys. */
export class MinHashLsh {
  private readonly tables: Array<Map<string, string[]>>;

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.tables = Array.from({ length: bands }, () => new Map<string, string[]>());
  }

  private keys(values: Uint32Array): string[] {
    const keys: string[] = [];
    for (let band = 0; band < this.bands; band++) keys.push(values.subarray(band * this.rows, (band + 1) * this.rows).join(','));
    return keys;
  }

  insert(id: string, values: Uint32Array): void {
    this.keys(values).forEach((key, band) => {
      const table = this.tables[band]!;
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, [id]);
      else bucket.push(id);
    });
  }

  query(values: Uint32Array): string[] {
    const found = new Set<string>();
    this.keys(values).forEach((key, band) => {
      for (const id of this.tables[band]!.get(key) ?? []) found.add(id);
    });
    return [...found];
  }
}
