/**
 * The offset map and mapOutputRange on hand-made cases: deletions, 1→n
 * expansions, n→1 merges and reordered marks.
 */
import { describe, expect, it } from 'vitest';
import { mapOutputRange, normalizeArabicWithMap } from '../../src/normalize';

const map = (text: string, options: Parameters<typeof normalizeArabicWithMap>[1]) => {
  const result = normalizeArabicWithMap(text, options);
  return { text: result.text, map: Array.from(result.sourceIndex) };
};

describe('sourceIndex', () => {
  it('skips deleted marks', () => {
    expect(map('كَتَبَ', 'search')).toEqual({ text: 'كتب', map: [0, 2, 4, 6] });
  });

  it('points every unit of an expansion at its form', () => {
    expect(map('ﻷن', 'display')).toEqual({ text: 'لأن', map: [0, 0, 1, 2] });
  });

  it('stays one entry longer than the text when many forms expand', () => {
    // Each ligature writes two units: the output outgrows the input, and the map must grow with it.
    for (const count of [17, 40, 1000]) {
      const { text, sourceIndex } = normalizeArabicWithMap('ﻵ'.repeat(count), 'display');
      expect(text.length).toBe(2 * count);
      expect(sourceIndex.length).toBe(text.length + 1);
      expect(sourceIndex[text.length]).toBe(count);
      expect(sourceIndex[text.length - 1]).toBe(count - 1);
    }
    expect(map('ا﵄ﵷ', { honorifics: 'expand' }).map.at(-1)).toBe(3);
  });

  it('points a collapsed run of spaces at its first space', () => {
    expect(map('ا \u00a0\tب', 'display')).toEqual({ text: 'ا ب', map: [0, 1, 4, 5] });
  });

  it('points a composed letter at its base', () => {
    expect(map('ا\u0654ب', 'display')).toEqual({ text: 'أب', map: [0, 2, 3] });
  });

  it('stays monotone when marks are reordered', () => {
    expect(map('ب\u0651\u064e', 'display')).toEqual({ text: 'ب\u064e\u0651', map: [0, 1, 2, 3] });
  });

  it('points an alef made from U+0670 at the mark', () => {
    expect(map('كتٰب', { preset: 'search', superscriptAlef: 'alef' })).toEqual({ text: 'كتاب', map: [0, 1, 2, 3, 4] });
  });

  it('points astral units at themselves', () => {
    expect(map('👍 ب', 'search')).toEqual({ text: '👍 ب', map: [0, 1, 2, 3, 4] });
  });
});

describe('mapOutputRange', () => {
  const input = 'قَالَ  الرَّجُلُ';
  const { text, sourceIndex } = normalizeArabicWithMap(input, 'search');

  it('maps a word back with its marks', () => {
    expect(text).toBe('قال الرجل');
    const range = mapOutputRange(sourceIndex, 4, 9);
    expect(input.slice(range.start, range.end)).toBe('الرَّجُلُ');
  });

  it('gives removed characters to the kept character before them', () => {
    const word = mapOutputRange(sourceIndex, 0, 3); // 'قال': its last fatha comes along
    expect(input.slice(word.start, word.end)).toBe('قَالَ');
    const withSpace = mapOutputRange(sourceIndex, 0, 4); // 'قال ': the collapsed second space too
    expect(input.slice(withSpace.start, withSpace.end)).toBe('قَالَ  ');
  });

  it('widens a range that splits one input character', () => {
    const ligature = normalizeArabicWithMap('ﻻ بد', 'display');
    expect(ligature.text).toBe('لا بد');
    expect(mapOutputRange(ligature.sourceIndex, 1, 2)).toEqual({ start: 0, end: 1 });
  });

  it('maps an empty range to a point', () => {
    expect(mapOutputRange(sourceIndex, 3, 3)).toEqual({ start: sourceIndex[3], end: sourceIndex[3] });
    expect(mapOutputRange(sourceIndex, text.length, text.length)).toEqual({ start: input.length, end: input.length });
  });

  it('rejects a range outside the output', () => {
    expect(() => mapOutputRange(sourceIndex, 2, 1)).toThrow(RangeError);
    expect(() => mapOutputRange(sourceIndex, 0, text.length + 1)).toThrow(RangeError);
    expect(() => mapOutputRange(sourceIndex, -1, 0)).toThrow(RangeError);
  });
});
