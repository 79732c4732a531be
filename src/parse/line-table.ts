/**
 * One pass over the input that finds its lines, trims each to its content and
 * notes code units that are not text. Only offsets are kept, never copies of
 * the lines, so a 20 MB input costs one scan and four small arrays.
 */
import { blankUnitTable } from '../unicode/blank';
import { createDiagnostic } from '../diagnostics/diagnostic';
import type { DiagnosticCode } from '../diagnostics/codes';
import type { Diagnostic } from '../schema/diagnostic';
import type { Point, Span } from '../schema/position';

/**
 * The non-blank lines of an input. Entry `k` describes the k-th non-blank
 * line; blank lines are only visible as gaps in `lineNumber`.
 */
export interface LineTable {
  /** The text the offsets index into. */
  readonly text: string;
  /** How many non-blank lines there are. */
  readonly count: number;
  /** 1-based line number of each non-blank line. */
  readonly lineNumber: readonly number[];
  /** Offset of the first code unit of each line (column 1). */
  readonly lineStart: readonly number[];
  /** Offset of the first content unit: leading white space and invisible marks skipped. */
  readonly contentStart: readonly number[];
  /** Offset just after the last content unit: trailing white space and invisible marks skipped. */
  readonly contentEnd: readonly number[];
  /** Code units that are not text (controls, lone surrogates, U+FFFD), one diagnostic per line and kind. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Where the parser puts its diagnostics: an array, or {@link DROP_DIAGNOSTICS}
 * when the caller will not see them.
 */
export type DiagnosticSink = Pick<Diagnostic[], 'push'>;

/** A sink that keeps nothing: a parse that returns no diagnostics need not hold millions of them. */
export const DROP_DIAGNOSTICS: DiagnosticSink = { push: () => 0 };

/**
 * Code units that need a decision: line ends (LF, CR, U+2028, U+2029), controls
 * other than tab/VT/FF, surrogates, U+FFFD and the noncharacters U+FFFE/U+FFFF.
 * One global character class over the whole input: the engine's native scan
 * skips ordinary text several times faster than a `charCodeAt` loop, and a
 * single class cannot backtrack.
 */
const ATTENTION = /[\0-\x08\n\r\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufffd-\uffff]/g;

/** The line ends a line table splits at, as `indexOf` finds them. */
const BREAK_UNITS = ['\n', '\r', '\u2028', '\u2029'];

/**
 * Finds the line ends (LF, CR, U+2028, U+2029) of a text in order, for a
 * parse that reports nothing and so needs nothing else. Each kind is found
 * with `indexOf`, which skips text many times faster than a character class
 * reads it (the four cost a corpus page about 1.5 µs, the class about 7.5);
 * the next offset of a kind is looked up again only once the scan has passed
 * it, so each kind costs one read of the text.
 */
class BreakFinder {
  /** The next offset of each kind at or after the last `from`, or -1 when it has no more. */
  private readonly ahead: number[];

  constructor(private readonly text: string) {
    this.ahead = BREAK_UNITS.map((unit) => text.indexOf(unit));
  }

