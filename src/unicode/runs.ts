/**
 * Lookups in tables stored as runs: ascending start points, each beginning a
 * run of one value that lasts until the next start.
 */

/**
 * The index of the run holding `point`: the last start at or before it (0
 * when it lies before every start). A binary search, so logarithmic.
 *
 * @example
 * ```ts
 * runAt([0, 10, 20], 15); // 1
 * ```
 */
export function runAt(starts: ArrayLike<number>, point: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= point) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The value of one base-36 digit (`0`–`9`, `a`–`z`) of the generated run
 * tables, from its UTF-16 unit: their decoders read a length a unit at a
 * time, without `slice` and `parseInt`, as they run once at start-up before
 * any loop is optimised.
 *
 * @example
 * ```ts
 * base36Digit('z'.charCodeAt(0)); // 35
 * ```
 */
export function base36Digit(unit: number): number {
  return unit <= 0x39 ? unit - 0x30 : unit - 0x61 + 10;
}
