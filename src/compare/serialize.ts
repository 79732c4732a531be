/**
 * Fingerprints as bytes or a short string, to store beside a record:
 * version 1 is 8 header bytes (version, shingle size, permutations as
 * uint16, distinct shingles as uint32) then one uint32 per permutation, all
 * little-endian; the string form is that in unpadded base64url (352
 * characters with the default 64 permutations).
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { CompareError } from './errors';
import type { Fingerprint } from './fingerprint';

const VERSION = 1;
const HEADER_BYTES = 8;

function damaged(why: string): CompareError {
  return new CompareError('invalid-fingerprint', `not a khabar fingerprint: ${why}`);
}

/**
 * A fingerprint as bytes (see {@link fingerprintFromBytes} for the way back).
 *
 * @example
 * ```ts
 * fingerprintToBytes(fingerprint('نص الخبر')).length; // 264 (8 + 64 × 4)
 * ```
 */
export function fingerprintToBytes(print: Fingerprint): Uint8Array {
  const permutations = print.minhashes.length;
  const bytes = new Uint8Array(HEADER_BYTES + permutations * 4);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint8(1, print.shingleSize);
  view.setUint16(2, permutations, true);
  view.setUint32(4, print.shingles, true);
  for (let i = 0; i < permutations; i++) view.setUint32(HEADER_BYTES + i * 4, print.minhashes[i]!, true);
  return bytes;
}

/**
 * The fingerprint stored by {@link fingerprintToBytes}. Damaged bytes or an
 * unknown version throw {@link CompareError} with code `invalid-fingerprint`.
 *
 * @example
 * ```ts
 * const print = fingerprint('نص الخبر');
 * estimateSimilarity(fingerprintFromBytes(fingerprintToBytes(print)), print); // 1
 * ```
 */
export function fingerprintFromBytes(bytes: Uint8Array): Fingerprint {
  if (!(bytes instanceof Uint8Array)) throw damaged('bytes must be a Uint8Array');
  if (bytes.length < HEADER_BYTES) throw damaged(`${bytes.length} bytes is shorter than the header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  if (version !== VERSION) throw damaged(`unknown version ${version}`);
  const shingleSize = view.getUint8(1);
  const permutations = view.getUint16(2, true);
  if (shingleSize < 1 || shingleSize > 16) throw damaged(`shingle size ${shingleSize} out of range`);
  if (permutations < 8 || permutations > 1024) throw damaged(`${permutations} permutations out of range`);
  if (bytes.length !== HEADER_BYTES + permutations * 4) throw damaged(`${bytes.length} bytes where ${HEADER_BYTES + permutations * 4} were expected`);
  const minhashes = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) minhashes[i] = view.getUint32(HEADER_BYTES + i * 4, true);
  return { shingleSize, shingles: view.getUint32(4, true), minhashes };
}

/**
 * A fingerprint as a short ASCII string (unpadded base64url of
 * {@link fingerprintToBytes}), safe in JSON, CSV and URLs.
 *
 * @example
 * ```ts
 * const stored = serializeFingerprint(fingerprint('نص الخبر'));
 * stored.length; // 352
 * ```
 */
export function serializeFingerprint(print: Fingerprint): string {
  return encodeBase64url(fingerprintToBytes(print));
}

/**
 * The fingerprint stored by {@link serializeFingerprint}. A damaged string
 * throws {@link CompareError} with code `invalid-fingerprint`.
 *
 * @example
 * ```ts
 * const print = parseFingerprint(serializeFingerprint(fingerprint('نص الخبر')));
 * print.minhashes.length; // 64
 * ```
 */
export function parseFingerprint(text: string): Fingerprint {
  if (typeof text !== 'string') throw damaged(`expected a string, got ${typeof text}`);
  const bytes = decodeBase64url(text);
  if (bytes === undefined) throw damaged('the string is not base64url');
  return fingerprintFromBytes(bytes);
}
