/**
 * The normaliser's short routes give what its whole pipeline gives: the table
 * engine alone for a text without a pass trigger, and the in-place rewrite of
 * ، ؛ ؟ under `punctuation: 'ascii'` alone for a text without a repair trigger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, normalizationText, paragraph, vocalisedText } from '../arbitraries';
import { compiledFor, needsPasses } from '../../src/normalize/normalizer';
import { runPlain, runWithMap } from '../../src/normalize/engine';
import { normalizeArabic, normalizeArabicWithMap, resolveNormalizeOptions, type ResolvedNormalizeOptions } from '../../src/normalize';
import type { CompiledNormalizer } from '../../src/normalize/compile';
import { referenceNormalize } from './reference';
import {
  runInPlacePunctuation,
  runInPlacePunctuationWithMap,
  runPipeline,
  runPipelineWithMap,
  takesInPlacePunctuation,
} from '../../src/normalize/pipeline';
import type { NormalizeOptions, NormalizePreset } from '../../src/normalize';
import { address, number, punctuatedLine } from './punctuation-arbitraries';
import { propertyRuns } from '../helpers/tier';
import { AsciiRewrite, asciiPunctuationInPlace } from '../../src/normalize/punctuation/ascii';
import { StopList } from '../../src/normalize/stop-list';

const numRuns = propertyRuns(1000);

/** Lines dense with ، ؛ ؟ beside digits, addresses and references, and every other kind of text. */
const asciiLine = fc
  .array(fc.oneof(normalizationText, number, address, fc.constantFrom('،', '؛', '؟', '&amp;', '&', ' ', '\n', '٣،٥', 'www.a.com/؟q')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(asciiLine, punctuatedLine, vocalisedText, paragraph, hostileString);

const OPTIONS: Array<NormalizePreset | NormalizeOptions> = [
  'search',
  'display',
  'publish',
  'lucene',
  { punctuation: 'ascii' },
  { preset: 'search', htmlEntities: 'keep' },
  { preset: 'search', mojibake: 'repair' },
  { preset: 'display', whitespace: 'trim', punctuation: 'ascii' },
];

describe.each(OPTIONS.map((options) => [JSON.stringify(options), options] as const))('%s', (_, options) => {
  it('gives the pipeline’s text and map on every route it takes', () => {
    const compiled = compiledFor(options);
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = compiled.lineContext ? runPipelineWithMap(compiled, text) : runWithMap(compiled, text);
        if (takesInPlacePunctuation(compiled, text)) {
          expect(runInPlacePunctuation(compiled, text)).toBe(expected.text);
          expect(runInPlacePunctuationWithMap(compiled, text)).toEqual(expected);
        }
        if (!needsPasses(compiled, text)) {
          expect(runPlain(compiled, text, false)).toBe(expected.text);
          expect(runWithMap(compiled, text, false)).toEqual(expected);
        }
        if (compiled.lineContext) expect(runPipeline(compiled, text)).toBe(expected.text);
      }),
      { numRuns },
    );
  });
});

describe('the in-place route', () => {
  it('is taken by search keys of text without references, and keeps ، ؛ ؟ between digits and in addresses', () => {
    const compiled = compiledFor('search');
    const line = 'قال، ثم؛ هل؟ ٣،٥ www.site.com/؟q';
    expect(takesInPlacePunctuation(compiled, line)).toBe(true);
    expect(takesInPlacePunctuation(compiled, 'A &amp; B، ج')).toBe(false);
    expect(runInPlacePunctuation(compiled, line)).toBe('قال, ثم; هل? 3،5 www.site.com/؟q');
  });
});

describe('the rewrite of a long text’s marks, piece by piece', () => {
  // The engine hands the rewrite each piece of a long text as it writes it; the marks it does
  // then, and at the end, must be what one rewrite of the whole output does.
  const unitsOf = (text: string): Uint16Array => Uint16Array.from(text, (c) => c.charCodeAt(0));
  const isMark = (unit: number): boolean => unit === 0x060c || unit === 0x061b || unit === 0x061f;
  const cuts = fc.array(fc.nat(), { maxLength: 6 });
  // The stop list as the engine keeps it: none, one that keeps them all, or one that gives up part of the way.
  const recording = fc.constantFrom('none', 'all', 'overflowing');

  it('rewrites what one rewrite of the whole output does, wherever the pieces end', () => {
    fc.assert(
      fc.property(asciiLine, asciiLine, cuts, recording, (first, second, rawCuts, kind) => {
        const text = `${first}${'،'.repeat(70)}${second}`;
        const whole = unitsOf(text);
        const expected = asciiPunctuationInPlace(whole, whole.length, undefined, 0);
        const units = unitsOf(text);
        const ends = [...new Set(rawCuts.map((cut) => cut % (units.length + 1)))].sort((a, b) => a - b);
        // A list of at most 64 offsets, for a text of 0 units: more than 64 marks make it give up.
        const stops = kind === 'none' ? undefined : new StopList(64, kind === 'all' ? Infinity : 0);
        const rewrite = new AsciiRewrite();
        let recorded = 0;
        const record = (upTo: number): void => {
          for (; recorded < upTo; recorded++) if (stops && isMark(units[recorded]!)) stops.push(recorded);
        };
        for (const end of ends) {
          record(end);
          rewrite.piece(units, end, stops);
        }
        record(units.length);
        rewrite.upTo(units, units.length, units.length, stops?.view(), stops?.count ?? 0);
        expect(rewrite.rewritten).toBe(expected);
        expect(Array.from(units)).toEqual(Array.from(whole));
      }),
      { numRuns },
    );
  });
});

