/**
 * Splits text into lines the way the parser counts them (LF, CRLF, lone CR,
 * U+2028 and U+2029 each end a line), so line numbers in diagnostics point at
 * the right row of the source view. A hand-written scan, linear in the text.
 */

/** One line of the input, without its line end. */
export interface SourceLine {
  /** Line number, counting from 1. */
  readonly number: number;
  readonly text: string;
}

/** The lines of `text`; an empty text is one empty line. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) {
      lines.push({ number: lines.length + 1, text: text.slice(start, index) });
      index += unit === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1;
      start = index;
    } else {
      index++;
    }
  }
  lines.push({ number: lines.length + 1, text: text.slice(start) });
  return lines;
}
