/**
 * A diagnostic as a compiler would print it: `file:line:column code message`,
 * then the source line and a caret under the column. Plain text, no colour,
 * so it reads the same in a terminal, a log file and a browser console.
 */
import type { Diagnostic } from '../schema/diagnostic';
import { isBlankUnit } from '../unicode/blank';

/**
 * Options of {@link formatDiagnostic}.
 *
 * @example
 * ```ts
 * const options: FormatDiagnosticOptions = { path: 'articles/0001.txt', maxWidth: 80 };
 * ```
 */
export interface FormatDiagnosticOptions {
  /** Name of the input, printed before the line and column (a file path, `<stdin>` …); omitted when absent. */
  path?: string;
  /**
   * Widest source excerpt, in terminal columns. A longer line is shown as a
   * window around the column, with `…` where it was cut. Default 100.
   */
  maxWidth?: number;
}

const DEFAULT_MAX_WIDTH = 100;
const ELLIPSIS = '…';
const REPLACEMENT = '\uFFFD';

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

// Zero-width: combining marks and invisible format characters (harakat, ZWJ, LRM …).
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** East Asian wide and fullwidth ranges, and emoji: two terminal columns. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * What one code point looks like in the excerpt. Controls, lone surrogates
 * and the bidi embeddings, overrides and isolates (which would reorder the
 * rest of the terminal line) become U+FFFD; a tab stays a tab, so that the
 * caret line, which copies it, reaches the same tab stop.
 */
function shown(codePoint: number): { text: string; width: number } {
  if (codePoint === 0x09) return { text: '\t', width: 1 };
  const control = codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
  const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  const bidi = (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
  if (control || surrogate || bidi) return { text: REPLACEMENT, width: 1 };
  const text = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(text)) return { text, width: 0 };
  return { text, width: isWide(codePoint) ? 2 : 1 };
}

/** Length in code units of the code point at `at` (2 for a surrogate pair). */
function codePointLength(source: string, at: number): number {
  const unit = source.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= source.length) return 1;
  const next = source.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

interface Cell {
  /** Offset of the code point in the source. */
  offset: number;
  text: string;
  width: number;
}

function cellsOf(source: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  for (let at = from; at < to; ) {
    const length = codePointLength(source, at);
    const { text, width } = shown(source.codePointAt(at)!);
    cells.push({ offset: at, text, width });
    at += length;
  }
  return cells;
}

/** The cells to show: all of them, or a window around the caret of at most `maxWidth` columns. */
function windowOf(cells: readonly Cell[], caret: number, maxWidth: number): { first: number; end: number } {
  let total = 0;
  for (const cell of cells) total += cell.width;
  if (total <= maxWidth) return { first: 0, end: cells.length };
  const budget = Math.max(4, maxWidth - 2); // room for an ellipsis at each end
  let first = caret;
  let used = 0;
  while (first > 0 && used + cells[first - 1]!.width <= Math.floor(budget / 3)) used += cells[--first]!.width;
  let end = first;
  used = 0;
  while (end < cells.length && used + cells[end]!.width <= budget) used += cells[end++]!.width;
  return { first, end: Math.max(end, Math.min(cells.length, caret + 1)) };
}

/** Source excerpt and caret line (without the gutter), or undefined when there is nothing to show. */
function excerpt(diagnostic: Diagnostic, source: string, maxWidth: number): [string, string] | undefined {
  const offset = diagnostic.start.offset;
  if (offset > source.length) return undefined;
  let lineStart = offset;
  while (lineStart > 0 && !isLineBreak(source.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = offset;
  while (lineEnd < source.length && !isLineBreak(source.charCodeAt(lineEnd))) lineEnd++;
  let blank = true;
  for (let k = lineStart; k < lineEnd && blank; k++) blank = isBlankUnit(source.charCodeAt(k));
  if (blank) return undefined;

  const cells = cellsOf(source, lineStart, lineEnd);
  let caret = cells.findIndex((cell) => cell.offset >= offset);
  if (caret < 0) caret = cells.length;
  const { first, end } = windowOf(cells, caret, maxWidth);
  const underlineEnd = Math.min(diagnostic.end.offset, lineEnd);

  let line = first > 0 ? ELLIPSIS : '';
  let marker = first > 0 ? ' ' : '';
  let underline = '';
  for (let k = first; k < end; k++) {
    const cell = cells[k]!;
    line += cell.text;
    if (k < caret) marker += cell.text === '\t' ? '\t' : ' '.repeat(cell.width);
    else if (k > caret && cell.offset < underlineEnd) underline += '~'.repeat(cell.width);
  }
  if (end < cells.length) line += ELLIPSIS;
  return [line, `${marker}^${underline}`];
}

/**
 * Formats a diagnostic for people: a first line `path:line:column code
 * message` (the form editors and terminals turn into links), then the source
 * line and a caret under the column, with `~` under the rest of the span on
 * that line. `source` is the text the diagnostic's positions index into: the
 * input string, or `decodeArticleBytes(bytes).text` for bytes. Runs in any
 * JavaScript environment; wide characters count two columns, marks none.
 *
 * @param diagnostic - a diagnostic from `safeParseArticle` or `ArticleParseError`
 * @param source - the text the diagnostic is about
 * @param options - see {@link FormatDiagnosticOptions}
 * @example
 * ```ts
 * const raw = 'عنوان\n\nنص فيه \uFFFD هنا';
 * const result = safeParseArticle(raw);
 * const diagnostics = result.success ? result.diagnostics : result.error.diagnostics;
 * for (const diagnostic of diagnostics.filter((d) => d.severity !== 'info')) {
 *   console.error(formatDiagnostic(diagnostic, raw, { path: 'article.txt' }));
 * }
 * // article.txt:3:8 replacement-character The line holds one U+FFFD replacement character; it is kept in the text.
 * //   3 | نص فيه � هنا
 * //     |        ^
 * ```
 */
export function formatDiagnostic(diagnostic: Diagnostic, source: string, options: FormatDiagnosticOptions = {}): string {
  const { line, column } = diagnostic.start;
  const where = options.path === undefined ? `${line}:${column}` : `${options.path}:${line}:${column}`;
  const header = `${where} ${diagnostic.code} ${diagnostic.message}`;
  const shownLines = excerpt(diagnostic, source, options.maxWidth ?? DEFAULT_MAX_WIDTH);
  if (!shownLines) return header;
  const number = String(line);
  const gutter = ' '.repeat(number.length);
  return `${header}\n  ${number} | ${shownLines[0]}\n  ${gutter} | ${shownLines[1]}`;
}
