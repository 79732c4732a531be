/**
 * Tokenizer throughput, one call per line, on two inputs: the corpus lines of ../shared
 * (titles, paragraphs, diacritised verses) and the specimen article repeated to 20 MB (UTF-8).
 *
 * `tokenize(line, 'lucene')` and `tokenize(line, 'search')` are compared with Lucene 8's own
 * ArabicAnalyzer over the same lines, timed in the same run by bench/lucene/AnalyzerBench.java
 * (its own loop, one tokenStream per line, JIT warmed by untimed rounds). The jars come from
 * Debian through tools/lucene/fetch-lucene.sh and the harness is compiled into the git-ignored
 * tools/lucene/.cache.
 *
 * Each JavaScript tokenizer runs as a user's indexer runs it: the built package (`dist/`)
 * imported by a fresh node, one preset in the process, warmed by untimed rounds like the JVM.
 * A third process runs both presets in turn, for programs that hold both. Java and JavaScript
 * take turns in four blocks each, so a change in the machine's load touches both. Figures are
 * given twice: the median of all timed rounds, and the fastest round. On a shared machine the
 * same process runs in spells of two speeds (the corpus lines take 12 ms a round in one, 20 in
 * the other, for Java as for JavaScript), and the fastest round is the estimate that such
 * spells do not move. Targets: `lucene` at least as fast as Lucene, `search` at
 * least twice as fast.
 *
 * Run alone, after `npm run build`: `npx tsx bench/tokenize.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const SPECIMEN = `${SHARED}seeds/000_7e7b13f37a42b062.txt`;
const CACHE = `${ROOT}tools/lucene/.cache`;
const DIST = `${ROOT}dist/index.js`;
const TARGET_BYTES = 20_000_000;
// Java and JavaScript take turns this many times: the figures of one process move with the
// machine and with the compiler's choices, and a median over four is steadier than over two.
const BLOCKS = 4;

interface Input {
  name: string;
  lines: string[];
  bytes: number;
  warmUp: number;
  rounds: number;
}

function lineInput(name: string, lines: string[], warmUp: number, rounds: number): Input {
  // Through a buffer and back, so the strings are flat like text read from a file.
  const flat = Buffer.from(lines.join('\n'), 'utf8').toString('utf8').split('\n');
  return { name, lines: flat, bytes: flat.reduce((sum, line) => sum + Buffer.byteLength(line), 0), warmUp, rounds };
}

function inputs(): Input[] {
  const found: Input[] = [];
  if (existsSync(`${SHARED}corpus/news.jsonl`)) {
    const lines: string[] = [];
    for (const record of readFileSync(`${SHARED}corpus/news.jsonl`, 'utf8').split('\n')) {
      if (!record) continue;
      const article = JSON.parse(record) as { title: string; paragraphs: string[] };
      lines.push(article.title, ...article.paragraphs);
    }
    for (const record of readFileSync(`${SHARED}corpus/diacritised.jsonl`, 'utf8').split('\n')) {
      if (record) lines.push((JSON.parse(record) as { text: string }).text);
    }
    found.push(lineInput('corpus lines', lines, 20, 15));
  }
  if (existsSync(SPECIMEN)) {
    const specimen = readFileSync(SPECIMEN, 'utf8');
    const text = specimen.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(specimen)));
    found.push(lineInput('20 MB specimen lines', text.split('\n'), 3, 5));
  }
  return found;
}

/** Escapes a line as the harness reads it (lone surrogates, controls, backslashes). */
function escapeLine(line: string): string {
  return line.replace(/[\\\u0000-\u001f\u0085\u2028\u2029\ud800-\udfff]/gu, (unit) =>
    unit === '\\' ? '\\\\' : `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Class path with Lucene and the compiled harness, or why there is none. */
function luceneBench(): { classPath: string } | { reason: string } {
  if (spawnSync('javac', ['-version']).status !== 0) return { reason: 'javac is not installed' };
  const fetched = spawnSync('bash', [`${ROOT}tools/lucene/fetch-lucene.sh`], { encoding: 'utf8' });
  if (fetched.status !== 0) return { reason: `Lucene could not be fetched: ${fetched.stderr.trim()}` };
  const classes = `${CACHE}/classes`;
  const source = `${ROOT}bench/lucene/AnalyzerBench.java`;
  const compiled = `${classes}/AnalyzerBench.class`;
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(classes, { recursive: true });
    const built = spawnSync('javac', ['-cp', fetched.stdout.trim(), '-d', classes, source], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`bench/lucene/AnalyzerBench.java did not compile: ${built.stderr}`);
  }
  return { classPath: `${fetched.stdout.trim()}:${classes}` };
}

/** One block of Lucene rounds: the milliseconds of each timed round. */
function luceneRounds(classPath: string, file: string, input: Input): number[] {
  const result = spawnSync('java', ['-cp', classPath, 'AnalyzerBench', file, String(input.warmUp), String(input.rounds)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`AnalyzerBench failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('ms '))
    .map((line) => Number(line.split(' ')[2]));
}

