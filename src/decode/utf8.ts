/**
 * Where UTF-8 validation fails. `TextDecoder` says only *that* bytes are not
 * UTF-8; this finds *where*, so the diagnostic can point at the byte.
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
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Allowed range of the first continuation byte narrows overlongs and surrogates out.
    let need: number;
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
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
