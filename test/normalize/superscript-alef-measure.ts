/**
 * The measurement behind the `search` preset's superscript-alef policy: for
 * every Quranic word of `diacritised.jsonl` that holds U+0670, does its search
 * key under a policy equal the key of some word of `news.jsonl`? The policy
 * with the most matches is the default. Run on its own to print the figures:
 * `npx tsx test/normalize/superscript-alef-measure.ts`.
 */
import { normalizeArabic, NORMALIZE_OPTION_VALUES } from '../../src/normalize';
import type { DiacritisedRecord, NewsRecord } from '../helpers/shared';

/** One policy's score. */
export interface PolicyScore {
  /** The `superscriptAlef` value. */
  policy: (typeof NORMALIZE_OPTION_VALUES.superscriptAlef)[number];
  /** Word occurrences whose key is a news key. */
  matched: number;
  /** Distinct words whose key is a news key. */
  matchedDistinct: number;
}

/** The figures of one measurement. */
export interface SuperscriptAlefMeasurement {
  /** Occurrences of Quranic words holding U+0670. */
  words: number;
  /** Distinct such words. */
  distinctWords: number;
  /** Distinct search keys of the news corpus. */
  newsKeys: number;
  /** One score per policy, in option order. */
  scores: PolicyScore[];
}

// A key keeps letters and whatever marks the policy leaves; punctuation and Quranic symbols go.
const NOT_LETTER = /[^\p{L}\p{M}]+/u;

function keyOf(word: string, policy: PolicyScore['policy']): string {
  return normalizeArabic(word, { preset: 'search', superscriptAlef: policy }).split(NOT_LETTER).join('');
}

/** Measures every policy on the given corpora. */
export function measureSuperscriptAlef(news: NewsRecord[], diacritised: DiacritisedRecord[]): SuperscriptAlefMeasurement {
  const newsKeys = new Set<string>();
  for (const article of news) {
    for (const text of [article.title, ...article.paragraphs]) {
      for (const word of normalizeArabic(text, 'search').split(NOT_LETTER)) if (word) newsKeys.add(word);
    }
  }
  const words = diacritised
    .filter((record) => record.id.startsWith('quran-'))
    .flatMap((record) => record.text.split(/\s+/u))
    .filter((word) => word.includes('\u0670'));
  const distinct = [...new Set(words)];
  const scores = NORMALIZE_OPTION_VALUES.superscriptAlef.map((policy) => {
    const hits = new Set(distinct.filter((word) => newsKeys.has(keyOf(word, policy))));
    return { policy, matched: words.filter((word) => hits.has(word)).length, matchedDistinct: hits.size };
  });
  return { words: words.length, distinctWords: distinct.length, newsKeys: newsKeys.size, scores };
}

/** The measurement as a Markdown table. */
export function formatMeasurement(measurement: SuperscriptAlefMeasurement): string {
  const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
  const rows = measurement.scores.map(
    (score) =>
      `| \`${score.policy}\` | ${score.matched} (${percent(score.matched, measurement.words)}) | ` +
      `${score.matchedDistinct} (${percent(score.matchedDistinct, measurement.distinctWords)}) |`,
  );
  return [
    `Quranic words with U+0670: ${measurement.words} (${measurement.distinctWords} distinct); news keys: ${measurement.newsKeys}.`,
    '',
    '| policy | words whose key is a news key | distinct words |',
    '|---|---:|---:|',
    ...rows,
  ].join('\n');
}

if (process.argv[1]?.endsWith('superscript-alef-measure.ts')) {
  const { readDiacritisedCorpus, readNewsCorpus } = await import('../helpers/shared');
  console.log(formatMeasurement(measureSuperscriptAlef(readNewsCorpus(), readDiacritisedCorpus())));
}