// Times the tokenizers named in argv, taking turns, over the lines of a JSON file: the
// milliseconds of each timed round, one array per tokenizer.
const JAVASCRIPT_ROUNDS = `
import { readFileSync } from 'node:fs';
const [dist, path, presets, warmUp, rounds] = process.argv.slice(-5);
const { createTokenizer } = await import(dist);
// Through a buffer and back, so the strings are flat like text read from a file.
const lines = Buffer.from(JSON.parse(readFileSync(path, 'utf8')).join('\\n'), 'utf8').toString('utf8').split('\\n');
const runs = presets.split(',').map((preset) => createTokenizer(preset));
const pass = (run) => {
  const start = performance.now();
  for (const line of lines) run(line);
  return performance.now() - start;
};
for (let k = 0; k < Number(warmUp); k++) for (const run of runs) pass(run);
const times = runs.map(() => []);
for (let round = 0; round < Number(rounds); round++) runs.forEach((run, k) => times[k].push(pass(run)));
console.log(JSON.stringify(times));
`;

/** One block of JavaScript rounds in a fresh node: milliseconds per round of each preset. */
function javascriptRounds(presets: string[], file: string, input: Input): number[][] {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', JAVASCRIPT_ROUNDS, '--', DIST, file, presets.join(','), String(input.warmUp), String(input.rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`tokenizer rounds failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as number[][];
}

export function runTokenizeBench(): void {
  const found = inputs();
  if (found.length === 0) {
    console.log(`tokenizer benchmark skipped: ${SHARED} (corpus and specimen) is absent`);
    return;
  }
  if (!existsSync(DIST)) {
    console.log('tokenizer benchmark skipped: dist/ is absent (npm run build)');
    return;
  }
  const lucene = luceneBench();
  const measured: Array<{ input: Input; javaMs: number[]; jsMs: number[][] }> = [];
  for (const input of found) {
    let javaMs: number[] = [];
    // 'lucene' alone, 'search' alone, then both in one process.
    const jsMs: number[][] = [[], [], [], []];
    const stem = `${CACHE}/bench-${input.name.replace(/\W+/gu, '-')}`;
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${stem}.json`, JSON.stringify(input.lines));
    if ('classPath' in lucene) writeFileSync(`${stem}.txt`, input.lines.map(escapeLine).join('\n') + '\n');
    for (let block = 0; block < BLOCKS; block++) {
      if ('classPath' in lucene) javaMs = javaMs.concat(luceneRounds(lucene.classPath, `${stem}.txt`, input));
      jsMs[0]!.push(...javascriptRounds(['lucene'], `${stem}.json`, input)[0]!);
      jsMs[1]!.push(...javascriptRounds(['search'], `${stem}.json`, input)[0]!);
      javascriptRounds(['lucene', 'search'], `${stem}.json`, input).forEach((times, k) => jsMs[2 + k]!.push(...times));
    }
    measured.push({ input, javaMs, jsMs });
  }
  const checks: Array<[string, boolean]> = [];
  for (const [title, pick] of [
    ['median of the timed rounds', median],
    ['fastest timed round', (values: number[]) => Math.min(...values)],
  ] as const) {
    const cell = (text: string, width: number) => text.padStart(width);
    console.log(`\ntokenize: one call per line; MB/s of UTF-8 input, ${title}`);
    console.log(
      `| ${'input'.padEnd(22)} | ${cell('Lucene 8 (Java)', 15)} | ${cell("'lucene'", 9)} | ${cell('× Lucene', 8)} | ${cell("'search'", 9)} | ${cell('× Lucene', 8)} | ${cell('both in one process', 19)} |`,
    );
    console.log(`|${'-'.repeat(24)}|${'-'.repeat(17)}|${'-'.repeat(11)}|${'-'.repeat(10)}|${'-'.repeat(11)}|${'-'.repeat(10)}|${'-'.repeat(21)}|`);
    for (const { input, javaMs, jsMs } of measured) {
      const rate = (ms: number) => input.bytes / 1e6 / (ms / 1000);
      const javaRate = javaMs.length > 0 ? rate(pick(javaMs)) : NaN;
      const [luceneRate, searchRate, bothLucene, bothSearch] = jsMs.map((times) => rate(pick(times))) as [number, number, number, number];
      const ratio = (value: number) => (Number.isNaN(javaRate) ? '–' : `${(value / javaRate).toFixed(2)}×`);
      const both = `${bothLucene.toFixed(1)} / ${bothSearch.toFixed(1)}`;
      console.log(
        `| ${input.name.padEnd(22)} | ${cell(Number.isNaN(javaRate) ? '–' : javaRate.toFixed(1), 15)} | ${cell(luceneRate.toFixed(1), 9)} | ${cell(ratio(luceneRate), 8)} | ${cell(searchRate.toFixed(1), 9)} | ${cell(ratio(searchRate), 8)} | ${cell(both, 19)} |`,
      );
      if (!Number.isNaN(javaRate)) {
        checks.push([`${input.name}, ${title}: 'lucene' at least as fast as Lucene`, luceneRate >= javaRate]);
        checks.push([`${input.name}, ${title}: 'search' at least twice as fast as Lucene`, searchRate >= 2 * javaRate]);
      }
    }
  }
  if ('reason' in lucene) console.log(`Lucene not measured: ${lucene.reason}`);
  for (const [name, met] of checks) console.log(`${met ? 'met   ' : 'MISSED'} ${name}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  runTokenizeBench();
}