  /** The first line end at or after `from`, or -1. */
  next(from: number): number {
    let first = -1;
    for (let kind = 0; kind < BREAK_UNITS.length; kind++) {
      let at = this.ahead[kind]!;
      if (at >= 0 && at < from) at = this.ahead[kind] = this.text.indexOf(BREAK_UNITS[kind]!, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/** Counts one kind of non-text unit on the current line. */
class Tally {
  first = -1;
  last = -1;
  count = 0;
  private once: string | undefined;

  constructor(
    readonly code: DiagnosticCode,
    readonly what: string,
  ) {}

  add(offset: number): void {
    if (this.count === 0) this.first = offset;
    this.last = offset + 1;
    this.count += 1;
  }

  flush(line: number, lineStart: number, into: Diagnostic[]): void {
    if (this.count === 0) return;
    const start = { line, column: this.first - lineStart + 1, offset: this.first };
    const end = { line, column: this.last - lineStart + 1, offset: this.last };
    // The point names the line; one shared message keeps a diagnostic on every line of a damaged input cheap.
    const message = this.count === 1 ? (this.once ??= `The line holds one ${this.what}; it is kept in the text.`) : `The line holds ${this.count} ${this.what}s; they are kept in the text.`;
    into.push(createDiagnostic(this.code, message, start, end));
    this.count = 0;
  }
}

/**
 * Splits `text` into lines at LF, CRLF, CR, U+2028 and U+2029 and records
 * the non-blank ones. A leading BOM is an invisible mark, so it is skipped
 * like any other and still counts at offset 0. With `report` false only the
 * line ends are looked for (non-text units are kept as text and no diagnostic
 * is built: the table's list stays empty), for a parse whose caller never
 * sees them.
 *
 * @example
 * ```ts
 * const table = scanLines('عنوان\r\n\r\nفقرة');
 * table.count; // 2
 * table.lineNumber; // [1, 3]
 * ```
 */
export function scanLines(text: string, report = true): LineTable {
  const blank = blankUnitTable();
  const lineNumber: number[] = [];
  const lineStart: number[] = [];
  const contentStart: number[] = [];
  const contentEnd: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const controls = new Tally('control-character', 'control character');
  const surrogates = new Tally('lone-surrogate', 'lone surrogate');
  const replacements = new Tally('replacement-character', 'U+FFFD replacement character');

  let line = 1;
  let start = 0; // first unit of the current line
  let flawed = false; // whether a tally holds something for this line

  // Records the line [start, end) if it has content; `next` is where the next line starts.
  const endLine = (end: number, next: number): void => {
    let first = start;
    while (first < end && blank[text.charCodeAt(first)] === 1) first++;
    if (first < end) {
      let last = end;
      while (blank[text.charCodeAt(last - 1)] === 1) last--;
      lineNumber.push(line);
      lineStart.push(start);
      contentStart.push(first);
      contentEnd.push(last);
    }
    if (flawed) {
      controls.flush(line, start, diagnostics);
      surrogates.flush(line, start, diagnostics);
      replacements.flush(line, start, diagnostics);
      flawed = false;
    }
    line += 1;
    start = next;
  };

  if (!report) {
    const breaks = new BreakFinder(text);
    for (let at = breaks.next(0); at >= 0; ) {
      const next = text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
      endLine(at, next);
      at = breaks.next(next);
    }
    endLine(text.length, text.length);
    return { text, count: lineNumber.length, lineNumber, lineStart, contentStart, contentEnd, diagnostics };
  }

  const attention = new RegExp(ATTENTION); // own lastIndex: safe under re-entrancy
  while (attention.test(text)) {
    const at = attention.lastIndex - 1;
    const unit = text.charCodeAt(at);
    if (unit === 0x0a || unit === 0x2028 || unit === 0x2029) {
      endLine(at, at + 1);
      // A run of empty LF lines (100,000 blank lines) is counted here, not one regex match each.
      let next = at + 1;
      while (text.charCodeAt(next) === 0x0a) {
        next += 1;
        line += 1;
      }
      if (next > at + 1) {
        start = next;
        attention.lastIndex = next;
      }
    } else if (unit === 0x0d) {
      const next = text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
      endLine(at, next);
      attention.lastIndex = next;
    } else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
      attention.lastIndex = at + 2; // a well-formed pair is one character of text
    } else {
      flawed = true;
      if (unit >= 0xd800 && unit <= 0xdfff) surrogates.add(at);
      else if (unit === 0xfffd) replacements.add(at);
      else controls.add(at);
    }
  }
  endLine(text.length, text.length);

  return { text, count: lineNumber.length, lineNumber, lineStart, contentStart, contentEnd, diagnostics };
}

/**
 * The point at `offset` on the k-th non-blank line of the table.
 *
 * @example
 * ```ts
 * pointOnLine(table, 0, table.contentStart[0]!);
 * ```
 */
export function pointOnLine(table: LineTable, k: number, offset: number): Point {
  return { line: table.lineNumber[k]!, column: offset - table.lineStart[k]! + 1, offset };
}

/**
 * The span of the k-th non-blank line's content.
 *
 * @example
 * ```ts
 * const span = contentSpan(table, 0); // the headline
 * ```
 */
export function contentSpan(table: LineTable, k: number): Span {
  return {
    start: pointOnLine(table, k, table.contentStart[k]!),
    end: pointOnLine(table, k, table.contentEnd[k]!),
  };
}

/**
 * The point at any offset of a text, counting lines the way `scanLines` does.
 * Linear in `offset`; meant for the odd diagnostic outside a line table.
 *
 * @example
 * ```ts
 * locate('أ\r\nب', 3); // { line: 2, column: 1, offset: 3 }
 * ```
 */
export function locate(text: string, offset: number): Point {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < offset) {
      i += 1;
      line += 1;
      start = i + 1;
    } else if (unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1, offset };
}
