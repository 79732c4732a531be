/**
 * Peak memory on a 64 MB input: each entry point runs once in a child process
 * of its own (`--expose-gc --trace-gc`), on inputs of each shape in
 * `shapes.ts`, read from a file so that building them leaves nothing behind.
 * Two measures:
 *
 * - Peak JS heap: the largest heap the collector saw in use while the call
 *   ran (its trace prints the heap before each collection), or the heap in use
 *   when the call returned if that is larger. The input string counts; the
 *   heap the runtime and the loaded modules held before the input was read does
 *   not. The limit is four times the input's size in UTF-16.
 * - Peak RSS (Linux): the process's resident memory at its highest during the
 *   call (its high-water mark is reset just before, through
 *   `/proc/self/clear_refs`) less the resident memory with the input already
 *   read, per input unit: what the call itself needs, typed arrays (offset
 *   maps, buffers) and memory outside the heap included. The limits are 12
 *   bytes a unit for the normaliser with its offset map and 6 without.
 *
 * Run alone: `npx tsx bench/memory.ts [--mb 64] [--only parse]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Peak RSS of the call per input unit that passes: the normaliser with its map, and without. */
export const RSS_LIMITS = { withMap: 12, plain: 6 } as const;

/** The RSS limit of a subject, if it has one. */
function rssLimit(subject: string): number | undefined {
  if (subject.startsWith('normalizeArabicWithMap ')) return RSS_LIMITS.withMap;
  if (subject.startsWith('normalizeArabic ')) return RSS_LIMITS.plain;
  return undefined;
}

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
  ...Object.fromEntries(NORMALIZE_PRESETS.map((preset) => [`normalizeArabicWithMap ${preset}`, (text: string) => normalizeArabicWithMap(text, preset)])),
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
  /** Peak RSS of the call above the RSS with the input read, in bytes per input unit; undefined off Linux. */
  rssPerUnit: number | undefined;
}

const STATUS = '/proc/self/status';

/** The process's peak resident memory since the last reset, in bytes (Linux only). */
function residentHighWater(): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(STATUS, 'utf8'))![1]) * 1024;
}

