/**
 * UTF-16 units to a string, fast for the short strings of tokens and keys.
 */

/** Up to eight units from `offset`, one call with as many arguments (the second half of 9–16). */
function upToEight(units: Uint16Array, offset: number, count: number): string {
  const u = units;
  const k = offset;
  switch (count) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(u[k]!);
    case 2:
      return String.fromCharCode(u[k]!, u[k + 1]!);
    case 3:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!);
    case 4:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!, u[k + 3]!);
    case 5:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!, u[k + 3]!, u[k + 4]!);
    case 6:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!, u[k + 3]!, u[k + 4]!, u[k + 5]!);
    case 7:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!, u[k + 3]!, u[k + 4]!, u[k + 5]!, u[k + 6]!);
    default:
      return String.fromCharCode(u[k]!, u[k + 1]!, u[k + 2]!, u[k + 3]!, u[k + 4]!, u[k + 5]!, u[k + 6]!, u[k + 7]!);
  }
}

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
  // Most keys are written out here, not by upToEight: the call cost more than the string.
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
  }
  if (length <= 16) return upToEight(units, 0, 8) + upToEight(units, 8, length - 8);
  let result = '';
  for (let k = 0; k < length; k += 8192) {
    result += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return result;
}
