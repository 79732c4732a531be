/**
 * Bytes that are not text at all: an image, an archive, an executable passed
 * where an article was expected. The library and the CLI share this one test,
 * so `safeParseArticle(bytes)` refuses what `khabar parse` refuses.
 */
import { SNIFF_BYTES, sniffUtf16 } from './utf16';

/**
 * Why bytes look binary: the first NUL byte, or the control bytes that are
 * too many to be stray.
 *
 * @example
 * ```ts
 * const evidence: BinaryEvidence = { kind: 'nul', offset: 7 };
 * ```
 */
export interface BinaryEvidence {
  /** `nul`: a NUL byte; `controls`: many C0 control bytes other than tab, line ends, VT, FF and ESC. */
  readonly kind: 'nul' | 'controls';
  /** Byte offset of the first such byte. */
  readonly offset: number;
}

/** Control bytes text does not hold: C0 without tab, LF, VT, FF, CR and ESC (terminal colours), and DEL. */
function isBinaryControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

/**
 * Whether the first 8,000 bytes are binary data rather than text, and why.
 * They are when they hold a NUL byte (the test git and grep use), or when at
 * least two bytes and one byte in twenty are other control bytes — unless a
 * UTF-16 byte-order mark, or zero bytes placed as in UTF-16 text (see
 * `sniffUtf16`), say that NUL bytes are expected. A stray control character
 * in text is not binary: it stays in the text with a `control-character`
 * warning.
 *
 * @example
 * ```ts
 * binaryEvidence(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])); // { kind: 'nul', offset: 4 }
 * binaryEvidence(new TextEncoder().encode('خبر\u0001 عاجل'));     // undefined
 * ```
 */
export function binaryEvidence(bytes: Uint8Array): BinaryEvidence | undefined {
  // No bytes, no evidence; a detached view also reads as empty, and reading it any other way throws.
  if (bytes.length === 0) return undefined;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return undefined;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  const nul = bytes.subarray(0, end).indexOf(0);
  if (nul >= 0) return sniffUtf16(bytes) ? undefined : { kind: 'nul', offset: nul };
  let controls = 0;
  let first = -1;
  for (let k = 0; k < end; k++) {
    if (!isBinaryControl(bytes[k]!)) continue;
    if (controls === 0) first = k;
    controls++;
  }
  return controls >= 2 && controls * 20 >= end ? { kind: 'controls', offset: first } : undefined;
}

/**
 * Whether bytes look binary rather than text (see {@link binaryEvidence}).
 *
 * @example
 * ```ts
 * looksBinary(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00])); // true
 * ```
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryEvidence(bytes) !== undefined;
}
