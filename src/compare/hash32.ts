/**
 * 32-bit hashing for comparison: a string hash for word keys and the
 * MurmurHash3 finaliser to mix numbers. Fixed, seedless functions, so a
 * fingerprint computed in one process compares with one from any other.
 */

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 units of `text`, then {@link mix32}. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return mix32(hash);
}

/** Hash of an ordered pair of hashes (not symmetric: `combine(a, b) !== combine(b, a)`). */
export function combine(seed: number, value: number): number {
  return mix32(Math.imul(seed ^ 0x9e3779b9, 0x01000193) + value);
}
