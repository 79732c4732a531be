/**
 * `punctuation: 'ascii'` when no other punctuation rule is on (the `search`
 * preset): ، ؛ ؟ become , ; ? where they stand. Each mark is one unit for
 * one unit, so the units are rewritten in place and the offset map does not
 * change: no pass object, no edit list, no second round.
 */
import { P, punctuationClasses } from './classes';
import { isAddress } from './line-view';

const DIGIT_BIT = P.Digit;
const TOKEN_END_BITS = P.Space | P.LineBreak;

function isArabicMark(unit: number): boolean {
  return unit === 0x060c || unit === 0x061b || unit === 0x061f;
}

/**
 * Rewrites ، ؛ ؟ in `units[0..length)` as , ; ? except between two digits
 * (`٣،٥` stays) and inside a URL or e-mail address, and returns how many it
 * rewrote. The first `stopCount` entries of `stops` list, ascending, the
 * offsets where the engine wrote one (the marks are found by a scan without
 * it).
 *
 * @example
 * ```ts
 * const units = Uint16Array.from('نعم، لا', (c) => c.charCodeAt(0));
 * asciiPunctuationInPlace(units, units.length, undefined, 0); // 1: units now spell 'نعم, لا'
 * ```
 */
export function asciiPunctuationInPlace(units: Uint16Array, length: number, stops: ArrayLike<number> | undefined, stopCount: number): number {
  const classes = punctuationClasses();
  const bits = (at: number): number => (at >= 0 && at < length ? classes[units[at]!]! : 0);
  let rewritten = 0;
  let next = 0;
  // The token around the last mark looked at, and whether it is an address.
  let tokenEnd = -1;
  let inAddress = false;
  for (let at = 0; at < length; at++) {
    if (stops) {
      if (next === stopCount) break;
      at = stops[next++]!;
    } else {
      while (at < length && !isArabicMark(units[at]!)) at++;
      if (at === length) break;
    }
    if ((bits(at - 1) & DIGIT_BIT) !== 0 && (bits(at + 1) & DIGIT_BIT) !== 0) continue;
    if (at >= tokenEnd) {
      let from = at;
      while (from > 0 && (classes[units[from - 1]!]! & TOKEN_END_BITS) === 0) from--;
      tokenEnd = at + 1;
      while (tokenEnd < length && (classes[units[tokenEnd]!]! & TOKEN_END_BITS) === 0) tokenEnd++;
      inAddress = isAddress(units, from, tokenEnd);
    }
    if (inAddress) continue;
    const unit = units[at]!;
    units[at] = unit === 0x060c ? 0x2c : unit === 0x061b ? 0x3b : 0x3f;
    rewritten++;
  }
  return rewritten;
}
