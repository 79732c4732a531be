/**
 * The normaliser as people call it, beside Lucene's own `ArabicNormalizer`
 * (Java, per token, on the same input, in the same run):
 *
 * - per line: one call per line of the specimen repeated to 20 MB, for
 *   `search`, `publish` and `display`, and `normalizeArabicWithMap` under
 *   `display` as a share of the plain call (the four take turns for seven
 *   rounds; each figure is its median round);
 * - the whole 20 MB text under `search` in a fresh child process: the first
 *   call, and the median of the next five;
 * - `parseArticle` per page (corpus articles of 3–8 KB, about 5 KB on average, laid out in the raw
 *   format) as a share of splitting the same pages into trimmed non-blank
 *   lines, for `normalize: false`, `display` and `search`;
 * - cold start: `import` + the first `normalizeArabic(…, 'search')` + the first
 *   `parseArticle` in a fresh process, minus a bare `node -e 0` run just
 *   before it, median of 7 such pairs;
 * - esbuild bundles of `normalizeArabic` alone and `parseArticle` alone, from
 *   the built `dist/`, as a user's bundler makes them.
 *
 * Everything reads the built `dist/`, as users call the package (the sources run
 * through tsx are slower per call): run `npm run build` first.
 * Lucene comes from `tools/lucene/fetch-lucene.sh`; the harness
 * (`bench/lucene/LuceneLoop.java`) is compiled into `.bench-cache/lucene`.
 * It runs in one JVM, warmed up and kept for the run, in turns with the
 * JavaScript it is compared with: one run of Lucene's loop after each round of
 * the per-line calls, and three on each side of the whole-text child. A
 * per-line ratio is the median over the rounds of Lucene's time divided by the
 * call's, so that the machine's drift in speed (a third, from one moment to
 * the next) touches both sides of it. Without Java, the ratios are given to
 * the JS port of Lucene's loop instead.
 *
 * Run alone: `npx tsx bench/per-call.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { luceneJsPort } from './normalize';
import { luceneJava, type LuceneServer } from './lucene';
import { BUILT_ENTRY as DIST, SPECIMEN_PATH, loadBuiltLibrary, median, medianMs, medianMsInTurns, readSpecimenOrExit, timeRound } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.bench-cache');
const NEWS = join(ROOT, '..', 'shared', 'corpus', 'news.jsonl');
const TARGET_BYTES = 20_000_000;

/** The specimen repeated to 20 MB, flat, and written to the cache for the child processes. */
function bigInput(specimen: string): { text: string; mb: number; path: string } {
  const repeated = specimen.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(specimen)));
  const bytes = Buffer.from(repeated, 'utf8');
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, 'specimen-20mb.txt');
  if (!existsSync(path) || readFileSync(path).length !== bytes.length) writeFileSync(path, bytes);
  return { text: bytes.toString('utf8'), mb: bytes.length / 1e6, path };
}

/** Runs `script` (an ES module) in a fresh node and returns what it prints as JSON. */
function child<T>(script: string, args: string[] = []): T {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

const WHOLE_TEXT_SCRIPT = `
import { readFileSync } from 'node:fs';
const [dist, path] = process.argv.slice(-2);
const text = readFileSync(path, 'utf8');
const { normalizeArabic } = await import(dist);
let start = performance.now();
normalizeArabic(text, 'search');
const first = performance.now() - start;
const next = [];
for (let k = 0; k < 5; k++) { start = performance.now(); normalizeArabic(text, 'search'); next.push(performance.now() - start); }
next.sort((a, b) => a - b);
console.log(JSON.stringify({ first, next: next[2] }));
`;

const COLD_SCRIPT = `
import { readFileSync } from 'node:fs';
const [dist, path] = process.argv.slice(-2);
const page = readFileSync(path, 'utf8');
const k = await import(dist);
k.normalizeArabic('إلى المدرسةِ', 'search');
k.parseArticle(page);
`;

/**
 * Median ms of each of `fns`, which take turns in each of `rounds` rounds
 * after one warm-up round, and, when Lucene runs beside them, one run of it
 * after each round: `lucene` is then the median over the rounds of Lucene's
 * time divided by each one's.
 */
async function inTurnsWithLucene(
  fns: ReadonlyArray<() => unknown>,
  server: LuceneServer | undefined,
  rounds = 7,
): Promise<{ ms: number[]; lucene: number[] | undefined; luceneMs: number[] }> {
  fns.forEach((fn) => fn());
  const times = fns.map((): number[] => []);
  const luceneMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    timeRound(fns, times);
    if (server) luceneMs.push(await server.run());
  }
  const lucene = server ? times.map((own) => median(own.map((ms, r) => luceneMs[r]! / ms))) : undefined;
  return { ms: times.map(median), lucene, luceneMs };
}

