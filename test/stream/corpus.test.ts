/**
 * Real text through the incremental normaliser: the news articles (joined
 * with their own line feeds, so lines of every length, leading and trailing
 * spaces, NBSP and the odd control) and the fully vocalised verses and
 * sentences, cut at random offsets with random segment lengths under every
 * preset. The output must equal one-shot normalisation of the same text.
 */
import { beforeAll, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { NORMALIZE_PRESETS, normalizeArabic } from '../../src/normalize';
import { describeWithShared, readDiacritisedCorpus, readNewsCorpus } from '../helpers/shared';
import { cutAt, cuts, normalizePiecewise, segmentLength } from './pieces';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (corpus.deep.test.ts). */
const numRuns = propertyRuns(200);

describeWithShared('incremental normalisation of the corpora', () => {
  let texts: string[] = [];

  beforeAll(() => {
    const news = readNewsCorpus().map((record) => [record.title, ...record.paragraphs].join('\n'));
    const verses = readDiacritisedCorpus().map((record) => record.text);
    // Verses joined in fives: long vocalised lines, and line breaks between them.
    const passages: string[] = [];
    for (let k = 0; k < verses.length; k += 5) passages.push(verses.slice(k, k + 5).join(k % 2 === 0 ? ' ' : '\r\n'));
    texts = [...news, ...passages];
  });

  test.prop([fc.nat(), fc.constantFrom(...NORMALIZE_PRESETS), cuts, segmentLength], { numRuns })(
    'equals one-shot normalisation for any cutting, under every preset',
    (pick, preset, offsets, length) => {
      const text = texts[pick % texts.length]!;
      const { output } = normalizePiecewise(cutAt(text, offsets), preset, length);
      expect(output).toBe(normalizeArabic(text, preset));
    },
  );

  test.each(NORMALIZE_PRESETS)('equals one-shot normalisation on the whole corpus fed in 4 KiB pieces (%s)', (preset) => {
    const whole = texts.join('\n');
    const pieces: string[] = [];
    for (let k = 0; k < whole.length; k += 4096) pieces.push(whole.slice(k, k + 4096));
    const { output, maxPending } = normalizePiecewise(pieces, preset, 512);
    expect(output).toBe(normalizeArabic(whole, preset));
    // `publish` pairs quotes within a paragraph, so it holds one whole line at a time.
    const longestLine = Math.max(...texts.flatMap((text) => text.split('\n').map((line) => line.length)));
    expect(maxPending).toBeLessThan((preset === 'publish' ? longestLine : 512) + 4096 + 64);
  });
});
