/**
 * Property tests of the normaliser on generated Arabic text (see the
 * normalisation generators in test/arbitraries.ts). Run counts are moderate;
 * `FC_NUM_RUNS=5000 npx vitest run test/normalize` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FOREIGN_TEXT,
  INVISIBLE_CHARACTERS,
  hostileString,
  latinWord,
  normalizationText,
  paragraph,
  vocalisedText,
} from '../arbitraries';
import {
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESETS,
  NORMALIZE_PRESET_OPTIONS,
  mapOutputRange,
  normalizeArabic,
  normalizeArabicWithMap,
  resolveNormalizeOptions,
  type NormalizeOptions,
} from '../../src/normalize';
import { referenceNormalize } from './reference';
import { expectMonotoneMap } from '../helpers/offset-map';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (properties.deep.test.ts). */
const numRuns = propertyRuns(200);
const anyText = fc.oneof(normalizationText, vocalisedText, paragraph, hostileString);
const arabicText = fc.oneof(normalizationText, vocalisedText, paragraph);

/** Every Arabic combining mark, small high waw/yeh included, written as a class independent of the library. */
const ARABIC_MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0897-\u089f\u08ca-\u08e1\u08e3-\u08ff\u{10efa}-\u{10eff}]/u;
/** What `search` folds or removes: alef variants, ى, ة, Persian forms, tatweel, non-western digits, invisibles. */
const FOLDED = /[أإآٱٲٳٵىةیکڪەھہۀۂۃےۓ\u0640\u0660-\u0669\u06f0-\u06f9\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/** Whether a string has no lone surrogate (deleting a character between two lone halves pairs them up). */
const isWellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** Letters of the compatibility decomposition, tatweel aside: what a reader reads. */
function baseLetters(text: string): string {
  return Array.from(text.normalize('NFKD'))
    .filter((ch) => /\p{L}/u.test(ch) && ch !== '\u0640')
    .join('');
}

const optionsArbitrary: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom(...NORMALIZE_PRESETS),
    ...Object.fromEntries(
      Object.entries(NORMALIZE_OPTION_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)]),
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

describe.each(NORMALIZE_PRESETS)('preset %s', (preset) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeArabic(text, preset);
        expect(normalizeArabic(once, preset)).toBe(once);
      }),
      { numRuns },
    );
  });

  it('agrees with the reference implementation', () => {
    const options = NORMALIZE_PRESET_OPTIONS[preset];
    fc.assert(
      fc.property(arabicText, (text) => {
        expect(normalizeArabic(text, preset)).toBe(referenceNormalize(text, options));
      }),
      { numRuns },
    );
  });

  it('returns a monotone offset map into the input, with the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectMonotoneMap(text, preset);
      }),
      { numRuns },
    );
  });

  it('maps any output range to an input range covering its producers', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (text, a, b) => {
        const { text: output, sourceIndex } = normalizeArabicWithMap(text, preset);
        const start = Math.min(a, b) % (output.length + 1);
        const end = Math.min(output.length, start + (Math.max(a, b) % 12));
        const range = mapOutputRange(sourceIndex, start, end);
        expect(0 <= range.start && range.start <= range.end && range.end <= text.length).toBe(true);
        for (let i = start; i < end; i++) {
          expect(sourceIndex[i]).toBeGreaterThanOrEqual(range.start);
          expect(sourceIndex[i]).toBeLessThan(range.end);
        }
      }),
      { numRuns },
    );
  });

  it('leaves Latin, CJK and emoji untouched', () => {
    const foreign = fc
      .array(fc.oneof(fc.constantFrom(...FOREIGN_TEXT), latinWord), { minLength: 1, maxLength: 8 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(foreign, arabicText, (text, arabic) => {
        expect(normalizeArabic(text, preset)).toBe(text);
        // Inside Arabic text the foreign words survive as they are, and so do the spaces around them
        // unless the spacing rule takes one next to a bracket or a quote.
        const inside = normalizeArabic(`${arabic} ${text} ${arabic}`, preset);
        expect(inside).toContain(NORMALIZE_PRESET_OPTIONS[preset].spacing === 'keep' ? ` ${text} ` : text);
      }),
      { numRuns },
    );
  });
});

describe('preset search', () => {
  it('leaves no Arabic marks, tatweel, folded variants or invisibles', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeArabic(text, 'search');
        expect(key).not.toMatch(ARABIC_MARK);
        expect(key).not.toMatch(FOLDED);
        expect(key).not.toMatch(/ {2}/u);
      }),
      { numRuns },
    );
  });

  it('gives the same key to a text and its fully vocalised, elongated spelling', () => {
    const letters = fc.array(fc.constantFrom(...Array.from('ابتثجحخدذرزسشصضطظعغفقكلمنهوي')), { minLength: 1, maxLength: 8 });
    const marks = fc.constantFrom('', '\u064e', '\u064f', '\u0650', '\u0652', '\u0651\u064e', '\u064b', '\u0640', '\u0640\u064e');
    fc.assert(
      fc.property(letters.chain((word) => fc.tuple(fc.constant(word), fc.array(marks, { minLength: word.length, maxLength: word.length }))), ([word, extras]) => {
        const vocalised = word.map((letter, k) => letter + extras[k]!).join('');
        expect(normalizeArabic(vocalised, 'search')).toBe(normalizeArabic(word.join(''), 'search'));
      }),
      { numRuns },
    );
  });
});

describe('preset display', () => {
  it('never changes the sequence of base letters', () => {
    fc.assert(
      fc.property(anyText.filter(isWellFormed), (text) => {
        expect(baseLetters(normalizeArabic(text, 'display'))).toBe(baseLetters(text));
      }),
      { numRuns },
    );
  });

  it('removes invisible marks without moving anything else, and maps each kept unit to itself', () => {
    const clean = paragraph.map((text) => normalizeArabic(text, 'display'));
    const removable = fc.constantFrom(...INVISIBLE_CHARACTERS.filter((ch) => ch !== '\u200c' && ch !== '\u200d' && ch !== '\u180e'));
    fc.assert(
      fc.property(clean, fc.array(fc.tuple(fc.nat(), removable), { maxLength: 8 }), (text, insertions) => {
        let padded = text;
        for (const [at, ch] of insertions) {
          const k = at % (padded.length + 1);
          padded = padded.slice(0, k) + ch + padded.slice(k);
        }
        const { text: output, sourceIndex } = normalizeArabicWithMap(padded, 'display');
        expect(output).toBe(text);
        for (let i = 0; i < output.length; i++) expect(padded[sourceIndex[i]!]).toBe(output[i]);
      }),
      { numRuns },
    );
  });

  it('maps unchanged text to itself with the identity map', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const clean = normalizeArabic(text, 'display');
        const { text: output, sourceIndex } = normalizeArabicWithMap(clean, 'display');
        expect(output).toBe(clean);
        expect(Array.from(sourceIndex)).toEqual(Array.from({ length: clean.length + 1 }, (_, k) => k));
      }),
      { numRuns },
    );
  });
});

describe('any options', () => {
  it('agree with the reference implementation', () => {
    fc.assert(
      fc.property(arabicText, optionsArbitrary, (text, options) => {
        expect(normalizeArabic(text, options)).toBe(referenceNormalize(text, resolveNormalizeOptions(options)));
      }),
      { numRuns: numRuns * 5 },
    );
  });
});
