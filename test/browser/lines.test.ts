/**
 * The source view numbers lines the way the parser does, so a diagnostic's
 * line highlights the right row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../docs/playground/src/lines';
import { safeParseArticle } from '../../src/index';
import { junkArticle, lineEnd, paragraph } from '../arbitraries';

describe('splitLines', () => {
  it('ends a line at LF, CRLF, CR, U+2028 and U+2029', () => {
    expect(splitLines('أ\nب\r\nج\rد\u2028ه\u2029و').map((line) => line.text)).toEqual(['أ', 'ب', 'ج', 'د', 'ه', 'و']);
    expect(splitLines('')).toEqual([{ number: 1, text: '' }]);
    expect(splitLines('أ\n').map((line) => line.text)).toEqual(['أ', '']);
  });

  it('puts every diagnostic and field of a parse on a line whose text holds it', () => {
    const article = fc
      .array(fc.tuple(fc.oneof(paragraph, fc.constant('')), lineEnd), { minLength: 1, maxLength: 12 })
      .map((lines) => lines.map(([text, end]) => text + end).join(''));
    fc.assert(
      fc.property(fc.oneof(article, junkArticle), (text) => {
        const lines = splitLines(text);
        const result = safeParseArticle(text);
        const diagnostics = result.success ? result.diagnostics : result.error.diagnostics;
        for (const { start, end } of diagnostics) {
          const line = lines[start.line - 1];
          expect(line).toBeDefined();
          if (start.line === end.line && start.offset < end.offset) {
            expect(line?.text.slice(start.column - 1, end.column - 1)).toBe(text.slice(start.offset, end.offset));
          }
        }
        if (result.success) {
          const { spans } = result.data;
          for (const span of [spans.title, spans.caption, ...spans.paragraphs]) {
            if (span === null) continue;
            expect(lines[span.start.line - 1]?.text.slice(span.start.column - 1, span.end.column - 1)).toBe(
              text.slice(span.start.offset, span.end.offset),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
