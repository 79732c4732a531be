/**
 * `formatDiagnostic`: the header line, the source line and the caret under
 * the right column, whatever the line holds (marks of width zero, wide
 * characters, tabs, controls), and a window with ellipses on long lines.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics';
import type { Diagnostic } from '../../src/schema/diagnostic';
import { safeParseArticle } from '../../src/parse';

/** A diagnostic at `offset` of `source`, `length` units long, with its line and column worked out. */
function at(source: string, offset: number, length = 1): Diagnostic {
  const point = (target: number) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < target; k++) {
      const unit = source.charCodeAt(k);
      const crlf = unit === 0x0d && source.charCodeAt(k + 1) === 0x0a;
      if ((unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) && !crlf) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: target - lineStart + 1, offset: target };
  };
  return {
    code: 'replacement-character',
    severity: 'warning',
    message: 'A message.',
    start: point(offset),
    end: point(offset + length),
  };
}

function caretColumn(formatted: string): number {
  const caretLine = formatted.split('\n')[2]!;
  return caretLine.indexOf('^') - caretLine.indexOf('| ') - 2;
}

describe('formatDiagnostic', () => {
  it('writes path:line:column code message, the line, and a caret under the column', () => {
    const source = 'عنوان\n\nنص فيه \uFFFD هنا';
    expect(formatDiagnostic(at(source, 14), source, { path: 'a.txt' })).toBe(
      ['a.txt:3:8 replacement-character A message.', '  3 | نص فيه \uFFFD هنا', '    |        ^'].join('\n'),
    );
  });

  it('leaves the path out when none is given', () => {
    const source = 'x\uFFFD';
    expect(formatDiagnostic(at(source, 1), source).split('\n')[0]).toBe('1:2 replacement-character A message.');
  });

  it('underlines the rest of the span on the same line', () => {
    const source = 'abc defg hij';
    expect(formatDiagnostic(at(source, 4, 4), source).split('\n')[2]).toBe('    |     ^~~~');
    // A span running past the line end is underlined up to the line end only.
    const twoLines = 'ab cd\nef';
    expect(formatDiagnostic(at(twoLines, 3, 5), twoLines).split('\n')[2]).toBe('    |    ^~');
  });

  it('counts marks as zero columns and wide characters as two', () => {
    const marks = 'كَتَبَ \uFFFD';
    expect(caretColumn(formatDiagnostic(at(marks, 7), marks))).toBe(4);
    const wide = '北京 \uFFFD';
    expect(caretColumn(formatDiagnostic(at(wide, 3), wide))).toBe(5);
    const emoji = '👍x';
    expect(caretColumn(formatDiagnostic(at(emoji, 2), emoji))).toBe(2);
  });

  it('copies tabs into the caret line, so the caret reaches the same tab stop', () => {
    const source = '\tab\tc';
    expect(formatDiagnostic(at(source, 4), source).split('\n').slice(1)).toEqual(['  1 | \tab\tc', '    | \t  \t^']);
  });

  it('shows controls, lone surrogates and bidi overrides as U+FFFD, so the terminal is not disturbed', () => {
    const source = 'a\u0007b\u202ec\ud800d\u001b[31m';
    const line = formatDiagnostic(at(source, 1), source).split('\n')[1]!;
    expect(line).toBe('  1 | a\uFFFDb\uFFFDc\uFFFDd\uFFFD[31m');
  });

  it('shows a window of a long line around the column, with ellipses where it is cut', () => {
    const source = `${'أ'.repeat(500)}\uFFFD${'ب'.repeat(500)}`;
    const [, line, caret] = formatDiagnostic(at(source, 500), source, { maxWidth: 40 }).split('\n');
    const shown = line!.slice('  1 | '.length);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect([...shown].length).toBeLessThanOrEqual(40);
    expect(caret!.indexOf('^') - '    | '.length).toBe(shown.indexOf('\uFFFD'));
  });

  it('prints only the header for a diagnostic on a blank line', () => {
    const result = safeParseArticle('  \n\n');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(formatDiagnostic(result.error.diagnostics[0]!, '  \n\n', { path: 'x' })).toBe('x:1:1 empty-input The input has only blank lines.');
  });

  it('works for every diagnostic of a damaged article', () => {
    const raw = 'عنوان\n\nعنوان\n\u0001سطر\n\nفقرة \uFFFD\n\nاقرأ أيضا\n';
    const result = safeParseArticle(raw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    for (const diagnostic of result.diagnostics) {
      const text = formatDiagnostic(diagnostic, raw, { path: 'a.txt' });
      expect(text.startsWith(`a.txt:${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.code} `)).toBe(true);
    }
  });
});
