/**
 * Inputs that would expose quadratic work or unbounded buffers: a letter
 * followed by a huge run of marks, long runs of joiners, separators and
 * spaces, expansions that grow the text, and a long single line. Each must
 * come out right; none of these tests measures time.
 */
import { describe, expect, it } from 'vitest';
import { veryLongLine } from '../arbitraries';
import { normalizeArabic, normalizeArabicWithMap } from '../../src/normalize';

describe('pathological input', () => {
  it('orders a 200,000-mark cluster (keep mode, so no deduplication)', () => {
    const marks = '\u0654\u0655'.repeat(100_000);
    const output = normalizeArabic('ب' + marks, { diacritics: 'keep' });
    expect(output).toBe('ب' + '\u0655'.repeat(100_000) + '\u0654'.repeat(100_000));
  });

  it('writes a repeated mark once in canonical mode', () => {
    expect(normalizeArabic('ب' + '\u064e\u0651'.repeat(100_000))).toBe('ب\u064e\u0651');
  });

  it('drops long runs of joiners, removed invisibles and spaces', () => {
    const text = 'ب' + '\u200c'.repeat(50_000) + '\u200f'.repeat(50_000) + ' \u00a0'.repeat(50_000) + 'ت';
    expect(normalizeArabic(text)).toBe('ب ت');
  });

  it('converts many separators between digits', () => {
    const text = '١٫'.repeat(100_000) + '١';
    expect(normalizeArabic(text, 'search')).toBe('1.'.repeat(100_000) + '1');
  });

  it('grows the output for expansions', () => {
    const text = '﷽'.repeat(20_000);
    const { text: output, sourceIndex } = normalizeArabicWithMap(text, { honorifics: 'expand' });
    expect(output).toBe(Array.from({ length: 20_000 }, () => 'بسم الله الرحمن الرحيم').join(''));
    expect(sourceIndex.length).toBe(output.length + 1);
  });

  it('normalises a one-million-unit line', () => {
    const line = veryLongLine(1_000_000);
    const output = normalizeArabic(line, 'search');
    expect(output.length).toBeGreaterThan(900_000);
    expect(output).not.toContain('\n');
  });
});
