/**
 * An independent reading of the raw format's line structure, written plainly so
 * that tests can check the parser against it: which lines a text has, which are
 * blank, and which line/column an offset falls on.
 */
import { isBlankUnit } from '../../src/unicode/blank';
import type { Point, Span } from '../../src/schema/position';

/** One line of the input, with offsets into the input string. */
export interface RawLine {
  /** Line number, from 1. */
  number: number;
  /** Offset of the first code unit of the line. */
  start: number;
  /** Offset just after the line's content (before its terminator). */
  end: number;
  /** The line's content, without its terminator. */
  text: string;
  /** Whether the line holds only white space and invisible marks. */
  blank: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

/** Whether a text holds only white space and invisible marks (or nothing). */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isBlankUnit(text.charCodeAt(i))) return false;
  }
  return true;
}

/** The text without surrounding white space and invisible marks. */
export function cleanText(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlankUnit(text.charCodeAt(start))) start++;
  while (end > start && isBlankUnit(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * Splits a text into lines on LF, CRLF, CR, U+2028 and U+2029. A text ending in
 * a terminator has an empty last line, so there is always one line more than
 * there are terminators.
 */
export function splitLines(input: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  const push = (end: number): void => {
    const text = input.slice(start, end);
    lines.push({ number: lines.length + 1, start, end, text, blank: isBlankText(text) });
  };
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (unit === LF || unit === LINE_SEPARATOR || unit === PARAGRAPH_SEPARATOR) {
      push(i);
      start = i + 1;
    } else if (unit === CR) {
      push(i);
      if (input.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
    }
  }
  push(input.length);
  return lines;
}

/** The line holding an offset (a line's terminator belongs to it), by binary search. */
export function lineAt(lines: readonly RawLine[], offset: number): RawLine {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return lines[low]!;
}

/** The point (line, column, offset) of an offset, computed from the line table. */
export function pointAt(lines: readonly RawLine[], offset: number): Point {
  const line = lineAt(lines, offset);
  return { line: line.number, column: offset - line.start + 1, offset };
}

/** The raw text a span covers. */
export function sliceSpan(input: string, span: Span): string {
  return input.slice(span.start.offset, span.end.offset);
}