describe('the kept prefix', () => {
  // The engine compares the leading units a preset keeps instead of writing them, and runs
  // through a lone mark only where its loop would write the mark as it is.
  it('runs through a lone mark after a letter, and nowhere else', () => {
    expect(normalizeArabic('بَ ب', 'display')).toBe('بَ ب');
    expect(normalizeArabic('كتبَ1', 'display')).toBe('كتبَ1');
    // After a space, at the start, before a joiner or before another mark, the mark needs the cluster logic.
    expect(normalizeArabic('ب َب', 'display')).toBe('ب ب');
    expect(normalizeArabic('َب', 'display')).toBe('ب');
    expect(normalizeArabic('بُ\u200d', 'display')).toBe('بُ');
    expect(normalizeArabic('ب\u0651\u064e ب', 'display')).toBe('ب\u064e\u0651 ب');
  });

  // The prefix loop finds a doubled space by the sum of two units (0x40), which other pairs share.
  it('ends at a doubled space where runs collapse, and runs on through other pairs of the same sum', () => {
    expect(normalizeArabic('سطر  سطر', 'display')).toBe('سطر سطر');
    expect(normalizeArabic('سطر  سطر', { preset: 'display', whitespace: 'keep' })).toBe('سطر  سطر');
    // U+000A + '6' and '6' + U+000A sum to 0x40 as well.
    expect(normalizeArabic('سطر\n6\nسطر', 'display')).toBe('سطر\n6\nسطر');
    expect(normalizeArabic('سطر\n6\nسطر  سطر', 'display')).toBe('سطر\n6\nسطر سطر');
    expect(normalizeArabic('\t7  ب', { preset: 'display', whitespace: 'keep' })).toBe('\t7  ب');
  });

  // After the cluster logic has run, the engine copies what the table keeps as one run again, the
  // unit before the run being what the cluster wrote.
  it('runs again after a mark cluster, from what the cluster wrote', () => {
    expect(normalizeArabic('ب\u0651\u064e  ب', 'display')).toBe('ب\u064e\u0651 ب');
    expect(normalizeArabic('ب\u0651\u064e\u064e ب', 'display')).toBe('ب\u064e\u0651 ب');
    expect(normalizeArabic('ﷺ  ب', { preset: 'display', honorifics: 'expand' })).toBe(normalizeArabic('ﷺ ب', { preset: 'display', honorifics: 'expand' }));
    const line = `ب\u0651\u064e ${'كتب '.repeat(40)}ب\u0651\u064e  سطرَ`;
    expect(normalizeArabic(line, 'display')).toBe(`ب\u064e\u0651 ${'كتب '.repeat(40)}ب\u064e\u0651 سطرَ`);
  });
});

describe('the aligned run', () => {
  // Where the table changes few units, those after the kept prefix that it writes one for one are
  // patched into a copy of the line, up to the first unit dropped or added.
  it('is taken under options that keep every Arabic letter and note no marks for a pass', () => {
    expect(compiledFor('display').sparseChanges).toBe(true);
    expect(compiledFor({ preset: 'display', whitespace: 'keep' }).sparseChanges).toBe(true);
    for (const options of ['search', 'publish', 'lucene', 'camel', { punctuation: 'ascii' }] as const) {
      expect(compiledFor(options).sparseChanges).toBe(false);
    }
  });

  it('patches what becomes one other unit, and hands over at a space to drop or a unit to delete', () => {
    expect(normalizeArabic('قال\u00a0الوزير  إن', 'display')).toBe('قال الوزير إن');
    expect(normalizeArabic('قال\u00a0 الوزير', 'display')).toBe('قال الوزير');
    expect(normalizeArabic('قال\u00a0 الوزير', { preset: 'display', whitespace: 'keep' })).toBe('قال\u00a0 الوزير');
    expect(normalizeArabic('ﻻ\u00a0بَ\u00a0ﻷن', 'display')).toBe('لا بَ لأن');
    const { text, sourceIndex } = normalizeArabicWithMap('قال\u00a0الوزير\u200f.', 'display');
    expect(text).toBe('قال الوزير.');
    expect(Array.from(sourceIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]);
  });
});

