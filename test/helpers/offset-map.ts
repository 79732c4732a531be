/**
 * The contract of `normalizeArabicWithMap`, checked the same way by every
 * test that draws texts and options: the same text as `normalizeArabic`, and a
 * monotone map one entry longer than it into the input.
 */
import { expect } from 'vitest';
import { normalizeArabic, normalizeArabicWithMap, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';

/** Normalises `text` with its map and checks both; returns them. */
export function expectMonotoneMap(text: string, options: NormalizePreset | NormalizeOptions): { output: string; sourceIndex: Uint32Array } {
  const { text: output, sourceIndex } = normalizeArabicWithMap(text, options);
  expect(output).toBe(normalizeArabic(text, options));
  expect(sourceIndex.length).toBe(output.length + 1);
  expect(sourceIndex[output.length]).toBe(text.length);
  for (let i = 0; i < output.length; i++) {
    expect(sourceIndex[i]).toBeLessThan(text.length);
    expect(sourceIndex[i]).toBeLessThanOrEqual(sourceIndex[i + 1]!);
  }
  return { output, sourceIndex };
}
