/**
 * Peak memory on a 64 MB input: each entry point runs once in a child process
 * of its own (`--expose-gc --trace-gc`), on inputs of each shape in
 * `shapes.ts`. The peak is the largest JS heap the collector saw in use while
 * the call ran (its trace prints the heap before each collection), or the heap
 * in use when the call returned if that is larger. The input string counts;
 * the heap the runtime and the loaded modules held before the input was built
 * does not. The limit is four times the input's size in UTF-16, the form the
 * text has in memory.
 *
 * Run alone: `npx tsx bench/memory.ts [--mb 64] [--only parse]`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  NORMALIZE_PRESETS,
  createIncrementalNormalizer,
  decodeArticleBytes,
  normalizeArabic,
  normalizeArabicWithMap,
  parseArticle,
  safeParseArticle,
} from '../src/index';
import { printTable, readSpecimenOrExit } from './measure';
import { SHAPES, buildShape, type Shape } from './shapes';

/** Peak heap over the input's UTF-16 size that passes. */
export const LIMIT_RATIO = 4;

const MIB = 1024 * 1024;
const START = '@@memory-start';
const END = '@@memory-end';

/** Output length of the incremental normaliser fed 64 KiB pieces; the output itself is let go. */
function streamed(text: string, preset: 'display' | 'search'): number {
  const normalizer = createIncrementalNormalizer(preset);
  let written = 0;
  for (let at = 0; at < text.length; at += 1 << 16) written += normalizer.push(text.slice(at, at + (1 << 16))).length;
  return written + normalizer.end().length;
}

/** Entry points measured, by name: each keeps its result alive until the measurement ends. */
const SUBJECTS: Record<string, (text: string) => unknown> = {
  'parseArticle normalize: false': (text) => parseArticle(text, { normalize: false }),
  'parseArticle display': (text) => parseArticle(text),
  // Returns the diagnostics that parseArticle does not build: on a damaged input they are most of the memory.
  'safeParseArticle display': (text) => safeParseArticle(text),
  ...Object.fromEntries(NORMALIZE_PRESETS.map((preset) => [`normalizeArabic ${preset}`, (text: string) => normalizeArabic(text, preset)])),
  'normalizeArabicWithMap display': (text) => normalizeArabicWithMap(text, 'display'),
  'stream display': (text) => streamed(text, 'display'),
  'stream search': (text) => streamed(text, 'search'),
  'decodeArticleBytes': (text) => decodeArticleBytes(Buffer.from(text, 'utf8')),
};

/** What one child measured, in MiB. */
export interface MemoryRow {
  subject: string;
  shape: Shape;
  /** The input's size in UTF-16. */
  utf16: number;
  /** Heap in use before the input was built: the runtime and the loaded modules. */
  runtime: number;
  /** Peak heap in use during the call, the input included, the runtime not. */
  peak: number;
  /** Array buffers (offset maps, byte input) allocated by the call and alive at its end. */
  external: number;
  /** `peak / utf16`. */
  ratio: number;
}

/** In the child: build the input, run the subject between markers the parent finds in the GC trace. */
function child(subject: string, shape: Shape, megabytes: number): void {
  const run = SUBJECTS[subject];
  if (!run) throw new Error(`unknown subject ${subject}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory child needs --expose-gc');
  const specimen = readSpecimenOrExit();
  gc();
  const runtime = process.memoryUsage().heapUsed;
  const text = buildShape(shape, specimen, megabytes * 1e6);
  gc();
  const before = process.memoryUsage();
  console.log(START);
  const result = run(text);
  const after = process.memoryUsage();
  console.log(END);
  console.log(JSON.stringify({ utf16: text.length * 2, heapAfter: after.heapUsed, runtime, baseline: before.heapUsed, external: after.arrayBuffers - before.arrayBuffers }));
  // Keeps the result alive up to here.
  if (result === Symbol.for('never')) console.log('');
}

const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Mark-Compact \(reduce\))[^\d]*([\d.]+) \(([\d.]+)\) ->/;

/** Runs one measurement in a child process and reads its trace. */
export function measureMemory(subject: string, shape: Shape, megabytes: number): MemoryRow {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', script, '--child', subject, '--shape', shape, '--mb', String(megabytes)], {
    encoding: 'utf8',
    maxBuffer: 64 * MIB,
  });
  if (result.status !== 0) throw new Error(`memory child failed for ${subject} / ${shape}: ${result.stderr.slice(0, 1000)}`);
  const lines = result.stdout.split('\n');
  const from = lines.indexOf(START);
  const to = lines.indexOf(END);
  const figures = JSON.parse(lines.find((line) => line.startsWith('{"utf16"'))!) as { utf16: number; heapAfter: number; runtime: number; external: number };
  let total = figures.heapAfter / MIB;
  for (const line of lines.slice(from + 1, to)) {
    const match = GC_LINE.exec(line);
    if (match) total = Math.max(total, Number(match[1]));
  }
  const runtime = figures.runtime / MIB;
  const peak = total - runtime;
  const utf16 = figures.utf16 / MIB;
  return { subject, shape, utf16, runtime, peak, external: figures.external / MIB, ratio: peak / utf16 };
}

/** Runs every subject on every shape at `megabytes` and prints the table; returns the rows. */
export function runMemoryBench(options: { megabytes?: number; only?: string } = {}): MemoryRow[] {
  readSpecimenOrExit();
  const megabytes = options.megabytes ?? 64;
  const rows: MemoryRow[] = [];
  for (const subject of Object.keys(SUBJECTS).filter((name) => !options.only || name.includes(options.only))) {
    for (const shape of SHAPES) rows.push(measureMemory(subject, shape, megabytes));
  }
  printTable(
    `peak JS heap on ${megabytes} MB inputs (UTF-8), one child process each; limit ${LIMIT_RATIO}× the input's UTF-16 size`,
    ['subject', 'shape', 'UTF-16 MiB', 'peak heap MiB', 'array buffers MiB', 'peak / UTF-16', `≤ ${LIMIT_RATIO}×`],
    rows.map((row) => [row.subject, row.shape, row.utf16, row.peak, row.external, row.ratio, row.ratio <= LIMIT_RATIO ? 'yes' : 'NO']),
  );
  console.log(`(peak heap: in use during the call, the input included; the ${rows[0]?.runtime.toFixed(0) ?? '?'} MiB the runtime and modules held before the input was built are not counted)`);
  const over = rows.filter((row) => row.ratio > LIMIT_RATIO);
  console.log(`\n${rows.length - over.length} of ${rows.length} within ${LIMIT_RATIO}×${over.length ? `; over: ${over.map((row) => `${row.subject} / ${row.shape}`).join(', ')}` : ''}`);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { child: { type: 'string' }, shape: { type: 'string' }, mb: { type: 'string' }, only: { type: 'string' } } });
  const megabytes = values.mb === undefined ? 64 : Number(values.mb);
  if (values.child) child(values.child, values.shape as Shape, megabytes);
  else runMemoryBench({ megabytes, only: values.only });
}
