/**
 * tokenize(…, 'lucene') against Lucene 8's ArabicAnalyzer on 456 composed lines
 * (test/fixtures/tokenize/lucene-lines.txt, escaped as tools/lucene/AnalyzeArabic.java
 * --escaped reads them): diacritics, tatweel, hamza forms, digits of every script, Latin,
 * URLs, e-mails, numbers with separators, presentation forms, invisible characters, emoji,
 * other scripts, lone surrogates, words longer than 255 units. Lucene's output is committed
 * beside them (lucene-expected.jsonl); regenerate it with
 * `KHABAR_UPDATE_LUCENE=1 npx vitest run test/tokenize/lucene-fixture.test.ts` (needs Java).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/index';
import { analyzeWithLucene, asLuceneTerms, asPromised, luceneClassPath, unescapeLine, type LuceneTerm } from '../helpers/lucene';
import { ROOT } from '../helpers/run';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'tokenize');
const lines = readFileSync(join(FIXTURES, 'lucene-lines.txt'), 'utf8').split('\n').slice(0, -1).map(unescapeLine);

function expectedTerms(): LuceneTerm[][] {
  const path = join(FIXTURES, 'lucene-expected.jsonl');
  if (process.env['KHABAR_UPDATE_LUCENE']) {
    const lucene = luceneClassPath();
    if ('reason' in lucene) throw new Error(lucene.reason);
    writeFileSync(path, analyzeWithLucene(lucene.classPath, lines).map((terms) => JSON.stringify(terms)).join('\n') + '\n');
  }
  return readFileSync(path, 'utf8').split('\n').slice(0, -1).map((line) => JSON.parse(line) as LuceneTerm[]);
}

describe("tokenize(…, 'lucene') and Lucene 8's ArabicAnalyzer", () => {
  const expected = expectedTerms();

  it('has at least 300 composed lines, one Lucene line each', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(expected).toHaveLength(lines.length);
  });

  it('gives the same terms, offsets, types and order on every line', () => {
    const differences: string[] = [];
    lines.forEach((line, index) => {
      const want = asPromised(expected[index]!);
      const got = asLuceneTerms(line);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        differences.push(`line ${index + 1} ${JSON.stringify(line)}\n  lucene ${JSON.stringify(want)}\n  khabar ${JSON.stringify(got)}`);
      }
    });
    expect(differences.slice(0, 10).join('\n')).toBe('');
  });

  it('drops the one kind of term Lucene keeps empty', () => {
    const emptied = expected.flat().filter(([term]) => term === '');
    expect(emptied.length).toBeGreaterThan(0);
    expect(tokenize('ـــ كتب', 'lucene').map((token) => token.key)).toEqual(['كتب']);
  });
});
