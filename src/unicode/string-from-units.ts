/**
 * UTF-16 units to a string, fast for the short strings of tokens and keys.
 */

/**
 * The string of `units[0, length)`. Calls with a fixed number of arguments for up to 16 units,
 * which is several times faster than `String.fromCharCode.apply` over a subarray (a new view
 * and a spread of its elements for every string); longer runs go through `apply` in pieces
 * of 8192, under every engine's limit on arguments.
 *
 * @example
 * ```ts
 * stringFromUnits(new Uint16Array([0x643, 0x62a, 0x628]), 3); // 'كتب'
 * ```
 */
export function stringFromUnits(units: Uint16Array, length: number): string {
  const u = units;
  // Written out in this function, not in a helper: for a key of a few units the call cost
  // more than the string.
  switch (length) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(u[0]!);
    case 2:
      return String.fromCharCode(u[0]!, u[1]!);
    case 3:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!);
    case 4:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!);
    case 5:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!);
    case 6:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!);
    case 7:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!);
    case 8:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!);
  }
  if (length <= 16) return stringFromUnits(units, 8) + stringFromUnits(units.subarray(8), length - 8);
  let result = '';
  for (let k = 0; k < length; k += 8192) {
    result += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return result;
}