describe('two marks on a letter', () => {
  // Two simple marks that end their cluster are written by the loop itself, in canonical order;
  // a third mark, or a mark that composes, goes to the cluster logic.
  it('are ordered and deduplicated as the cluster logic does', () => {
    expect(normalizeArabic('ب\u0651\u064e', 'display')).toBe('ب\u064e\u0651');
    expect(normalizeArabic('ب\u064e\u0651 ب', 'display')).toBe('ب\u064e\u0651 ب');
    expect(normalizeArabic('ب\u064e\u064e', 'display')).toBe('ب\u064e');
    expect(normalizeArabic('ب\u0651\u064e', { preset: 'display', diacritics: 'keep' })).toBe('ب\u064e\u0651');
    expect(normalizeArabic('ب\u0651\u064e\u0650 ب', 'display')).toBe('ب\u064e\u0650\u0651 ب');
    expect(normalizeArabic(' \u0651\u064e', 'display')).toBe(' ');
  });

  it('keep the source of a lone mark that ends the text after the loop stopped before it', () => {
    const options = { preset: 'display', tatweel: 'remove' } as const;
    // The scratch map is left holding other offsets first.
    normalizeArabicWithMap('ــــــــــكتبنا', options);
    const { text, sourceIndex } = normalizeArabicWithMap('كتـبَ', options);
    expect(text).toBe('كتبَ');
    expect(Array.from(sourceIndex)).toEqual([0, 1, 3, 4, 5]);
  });

  it('keep their sources ascending when they swap', () => {
    const { text, sourceIndex } = normalizeArabicWithMap('كب\u0651\u064e.', 'display');
    expect(text).toBe('كب\u064e\u0651.');
    expect(Array.from(sourceIndex)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});


describe('the loops through the scratch buffers', () => {
  // Output that is not the scratch buffer itself (a text longer than it, or output the cluster logic
  // grew past it) is written through the scratch buffers, which start with the unit written before.
  // The slow reference implementation is the witness: both loops go through the same window.
  const pieces = fc.array(fc.oneof(anyText, fc.constantFrom(' ', '  ', '\u00a0 ', '،', 'ب\u0651\u064e', '\n ', 'ـ')), { minLength: 1, maxLength: 8 });
  // What the output starts with: a space there may be dropped even where no run collapses.
  const start = fc.constantFrom('', 'ـ ', 'ـ  ', '\u00a0 ', '\u200f\u00a0', 'ـ،');
  const ENGINE_OPTIONS: Array<NormalizePreset | NormalizeOptions> = [
    'search',
    'display',
    'lucene',
    { preset: 'display', whitespace: 'trim', punctuation: 'ascii' },
  ];

  /** Every route the text takes gives the reference's text. */
  function expectRoutes(compiled: CompiledNormalizer, resolved: ResolvedNormalizeOptions, text: string): void {
    const expected = referenceNormalize(text, resolved);
    if (!needsPasses(compiled, text)) {
      expect(runPlain(compiled, text, false)).toBe(expected);
      expect(runWithMap(compiled, text, false).text).toBe(expected);
    } else {
      // The stops of ، ؛ ؟ recorded for the rewrite are offsets in the output, not in the scratch buffer.
      expect(runInPlacePunctuation(compiled, text)).toBe(expected);
      expect(runInPlacePunctuationWithMap(compiled, text).text).toBe(expected);
    }
  }

  it.each(ENGINE_OPTIONS.map((options) => [JSON.stringify(options), options] as const))(
    'give the reference’s text for texts longer than the scratch buffer, %s',
    (_, options) => {
      const compiled = compiledFor(options);
      const resolved = resolveNormalizeOptions(options);
      fc.assert(
        fc.property(start, pieces, fc.integer({ min: 0, max: 40 }), (first, parts, shift) => {
          // Repeated past 65,536 units, so that the pieces' joins fall at every offset of the buffer.
          const unit = parts.join('');
          const text = first + ' '.repeat(shift) + unit.repeat(Math.ceil(70_000 / Math.max(unit.length, 1)));
          fc.pre(!needsPasses(compiled, text) || takesInPlacePunctuation(compiled, text));
          expectRoutes(compiled, resolved, text);
        }),
        { numRuns: 8 },
      );
    },
  );

  it('write the map through the scratch buffer at the offsets of the output', () => {
    // Each repeat loses its tatweel: the output and its map shift by one unit a repeat.
    const repeats = 20_000;
    const { text, sourceIndex } = normalizeArabicWithMap('كتـاب '.repeat(repeats), 'search');
    expect(text).toBe('كتاب '.repeat(repeats));
    const expected = Array.from({ length: repeats }, (_, r) => [6 * r, 6 * r + 1, 6 * r + 3, 6 * r + 4, 6 * r + 5]).flat();
    expected.push(6 * repeats);
    expect(Array.from(sourceIndex)).toEqual(expected);
  });

  it('give the reference’s text once the cluster logic has grown the output', () => {
    const options = { preset: 'display', honorifics: 'expand' } as const;
    const compiled = compiledFor(options);
    const resolved = resolveNormalizeOptions(options);
    fc.assert(
      fc.property(pieces, (parts) => {
        // Each ﷺ expands to 18 units: 4,000 of them outgrow the scratch buffer.
        const text = `${' ﷺ'.repeat(4000)}${parts.join('')}`;
        fc.pre(!needsPasses(compiled, text));
        expectRoutes(compiled, resolved, text);
      }),
      { numRuns: 6 },
    );
  });
});
