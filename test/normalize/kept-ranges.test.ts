import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalizeArabic, resolveNormalizeOptions, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { KeptRanges } from '../../src/normalize/kept-ranges';
import { compiledFor } from '../../src/normalize/normalizer';
import { UNIT_CHUNK } from '../../src/unicode/units-of-text';
import { referenceNormalize } from './reference';
import { arabicWord, diacritic, INVISIBLE_CHARACTERS, PRESENTATION_FORMS, SPACE_CHARACTERS, TATWEEL } from '../arbitraries';

/** Options whose normalisation is the table engine alone, where ranges can be vouched for. */
const ENGINE_ALONE: ReadonlyArray<NormalizePreset | NormalizeOptions> = [
  'display',
  'lucene',
  'camel',
  { preset: 'display', whitespace: 'trim' },
  { preset: 'display', diacritics: 'strip' },
];

// Text with what stops a kept run: doubled spaces, other spaces, marks after spaces and letters,
// tatweel, presentation forms, invisible characters and line breaks.
const piece = fc.oneof(
  { weight: 6, arbitrary: arabicWord({ diacritics: false }) },
  { weight: 1, arbitrary: arabicWord({ diacritics: true }) },
  { weight: 4, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constantFrom(...SPACE_CHARACTERS, ...INVISIBLE_CHARACTERS, TATWEEL, '\n', 'a', '.') },
  { weight: 1, arbitrary: fc.constantFrom(...PRESENTATION_FORMS) },
  { weight: 1, arbitrary: diacritic },
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const textWithRange = text.chain((whole) =>
  fc
    .tuple(fc.nat({ max: whole.length }), fc.nat({ max: whole.length }))
    .map(([a, b]) => ({ whole, start: Math.min(a, b), end: Math.max(a, b) })),
);

describe('KeptRanges', () => {
  test.prop([textWithRange, fc.constantFrom(...ENGINE_ALONE)], { numRuns: 400 })(
    'vouches only for ranges that normalising leaves as they are',
    ({ whole, start, end }, options) => {
      const slice = whole.slice(start, end);
      if (!new KeptRanges(compiledFor(options), whole).keeps(start, end)) return;
      // The engine decides a kept text by the same scan: the slow reference is the independent witness.
      expect(referenceNormalize(slice, resolveNormalizeOptions(options))).toBe(slice);
      expect(normalizeArabic(slice, options)).toBe(slice);
    },
  );

  it('vouches for the lines of plain and pointed text under options without passes', () => {
    const lines = ['قال الوزير إن الخطة جاهزة', 'كَتَبَ الطالبُ درسَه', 'Reuters 2026: العنوان'];
    const whole = lines.join('\n');
    for (const options of ENGINE_ALONE.slice(0, 3)) {
      const ranges = new KeptRanges(compiledFor(options), whole);
      let start = 0;
      for (const line of lines) {
        expect(ranges.keeps(start, start + line.length)).toBe(normalizeArabic(line, options) === line);
        start += line.length + 1;
      }
    }
    expect(new KeptRanges(compiledFor('display'), whole).keeps(0, lines[0]!.length)).toBe(true);
  });

  it('stops at what the engine would change: a doubled space, a presentation form, a mark after a space', () => {
    const ranges = new KeptRanges(compiledFor('display'), 'كتب  الدرس|ﻻ قال|كتب َالدرس');
    expect(ranges.keeps(0, 10)).toBe(false);
    expect(ranges.keeps(11, 15)).toBe(false);
    expect(ranges.keeps(16, 27)).toBe(false);
    expect(ranges.keeps(0, 4)).toBe(true);
  });

  it('never vouches under options with a repair or punctuation pass', () => {
    const whole = 'قال الوزير إن الخطة جاهزة';
    for (const options of ['search', 'publish', { preset: 'display', htmlEntities: 'decode' }] as const) {
      expect(new KeptRanges(compiledFor(options), whole).keeps(0, whole.length)).toBe(false);
    }
  });

  it('reads ranges anywhere in a text longer than its window, in any order', () => {
    const line = 'قال الوزير إن الخطة جاهزة';
    const lines = Array.from({ length: Math.ceil((UNIT_CHUNK * 5) / (line.length + 1)) }, (_, k) => (k % 7 === 3 ? 'ﻻ قال' : line));
    const whole = lines.join('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const part of lines) {
      starts.push(offset);
      offset += part.length + 1;
    }
    const ranges = new KeptRanges(compiledFor('display'), whole);
    const order = [...starts.keys()].reverse().concat([...starts.keys()].filter((k) => k % 3 === 0));
    for (const k of order) expect(ranges.keeps(starts[k]!, starts[k]! + lines[k]!.length)).toBe(k % 7 !== 3);
  });

  it('keeps its answers when another text was read in between', () => {
    const first = new KeptRanges(compiledFor('display'), 'قال الوزير');
    expect(first.keeps(0, 10)).toBe(true);
    const second = new KeptRanges(compiledFor('display'), 'كتـب  الدرس');
    expect(second.keeps(0, 11)).toBe(false);
    expect(first.keeps(0, 10)).toBe(true);
  });

  it('keeps its answers when the engine normalised another text in between', () => {
    // The ranges read the engine's own buffer of units, which every normalisation overwrites.
    const ranges = new KeptRanges(compiledFor('display'), 'قال الوزير|ﻻ قال');
    expect(ranges.keeps(0, 10)).toBe(true);
    expect(normalizeArabic('ﻻ قال الوزير  إن الخطة جاهزة', 'display')).toBe('لا قال الوزير إن الخطة جاهزة');
    expect(ranges.keeps(11, 16)).toBe(false);
    normalizeArabic('قال الوزير', 'display');
    expect(ranges.keeps(0, 10)).toBe(true);
    normalizeArabic('ﻻ قال  الوزير', 'display');
    expect(ranges.keeps(0, 10)).toBe(true);
  });

  it('leaves ranges longer than the engine reads at once to normalisation', () => {
    const whole = 'ب'.repeat(UNIT_CHUNK + 1);
    const ranges = new KeptRanges(compiledFor('display'), whole);
    expect(ranges.keeps(0, UNIT_CHUNK)).toBe(true);
    expect(ranges.keeps(0, UNIT_CHUNK + 1)).toBe(false);
  });
});
