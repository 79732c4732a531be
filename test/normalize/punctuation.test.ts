/**
 * Properties of the punctuation families (quotes, Arabic/ASCII punctuation,
 * spacing, ellipsis, runs, dashes, percent and decimal signs) on lines dense
 * with punctuation, numbers, quotes and addresses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicWord } from '../arbitraries';
import { normalizeArabic, normalizeArabicWithMap, resolveNormalizeOptions, NORMALIZE_PRESETS, type NormalizeOptions } from '../../src/normalize';
import { PUNCTUATION_FAMILIES, address, allFamiliesOn, latinLine, punctuatedLine, punctuatedText, punctuationOptions } from './punctuation-arbitraries';
import { referenceNormalize } from './reference';
import { expectMonotoneMap } from '../helpers/offset-map';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (punctuation.deep.test.ts). */
const numRuns = propertyRuns(200);

const KEEP_ALL: NormalizeOptions = Object.fromEntries(Object.keys(PUNCTUATION_FAMILIES).map((name) => [name, 'keep']));
const NUMBER = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g;

const numbersOf = (text: string): string[] => (text.match(NUMBER) ?? []).map((found) => found.replace(/\u066b/g, '.'));
const lettersAndDigits = (text: string): string => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** Every value of every family on its own, on top of display. */
const SINGLE_FAMILY_OPTIONS: NormalizeOptions[] = Object.entries(PUNCTUATION_FAMILIES).flatMap(([name, values]) =>
  values.slice(1).map((value) => ({ [name]: value }) as NormalizeOptions),
);

describe.each(SINGLE_FAMILY_OPTIONS.map((options) => [JSON.stringify(options), options] as const))('%s', (_, options) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(punctuatedText, (text) => {
        const once = normalizeArabic(text, options);
        expect(normalizeArabic(once, options)).toBe(once);
      }),
      { numRuns },
    );
  });
});

describe('punctuation families together', () => {
  it('are idempotent in any combination', () => {
    fc.assert(
      fc.property(punctuatedText, punctuationOptions, (text, options) => {
        const once = normalizeArabic(text, options);
        expect(normalizeArabic(once, options)).toBe(once);
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it('agree with the reference implementation', () => {
    fc.assert(
      fc.property(punctuatedText, punctuationOptions, (text, options) => {
        expect(normalizeArabic(text, options)).toBe(referenceNormalize(text, resolveNormalizeOptions(options)));
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it('carry nothing from one call to the next (the pass is one object, reused), after a huge line too', () => {
    // Over 4,096 quotation marks and edits: the pass then lets its plan and its edits' buffers go.
    const huge = 'قال "نعم" ، و'.repeat(3000);
    fc.assert(
      fc.property(fc.array(fc.tuple(punctuatedText, punctuationOptions), { minLength: 2, maxLength: 4 }), fc.boolean(), (calls, withHuge) => {
        if (withHuge) normalizeArabicWithMap(huge, 'publish');
        for (const [text, options] of calls) {
          const expected = referenceNormalize(text, resolveNormalizeOptions(options));
          // Both calls, the map's checked against the text's.
          expect(expectMonotoneMap(text, options).output).toBe(expected);
        }
      }),
      { numRuns },
    );
  });

  it('never change the letters and digits, read in order', () => {
    fc.assert(
      fc.property(punctuatedText, punctuationOptions, (text, options) => {
        expect(lettersAndDigits(normalizeArabic(text, options))).toBe(lettersAndDigits(normalizeArabic(text, KEEP_ALL)));
      }),
      { numRuns },
    );
  });

  it('keep every number, digits and internal separators (٫ and . count as one)', () => {
    fc.assert(
      fc.property(punctuatedText, punctuationOptions, (text, options) => {
        expect(numbersOf(normalizeArabic(text, options))).toEqual(numbersOf(normalizeArabic(text, KEEP_ALL)));
      }),
      { numRuns },
    );
  });

  it('leave Latin-only text alone, under every preset too', () => {
    fc.assert(
      fc.property(latinLine, allFamiliesOn, fc.constantFrom(...NORMALIZE_PRESETS), (text, options, preset) => {
        expect(normalizeArabic(text, options)).toBe(normalizeArabic(text, KEEP_ALL));
        expect(normalizeArabic(text, preset)).toBe(normalizeArabic(text, { preset, ...KEEP_ALL }));
      }),
      { numRuns },
    );
  });

  it('leave URLs and e-mail addresses inside Arabic text alone', () => {
    fc.assert(
      fc.property(punctuatedLine, address, punctuatedLine, allFamiliesOn, (before, found, after, options) => {
        expect(normalizeArabic(`${before} ${found} ${after}`, options)).toContain(found);
      }),
      { numRuns },
    );
  });

  it('give the same text with the offset map, and a monotone map into the input', () => {
    fc.assert(
      fc.property(punctuatedText, punctuationOptions, (text, options) => {
        expectMonotoneMap(text, options);
      }),
      { numRuns },
    );
  });

  it('give the same text with the offset map when the edits lengthen the text a great deal', () => {
    // Every comma gains a space after it: the output outgrows any slack in the engine's buffer.
    for (const text of ['قال،وأضاف'.repeat(40), `«${'كلمة،'.repeat(300)}»`, 'نعم؟لا '.repeat(50)]) {
      const { output } = expectMonotoneMap(text, 'publish');
      expect(output.length).toBeGreaterThan(text.length + 16);
    }
  });
});

/** A line whose quotes balance: words, and quoted stretches (nested now and then) in any of the styles. */
const balancedLine: fc.Arbitrary<string> = fc
  .letrec<{ line: string; quoted: string }>((tie) => ({
    line: fc
      .array(fc.oneof({ arbitrary: arabicWord({ diacritics: false }), weight: 4 }, { arbitrary: tie('quoted'), weight: 1 }), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(' ')),
    // A quotation starts with a word: two opening marks in a row would be ambiguous for " and ”.
    quoted: fc
      .tuple(fc.constantFrom(['«', '»'], ['"', '"'], ['“', '”'], ['”', '”']), arabicWord({ diacritics: false }), tie('line'), fc.constantFrom('', '، ', '. '))
      .map(([[open, close], first, inner, after]) => `${open}${first} ${inner}${close}${after}`),
  }))
  .line.filter((line) => line.length < 400);

/** Whether the double quotes of a line nest properly: « with », “ with ”, " with ". */
function balances(line: string): boolean {
  const stack: string[] = [];
  for (const ch of line) {
    if (ch === '«' || ch === '“') stack.push(ch);
    else if (ch === '»' || ch === '”') {
      if (stack.pop() !== (ch === '»' ? '«' : '“')) return false;
    } else if (ch === '"') {
      if (stack.at(-1) === '"') stack.pop();
      else stack.push('"');
    }
  }
  return stack.length === 0;
}

describe('quotes', () => {
  it.each(['guillemets', 'curly', 'ascii'] as const)('stay balanced, and as many, when restyled as %s', (quotes) => {
    fc.assert(
      fc.property(balancedLine, (line) => {
        const output = normalizeArabic(line, { preset: 'publish', quotes });
        const count = (text: string): number => (text.match(/["«»“”]/g) ?? []).length;
        if (quotes !== 'ascii') expect(balances(output)).toBe(true);
        // Nested pairs take the secondary style, single quotes for ascii and curly.
        expect(count(output) + (output.match(/['‘’]/g) ?? []).length).toBe(count(line));
        expect(normalizeArabic(output, { preset: 'publish', quotes })).toBe(output);
      }),
      { numRuns },
    );
  });
});
