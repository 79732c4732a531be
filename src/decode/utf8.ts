/**
 * Where and how much UTF-8 validation fails. `TextDecoder` says only *that*
 * bytes are not UTF-8; these find *where*, and weigh well-formed against
 * ill-formed sequences, so that a decoder can point at the byte and choose
 * between UTF-8 and windows-1256 on evidence.
 */

/**
 * The index of the first byte that does not belong to a well-formed UTF-8
 * sequence (overlong forms, surrogates and code points above U+10FFFF are
 * ill-formed, as in the WHATWG decoder), or -1 when all bytes are UTF-8.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x41, 0xc7, 0x20])); // 1
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return measureUtf8(bytes, 0, bytes.length, newEvidence()).firstIllFormed;
}

/** What a range of bytes says about being UTF-8; filled by {@link measureUtf8}. */
export interface Utf8Evidence {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Ill-formed sequences, each maximal subpart counted once (a decoder writes one U+FFFD for it). */
  illFormed: number;
  /** Index of the first byte of the first ill-formed sequence, or -1. */
  firstIllFormed: number;
  /** UTF-16 units the bytes before `firstIllFormed` decode to (all of them when there is none). */
  unitsBefore: number;
  /** UTF-16 units the whole range decodes to, with one U+FFFD per ill-formed sequence. */
  units: number;
  /** Index of the first byte above 0x7F, or -1 when the range is ASCII. */
  firstNonAscii: number;
}

/** A zeroed {@link Utf8Evidence}, to be filled again and again. */
export function newEvidence(): Utf8Evidence {
  return { multiByte: 0, illFormed: 0, firstIllFormed: -1, unitsBefore: 0, units: 0, firstNonAscii: -1 };
}

/**
 * Weighs `bytes[start, end)` as UTF-8 into `into` (which it returns). Ill-formed
 * sequences are delimited as the WHATWG decoder does: a lead byte and the
 * continuation bytes that fit it so far make one; the byte that does not fit
 * starts the next sequence.
 *
 * @example
 * ```ts
 * measureUtf8(new TextEncoder().encode('خبر'), 0, 6, newEvidence()).multiByte; // 3
 * ```
 */
export function measureUtf8(bytes: Uint8Array, start: number, end: number, into: Utf8Evidence): Utf8Evidence {
  let multiByte = 0;
  let illFormed = 0;
  let firstIllFormed = -1;
  let unitsBefore = 0;
  let units = 0;
  let firstNonAscii = -1;
  let i = start;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      units += 1;
      continue;
    }
    if (firstNonAscii < 0) firstNonAscii = i;
    // The allowed range of the first continuation byte keeps overlongs and surrogates out.
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    }
    let fits = 1; // bytes of the sequence that fit so far, the lead included
    if (need > 0) {
      for (; fits <= need; fits++) {
        const next = i + fits < end ? bytes[i + fits]! : -1;
        if (fits === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) break;
      }
    }
    if (need > 0 && fits > need) {
      multiByte += 1;
      units += need === 3 ? 2 : 1;
      i += need + 1;
      continue;
    }
    if (illFormed === 0) {
      firstIllFormed = i;
      unitsBefore = units;
    }
    illFormed += 1;
    units += 1;
    i += fits;
  }
  into.multiByte = multiByte;
  into.illFormed = illFormed;
  into.firstIllFormed = firstIllFormed;
  into.unitsBefore = illFormed === 0 ? units : unitsBefore;
  into.units = units;
  into.firstNonAscii = firstNonAscii;
  return into;
}

/**
 * How many bytes at the end of `bytes` (0–3) are the well-formed start of a
 * UTF-8 sequence that the end cuts off: a file truncated inside a character.
 *
 * @example
 * ```ts
 * unfinishedUtf8Tail(new Uint8Array([0x41, 0xd8])); // 1
 * unfinishedUtf8Tail(new Uint8Array([0x41, 0xe0, 0x80])); // 0: E0 80 is ill-formed, not unfinished
 * ```
 */
export function unfinishedUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const lead = bytes[length - back]!;
    if (lead >= 0x80 && lead <= 0xbf) continue; // a continuation byte: look further back
    if (lead < 0xc2 || lead > 0xf4) return 0;
    const need = lead <= 0xdf ? 1 : lead <= 0xef ? 2 : 3;
    if (need < back) return 0;
    const evidence = measureUtf8(bytes, length - back, length, newEvidence());
    // Unfinished means one ill-formed sequence that runs to the very end.
    return evidence.illFormed === 1 && evidence.firstIllFormed === length - back && evidence.units === 1 ? back : 0;
  }
  return 0;
}
