/**
 * Every preset over the real corpora (../shared/corpus): news articles (each
 * as one text, paragraphs joined by line feeds) and the diacritised Quran and
 * Tashkeela lines. The invariants of the property tests must hold on all of
 * them, the lucene/camel presets must equal the ports of their anchors, and
 * the superscript-alef default of `search` must be the best-measured policy.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared, readDiacritisedCorpus, readNewsCorpus } from '../helpers/shared';
import {
  NORMALIZE_PRESETS,
  NORMALIZE_PRESET_OPTIONS,
  normalizeArabic,
  normalizeArabicWithMap,
} from '../../src/normalize';
import { camelArabicNormalize, luceneArabicNormalize } from './anchors';
import { referenceNormalize } from './reference';
import { formatMeasurement, measureSuperscriptAlef } from './superscript-alef-measure';

const ARABIC_MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0897-\u089f\u08ca-\u08e1\u08e3-\u08ff]/u;
const FOLDED = /[أإآٱٲٳٵىةیکڪەھہۀۂۃےۓ\u0640\u0660-\u0669\u06f0-\u06f9\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

function baseLetters(text: string): string {
  return Array.from(text.normalize('NFKD'))
    .filter((ch) => /\p{L}/u.test(ch) && ch !== '\u0640')
    .join('');
}

describeWithShared('normalisation over the corpora', () => {
  let texts: Array<{ id: string; text: string }> = [];
  beforeAll(() => {
    texts = [
      ...readNewsCorpus().map((article) => ({ id: article.id, text: [article.title, ...article.paragraphs].join('\n') })),
      ...readDiacritisedCorpus().map((record) => ({ id: record.id, text: record.text })),
    ];
  });

  it.each(NORMALIZE_PRESETS)('%s: idempotent, reference-equal, with a valid offset map', (preset) => {
    const failures: string[] = [];
    for (const { id, text } of texts) {
      const { text: output, sourceIndex } = normalizeArabicWithMap(text, preset);
      if (output !== normalizeArabic(text, preset)) failures.push(`${id}: map variant differs`);
      if (normalizeArabic(output, preset) !== output) failures.push(`${id}: not idempotent`);
      if (output !== referenceNormalize(text, NORMALIZE_PRESET_OPTIONS[preset])) failures.push(`${id}: differs from the reference`);
      if (sourceIndex.length !== output.length + 1 || sourceIndex[output.length] !== text.length) failures.push(`${id}: map length`);
      for (let i = 1; i < sourceIndex.length; i++) {
        if (sourceIndex[i]! < sourceIndex[i - 1]!) {
          failures.push(`${id}: map decreases at ${i}`);
          break;
        }
      }
      if ((output.match(/\n/g) ?? []).length !== (text.match(/\n/g) ?? []).length) failures.push(`${id}: line count changed`);
    }
    expect(failures).toEqual([]);
  });

  it('search: no marks, tatweel, folded letters, other digits or invisibles', () => {
    const failures = texts.filter(({ text }) => {
      const key = normalizeArabic(text, 'search');
      return ARABIC_MARK.test(key) || FOLDED.test(key) || / {2}/.test(key);
    });
    expect(failures.map(({ id }) => id)).toEqual([]);
  });

  it('display: base letters unchanged', () => {
    const failures = texts.filter(({ text }) => baseLetters(normalizeArabic(text, 'display')) !== baseLetters(text));
    expect(failures.map(({ id }) => id)).toEqual([]);
  });

  it('lucene and camel equal the ports of their anchors', () => {
    const failures = texts.flatMap(({ id, text }) => [
      ...(normalizeArabic(text, 'lucene') === luceneArabicNormalize(text) ? [] : [`${id}: lucene`]),
      ...(normalizeArabic(text, 'camel') === camelArabicNormalize(text) ? [] : [`${id}: camel`]),
    ]);
    expect(failures).toEqual([]);
  });

  it('search uses the superscript-alef policy that matches news words best', () => {
    const measurement = measureSuperscriptAlef(readNewsCorpus(), readDiacritisedCorpus());
    const best = [...measurement.scores].sort((a, b) => b.matched - a.matched)[0]!;
    console.info(formatMeasurement(measurement));
    expect(NORMALIZE_PRESET_OPTIONS.search.superscriptAlef).toBe(best.policy);
    expect(measurement.words).toBeGreaterThan(100);
  });
});
