/**
 * Context the punctuation rules read from one line: the script of the
 * nearest letter on either side of a position, and whether a position lies
 * in a URL or an e-mail address. Both are asked for positions in increasing
 * order and remember their last answer, so a line costs a constant number of
 * passes however many marks it holds.
 */
import { P } from './classes';

/** Script of a letter: none found, Arabic, or another script. */
export const Script = { None: 0, Arabic: 1, Other: 2 } as const;

// Plain constants: these are read for every unit a cursor walks over.
const ARABIC_LETTER_BIT = P.ArabicLetter;
const OTHER_LETTER_BIT = P.OtherLetter;
const SPACE_BIT = P.Space;
const NONE = Script.None;
const ARABIC = Script.Arabic;
const OTHER = Script.Other;

function scriptOf(bits: number): number {
  if ((bits & ARABIC_LETTER_BIT) !== 0) return ARABIC;
  return (bits & OTHER_LETTER_BIT) !== 0 ? OTHER : NONE;
}

/** The nearest letter before and after a position; positions must not decrease between calls within a line. */
export class LetterCursor {
  private end = 0;
  // The last `left` question and its answer: nothing before it needs another look.
  private leftAt = 0;
  private leftScript: number = NONE;
  // Where the last `right` answer's letter is (or the line end), and its script.
  private rightAt = -1;
  private rightScript: number = NONE;

  constructor(
    /** The units read: the pass's input, set again for each pass. */
    public units: Uint16Array,
    private readonly classes: Uint8Array,
  ) {}

  /** Starts a new line `[start, end)`. */
  reset(start: number, end: number): void {
    this.end = end;
    this.leftAt = start;
    this.leftScript = NONE;
    this.rightAt = start - 1;
    this.rightScript = NONE;
  }

  /** Script of the nearest letter before `at` on the line. */
  left(at: number): number {
    const { units, classes } = this;
    let script: number = NONE;
    let k = at - 1;
    for (; k >= this.leftAt; k--) {
      script = scriptOf(classes[units[k]!]!);
      if (script !== NONE) break;
    }
    if (k < this.leftAt) script = this.leftScript;
    this.leftAt = Math.max(this.leftAt, at);
    this.leftScript = script;
    return script;
  }

  /** Script of the nearest letter after `at` on the line. */
  right(at: number): number {
    if (this.rightAt > at) return this.rightScript;
    const { units, classes, end } = this;
    for (let k = at + 1; k < end; k++) {
      const script = scriptOf(classes[units[k]!]!);
      if (script !== NONE) {
        this.rightAt = k;
        this.rightScript = script;
        return script;
      }
    }
    this.rightAt = end;
    this.rightScript = NONE;
    return NONE;
  }

  /** The script that decides a mark that closes or follows: the letter before it, else the one after it. */
  closing(at: number): number {
    const left = this.left(at);
    return left !== NONE ? left : this.right(at);
  }

  /** The script that decides a mark that opens: the letter after it, else the one before it. */
  opening(at: number): number {
    const right = this.right(at);
    return right !== NONE ? right : this.left(at);
  }
}

function lower(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit;
}

/** Whether a unit is an ASCII letter or digit. */
export function isAsciiAlnum(unit: number): boolean {
  const l = lower(unit);
  return (l >= 0x61 && l <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
}

/** Units that may stand before `www.` in a token: brackets and quotes. */
function isLeadingPunctuation(unit: number): boolean {
  return unit === 0x28 || unit === 0x5b || unit === 0x22 || unit === 0x27 || unit === 0xab || unit === 0x201c || unit === 0x201d;
}

/**
 * Whether `units[start..end)` (a run without white space) is a URL or an
 * e-mail address: it holds `://`, starts with `www.` (after opening brackets
 * or quotes), or holds `@` between ASCII letters or digits with a `.` later.
 */
export function isAddress(units: Uint16Array, start: number, end: number): boolean {
  let k = start;
  while (k < end && isLeadingPunctuation(units[k]!)) k++;
  if (end - k >= 4 && lower(units[k]!) === 0x77 && lower(units[k + 1]!) === 0x77 && lower(units[k + 2]!) === 0x77 && units[k + 3] === 0x2e) {
    return true;
  }
  let at = -1;
  for (k = start; k < end; k++) {
    const unit = units[k]!;
    if (unit === 0x3a && k + 2 < end && units[k + 1] === 0x2f && units[k + 2] === 0x2f) return true;
    if (unit === 0x40 && k > start && k + 1 < end && isAsciiAlnum(units[k - 1]!) && isAsciiAlnum(units[k + 1]!)) at = k;
    if (unit === 0x2e && at >= 0 && k > at + 1) return true;
  }
  return false;
}

/** Whether positions lie in a URL or e-mail address; positions must not decrease between calls within a line. */
export class AddressCursor {
  private tokenStart = 0;
  private tokenEnd = 0;
  private inAddress = false;
  private lineStart = 0;
  private lineEnd = 0;

  constructor(
    /** The units read: the pass's input, set again for each pass. */
    public units: Uint16Array,
    private readonly classes: Uint8Array,
  ) {}

  /** Starts a new line `[start, end)`. */
  reset(start: number, end: number): void {
    this.lineStart = start;
    this.lineEnd = end;
    this.tokenStart = start;
    this.tokenEnd = start;
    this.inAddress = false;
  }

  /** Whether `at` (not a space) lies in a URL or e-mail address. */
  covers(at: number): boolean {
    if (at < this.tokenStart || at >= this.tokenEnd) {
      const { units, classes } = this;
      let start = at;
      while (start > this.lineStart && (classes[units[start - 1]!]! & SPACE_BIT) === 0) start--;
      let end = at;
      while (end < this.lineEnd && (classes[units[end]!]! & SPACE_BIT) === 0) end++;
      this.tokenStart = start;
      this.tokenEnd = end;
      this.inAddress = isAddress(units, start, end);
    }
    return this.inAddress;
  }
}