/** `count` runs of Lucene's loop, in ms. */
async function luceneRuns(server: LuceneServer, count: number): Promise<number[]> {
  const runs: number[] = [];
  for (let k = 0; k < count; k++) runs.push(await server.run());
  return runs;
}

/** Wall ms of a fresh node running `args`. */
function processMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`child failed: ${String(result.stderr)}`);
  return performance.now() - start;
}

/**
 * How much longer a fresh node running `args` takes than a bare `node -e 0`:
 * the two run in turns, and the median of the `runs` differences is taken
 * (the start of a bare node alone moves by a third between moments).
 */
function coldStartMs(args: string[], runs = 7): { extra: number; bare: number } {
  const extra: number[] = [];
  const bare: number[] = [];
  for (let k = 0; k < runs; k++) {
    const base = processMs(['-e', '0']);
    extra.push(processMs(args) - base);
    bare.push(base);
  }
  return { extra: median(extra), bare: median(bare) };
}

/** Corpus articles laid out as raw pages (title, blank, title, blank, paragraphs), about 5 KB each. */
function corpusPages(): string[] {
  if (!existsSync(NEWS)) return [];
  const pages: string[] = [];
  for (const line of readFileSync(NEWS, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { title: string; paragraphs: string[] };
    const raw = [record.title, '', record.title, '', ...record.paragraphs].join('\n');
    const bytes = Buffer.byteLength(raw);
    if (bytes >= 3000 && bytes <= 8000) pages.push(raw);
    if (pages.length === 1000) break;
  }
  return pages;
}

function splitTrimmedLines(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) if (line.trim() !== '') count++;
  return count;
}

