/**
 * Linear time, shown: every public entry point that reads a whole text
 * (`parseArticle`, `normalizeArabic` with each preset, the incremental
 * normaliser) on inputs of 1, 2, 4 … 64 MB of each shape in `shapes.ts`.
 * For linear work each doubling of the input doubles the time: the table
 * prints each ratio, and a row passes when all of them lie within 25% of 2
 * (1.5 to 2.5).
 *
 * Run alone: `node --expose-gc --import tsx bench/linear.ts [--max-mb 64] [--only parse]`.
 * With `--expose-gc` the garbage of one size is collected before the next is measured.
 */
import { parseArgs } from 'node:util';
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

/**
 * CPU time of one call in milliseconds (user and system, all threads of the
 * process, the collector's helpers included), repeated within the measurement
 * when shorter than 40 ms so the timer's grain does not show. CPU time, not
 * wall time: other processes on the machine then slow nothing down, and the
 * work of the collector still counts.
 */
function timeOnce(subject: Subject, text: string, repeat: number): number {
  const start = process.cpuUsage();
  for (let r = 0; r < repeat; r++) subject.run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / repeat;
}

/** One row: the time at each size and the doubling ratios. */
export interface GrowthRow {
  subject: string;
  shape: Shape;
  ms: number[];
  ratios: number[];
  linear: boolean;
}

/** Whether a doubling ratio is within 25% of 2. */
export function isLinearRatio(ratio: number): boolean {
  return ratio >= 1.5 && ratio <= 2.5;
}

/**
 * Times one subject on one shape at each size (MB), smallest first. Each size
 * is warmed up with two calls, then keeps its least time over several
 * measurements. No collection is forced between measurements: right after a
 * full collection the young generation is small and collects more often,
 * which would charge small inputs more than large ones; calls repeated back
 * to back pay for their own garbage in the steady state.
 */
export function measureGrowth(subject: Subject, shape: Shape, specimen: string, sizes: readonly number[]): GrowthRow {
  const ms = sizes.map((size) => {
    const text = buildShape(shape, specimen, size * 1e6);
    // The last size's garbage goes now; the warm-up calls then bring the heap back to its working size.
    collect?.();
    const warm = timeOnce(subject, text, 2);
    const repeat = Math.max(1, Math.ceil(40 / Math.max(0.01, warm)));
    let least = Infinity;
    for (let k = 0, runs = size <= 4 ? 15 : size <= 16 ? 7 : 3; k < runs; k++) least = Math.min(least, timeOnce(subject, text, repeat));
    return least;
  });
  const ratios = ms.slice(1).map((value, k) => value / ms[k]!);
  return { subject: subject.name, shape, ms, ratios, linear: ratios.every(isLinearRatio) };
}

/** Runs the benchmark and prints one table per subject; returns the rows. */
export function runLinearBench(options: { maxMb?: number; only?: string } = {}): GrowthRow[] {
  const specimen = readSpecimenOrExit();
  const sizes: number[] = [];
  for (let size = 1; size <= (options.maxMb ?? 64); size *= 2) sizes.push(size);
  if (!collect) console.log('(run node with --expose-gc, so that one size does not collect the garbage of the last)');
  const rows: GrowthRow[] = [];
  for (const subject of subjects().filter((candidate) => !options.only || candidate.name.includes(options.only))) {
    const table: Array<Array<string | number>> = [];
    for (const shape of SHAPES) {
      const row = measureGrowth(subject, shape, specimen, sizes);
      rows.push(row);
      const last = row.ms[row.ms.length - 1]!;
      table.push([shape, ...row.ratios, last, sizes[sizes.length - 1]! / (last / 1000), row.linear ? 'yes' : 'NO']);
    }
    const header = ['shape', ...sizes.slice(1).map((size) => `${size}/${size / 2} MB`), `CPU ms at ${sizes[sizes.length - 1]} MB`, 'MB/CPU s', 'linear'];
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
