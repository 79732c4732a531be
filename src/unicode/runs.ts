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
