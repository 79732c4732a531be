/**
 * tokenize(…, 'lucene') against Lucene 8's ArabicAnalyzer on every line of the corpora in
 * ../shared (titles, paragraphs, diacritised verses). Lucene's output holds corpus text, so it
 * is generated here and cached in the git-ignored test/artifacts, keyed by a hash of the lines.
 * Without Java or apt-get the test is skipped with the reason, and fails under CI.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeWithLucene, asLuceneTerms, asPromised, luceneClassPath, type LuceneTerm } from '../helpers/lucene';
import { ROOT } from '../helpers/run';
import { describeWithShared, readDiacritisedCorpus, readNewsCorpus } from '../helpers/shared';

const CACHE = join(ROOT, 'test', 'artifacts', 'tokenize');

function corpusLines(): string[] {
  const lines: string[] = [];
  for (const article of readNewsCorpus()) lines.push(article.title, ...article.paragraphs);
  for (const record of readDiacritisedCorpus()) lines.push(record.text);
  return lines;
}

function luceneTermsOf(classPath: string, lines: string[]): LuceneTerm[][] {
  const hash = createHash('sha256').update(JSON.stringify(lines)).digest('hex').slice(0, 16);
  const path = join(CACHE, `lucene-corpus-${hash}.jsonl`);
  if (existsSync(path)) return readFileSync(path, 'utf8').split('\n').slice(0, -1).map((line) => JSON.parse(line) as LuceneTerm[]);
  const terms = analyzeWithLucene(classPath, lines);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path, terms.map((line) => JSON.stringify(line)).join('\n') + '\n');
  return terms;
}

describeWithShared("tokenize(…, 'lucene') and Lucene on the corpus lines", () => {
  it('gives the same terms, offsets, types and order on every line', (context) => {
    const lucene = luceneClassPath();
    if ('reason' in lucene) {
      if (process.env['CI']) throw new Error(`${lucene.reason}; CI must run this comparison`);
      context.skip(`skipped: ${lucene.reason}`);
      return;
    }
    const lines = corpusLines();
    const expected = luceneTermsOf(lucene.classPath, lines);
    let terms = 0;
    const differences: string[] = [];
    lines.forEach((line, index) => {
      const want = asPromised(expected[index]!);
      terms += want.length;
      const got = asLuceneTerms(line);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        const at = want.findIndex((term, k) => JSON.stringify(term) !== JSON.stringify(got[k]));
        differences.push(`line ${index}: lucene ${JSON.stringify(want[at])} khabar ${JSON.stringify(got[at])}`);
      }
    });
    expect(terms).toBeGreaterThan(100_000);
    expect(differences.slice(0, 10).join('\n')).toBe('');
  }, 120_000);
});
