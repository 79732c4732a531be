/**
 * The @example lines of the public API's TSDoc, checked.
 */
import { describe, expect, it } from 'vitest';
import {
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESET_OPTIONS,
  NormalizeOptionsError,
  createNormalizer,
  mapOutputRange,
  normalizeArabic,
  normalizeArabicWithMap,
  resolveNormalizeOptions,
} from '../../src/normalize';
import { TEXT_REPAIR_KINDS, repairText } from '../../src/repair';

describe('TSDoc examples', () => {
  it('repairText', () => {
    expect(repairText('قال &quot;سلام&quot;').text).toBe('قال "سلام"');
    const { text, repairs } = repairText('ط³ظ„ط§ظ… Ø¨Ùƒ');
    expect(text).toBe('سلام بك');
    expect(repairs.map((repair) => repair.kind)).toEqual(['mojibake-windows-1256', 'mojibake-latin-1']);
    expect(TEXT_REPAIR_KINDS).toContain('html-entity');
  });

  it('normalizeArabic', () => {
    expect(normalizeArabic('ﻷن الطالبَ')).toBe('لأن الطالبَ');
    expect(normalizeArabic('إلى المدرسةِ', 'search')).toBe('الي المدرسه');
    expect(normalizeArabic('٣٫٥ مليون', { preset: 'search', digits: 'keep' })).toBe('٣٫٥ مليون');
    expect(normalizeArabic('قال:"نعم",ثم ذهب...', 'publish')).toBe('قال: «نعم»، ثم ذهب…');
    expect(normalizeArabic('قال "نعم"', { quotes: 'curly' })).toBe('قال “نعم”');
    expect(normalizeArabic('مَدْرَسَةٌ', 'search')).toBe('مدرسه');
    expect(normalizeArabic('الجولة ٣', { preset: 'search', digits: 'keep', tehMarbuta: 'keep' })).toBe('الجولة ٣');
  });

  it('normalizeArabicWithMap and mapOutputRange', () => {
    const { text, sourceIndex } = normalizeArabicWithMap('كَتَبَ', 'search');
    expect([text, Array.from(sourceIndex)]).toEqual(['كتب', [0, 2, 4, 6]]);
    const input = 'قَالَ  الرَّجُلُ';
    const result = normalizeArabicWithMap(input, 'search');
    expect(result.text).toBe('قال الرجل');
    const range = mapOutputRange(result.sourceIndex, 4, 9);
    expect(input.slice(range.start, range.end)).toBe('الرَّجُلُ');
  });

  it('createNormalizer', () => {
    expect(createNormalizer({ preset: 'search', superscriptAlef: 'alef' })('كِتَٰب')).toBe('كتاب');
    const toKey = createNormalizer('search');
    expect(toKey('مدرسةٌ')).toBe('مدرسه');
    expect(Array.from(toKey.withMap('مدرسةٌ').sourceIndex)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(toKey.options.digits).toBe('western');
  });

  it('options, presets and errors', () => {
    expect(NORMALIZE_OPTION_VALUES.digits).toEqual(['keep', 'western', 'arabic-indic', 'persian']);
    expect(NORMALIZE_PRESET_OPTIONS.search.digits).toBe('western');
    expect(NORMALIZE_PRESET_OPTIONS.display.whitespace).toBe('collapse');
    expect(NORMALIZE_PRESET_OPTIONS.publish.quotes).toBe('guillemets');
    expect(resolveNormalizeOptions('search').alefMaksura).toBe('yeh');
    expect(resolveNormalizeOptions({ preset: 'search', digits: 'keep' }).digits).toBe('keep');
    expect(resolveNormalizeOptions({ diacritics: 'strip' }).shadda).toBe('strip');
    try {
      normalizeArabic('نص', { digits: 'roman' } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NormalizeOptionsError);
      const { code, path, allowed } = error as NormalizeOptionsError;
      expect([code, path, allowed]).toEqual(['invalid-value', ['digits'], ['keep', 'western', 'arabic-indic', 'persian']]);
    }
  });
});
