/**
 * The Unicode properties the library reads at run time, from tables generated
 * at build time (`src/unicode/generated/ucd-tables.ts`, made by
 * `tools/generate-unicode-tables.ts` from `unicode-properties`): the class of
 * every code point's general category, as far as any rule tells them apart,
 * and the canonical combining classes of the BMP. Decoded on first use.
 */
import { CATEGORY_CLASS_RUNS, COMBINING_CLASS_RUNS } from './generated/ucd-tables';
import { runAt } from './runs';

/** General categories grouped as the rules need them. */
export const CategoryClass = {
  /** L*: letters. */
  Letter: 0,
  /** N*: numbers. */
  Number: 1,
  /** Mn: non-spacing marks (the Arabic marks are). */
  NonspacingMark: 2,
  /** Mc, Me, S*, Co: carry a mark and keep a joiner. */
  OtherJoinable: 3,
  /** Cn: unassigned in the data. */
  Unassigned: 4,
  /** P*: punctuation. */
  Punctuation: 5,
  /** Cs: surrogates. */
  Surrogate: 6,
  /** Z*, Cc, Cf: white space, controls and format characters. */
  Blank: 7,
} as const;

interface Runs {
  /** First code point of each run, ascending. */
  readonly starts: Int32Array;
  /** Class of each run. */
  readonly classes: Uint8Array;
}

let runs: Runs | undefined;

function decodeRuns(): Runs {
  const starts: number[] = [];
  const classes: number[] = [];
  const text = CATEGORY_CLASS_RUNS;
  let codePoint = 0;
  for (let k = 0; k < text.length; ) {
    // A class letter (A = 0 …), then the run's length in base 36 (digits and lower-case letters).
    let end = k + 1;
    while (end < text.length && !(text.charCodeAt(end) >= 0x41 && text.charCodeAt(end) <= 0x5a)) end++;
    starts.push(codePoint);
    classes.push(text.charCodeAt(k) - 0x41);
    codePoint += parseInt(text.slice(k + 1, end), 36);
    k = end;
  }
  return { starts: Int32Array.from(starts), classes: Uint8Array.from(classes) };
}

/** The {@link CategoryClass} of any code point (astral included). */
export function categoryClass(codePoint: number): number {
  const { starts, classes } = (runs ??= decodeRuns());
  return classes[runAt(starts, codePoint)]!;
}

let bmp: Uint8Array | undefined;

/**
 * The {@link CategoryClass} of every BMP unit, filled run by run on first use:
 * tables built over all 65,536 units read it instead of searching the runs for
 * each unit, which at start-up (before the loop is optimised) costs several
 * milliseconds a table.
 *
 * @example
 * ```ts
 * bmpCategoryClasses()[0x0628] === CategoryClass.Letter; // true: ب
 * ```
 */
export function bmpCategoryClasses(): Uint8Array {
  if (bmp) return bmp;
  const classes = new Uint8Array(0x10000);
  forEachCategoryRun(0x10000, (start, end, value) => classes.fill(value, start, end));
  return (bmp = classes);
}

/** Calls `visit(start, end, class)` for every run of one {@link CategoryClass} below `limit`, in order. */
export function forEachCategoryRun(limit: number, visit: (start: number, end: number, value: number) => void): void {
  const { starts, classes } = (runs ??= decodeRuns());
  for (let k = 0; k < starts.length && starts[k]! < limit; k++) {
    const end = k + 1 < starts.length ? Math.min(starts[k + 1]!, limit) : limit;
    visit(starts[k]!, end, classes[k]!);
  }
}

/** Canonical combining class of every BMP unit (0 for most). */
export function combiningClasses(): Uint8Array {
  const ccc = new Uint8Array(0x10000);
  let unit = 0;
  for (const run of COMBINING_CLASS_RUNS.split(',')) {
    const [gap, length, value] = run.split('.').map((part) => parseInt(part, 36)) as [number, number, number];
    unit += gap;
    ccc.fill(value, unit, unit + length);
    unit += length;
  }
  return ccc;
}
