/**
 * Lucene 8's ArabicAnalyzer as a reference: tools/lucene/fetch-lucene.sh fetches its jars from
 * Debian, the harness tools/lucene/AnalyzeArabic.java is compiled into the git-ignored
 * tools/lucene/.cache, and lines go through it one per line. Without Java or apt-get the
 * reason is returned instead, for the test to report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/index';
import { LUCENE_TOKEN_TYPES, TOKEN_KINDS } from '../../src/tokenize/kinds';
import { ROOT } from './run';

/** One term as Lucene prints it: [term, start, end, type]. */
export type LuceneTerm = [string, number, number, string];

const TOOLS = join(ROOT, 'tools', 'lucene');
const CLASSES = join(TOOLS, '.cache', 'classes');

/** Writes a line so the harness's `--escaped` mode reads it back exactly (lone surrogates, line breaks, backslashes). */
export function escapeLine(line: string): string {
  return line.replace(/[\\\u0000-\u001f\u0085\u2028\u2029\ud800-\udfff]/gu, (unit) =>
    unit === '\\' ? '\\\\' : `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Reverses {@link escapeLine}. */
export function unescapeLine(line: string): string {
  return line.replace(/\\(?:\\|u([0-9a-f]{4}))/gu, (_, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '\\'));
}

let cached: { classPath: string } | { reason: string } | undefined;

/** The class path holding Lucene and the compiled harness, or why there is none. */
export function luceneClassPath(): { classPath: string } | { reason: string } {
  if (cached) return cached;
  const javac = spawnSync('javac', ['-version'], { encoding: 'utf8' });
  if (javac.error || javac.status !== 0) return (cached = { reason: 'javac is not installed (Debian: apt-get install default-jdk-headless)' });
  const fetched = spawnSync('bash', [join(TOOLS, 'fetch-lucene.sh')], { encoding: 'utf8' });
  if (fetched.status !== 0) return (cached = { reason: `Lucene could not be fetched: ${fetched.stderr.trim() || 'fetch-lucene.sh failed'}` });
  const lucene = fetched.stdout.trim();
  const source = join(TOOLS, 'AnalyzeArabic.java');
  const compiled = join(CLASSES, 'AnalyzeArabic.class');
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(CLASSES, { recursive: true });
    const built = spawnSync('javac', ['-cp', lucene, '-d', CLASSES, source], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`tools/lucene/AnalyzeArabic.java did not compile: ${built.stderr}`);
  }
  return (cached = { classPath: `${lucene}:${CLASSES}` });
}

/** Lucene's terms of each line (lines must not hold line breaks unless escaped). */
export function analyzeWithLucene(classPath: string, lines: readonly string[]): LuceneTerm[][] {
  const result = spawnSync('java', ['-cp', classPath, 'AnalyzeArabic', '--escaped'], {
    input: lines.map(escapeLine).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 29,
  });
  if (result.status !== 0) throw new Error(`AnalyzeArabic failed: ${result.stderr}`);
  const output = result.stdout.split('\n');
  output.pop();
  if (output.length !== lines.length) throw new Error(`AnalyzeArabic printed ${output.length} lines for ${lines.length}`);
  return output.map((line) => JSON.parse(line) as LuceneTerm[]);
}

/**
 * Lucene's terms as khabar promises them: a term emptied by the normaliser (a word of
 * tatweel) is dropped, and white space inside a term (U+202F, which joins words like `_`) is
 * not part of its key.
 */
export function asPromised(terms: readonly LuceneTerm[]): LuceneTerm[] {
  return terms
    .map(([term, start, end, type]): LuceneTerm => [term.replace(/\p{White_Space}/gu, ''), start, end, type])
    .filter(([term]) => term !== '');
}

/** khabar's `lucene` tokens of a text in Lucene's shape. */
export function asLuceneTerms(text: string): LuceneTerm[] {
  return tokenize(text, 'lucene').map((token) => [
    token.key,
    token.start,
    token.end,
    LUCENE_TOKEN_TYPES[TOKEN_KINDS.indexOf(token.kind)]!,
  ]);
}
