/**
 * The incremental normaliser and the stream give exactly what one call of
 * `normalizeArabic` gives, however the text is cut: at random offsets (which
 * split surrogate pairs, letters from their marks, CRLFs, runs of spaces,
 * lam-alef ligatures, digits from their separators), with segment lengths
 * small enough that long-line cuts and run shortening happen on short texts.
 *
 * Run counts are a tenth in `npm test` and full in the deep tier
 * (incremental.property.deep.test.ts); `FC_NUM_RUNS=2000 npx vitest run test/stream` runs more.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { NORMALIZE_PRESETS, normalizeArabic } from '../../src/normalize';
import { createNormalizeStream } from '../../src/stream';
import { anyOptions, contextOptions, cutAt, cuts, denseText, normalizePiecewise, segmentLength, streamText } from './pieces';
import { damagedText } from '../fuzz/generators';
import { propertyRuns } from '../helpers/tier';

const numRuns = propertyRuns(300);

describe.each(NORMALIZE_PRESETS)('incremental normalisation, preset %s', (preset) => {
  test.prop([streamText, cuts, segmentLength], { numRuns })(
    'equals one-shot normalisation for any cutting',
    (text, offsets, length) => {
      const { output } = normalizePiecewise(cutAt(text, offsets), preset, length);
      expect(output).toBe(normalizeArabic(text, preset));
    },
  );

  test.prop([streamText, segmentLength], { numRuns: Math.ceil(numRuns / 3) })(
    'equals one-shot normalisation when fed one code unit at a time',
    (text, length) => {
      const { output } = normalizePiecewise(text.split(''), preset, length);
      expect(output).toBe(normalizeArabic(text, preset));
    },
  );
});

describe('incremental normalisation of dense text', () => {
  // Short texts over a few characters, fed a unit at a time with tiny segments: a cut or a
  // shortening after every unit, and every pair of neighbours met often. Cheap, so many runs.
  const options = fc.oneof(fc.constantFrom(...NORMALIZE_PRESETS), anyOptions, contextOptions, contextOptions);
  test.prop([denseText, options, fc.integer({ min: 1, max: 3 })], {
    numRuns: numRuns * 10,
  })('equals one-shot normalisation, one unit at a time', (text, options, length) => {
    const { output } = normalizePiecewise(text.split(''), options, length);
    expect(output).toBe(normalizeArabic(text, options));
  });
});

describe('incremental normalisation of damaged lines under repair', () => {
  // One long line of clean Arabic, mojibake of both kinds and HTML references, with the
  // separators and units that decide where a line-scoped stream may cut: cut often, with
  // tiny segments, the stream must still decode exactly what a whole-line repair decodes.
  const separator = fc.constantFrom(
    ...[' ', ' ', '  ', '\u00a0', '٣', '👍', 'ﻻ', '\u200c', '، ', '&amp; ', '\u0640', ' ط ', 'آ\u00a0'],
    // Pieces of addresses, which keep their marks: `www.`, `://` or `@` can decide a mark far along a token.
    ...['www.', 'http://', 'a@b.', '٣٣٣،', '👍👍،', 'ﻻﻻ؟'],
  );
  const damagedLine = fc
    .array(fc.tuple(damagedText, separator), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([text, between]) => text.replace(/[\n\r\u2028\u2029\u0085]/g, ' ') + between).join(''));
  const repairOptions = fc.oneof(
    fc.constant('search' as const),
    fc.constant('publish' as const),
    fc.record({
      preset: fc.constantFrom('search' as const, 'display' as const),
      mojibake: fc.constantFrom('repair' as const, 'keep' as const),
      htmlEntities: fc.constantFrom('decode' as const, 'keep' as const),
      punctuation: fc.constantFrom('ascii' as const, 'arabic' as const, 'keep' as const),
      spacing: fc.constantFrom('tidy' as const, 'keep' as const),
    }),
  );
  test.prop([damagedLine, repairOptions, cuts, fc.integer({ min: 1, max: 64 })], { numRuns: numRuns * 2 })(
    'equals one-shot normalisation for any cutting',
    (text, options, offsets, length) => {
      const { output } = normalizePiecewise(cutAt(text, offsets), options, length);
      expect(output).toBe(normalizeArabic(text, options));
    },
  );
});

describe('incremental normalisation with any options', () => {
  test.prop([streamText, anyOptions, cuts, segmentLength], { numRuns: numRuns * 2 })(
    'equals one-shot normalisation for any options and cutting',
    (text, options, offsets, length) => {
      const { output } = normalizePiecewise(cutAt(text, offsets), options, length);
      expect(output).toBe(normalizeArabic(text, options));
    },
  );
});

describe('createNormalizeStream', () => {
  test.prop([streamText, fc.oneof(fc.constantFrom(...NORMALIZE_PRESETS), anyOptions), cuts, segmentLength], {
    numRuns: Math.ceil(numRuns / 2),
  })('its output, concatenated, equals one-shot normalisation', async (text, options, offsets, length) => {
    const pieces = cutAt(text, offsets);
    const source = new ReadableStream<string>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    let output = '';
    const stream = source.pipeThrough(createNormalizeStream(options, length === undefined ? {} : { segmentLength: length }));
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      expect(read.value.length).toBeGreaterThan(0);
      output += read.value;
    }
    expect(output).toBe(normalizeArabic(text, options));
  });
});
