/**
 * `punctuation: 'ascii'` when no other punctuation rule is on (the `search`
 * preset): ، ؛ ؟ become , ; ? where they stand. Each mark is one unit for
 * one unit, so the units are rewritten in place and the offset map does not
 * change: no pass object, no edit list, no second round.
 */
import { P, punctuationClasses } from './classes';
import { isAddress } from './line-view';
import type { StopList } from '../stop-list';

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
  const rewrite = (shared ??= new AsciiRewrite()).reset();
  rewrite.upTo(units, length, length, stops, stopCount);
  return rewrite.rewritten;
}

// One rewrite for every call made whole: it reads nothing else, so no call can interleave with another.
let shared: AsciiRewrite | undefined;

/**
 * The same rewrite, made as the engine writes a long text, a piece at a
 * time, while the piece is still in the processor's cache: made after the
 * whole text, each mark's neighbourhood is read back from memory, a cost
 * of about a tenth of a microsecond a mark.
 *
 * @example
 * ```ts
 * const rewrite = new AsciiRewrite();
 * const units = Uint16Array.from('نعم، لا، ', (c) => c.charCodeAt(0));
 * rewrite.piece(units, 5, undefined); // the first five units are written: 'نعم,' is done
 * rewrite.upTo(units, units.length, units.length, undefined, 0); // the rest
 * rewrite.rewritten; // 2
 * ```
 */
export class AsciiRewrite {
  /** How many marks were rewritten. */
  rewritten = 0;
  // Every mark before `done` is handled; `next` is the first stop not yet read (when stops are given).
  private done = 0;
  private next = 0;
  // The token around the last mark looked at, and whether it is an address.
  private tokenEnd = -1;
  private inAddress = false;

  /** Starts again, for another text. */
  reset(): this {
    this.rewritten = this.done = this.next = 0;
    this.tokenEnd = -1;
    this.inAddress = false;
    return this;
  }

  /**
   * Handles the marks of `units[0..written)` whose token ends there: those
   * before its last space or line break. `stops` is the engine's list as it
   * stands (it may give up recording, see StopList: the marks are then found
   * by a scan).
   */
  piece(units: Uint16Array, written: number, stops: StopList | undefined): void {
    const classes = punctuationClasses();
    let limit = written;
    while (limit > this.done && (classes[units[limit - 1]!]! & TOKEN_END_BITS) === 0) limit--;
    // No boundary since the last piece: its marks wait for one.
    if (limit <= this.done) return;
    this.upTo(units, limit - 1, written, stops?.overflowed ? undefined : stops?.data, stops?.count ?? 0);
  }

  /**
   * Handles the marks before `limit` in `units[0..length)`; `stops`, when
   * given, lists their offsets in its first `stopCount` entries, ascending.
   */
  upTo(units: Uint16Array, limit: number, length: number, stops: ArrayLike<number> | undefined, stopCount: number): void {
    const classes = punctuationClasses();
    let { next, tokenEnd, inAddress, rewritten } = this;
    // Stops already read lie before `done`: a scan starts there.
    for (let at = this.done; at < limit; at++) {
      if (stops) {
        if (next === stopCount || stops[next]! >= limit) break;
        at = stops[next++]!;
      } else {
        while (at < limit && !isArabicMark(units[at]!)) at++;
        if (at === limit) break;
      }
      // Between two digits (`at` < `length`, so the unit before it is in the units).
      if (at > 0 && (classes[units[at - 1]!]! & DIGIT_BIT) !== 0 && at + 1 < length && (classes[units[at + 1]!]! & DIGIT_BIT) !== 0) continue;
      if (at >= tokenEnd) {
        // The token's lowest unit comes with its bounds: every address holds an ASCII one (`://`,
        // `@`, `www.`), so a token of Arabic words is not read again.
        let lowest = units[at]!;
        let from = at;
        for (; from > 0; from--) {
          const unit = units[from - 1]!;
          if ((classes[unit]! & TOKEN_END_BITS) !== 0) break;
          if (unit < lowest) lowest = unit;
        }
        for (tokenEnd = at + 1; tokenEnd < length; tokenEnd++) {
          const unit = units[tokenEnd]!;
          if ((classes[unit]! & TOKEN_END_BITS) !== 0) break;
          if (unit < lowest) lowest = unit;
        }
        inAddress = lowest < 0x80 && isAddress(units, from, tokenEnd);
      }
      if (inAddress) continue;
      const unit = units[at]!;
      units[at] = unit === 0x060c ? 0x2c : unit === 0x061b ? 0x3b : 0x3f;
      rewritten++;
    }
    this.next = next;
    this.tokenEnd = tokenEnd;
    this.inAddress = inAddress;
    this.rewritten = rewritten;
    if (limit > this.done) this.done = limit;
  }
}
