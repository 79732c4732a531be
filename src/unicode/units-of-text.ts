/**
 * A text's UTF-16 units in a typed array, for loops that read every unit.
 *
 * Reading a string with `charCodeAt` in a loop costs twice as much per unit
 * as reading a `Uint16Array` when the string is a slice of a larger one, as
 * every line of `text.split('\n')` is: each read goes through the parent
 * string. Node's `Buffer` copies a string's units in one native step, so
 * where it exists (and the host is little-endian, as the copy is UTF-16LE)
 * the units are copied that way into a buffer every caller shares; elsewhere
 * (browsers) a plain loop copies them, and the library works the same.
 */

import { LITTLE_ENDIAN, hasUcs2Methods, nodeBuffer } from './node-buffer';

/** The engine reads a longer text in pieces of this many units. */
export const UNIT_CHUNK = 1 << 15;

/** Texts shorter than this are copied by the loop even where `Buffer` exists. */
const NATIVE_FROM = 24;

/** Units {@link unitsOfText} holds at once: two pieces, for a reader that keeps a window of a text (see kept-ranges.ts). */
export const SHARED_UNITS_LENGTH = UNIT_CHUNK * 2;

const bytes = nodeBuffer && LITTLE_ENDIAN ? nodeBuffer.alloc(SHARED_UNITS_LENGTH * 2) : undefined;
// A piece always fits the bytes: `write`'s checks can be skipped.
const UCS2_WRITE = bytes !== undefined && hasUcs2Methods(bytes);

/**
 * The buffer {@link unitsOfText} copies into, for loops that read it by name
 * (as closure constants: V8 then compiles a loop with its address and length
 * fixed, where an array passed in is loaded and checked at every read).
 *
 * @example
 * ```ts
 * unitsOfText('كتب', 0, 3);
 * SHARED_UNITS[0]; // 0x643: what the last call copied
 * ```
 */
export const SHARED_UNITS = bytes ? new Uint16Array(bytes.buffer, bytes.byteOffset, SHARED_UNITS_LENGTH) : new Uint16Array(SHARED_UNITS_LENGTH);

let copies = 0;

/**
 * How many copies {@link unitsOfText} has made: a reader that keeps its units
 * in {@link SHARED_UNITS} between calls compares it with the count after its
 * own copy, to know whether another has overwritten them since.
 *
 * @example
 * ```ts
 * unitsOfText('كتب', 0, 3);
 * const mine = sharedUnitsCopies();
 * unitsOfText('قلم', 0, 3);
 * sharedUnitsCopies() === mine; // false: 'كتب' is gone
 * ```
 */
export function sharedUnitsCopies(): number {
  return copies;
}

/**
 * Copies the units of `text[start, end)` (at most {@link SHARED_UNITS_LENGTH}
 * of them) to the start of {@link SHARED_UNITS} and returns it. The next call
 * overwrites it: read it before calling again.
 *
 * @example
 * ```ts
 * const units = unitsOfText('كتب', 0, 3);
 * units[0]; // 0x643
 * ```
 */
export function unitsOfText(text: string, start: number, end: number): Uint16Array {
  copies++;
  // The native copy costs about as much as 20 reads of a unit before it copies anything.
  if (bytes && end - start >= NATIVE_FROM) {
    const piece = start === 0 && end === text.length ? text : text.substring(start, end);
    if (UCS2_WRITE) bytes.ucs2Write!(piece, 0, piece.length * 2);
    else bytes.write(piece, 0, 'utf16le');
  }
  else for (let k = start; k < end; k++) SHARED_UNITS[k - start] = text.charCodeAt(k);
  return SHARED_UNITS;
}
