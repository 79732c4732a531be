/**
 * Timing helpers shared by the benchmarks: warm up, run several times, keep
 * the median, and express speed as MB/s of UTF-8 input so figures compare
 * across inputs. Ratios are always against a baseline run in the same process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Size of a string in megabytes of UTF-8. */
export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** The median of `values` (the upper one of an even count), NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall time in milliseconds of `runs` calls to `fn`, after `warmup` unmeasured calls. */
export function medianMs(fn: () => unknown, runs = 5, warmup = 2): number {
  return medianMsInTurns([fn], runs, warmup)[0]!;
}

/**
 * Median wall time in milliseconds of each of `fns`: after `warmup` unmeasured
 * rounds, the functions take turns within each of `rounds` timed rounds, so a
 * change in the machine's speed between rounds touches them all alike and
 * their ratios stay meaningful.
 */
export function medianMsInTurns(fns: ReadonlyArray<() => unknown>, rounds = 7, warmup = 1): number[] {
  for (let r = 0; r < warmup; r++) fns.forEach((fn) => fn());
  const times = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r++) timeRound(fns, times);
  return times.map(median);
}

/** One round of turns: each of `fns` runs once, in order, and its wall ms is added to its list in `times`. */
export function timeRound(fns: ReadonlyArray<() => unknown>, times: number[][]): void {
  fns.forEach((fn, k) => {
    const start = performance.now();
    fn();
    times[k]!.push(performance.now() - start);
  });
}

/** Throughput in MB/s for processing `mb` megabytes in `ms` milliseconds. */
export function mbPerSecond(mb: number, ms: number): number {
  return mb / (ms / 1000);
}

/** Repeats `unit` (joined by `separator`) until the result reaches `bytes` of UTF-8. */
export function repeatToSize(unit: string, bytes: number, separator = '\n'): string {
  const unitBytes = Buffer.byteLength(unit + separator, 'utf8');
  const count = Math.max(1, Math.ceil(bytes / unitBytes));
  return Array.from({ length: count }, () => unit).join(separator);
}

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? format(cell) : cell)))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? '').length)));
  console.log(`\n${title}`);
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** Path of the specimen article kept beside the repository. */
export const SPECIMEN_PATH = fileURLToPath(new URL('../../shared/seeds/000_7e7b13f37a42b062.txt', import.meta.url));

/** Reads the specimen, or exits with a message when `../shared` is absent. */
export function readSpecimenOrExit(): string {
  if (!existsSync(SPECIMEN_PATH)) {
    console.error(`benchmark input missing: ${SPECIMEN_PATH} (the shared corpus folder must sit beside the repository)`);
    process.exit(2);
  }
  return readFileSync(SPECIMEN_PATH, 'utf8');
}

/** The built main entry, `dist/index.js`. */
export const BUILT_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/**
 * The library as users load it: the built `dist/`, or undefined (with a
 * message) when it has not been built. Benchmarks of speed per call read it:
 * the sources run through tsx, module by module, are markedly slower per call.
 */
export async function loadBuiltLibrary(what: string): Promise<typeof import('../src/index') | undefined> {
  if (!existsSync(BUILT_ENTRY)) {
    console.log(`${what}: skipped, dist/ is absent (npm run build)`);
    return undefined;
  }
  return (await import(pathToFileURL(BUILT_ENTRY).href)) as typeof import('../src/index');
}
