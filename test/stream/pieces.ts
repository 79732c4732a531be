/**
 * Cutting a text into pieces and normalising it piece by piece, for the
 * stream tests: the result must equal one call of `normalizeArabic`.
 */
import fc from 'fast-check';
import {
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESETS,
  type NormalizeOptions,
  type NormalizePreset,
} from '../../src/normalize';
import { createIncrementalNormalizer } from '../../src/stream';
import {
  normalizationText,
  normalizationUnit,
  vocalisedText,
  hostileString,
  anyUnicodeString,
  sentence,
} from '../arbitraries';

/** Splits `text` at the given UTF-16 offsets (taken modulo its length + 1); pieces may split surrogate pairs. */
export function cutAt(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** What normalising in pieces gave, and the most input the normaliser held back at once. */
export interface PiecewiseResult {
  output: string;
  maxPending: number;
}

/** Normalises `pieces` with an incremental normaliser. */
export function normalizePiecewise(
  pieces: readonly string[],
  options: NormalizePreset | NormalizeOptions,
  segmentLength?: number,
): PiecewiseResult {
  const normalizer = createIncrementalNormalizer(options, segmentLength === undefined ? {} : { segmentLength });
  let output = '';
  let maxPending = 0;
  for (const piece of pieces) {
    output += normalizer.push(piece);
    maxPending = Math.max(maxPending, normalizer.pending);
  }
  output += normalizer.end();
  return { output, maxPending };
}

/** Runs of one normalisation unit (spaces, marks, joiners, separators …) of up to 40 repeats, mixed with text. */
export const runText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(normalizationUnit, fc.integer({ min: 1, max: 40 })).map(([unit, count]) => unit.repeat(count)),
      normalizationUnit,
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

/**
 * Characters of every class the normaliser treats apart, in groups: letters
 * that compose or decide a superscript alef, digits, Arabic separators,
 * collapsing spaces, joiners, removed units, marks of each class (an astral
 * one included), ligatures and a honorific, line breaks, and odd units (an
 * emoji, a lone surrogate).
 */
export const DENSE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  letters: ['ب', 'ل', 'ا', 'ه', 'ذ', 'و', 'ى', 'آ', 'x', '.'],
  digits: ['3', '٣'],
  separators: ['٫', '٬'],
  spaces: [' ', '\u00a0', '\t'],
  joiners: ['\u200c', '\u200d'],
  removed: ['\u200b', '\u0640', '\u200f', '\u00ad'],
  marks: ['\u064e', '\u064b', '\u0651', '\u0652', '\u0670', '\u0654', '\u0653', '\u06d6', '\u{10efa}'],
  forms: ['\ufefb', '\ufef7', '\ufe72', '\ufdfa'],
  breaks: ['\n', '\r', '\u2029'],
  odd: ['👍', '\ud800'],
};

const OTHER_GROUPS = Object.keys(DENSE_GROUPS).filter((name) => name !== 'letters');

/**
 * Text over a small alphabet: a few letters and a few characters of one to
 * three other groups of {@link DENSE_GROUPS}, each repeated up to six times.
 * With so few characters, any two classes meet, in any order and in runs.
 */
export const denseText: fc.Arbitrary<string> = fc
  .tuple(
    fc.subarray([...DENSE_GROUPS['letters']!], { minLength: 1, maxLength: 3 }),
    fc.subarray(OTHER_GROUPS, { minLength: 1, maxLength: 3 }),
  )
  .chain(([letters, groups]) => {
    const others = groups.flatMap((group) => DENSE_GROUPS[group]!);
    return fc.array(fc.tuple(fc.constantFrom(...letters, ...others), fc.integer({ min: 1, max: 6 })), { maxLength: 30 });
  })
  .map((parts) => parts.map(([character, count]) => character.repeat(count)).join(''));

/** Every kind of text the stream tests cut up. */
export const streamText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: denseText, weight: 5 },
  { arbitrary: normalizationText, weight: 4 },
  { arbitrary: runText, weight: 3 },
  { arbitrary: vocalisedText, weight: 2 },
  { arbitrary: fc.array(sentence, { maxLength: 3 }).map((lines) => lines.join('\r\n')), weight: 1 },
  { arbitrary: hostileString, weight: 1 },
  { arbitrary: anyUnicodeString, weight: 1 },
);

/** Offsets to cut at: none, a few, or many. */
export const cuts: fc.Arbitrary<number[]> = fc.array(fc.nat(), { maxLength: 40 });

/** A segment length small enough that cut points and shortening are exercised on short texts, or the default. */
export const segmentLength: fc.Arbitrary<number | undefined> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 4 },
  { arbitrary: fc.integer({ min: 4, max: 48 }), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

/** Any options object: some rules set, others left to the preset. */
export const anyOptions: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom(...NORMALIZE_PRESETS),
    ...Object.fromEntries(NORMALIZE_OPTION_NAMES.map((name) => [name, fc.constantFrom(...NORMALIZE_OPTION_VALUES[name])])),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

/**
 * Options with the rules that look at neighbours switched on most of the
 * time: separators between digits, contextual joiners, collapsing and
 * trimmed spaces, superscript alef by context, composition, honorifics.
 */
export const contextOptions: fc.Arbitrary<NormalizeOptions> = fc.record({
  preset: fc.constantFrom(...NORMALIZE_PRESETS),
  digits: fc.constantFrom('western', 'western', 'keep'),
  joiners: fc.constantFrom('contextual', 'contextual', 'keep', 'remove'),
  whitespace: fc.constantFrom('collapse', 'trim', 'keep'),
  superscriptAlef: fc.constantFrom('contextual', 'alef', 'keep', 'remove'),
  compose: fc.constantFrom('nfc', 'keep'),
  diacritics: fc.constantFrom('canonical', 'keep', 'strip'),
  honorifics: fc.constantFrom('expand', 'keep'),
  tatweel: fc.constantFrom('remove', 'keep'),
  presentationForms: fc.constantFrom('letters', 'keep'),
});

/** Lines some preset's stream held whole, or re-read, before. */
export const HELD_LINE_PATTERNS: Readonly<Record<string, string>> = {
  'ordinary words': 'قالت الوزارة في بيان إن المشروع الجديد يضم ١٢ مدرسة، ',
  'lone low surrogates': '\udc00\udc01\udc02',
  'lone high surrogates': '\ud800\udbff',
  'digits and spaces': '123 456 7890 ',
  'Arabic digits and separators between spaces': '٣٫٥ ١٢٬٠٠٠ ',
  'HTML references': '&amp; &quot; &#1605; &nbsp; &lt;&gt; &amp;amp; ',
  'nested quotes': '"«قال “نعم” و‘لا’ »" ',
};
