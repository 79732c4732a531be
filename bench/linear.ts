/**
 * Linear time, shown: every public entry point that reads a whole text
 * (`parseArticle`, `normalizeArabic` with each preset, the incremental
 * normaliser) on inputs of 1, 2, 4 … 64 MB of each shape in `shapes.ts`.
 * For linear work each doubling of the input doubles the time: the table
 * prints each ratio, and a row passes when all of them lie within 25% of 2
 * (1.5 to 2.5). Beside the time at the largest size it prints the part of it
 * the collector's pauses took, and the doubling ratio furthest from 2 once
 * those pauses are taken out of the times: a row whose ratios are out of band
 * only with them pays for memory (objects that live until the call returns
 * are copied and marked by the collector), not for its algorithm.
 *
 * Run alone: `node --expose-gc --import tsx bench/linear.ts [--max-mb 64] [--only parse]`.
 * With `--expose-gc` the garbage of one size is collected before the next is measured.
 * On Linux the measurement runs in a child process with a fixed malloc threshold (see
 * {@link MMAP_THRESHOLD}).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GCProfiler } from 'node:v8';
import { NORMALIZE_PRESETS, createIncrementalNormalizer, createNormalizer, parseArticle } from '../src/index';
import { printTable, readSpecimenOrExit } from './measure';
import { SHAPES, SHAPE_NOTES, buildShape, type Shape } from './shapes';

/** Something timed on a text. */
interface Subject {
  readonly name: string;
  readonly run: (text: string) => unknown;
}

const PIECE = 1 << 16;

function streamSubject(preset: (typeof NORMALIZE_PRESETS)[number]): Subject {
  return {
    name: `stream ${preset}`,
    run: (text) => {
      const normalizer = createIncrementalNormalizer(preset);
      let written = 0;
      for (let at = 0; at < text.length; at += PIECE) written += normalizer.push(text.slice(at, at + PIECE)).length;
      return written + normalizer.end().length;
    },
  };
}

/** Every subject of the benchmark. */
export function subjects(): Subject[] {
  return [
    { name: 'parseArticle normalize: false', run: (text) => parseArticle(text, { normalize: false }) },
    { name: 'parseArticle display', run: (text) => parseArticle(text) },
    ...NORMALIZE_PRESETS.map((preset): Subject => {
      const normalize = createNormalizer(preset);
      return { name: `normalizeArabic ${preset}`, run: normalize };
    }),
    streamSubject('display'),
    streamSubject('search'),
  ];
}

const collect = (globalThis as { gc?: () => void }).gc;

/** CPU time of one call and the part of it the collector held the main thread, in milliseconds. */
interface Timing {
  cpu: number;
  gc: number;
}

/**
 * CPU time of one call in milliseconds (user and system, all threads of the
 * process, the collector's helpers included), repeated within the measurement
 * when shorter than 40 ms so the timer's grain does not show. CPU time, not
 * wall time: other processes on the machine then slow nothing down, and the
 * work of the collector still counts. `gc` is how long the collector's pauses
 * of the same calls lasted (wall time on the main thread, from V8's own
 * record): it is part of `cpu`, shown apart so that the cost of memory can be
 * told from the cost of the algorithm.
 */
function timeOnce(subject: Subject, text: string, repeat: number): Timing {
  const profiler = new GCProfiler();
  profiler.start();
  const start = process.cpuUsage();
  for (let r = 0; r < repeat; r++) subject.run(text);
  const used = process.cpuUsage(start);
  const pauses = profiler.stop()?.statistics ?? [];
  let gc = 0;
  for (const pause of pauses) gc += pause.cost;
  return { cpu: (used.user + used.system) / 1000 / repeat, gc: gc / 1000 / repeat };
}

/** One row: the time at each size and the doubling ratios. */
export interface GrowthRow {
  subject: string;
  shape: Shape;
  ms: number[];
  /** Of `ms`, the collector's pauses. */
  gcMs: number[];
  ratios: number[];
  /** The doubling ratios of the time outside the collector's pauses. */
  ratiosWithoutGc: number[];
  linear: boolean;
}

/** Whether a doubling ratio is within 25% of 2. */
export function isLinearRatio(ratio: number): boolean {
  return ratio >= 1.5 && ratio <= 2.5;
}

/** CPU time the warm-up of each size lasts at least, in milliseconds. */
const WARM_UP_MS = 200;

/** Passes over the sizes of one row. */
const PASSES = 2;
/** Measurements of one size in one pass. */
const runsPerPass = (size: number): number => (size <= 4 ? 8 : size <= 16 ? 4 : 2);

/** The least time of one size in one pass. */
function measureSize(subject: Subject, text: string, size: number): Timing {
  // The last size's garbage goes now; the warm-up calls then bring the heap back to its working size.
  collect?.();
  for (let warm = 0, calls = 0; calls < 2 || warm < WARM_UP_MS; calls++) warm += timeOnce(subject, text, 1).cpu;
  const one = timeOnce(subject, text, 1).cpu;
  const repeat = Math.max(1, Math.ceil(40 / Math.max(0.01, one)));
  let best: Timing = { cpu: Infinity, gc: 0 };
  for (let k = 0; k < runsPerPass(size); k++) {
    const timing = timeOnce(subject, text, repeat);
    if (timing.cpu < best.cpu) best = timing;
  }
  return best;
}

