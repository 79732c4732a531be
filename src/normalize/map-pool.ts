/**
 * Offset maps of short texts, carved from a shared pool. A new `Uint32Array`
 * gets its own backing store, which costs about a microsecond, more than
 * normalising a 100-unit line; a view of a pool costs a fifth of that. As with
 * Node's pooled Buffers, a map is then a view of a larger `ArrayBuffer`
 * (32 KB): keeping one map keeps its pool, and `map.buffer` holds other maps.
 */

/**
 * Entries of one pool (32 KB). A pool of 8 KB, as Node's Buffers have, lasts
 * about twenty line maps, and making the next (about 2 µs) cost each of them
 * a tenth of its time; one of 32 KB costs 3 µs and lasts four times as long.
 */
const POOL_ENTRIES = 8192;
/** Maps shorter than this come from the pool: at most an eighth of a pool is left unused at its end. */
const POOLED_BELOW = 1024;

// Empty until the first map is asked for: a program that never asks holds no pool.
let pool = new Uint32Array(0);
let used = 0;

/** A map of `length` entries: a view of the pool when short, else its own array. The entries are not cleared. */
function pooledMap(length: number): Uint32Array {
  if (length >= POOLED_BELOW) return new Uint32Array(length);
  // A caller may transfer a map's buffer to a worker, which detaches the pool (its length is then 0).
  if (used + length > pool.length) {
    pool = new Uint32Array(POOL_ENTRIES);
    used = 0;
  }
  const map = pool.subarray(used, used + length);
  used += length;
  return map;
}

/**
 * A copy of `entries[0, length)` to return to a caller.
 *
 * @example
 * ```ts
 * copyMap(new Uint32Array([0, 2, 3, 9]), 3); // Uint32Array [0, 2, 3]
 * ```
 */
export function copyMap(entries: Uint32Array, length: number): Uint32Array {
  const map = pooledMap(length);
  for (let k = 0; k < length; k++) map[k] = entries[k]!;
  return map;
}

/**
 * The map of a text the normaliser kept as it is: 0, 1 … `length`.
 *
 * @example
 * ```ts
 * identityMap(3); // Uint32Array [0, 1, 2, 3]
 * ```
 */
export function identityMap(length: number): Uint32Array {
  const map = pooledMap(length + 1);
  // A native copy of the identity's first entries, where a loop took as long as the kept-text check itself.
  if (length < POOLED_BELOW) map.set(identity().subarray(0, length + 1));
  else for (let k = 0; k <= length; k++) map[k] = k;
  return map;
}

let identityEntries: Uint32Array | undefined;

/**
 * 0, 1 … `POOLED_BELOW`, made at the first use. Of its own type: copied from
 * the BMP's `Uint16Array` identity (identity-units.ts), each entry is
 * converted, and maps measured a tenth slower.
 */
function identity(): Uint32Array {
  if (identityEntries) return identityEntries;
  identityEntries = new Uint32Array(POOLED_BELOW + 1);
  for (let k = 0; k <= POOLED_BELOW; k++) identityEntries[k] = k;
  return identityEntries;
}