async function bundle(name: string): Promise<{ min: number; gzip: number }> {
  // Loaded here, after the timed rows: with esbuild loaded, the per-line rows measured a fifth slower
  // under tsx (display 0.33 against 0.26 µs a line), though nothing of esbuild runs during them.
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `export { ${name} } from ${JSON.stringify(DIST)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
const x = (value: number): string => `${value.toFixed(2)}×`;

/** Runs every measurement and prints one table. */
export async function runPerCallBench(): Promise<void> {
  const specimen = readSpecimenOrExit();
  const library = await loadBuiltLibrary('per call');
  if (!library) return;
  const { normalizeArabic, normalizeArabicWithMap, parseArticle } = library;
  const { text, mb, path } = bigInput(specimen);
  const lines = text.split('\n');
  // The machine's speed moves by a third from one moment to the next: one warmed JVM runs Lucene's
  // loop in turns with the calls it is compared with, so both sides of a ratio see the same moment.
  const server = await luceneJava()?.serve(path);
  const jsPort = mb / (medianMs(() => luceneJsPort(text), 5, 2) / 1000);
  console.log(`per call: specimen repeated to ${mb.toFixed(1)} MB, ${lines.length} lines`);
  // Figures are printed at the end, as one table.
  const rows: Array<[string, () => string]> = [];
  const luceneSamples: number[] = [];
  const rate = (ms: number): number => mb / (ms / 1000);
  const presets = ['search', 'publish', 'display'] as const;
  // Each loop written out, as a user's own loop calls the library: one loop over callbacks
  // would time its own call through four different functions as well.
  const perLine = await inTurnsWithLucene(
    [
      () => {
        for (const line of lines) normalizeArabic(line, 'search');
      },
      () => {
        for (const line of lines) normalizeArabic(line, 'publish');
      },
      () => {
        for (const line of lines) normalizeArabic(line, 'display');
      },
      () => {
        for (const line of lines) normalizeArabicWithMap(line, 'display');
      },
    ],
    server,
  );
  luceneSamples.push(...perLine.luceneMs);
  presets.forEach((preset, k) => {
    const ms = perLine.ms[k]!;
    const ratio = perLine.lucene ? `${x(perLine.lucene[k]!)} Lucene (Java, in turns)` : `${x(rate(ms) / jsPort)} Lucene (JS port)`;
    rows.push([`normalizeArabic(line, '${preset}') per line`, () => `${ratio} (${rate(ms).toFixed(0)} MB/s, ${((ms * 1000) / lines.length).toFixed(2)} µs/call)`]);
  });
  const display = perLine.ms[2]!;
  const withMap = perLine.ms[3]!;
  rows.push([`normalizeArabicWithMap(line, 'display') per line, share of plain`, () => `${(display / withMap).toFixed(2)} (${rate(withMap).toFixed(0)} MB/s)`]);

  // Lucene runs on each side of the child, and its median there is the reference for the row.
  const before = server ? await luceneRuns(server, 3) : [];
  const whole = child<{ first: number; next: number }>(WHOLE_TEXT_SCRIPT, [pathToFileURL(DIST).href, path]);
  const around = server ? [...before, ...(await luceneRuns(server, 3))] : [];
  luceneSamples.push(...around);
  const wholeReference = around.length > 0 ? rate(median(around)) : jsPort;
  const wholeAgainst = around.length > 0 ? 'Lucene (Java, around it)' : 'Lucene (JS port)';
  rows.push([`normalizeArabic(whole 20 MB, 'search'), fresh process: first / median of next 5`, () => `${x(rate(whole.first) / wholeReference)} / ${x(rate(whole.next) / wholeReference)} ${wholeAgainst} (${whole.first.toFixed(0)} / ${whole.next.toFixed(0)} ms)`]);

  const pages = corpusPages();
  if (pages.length > 0) {
    const pageKb = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / pages.length / 1000;
    const modes = [false, 'display', 'search'] as const;
    // Warmed by 20 rounds of every mode before any is timed (a round is a few milliseconds): the parser
    // has many functions to optimise, and the first mode timed would otherwise pay for what the others share.
    const [base, ...parses] = medianMsInTurns(
      [() => pages.forEach(splitTrimmedLines), ...modes.map((normalize) => () => pages.forEach((page) => parseArticle(page, { normalize })))],
      15,
      20,
    ) as [number, ...number[]];
    const shares = parses.map((ms) => (base / ms).toFixed(3));
    const perPage = parses.map((ms) => ((ms * 1000) / pages.length).toFixed(1));
    const split = ((base * 1000) / pages.length).toFixed(1);
    rows.push([
      `parseArticle per page (${pages.length} pages, ${pageKb.toFixed(1)} KB each), share of line split: false / display / search`,
      () => `${shares.join(' / ')} (${perPage.join(' / ')} µs; split ${split} µs)`,
    ]);
  } else rows.push(['parseArticle per page', () => `skipped: ${NEWS} is absent`]);

  const cold = coldStartMs(['--input-type=module', '-e', COLD_SCRIPT, '--', pathToFileURL(DIST).href, SPECIMEN_PATH]);
  rows.push(['import + first normalizeArabic(search) + first parseArticle, minus bare node', () => `${cold.extra.toFixed(0)} ms (bare node ${cold.bare.toFixed(0)} ms)`]);
  for (const name of ['normalizeArabic', 'parseArticle']) {
    const size = await bundle(name);
    rows.push([`esbuild bundle of ${name} alone from dist/ (min / gzip)`, () => `${kib(size.min)} / ${kib(size.gzip)} KiB`]);
  }
  server?.close();
  const luceneRates = luceneSamples.map(rate);
  console.log(
    `Lucene ArabicNormalizer per token: ${luceneRates.length > 0 ? `${Math.min(...luceneRates).toFixed(0)}–${Math.max(...luceneRates).toFixed(0)} MB/s over ${luceneRates.length} runs in one JVM (median ${median(luceneRates).toFixed(0)}), ` : ''}` +
      `${jsPort.toFixed(0)} MB/s as the JS port`,
  );

  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`| ${'how it is called'.padEnd(width)} | figure |`);
  console.log(`|${'-'.repeat(width + 2)}|--------|`);
  for (const [name, figure] of rows) console.log(`| ${name.padEnd(width)} | ${figure()} |`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runPerCallBench();
}
