/**
 * The word-break class of every code point, as Lucene 8's StandardTokenizer sees
 * it, decoded from the runs generated from Lucene's own tables
 * (generated/word-class-runs.ts).
 */
import { base36Digit, runAt } from '../unicode/runs';
import { WORD_CLASS, WORD_CLASS_RUNS } from './generated/word-class-runs';

export { WORD_CLASS };

/** The runs decoded: where each starts, and its class. */
interface Runs {
  readonly starts: number[];
  readonly classes: number[];
}

// Read one unit at a time, the length in base 36 summed as it comes (see base36Digit).
function decodeRuns(): Runs {
  const lastLetter = 0x41 + Object.keys(WORD_CLASS).length - 1;
  let start = 0;
  let length = 0;
  const starts: number[] = [];
  const classes: number[] = [];
  for (let i = 0; i < WORD_CLASS_RUNS.length; i++) {
    const code = WORD_CLASS_RUNS.charCodeAt(i);
    if (code >= 0x41 && code <= lastLetter) {
      start += length;
      length = 0;
      starts.push(start);
      classes.push(code - 0x41);
    } else length = length * 36 + base36Digit(code);
  }
  return { starts, classes };
}

function astralRuns(runs: Runs): Runs {
  const astral: Runs = { starts: [], classes: [] };
  const { starts, classes } = runs;
  for (let r = 0; r < starts.length; r++) {
    const to = r + 1 < starts.length ? starts[r + 1]! : 0x110000;
    if (to > 0x10000) {
      astral.starts.push(Math.max(starts[r]!, 0x10000));
      astral.classes.push(classes[r]!);
    }
  }
  return astral;
}

// Built by pure calls, not statements at the top level, so that a bundler drops the
// 64 KiB table (and its start-up cost) from an app that does not tokenize: the built
// library is one module, and a top-level statement would keep it.
const DECODED = /* @__PURE__ */ decodeRuns();

/**
 * A table of every BMP unit below `limit`, filled run by run (natively, not
 * unit by unit: tables are made at start-up) with `valueOf` of the run's
 * class; the units from `limit` up hold `rest`.
 *
 * @example
 * ```ts
 * const letters = bmpTableByClass((cls) => (cls === WORD_CLASS.ALETTER ? 1 : 0), 0x10000, 0);
 * letters[0x0628]; // 1
 * ```
 */
export function bmpTableByClass(valueOf: (cls: number) => number, limit: number, rest: number): Uint8Array {
  const table = new Uint8Array(0x10000);
  if (rest !== 0) table.fill(rest, limit);
  const { starts, classes } = DECODED;
  for (let r = 0; r < starts.length && starts[r]! < limit; r++) {
    const to = r + 1 < starts.length ? starts[r + 1]! : 0x110000;
    table.fill(valueOf(classes[r]!), starts[r]!, Math.min(to, limit));
  }
  return table;
}

/** Class of every BMP code point. */
export const BMP_CLASSES = /* @__PURE__ */ bmpTableByClass((cls) => cls, 0x10000, 0);
/** Starts and classes of the runs above the BMP, for a binary search. */
const ASTRAL = /* @__PURE__ */ astralRuns(DECODED);

/**
 * Class of a code point above the BMP.
 *
 * @example
 * ```ts
 * astralClass(0x1f600) === WORD_CLASS.EMOJI; // true
 * ```
 */
export function astralClass(codePoint: number): number {
  return ASTRAL.classes[runAt(ASTRAL.starts, codePoint)]!;
}
