/**
 * What one punctuation unit becomes, by the rules that look only at its
 * neighbours and the nearest letters: comma, semicolon and question mark,
 * ellipsis, runs of `!` `?` `؟`, dashes, percent and decimal signs. Quotes
 * are decided per line in `quotes.ts`.
 */
import { P } from './classes';
import { LetterCursor, Script, isAsciiAlnum } from './line-view';
import { Way, type PunctuationOptions } from './options';

/** The decision for one unit, written into a reused object (the pass calls this for every mark). */
export interface Rewrite {
  /** The unit to write. */
  written: number;
  /** Input units taken (more than one for a run of dots or marks). */
  consumed: number;
  /** What it is to the spacing rule: see `Kind` in `pass.ts` (1 other, 2 closing, 3 opening). */
  kind: number;
  /** Further `.` to write after it (`…` as three dots). */
  extra: number;
}

const OTHER = 1;
const CLOSING = 2;
const OPENING = 3;
const ARABIC = Script.Arabic;
const OTHER_SCRIPT = Script.Other;
const ARABIC_WAY = Way.Arabic;
const ASCII_WAY = Way.Ascii;
const DIGIT_BIT = P.Digit;
const ARABIC_DIGIT_BIT = P.ArabicDigit;
const SPACE_BIT = P.Space;

/** Whether the `;` at `at` ends something shaped like an HTML reference (`&quot;`, `&#39;`): never rewritten. */
function endsReference(units: Uint16Array, at: number, lineStart: number): boolean {
  let k = at - 1;
  while (k >= lineStart && at - k <= 33 && (isAsciiAlnum(units[k]!) || units[k] === 0x23)) k--;
  return k >= lineStart && k < at - 1 && units[k] === 0x26;
}

/**
 * The end of a run of marks from `at` on: units `accepts` says yes to and,
 * with `spacing`, the spaces between them that the spacing rule would remove
 * (so `. . .` is an ellipsis and `! !` a run, and stay so once their spaces
 * are gone). A space before a mark that a digit follows stays (`.5`), so it
 * ends the run.
 */
function runEnd(units: Uint16Array, at: number, end: number, spacing: boolean, classes: Uint8Array, accepts: (unit: number) => boolean): number {
  let last = at;
  let k = at;
  while (k < end) {
    if (accepts(units[k]!)) {
      last = ++k;
      continue;
    }
    if (!spacing || (classes[units[k]!]! & SPACE_BIT) === 0) break;
    let next = k;
    while (next < end && (classes[units[next]!]! & SPACE_BIT) !== 0) next++;
    if (next >= end || (next + 1 < end && (classes[units[next + 1]!]! & DIGIT_BIT) !== 0)) break;
    k = next;
  }
  return last;
}

// The dots of the last dotRun: the run helpers avoid closures (they run for every `.` of a line).
let runDots = 0;
const isDot = (unit: number): boolean => {
  if (unit !== 0x2e) return false;
  runDots++;
  return true;
};

/** The end of the dots (and the spaces spacing removes between them) from `at`; their count is left in `runDots`. */
function dotRun(units: Uint16Array, at: number, end: number, spacing: boolean, classes: Uint8Array): number {
  runDots = 0;
  return runEnd(units, at, end, spacing, classes, isDot);
}

function isRunMark(unit: number): boolean {
  return unit === 0x21 || unit === 0x3f || unit === 0x061f;
}

// What the last questionRun compares with: set before each call, read by the reused predicate.
const runTarget = { units: new Uint16Array(0), at: 0, start: 0, between: false, arabic: false, written: 0, options: undefined as PunctuationOptions | undefined };
const writtenAlike = (unit: number): boolean => {
  const t = runTarget;
  if (!isRunMark(unit)) return false;
  return (t.between ? unit : convertPunctuation(t.units, unit, t.at, t.start, t.arabic, t.options!)) === t.written;
};

/** The end of a run of `!` `?` `؟` written alike (`?؟` with Arabic punctuation), with the spaces spacing removes. */
function questionRun(
  units: Uint16Array, at: number, end: number, start: number, between: boolean, arabic: boolean, written: number,
  options: PunctuationOptions, classes: Uint8Array,
): number {
  Object.assign(runTarget, { units, at, start, between, arabic, written, options });
  return runEnd(units, at, end, options.spacing, classes, writtenAlike);
}

/**
 * What `,` `;` `?` `!` `،` `؛` `؟` become under the punctuation option (not
 * between digits). `arabic` here: between Arabic words (the nearest letter
 * before is Arabic, the one after is Arabic or there is none).
 */
