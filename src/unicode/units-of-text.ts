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

import { LITTLE_ENDIAN, nodeBuffer } from './node-buffer';

/** Units copied per call at most: a longer text is read in pieces of this size. */
export const UNIT_CHUNK = 1 << 15;

/** Texts shorter than this are copied by the loop even where `Buffer` exists. */
const NATIVE_FROM = 24;

const bytes = nodeBuffer && LITTLE_ENDIAN ? nodeBuffer.alloc(UNIT_CHUNK * 2) : undefined;
const shared = bytes ? new Uint16Array(bytes.buffer, bytes.byteOffset, UNIT_CHUNK) : new Uint16Array(UNIT_CHUNK);

/**
 * Copies the units of `text[start, end)` (at most {@link UNIT_CHUNK} of
 * them) to the start of a shared buffer and returns it. The next call
 * overwrites it: read it before calling again.
 *
 * @example
 * ```ts
 * const units = unitsOfText('كتب', 0, 3);
 * units[0]; // 0x643
 * ```
 */
export function unitsOfText(text: string, start: number, end: number): Uint16Array {
  // The native copy costs about as much as 20 reads of a unit before it copies anything.
  if (bytes && end - start >= NATIVE_FROM) bytes.write(start === 0 && end === text.length ? text : text.substring(start, end), 0, 'utf16le');
  else for (let k = start; k < end; k++) shared[k - start] = text.charCodeAt(k);
  return shared;
}
