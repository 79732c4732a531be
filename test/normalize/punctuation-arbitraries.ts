/**
 * Generators for the punctuation properties: Arabic lines dense with
 * punctuation, numbers, quotes, brackets, URLs and e-mail addresses; Latin
 * lines with the same punctuation; and option sets that switch the
 * punctuation families on.
 */
import fc from 'fast-check';
import { arabicWord, latinWord, DIGIT_SCRIPTS } from '../arbitraries';
import { NORMALIZE_OPTION_VALUES, type NormalizeOptions } from '../../src/normalize';

const FAMILY_NAMES = ['quotes', 'punctuation', 'spacing', 'ellipsis', 'punctuationRuns', 'dashes', 'percentSign', 'decimalSign'] as const;

/** The punctuation families and their values (the first value of each, `keep`, keeps the text). */
export const PUNCTUATION_FAMILIES = Object.fromEntries(FAMILY_NAMES.map((name) => [name, NORMALIZE_OPTION_VALUES[name]])) as {
  readonly [Name in (typeof FAMILY_NAMES)[number]]: (typeof NORMALIZE_OPTION_VALUES)[Name];
};

function numberIn(scripts: ReadonlyArray<readonly string[]>, separators: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...scripts),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }),
      fc.option(fc.tuple(fc.constantFrom(...separators), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }))),
    )
    .map(([digits, head, tail]) => {
      const spell = (values: number[]): string => values.map((value) => digits[value]).join('');
      return spell(head) + (tail ? tail[0] + spell(tail[1]) : '');
    });
}

/** A number with internal separators, in one digit script: 7, 1,000, 3.5, 10:30, ٣٫٥, ١٬٠٠٠, 2019-2020. */
export const number: fc.Arbitrary<string> = numberIn(DIGIT_SCRIPTS, ['.', ',', ':', '٫', '٬', '-']);

/** The same with ASCII digits and separators only. */
export const asciiNumber: fc.Arbitrary<string> = numberIn([DIGIT_SCRIPTS[0]!], ['.', ',', ':', '-']);

/** A URL or an e-mail address. */
export const address: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(latinWord, latinWord, fc.constantFrom('', '/a,b', '/x.html?q=1;r=2', '/؟x')).map(([a, b, path]) => `https://${a}.${b}.com${path}`),
  fc.tuple(latinWord, latinWord).map(([a, b]) => `www.${a}.${b}`),
  fc.tuple(latinWord, latinWord).map(([a, b]) => `${a}@${b}.org`),
);

/** Every mark some punctuation rule looks at, and a few it must leave alone. */
const MARKS = [
  '،', '؛', '؟', ',', ';', '?', '!', '.', ':', '...', '. . .', '..', '…', '!!', '؟؟؟', '??', '(', ')', '[', ']',
  '"', '"', '«', '»', '“', '”', '-', '–', '—', '%', '٪', '٫', "'", '&quot;',
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: arabicWord({ diacritics: false }), weight: 10 },
  { arbitrary: arabicWord(), weight: 2 },
  { arbitrary: latinWord, weight: 2 },
  { arbitrary: number, weight: 3 },
  { arbitrary: address, weight: 1 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 8 },
);

const gap: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 8 },
  { arbitrary: fc.constant(''), weight: 5 },
  { arbitrary: fc.constantFrom('  ', '\u00a0', '\t'), weight: 1 },
);

/** One line of Arabic text, punctuation, numbers and addresses, spaced anyhow. */
export const punctuatedLine: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, gap), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([text, space]) => text + space).join(''));

/** One to four such lines. */
export const punctuatedText: fc.Arbitrary<string> = fc
  .array(punctuatedLine, { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));

/** A Latin line with the same punctuation, quotes, numbers and addresses, and no Arabic letter. */
export const latinLine: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: latinWord, weight: 8 },
        { arbitrary: asciiNumber, weight: 2 },
        { arbitrary: address, weight: 1 },
        { arbitrary: fc.constantFrom(...MARKS.filter((mark) => !/[،؛؟٪٫]/.test(mark))), weight: 6 },
      ),
      gap,
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((parts) => parts.map(([text, space]) => text + space).join(''));

/** Display plus any choice of the punctuation families. */
export const punctuationOptions = fc.record(
  Object.fromEntries(Object.entries(PUNCTUATION_FAMILIES).map(([name, values]) => [name, fc.constantFrom(...values)])),
  { requiredKeys: [] },
) as unknown as fc.Arbitrary<NormalizeOptions>;

/** Every family switched on in one of its changing values. */
export const allFamiliesOn = fc.record(
  Object.fromEntries(Object.entries(PUNCTUATION_FAMILIES).map(([name, values]) => [name, fc.constantFrom(...values.slice(1))])),
) as unknown as fc.Arbitrary<NormalizeOptions>;
