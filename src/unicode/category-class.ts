/**
 * The Unicode properties the library reads at run time, from tables generated
 * at build time (`src/unicode/generated/ucd-tables.ts`, made by
 * `tools/generate-unicode-tables.ts` from `unicode-properties`): the class of
 * every code point's general category, as far as any rule tells them apart,
 * and the canonical combining classes of the BMP. Decoded on first use.
 */
import { CATEGORY_CLASS_RUNS, COMBINING_CLASS_RUNS } from './generated/ucd-tables';
import { base36Digit, runAt } from './runs';

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

// Both decoders read their text one unit at a time (see base36Digit).
function decodeRuns(): Runs {
  const text = CATEGORY_CLASS_RUNS;
  // At most one run a unit: sized once, trimmed at the end.
  const starts = new Int32Array(text.length);
  const classes = new Uint8Array(text.length);
  let count = 0;
  let codePoint = 0;
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    // A class letter (A = 0 …) starts a run; its length follows in base 36.
    const unit = text.charCodeAt(k);
    if (unit >= 0x41 && unit <= 0x5a) {
      codePoint += length;
      length = 0;
      starts[count] = codePoint;
      classes[count++] = unit - 0x41;
    } else length = length * 36 + base36Digit(unit);
  }
  return { starts: starts.slice(0, count), classes: classes.slice(0, count) };
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
  const text = COMBINING_CLASS_RUNS;
  // Runs `gap.length.value`, in base 36, separated by commas.
  const parts = [0, 0, 0];
  let part = 0;
  let unit = 0;
  for (let k = 0; k <= text.length; k++) {
    const code = k < text.length ? text.charCodeAt(k) : 0x2c;
    if (code === 0x2e) part++;
    else if (code === 0x2c) {
      unit += parts[0]!;
      ccc.fill(parts[2]!, unit, unit + parts[1]!);
      unit += parts[1]!;
      parts[0] = parts[1] = parts[2] = part = 0;
    } else parts[part] = parts[part]! * 36 + base36Digit(code);
  }
  return ccc;
}