function convertPunctuation(units: Uint16Array, unit: number, at: number, start: number, arabic: boolean, options: PunctuationOptions): number {
  if (options.arabicPunctuation && arabic) {
    if (unit === 0x2c) return 0x060c;
    if (unit === 0x3f) return 0x061f;
    if (unit === 0x3b && !endsReference(units, at, start)) return 0x061b;
  }
  if (options.asciiPunctuation) {
    if (unit === 0x060c) return 0x2c;
    if (unit === 0x061b) return 0x3b;
    if (unit === 0x061f) return 0x3f;
  }
  return unit;
}

function set(into: Rewrite, written: number, consumed: number, kind: number, extra = 0): void {
  into.written = written;
  into.consumed = consumed;
  into.kind = kind;
  into.extra = extra;
}

/**
 * Decides the punctuation unit at `at` of the line `[start, end)`. `arabic`:
 * the nearest letter before it (or after it, when there is none before) is
 * Arabic. `between`: a digit stands right before and right after it.
 */
export function rewriteMark(
  units: Uint16Array,
  unit: number,
  at: number,
  start: number,
  end: number,
  arabic: boolean,
  between: boolean,
  options: PunctuationOptions,
  classes: Uint8Array,
  letters: LetterCursor,
  into: Rewrite,
): void {
  const before = at > start ? classes[units[at - 1]!]! : 0;
  const next = at + 1 < end ? classes[units[at + 1]!]! : 0;
  const closing = arabic && !between ? CLOSING : OTHER;
  switch (unit) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3f: // ?
    case 0x21: // !
    case 0x060c: // ،
    case 0x061b: // ؛
    case 0x061f: { // ؟
      // Between Arabic words: a Latin word after the mark keeps it ASCII (code, `Reuters, AFP`).
      const betweenArabic = arabic && (!options.arabicPunctuation || letters.right(at) !== OTHER_SCRIPT);
      const written = between ? unit : convertPunctuation(units, unit, at, start, betweenArabic, options);
      let consumed = 1;
      if (options.runs && arabic && isRunMark(unit)) consumed = questionRun(units, at, end, start, between, betweenArabic, written, options, classes) - at;
      // A `;` takes no spacing: removing a space before it could spell a reference (`&quot ;`).
      return set(into, written, consumed, written === 0x3b ? OTHER : closing);
    }
    case 0x2e: { // .
      if (between) {
        const arabicDigits = (before & next & ARABIC_DIGIT_BIT) !== 0;
        return set(into, options.decimal === ARABIC_WAY && arabicDigits ? 0x066b : unit, 1, OTHER);
      }
      if (options.ellipsis === ARABIC_WAY && arabic && (at + 1 < end && (units[at + 1] === 0x2e || (options.spacing && (next & SPACE_BIT) !== 0)))) {
        const runEnd = dotRun(units, at, end, options.spacing, classes);
        const after = runEnd < end ? classes[units[runEnd]!]! : 0;
        const numeric = (before & DIGIT_BIT) !== 0 && (after & DIGIT_BIT) !== 0;
        if (runDots >= 3 && !numeric) return set(into, 0x2026, runEnd - at, CLOSING);
      }
      return set(into, unit, 1, closing);
    }
    case 0x2026: // … (spaced like the dots it stands for)
      if (options.ellipsis === ASCII_WAY && arabic && !between) return set(into, 0x2e, 1, CLOSING, 2);
      return set(into, unit, 1, closing);
    case 0x25: { // %
      const arabicDigit = ((before | next) & ARABIC_DIGIT_BIT) !== 0;
      return set(into, options.percent === ARABIC_WAY && arabicDigit ? 0x066a : unit, 1, OTHER);
    }
    case 0x066a: { // ٪
      const digit = ((before | next) & DIGIT_BIT) !== 0;
      return set(into, options.percent === ASCII_WAY && digit ? 0x25 : unit, 1, OTHER);
    }
    case 0x066b: // ٫
      return set(into, options.decimal === ASCII_WAY && between ? 0x2e : unit, 1, OTHER);
    case 0x28: // (
    case 0x5b: // [
      return set(into, unit, 1, letters.opening(at) === ARABIC ? OPENING : OTHER);
    default:
      if ((unit >= 0x2010 && unit <= 0x2015) || unit === 0x2d) {
        const spaced = (before & SPACE_BIT) !== 0 && (next & SPACE_BIT) !== 0;
        return set(into, options.dashes && arabic && spaced ? 0x2013 : unit, 1, OTHER);
      }
      // : ) ]
      return set(into, unit, 1, closing);
  }
}
