/**
 * UTF-16 without a byte-order mark, told apart by its zero bytes, and the
 * place where UTF-16 bytes stop being well-formed.
 */

/** Bytes looked at to recognise UTF-16: the head of the input, as for the binary-file test. */
export const SNIFF_BYTES = 8000;

/**
 * High bytes of the UTF-16 code units Arabic and Latin text is made of: Basic
 * Latin to Latin Extended-B (00–02), Arabic and its supplements (06–08),
 * General Punctuation (20), and the presentation forms and half-width
 * forms (FB–FF).
 */
const TEXT_HIGH_BYTES = new Set([0x00, 0x01, 0x02, 0x06, 0x07, 0x08, 0x20, 0xfb, 0xfc, 0xfd, 0xfe, 0xff]);

/**
 * Whether the head of `bytes`, which carries no byte-order mark, is UTF-16
 * text, and in which byte order. It is when zero bytes sit (nearly) only at
 * one parity — the high byte of a Latin character, a space or a line break —
 * and 95% of the bytes at that parity are high bytes of Arabic or Latin text.
 * UTF-8 text holds no zero byte, and binary data has them at both parities or
 * high bytes of no script; text of other scripts is not recognised.
 *
 * @example
 * ```ts
 * sniffUtf16(new Uint8Array([0x27, 0x06, 0x20, 0x00, 0x28, 0x06])); // 'utf-16le'
 * ```
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, SNIFF_BYTES) >> 1;
  if (pairs < 2 || bytes.subarray(0, pairs * 2).indexOf(0) < 0) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  let textEven = 0;
  let textOdd = 0;
  for (let k = 0; k < pairs; k++) {
    const even = bytes[2 * k]!;
    const odd = bytes[2 * k + 1]!;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
    if (TEXT_HIGH_BYTES.has(even)) textEven++;
    if (TEXT_HIGH_BYTES.has(odd)) textOdd++;
  }
  // A few zero low bytes are real characters (U+0600, U+2000 …); many are not text.
  if (zeroOdd > 0 && zeroEven * 16 <= zeroOdd && textOdd * 20 >= pairs * 19) return 'utf-16le';
  if (zeroEven > 0 && zeroOdd * 16 <= zeroEven && textEven * 20 >= pairs * 19) return 'utf-16be';
  return undefined;
}

/**
 * The index of the first code unit of `bytes` that is not well-formed UTF-16
 * (an unpaired surrogate, or a last byte without its partner), or -1. It is
 * also the offset of the U+FFFD a decoder writes for it.
 *
 * @example
 * ```ts
 * firstInvalidUtf16(new Uint8Array([0x41, 0x00, 0x00, 0xd8]), true); // 1
 * ```
 */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  const unitAt = (k: number): number =>
    littleEndian ? bytes[2 * k]! | (bytes[2 * k + 1]! << 8) : (bytes[2 * k]! << 8) | bytes[2 * k + 1]!;
  for (let k = 0; k < units; k++) {
    const unit = unitAt(k);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && k + 1 < units) {
      const next = unitAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        k++;
        continue;
      }
    }
    return k;
  }
  return bytes.length % 2 === 1 ? units : -1;
}