/**
 * Times one subject on one shape at each size (MB), smallest first, and keeps
 * each size's least time. Each size is warmed up with two calls, and more
 * until they took {@link WARM_UP_MS}, so that the engine has optimised the
 * code before it is timed. One more call, timed alone, sets how many calls one
 * measurement repeats (the warm-up's time includes compiling the code: on
 * 1 MB it made a measurement repeat two or three calls instead of about
 * fifteen, and last 5 ms instead of 40). The sizes are measured in {@link PASSES} passes, a few seconds apart,
 * rather than all measurements of a size in a row: on a shared machine a busy
 * neighbour can slow one size's every measurement (CPU time leaves out its
 * work, not its use of the shared caches), and the small sizes, which fit in
 * the caches, suffer most. No collection is forced between measurements:
 * right after a full collection the young generation is small and collects
 * more often, which would charge small inputs more than large ones; calls
 * repeated back to back pay for their own garbage in the steady state.
 */
export function measureGrowth(subject: Subject, shape: Shape, specimen: string, sizes: readonly number[]): GrowthRow {
  const least: Timing[] = sizes.map(() => ({ cpu: Infinity, gc: 0 }));
  for (let pass = 0; pass < PASSES; pass++) {
    sizes.forEach((size, k) => {
      const timing = measureSize(subject, buildShape(shape, specimen, size * 1e6), size);
      if (timing.cpu < least[k]!.cpu) least[k] = timing;
    });
  }
  const ms = least.map((timing) => timing.cpu);
  const gcMs = least.map((timing) => timing.gc);
  const ratios = ms.slice(1).map((value, k) => value / ms[k]!);
  const ratiosWithoutGc = ms.slice(1).map((value, k) => (value - gcMs[k + 1]!) / (ms[k]! - gcMs[k]!));
  return { subject: subject.name, shape, ms, gcMs, ratios, ratiosWithoutGc, linear: ratios.every(isLinearRatio) };
}

/**
 * The malloc threshold the measurement runs under, in bytes. glibc serves a
 * block of up to 32 MiB from memory freed before (once a block that large has
 * been freed, its threshold for mapping fresh pages rises to that size) but
 * maps fresh pages from the kernel, to be zeroed on first touch, for every
 * larger block. A string of more than about a million units that Node makes
 * from a buffer (every normalised text that differs from its input) is such a
 * block. Repeated calls on up to 16 MB then reuse warm memory and calls on
 * 32 MB and more pay for fresh pages: a step of about ×2.5 between 16 and 32 MB
 * that belongs to the allocator and the way the benchmark repeats calls, not to
 * the normaliser. A fixed threshold makes every size map fresh pages for its
 * large blocks, as V8 does for its own large objects, so all sizes pay alike.
 */
const MMAP_THRESHOLD = String(128 * 1024);

/** Runs this file again in a child process with {@link MMAP_THRESHOLD}; false when there is no need. */
function rerunWithFixedMallocThreshold(options: { maxMb?: number; only?: string }): boolean {
  if (process.platform !== 'linux' || process.env.MALLOC_MMAP_THRESHOLD_ !== undefined) return false;
  const flags = process.execArgv.includes('--expose-gc') ? process.execArgv : ['--expose-gc', ...process.execArgv];
  const args = [
    ...(options.maxMb === undefined ? [] : ['--max-mb', String(options.maxMb)]),
    ...(options.only === undefined ? [] : ['--only', options.only]),
  ];
  const result = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD },
  });
  if (result.status !== 0) throw new Error(`the linear-time benchmark failed (exit ${result.status ?? result.signal})`);
  return true;
}

/**
 * Runs the benchmark and prints one table per subject; returns the rows (none
 * when they were measured in a child process, see {@link MMAP_THRESHOLD}).
 */
export function runLinearBench(options: { maxMb?: number; only?: string } = {}): GrowthRow[] {
  if (rerunWithFixedMallocThreshold(options)) return [];
  const specimen = readSpecimenOrExit();
  const sizes: number[] = [];
  for (let size = 1; size <= (options.maxMb ?? 64); size *= 2) sizes.push(size);
  if (!collect) console.log('(run node with --expose-gc, so that one size does not collect the garbage of the last)');
  if (process.platform === 'linux') console.log(`(malloc threshold fixed at ${process.env.MALLOC_MMAP_THRESHOLD_} bytes)`);
  const rows: GrowthRow[] = [];
  for (const subject of subjects().filter((candidate) => !options.only || candidate.name.includes(options.only))) {
    const table: Array<Array<string | number>> = [];
    for (const shape of SHAPES) {
      const row = measureGrowth(subject, shape, specimen, sizes);
      rows.push(row);
      const last = row.ms[row.ms.length - 1]!;
      const gcLast = row.gcMs[row.gcMs.length - 1]!;
      const worstWithoutGc = row.ratiosWithoutGc.reduce((worst, ratio) => (Math.abs(ratio - 2) > Math.abs(worst - 2) ? ratio : worst), 2);
      table.push([shape, ...row.ratios, last, gcLast, worstWithoutGc, sizes[sizes.length - 1]! / (last / 1000), row.linear ? 'yes' : 'NO']);
    }
    const top = sizes[sizes.length - 1];
    const header = ['shape', ...sizes.slice(1).map((size) => `${size}/${size / 2} MB`), `CPU ms at ${top} MB`, 'of which GC', 'worst ratio without GC', 'MB/CPU s', 'linear'];
    printTable(`${subject.name}: CPU time ratio per doubling of the input (linear: 1.5–2.5)`, header, table);
  }
  console.log('\nshapes:');
  for (const shape of SHAPES) console.log(`  ${shape}: ${SHAPE_NOTES[shape]}`);
  const failed = rows.filter((row) => !row.linear);
  console.log(`\n${rows.length - failed.length} of ${rows.length} rows linear${failed.length ? `; not: ${failed.map((row) => `${row.subject} / ${row.shape}`).join(', ')}` : ''}`);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'max-mb': { type: 'string' }, only: { type: 'string' } } });
  runLinearBench({ maxMb: values['max-mb'] === undefined ? undefined : Number(values['max-mb']), only: values.only });
}
