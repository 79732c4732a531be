/**
 * The identity table of the BMP, the start of many lookup tables.
 */

let identity: Uint16Array | undefined;

/**
 * Every BMP unit mapped to itself, made once: a table that starts as the
 * identity is a `slice()` of it (one native copy) instead of a 65,536-step
 * loop, which at start-up runs before the engine optimises it.
 *
 * @example
 * ```ts
 * const fold = identityUnits().slice();
 * fold[0x0629] = 0x0647; // ة → ه, every other unit itself
 * ```
 */
export function identityUnits(): Uint16Array {
  if (identity) return identity;
  const units = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) units[unit] = unit;
  return (identity = units);
}