/** In the child: read the input, run the subject between markers the parent finds in the GC trace. */
async function child(subject: string, inputPath: string): Promise<void> {
  const run = SUBJECTS[subject];
  if (!run) throw new Error(`unknown subject ${subject}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory child needs --expose-gc');
  gc();
  const runtime = process.memoryUsage().heapUsed;
  const text = readFileSync(inputPath, 'utf16le');
  // The collector hands freed pages back to the system from other threads: let it finish, or the
  // resident memory would fall during the call by what the file's buffer and start-up left behind.
  for (let settle = 0; settle < 3; settle++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const before = process.memoryUsage();
  const linux = existsSync(STATUS);
  // From here the high-water mark is the call's (and the input's, which is already resident).
  if (linux) writeFileSync('/proc/self/clear_refs', '5');
  console.log(START);
  const result = run(text);
  const after = process.memoryUsage();
  const highWater = linux ? residentHighWater() : undefined;
  console.log(END);
  const rss = highWater === undefined ? null : (Math.max(highWater, after.rss) - before.rss) / text.length;
  console.log(JSON.stringify({ utf16: text.length * 2, heapAfter: after.heapUsed, runtime, baseline: before.heapUsed, external: after.arrayBuffers - before.arrayBuffers, rss }));
  // Keeps the result alive up to here.
  if (result === Symbol.for('never')) console.log('');
}

const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Mark-Compact \(reduce\))[^\d]*([\d.]+) \(([\d.]+)\) ->/;

/** Runs one measurement in a child process, on the input in `inputPath`, and reads its trace. */
export function measureMemory(subject: string, shape: Shape, inputPath: string): MemoryRow {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', script, '--child', subject, '--input', inputPath], {
    encoding: 'utf8',
    maxBuffer: 64 * MIB,
  });
  if (result.status !== 0) throw new Error(`memory child failed for ${subject} / ${shape}: ${result.stderr.slice(0, 1000)}`);
  const lines = result.stdout.split('\n');
  const from = lines.indexOf(START);
  const to = lines.indexOf(END);
  const figures = JSON.parse(lines.find((line) => line.startsWith('{"utf16"'))!) as { utf16: number; heapAfter: number; runtime: number; external: number; rss: number | null };
  let total = figures.heapAfter / MIB;
  for (const line of lines.slice(from + 1, to)) {
    const match = GC_LINE.exec(line);
    if (match) total = Math.max(total, Number(match[1]));
  }
  const runtime = figures.runtime / MIB;
  const peak = total - runtime;
  const utf16 = figures.utf16 / MIB;
  return { subject, shape, utf16, runtime, peak, external: figures.external / MIB, ratio: peak / utf16, rssPerUnit: figures.rss ?? undefined };
}

/** Runs every subject on every shape at `megabytes` and prints the tables; returns the rows. */
export function runMemoryBench(options: { megabytes?: number; only?: string } = {}): MemoryRow[] {
  const specimen = readSpecimenOrExit();
  const megabytes = options.megabytes ?? 64;
  const subjects = Object.keys(SUBJECTS).filter((name) => !options.only || name.includes(options.only));
  const folder = mkdtempSync(join(tmpdir(), 'khabar-memory-'));
  const rows: MemoryRow[] = [];
  try {
    for (const shape of SHAPES) {
      const inputPath = join(folder, 'input.txt');
      // UTF-16, which keeps the lone surrogates of the damaged lines (UTF-8 would make them U+FFFD).
      writeFileSync(inputPath, buildShape(shape, specimen, megabytes * 1e6), 'utf16le');
      for (const subject of subjects) rows.push(measureMemory(subject, shape, inputPath));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  rows.sort((a, b) => subjects.indexOf(a.subject) - subjects.indexOf(b.subject));
  printTable(
    `peak JS heap on ${megabytes} MB inputs (UTF-8), one child process each; limit ${LIMIT_RATIO}× the input's UTF-16 size`,
    ['subject', 'shape', 'UTF-16 MiB', 'peak heap MiB', 'array buffers MiB', 'peak / UTF-16', `≤ ${LIMIT_RATIO}×`],
    rows.map((row) => [row.subject, row.shape, row.utf16, row.peak, row.external, row.ratio, row.ratio <= LIMIT_RATIO ? 'yes' : 'NO']),
  );
  console.log(`(peak heap: in use during the call, the input included; the ${rows[0]?.runtime.toFixed(0) ?? '?'} MiB the runtime and modules held before the input was read are not counted)`);
  const over = rows.filter((row) => row.ratio > LIMIT_RATIO);
  console.log(`\n${rows.length - over.length} of ${rows.length} within ${LIMIT_RATIO}×${over.length ? `; over: ${over.map((row) => `${row.subject} / ${row.shape}`).join(', ')}` : ''}`);
  if (rows.some((row) => row.rssPerUnit !== undefined)) {
    printTable(
      `peak RSS of the call above the RSS with the input read, bytes per input unit (the input itself is 2 more); limits ${RSS_LIMITS.withMap} with the map, ${RSS_LIMITS.plain} without`,
      ['subject', ...SHAPES, 'limit', 'within'],
      subjects.map((subject) => {
        const own = SHAPES.map((shape) => rows.find((row) => row.subject === subject && row.shape === shape)?.rssPerUnit ?? NaN);
        const limit = rssLimit(subject);
        return [subject, ...own, limit ?? '', limit === undefined ? '' : own.every((value) => value <= limit) ? 'yes' : 'NO'];
      }),
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { child: { type: 'string' }, input: { type: 'string' }, mb: { type: 'string' }, only: { type: 'string' } } });
  if (values.child) await child(values.child, values.input!);
  else runMemoryBench({ megabytes: values.mb === undefined ? 64 : Number(values.mb), only: values.only });
}
