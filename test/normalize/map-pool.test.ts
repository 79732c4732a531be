/** Offset maps from the shared pool: each is its own, whatever later calls do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabicWithMap } from '../../src/normalize';
import { copyMap, identityMap } from '../../src/normalize/map-pool';
import { normalizationText, paragraph, vocalisedText } from '../arbitraries';

describe('pooled offset maps', () => {
  it('stay as they were returned while later calls take maps from the pool', () => {
    const texts = fc.sample(fc.oneof(normalizationText, vocalisedText, paragraph, fc.constantFrom('', 'نص', 'a  b')), { numRuns: 3000, seed: 7 });
    const kept = texts.map((text, k) => {
      const { sourceIndex } = normalizeArabicWithMap(text, k % 2 === 0 ? 'display' : 'search');
      return { sourceIndex, copy: Array.from(sourceIndex), text };
    });
    for (const { sourceIndex, copy, text } of kept) {
      expect(Array.from(sourceIndex)).toEqual(copy);
      expect(sourceIndex[sourceIndex.length - 1]).toBe(text.length);
    }
  });

  it('keep working after a caller transfers a map\'s buffer away, which detaches the pool', () => {
    const { sourceIndex } = normalizeArabicWithMap('نص قصير', 'display');
    structuredClone(sourceIndex.buffer, { transfer: [sourceIndex.buffer] });
    expect(sourceIndex.length).toBe(0);
    expect(Array.from(normalizeArabicWithMap('نص', 'display').sourceIndex)).toEqual([0, 1, 2]);
  });

  it('copy the entries asked for, and give the identity of a kept text', () => {
    expect(Array.from(copyMap(new Uint32Array([0, 2, 3, 9]), 3))).toEqual([0, 2, 3]);
    expect(Array.from(identityMap(3))).toEqual([0, 1, 2, 3]);
    const long = identityMap(5000);
    expect(long.length).toBe(5001);
    expect(long[5000]).toBe(5000);
  });

  // Short identities are copied from one shared identity; the pool ends at 1,024 entries.
  it('give the identity at every length around the end of the pool, whatever callers do to earlier maps', () => {
    for (const length of [0, 1, 1022, 1023, 1024, 1025, 2000]) {
      const map = identityMap(length);
      map.fill(7);
      expect(Array.from(identityMap(length))).toEqual(Array.from({ length: length + 1 }, (_, k) => k));
    }
  });
});
