/**
 * The `lucene` and `camel` presets against straightforward ports of Lucene's
 * ArabicNormalizer and CAMeL Tools' normalisers, on generated text (the
 * corpus comparison is in corpus.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnicodeString, hostileString, normalizationText, paragraph, vocalisedText } from '../arbitraries';
import { normalizeArabic } from '../../src/normalize';
import { camelArabicNormalize, luceneArabicNormalize } from './anchors';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (anchors.deep.test.ts). */
const numRuns = propertyRuns(300);
const text = fc.oneof(normalizationText, vocalisedText, paragraph, hostileString, anyUnicodeString);

describe('lucene preset', () => {
  it('equals the port of ArabicNormalizer', () => {
    fc.assert(fc.property(text, (input) => {
      expect(normalizeArabic(input, 'lucene')).toBe(luceneArabicNormalize(input));
    }), { numRuns });
  });

  it('reproduces its quirks', () => {
    expect(luceneArabicNormalize('ٱلْكِتَابُ')).toBe('ٱلكتاب'); // alef wasla not folded
    expect(luceneArabicNormalize('ا\u0654')).toBe('ا\u0654'); // no composition
    expect(luceneArabicNormalize('هٰذا')).toBe('هٰذا'); // superscript alef kept
    expect(normalizeArabic('ٱلْكِتَابُ ا\u0654 هٰذا', 'lucene')).toBe('ٱلكتاب ا\u0654 هٰذا');
  });
});

describe('camel preset', () => {
  it('equals the port of dediac_ar + normalize_alef/alef_maksura/teh_marbuta', () => {
    fc.assert(fc.property(text, (input) => {
      expect(normalizeArabic(input, 'camel')).toBe(camelArabicNormalize(input));
    }), { numRuns });
  });

  it('reproduces its quirks', () => {
    expect(camelArabicNormalize('مـدرسة')).toBe('مـدرسه'); // tatweel kept
    expect(camelArabicNormalize('بٓ ٲ')).toBe('بٓ ٲ'); // maddah and wavy-hamza alef kept
    expect(normalizeArabic('مـدرسة بٓ ٲ', 'camel')).toBe('مـدرسه بٓ ٲ');
  });
});
