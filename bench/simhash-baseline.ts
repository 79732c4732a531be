/**
 * A 64-bit simhash (Charikar 2002) of the raw text's words, the other
 * near-duplicate test in common use (trafilatura's `Simhash`, Google's web
 * crawl as Manku et al. 2007 describe it): each word's 64-bit hash (the first
 * 8 bytes of its BLAKE2b-512) votes +1 or −1 per bit, the sign of each sum is
 * a bit of the fingerprint, and two texts are near-duplicates when their
 * fingerprints differ in at most 3 bits (Manku et al.'s choice for 64 bits).
 */
import { createHash } from 'node:crypto';

/** The 64-bit simhash of `text`'s whitespace-separated words, as two 32-bit halves. */
export function simhash(text: string): [number, number] {
  const votes = new Int32Array(64);
  for (const word of text.split(/\s+/u)) {
    if (word.length === 0) continue;
    const digest = createHash('blake2b512').update(word, 'utf8').digest();
    for (let bit = 0; bit < 64; bit++) votes[bit]! += (digest[bit >> 3]! >> (bit & 7)) & 1 ? 1 : -1;
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) if (votes[bit]! >= 0) low |= 1 << bit;
  for (let bit = 0; bit < 32; bit++) if (votes[bit + 32]! >= 0) high |= 1 << bit;
  return [high >>> 0, low >>> 0];
}

function popCount(value: number): number {
  let x = value >>> 0;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Bits that differ between two simhashes. */
export function hammingDistance(a: readonly [number, number], b: readonly [number, number]): number {
  return popCount(a[0] ^ b[0]) + popCount(a[1] ^ b[1]);
}
