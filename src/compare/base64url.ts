/**
 * Base64url (RFC 4648 §5, no padding) without Node's Buffer or the DOM's
 * btoa, so the library core runs anywhere.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// A pure function, not a loop at the top level, so that bundlers drop it from apps that do not compare.
const VALUES = /* @__PURE__ */ (() => {
  const values = new Int8Array(128).fill(-1);
  for (let k = 0; k < ALPHABET.length; k++) values[ALPHABET.charCodeAt(k)] = k;
  return values;
})();

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const a = bytes[k]!;
    const b = bytes[k + 1] ?? 0;
    const c = bytes[k + 2] ?? 0;
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
    if (k + 1 < bytes.length) out += ALPHABET[((b & 15) << 2) | (c >> 6)]!;
    if (k + 2 < bytes.length) out += ALPHABET[c & 63]!;
  }
  return out;
}

/** Decodes unpadded base64url; `undefined` for a character outside the alphabet or an impossible length. */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let written = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
