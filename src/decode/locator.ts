/**
 * Points for many offsets of one text in one pass: `locate` from the line
 * table restarts at offset 0 for every call, which is quadratic when a
 * damaged input yields a diagnostic on every line.
 */
import type { Point } from '../schema/position';

/**
 * A function from offsets, given in non-decreasing order, to points; lines
 * are counted as `scanLines` counts them (LF, CRLF, CR, U+2028, U+2029).
 *
 * @example
 * ```ts
 * const pointAt = createLocator('أ\r\nب\nج');
 * pointAt(3); // { line: 2, column: 1, offset: 3 }
 * pointAt(5); // { line: 3, column: 1, offset: 5 }
 * ```
 */
export function createLocator(text: string): (offset: number) => Point {
  let at = 0; // text before `at` has been counted
  let line = 1;
  let lineStart = 0;
  return (offset: number): Point => {
    if (offset < at) throw new RangeError(`offsets must not decrease: ${offset} after ${at}`);
    while (at < offset) {
      const unit = text.charCodeAt(at);
      if (unit === 0x0d && text.charCodeAt(at + 1) === 0x0a) {
        // The LF of a CRLF is on the next line, as in `locate`; the pair is one break.
        if (at + 1 === offset) return { line: line + 1, column: 1, offset };
        at += 2;
        line += 1;
        lineStart = at;
        continue;
      }
      at += 1;
      if (unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) {
        line += 1;
        lineStart = at;
      }
    }
    return { line, column: offset - lineStart + 1, offset };
  };
}
