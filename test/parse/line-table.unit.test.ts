import { describe, expect, it } from 'vitest';
import { contentSpan, locate, scanLines } from '../../src/parse/line-table';
import { BLANK_CHARACTER_RANGES } from '../../src/unicode/blank';

/** The content of every non-blank line, as the table sees it. */
function contents(text: string): string[] {
  const table = scanLines(text);
  return Array.from({ length: table.count }, (_, k) => text.slice(table.contentStart[k], table.contentEnd[k]));
}

describe('scanLines: line ends', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('splits on %s', (_name, end) => {
    const text = ['أول', '', 'ثان', 'ثالث'].join(end);
    const table = scanLines(text);
    expect(contents(text)).toEqual(['أول', 'ثان', 'ثالث']);
    expect(table.lineNumber).toEqual([1, 3, 4]);
    const third = text.indexOf('ثالث');
    expect(contentSpan(table, 2).start).toEqual({ line: 4, column: 1, offset: third });
  });

  it('counts CRLF as one line end and a lone CR before LF-less text as one', () => {
    const text = 'أ\r\n\rب\n\r\nج';
    const table = scanLines(text);
    expect(table.lineNumber).toEqual([1, 3, 5]);
    expect(contents(text)).toEqual(['أ', 'ب', 'ج']);
  });

  it('mixes line ends in one text', () => {
    const text = 'أ\nب\r\nج\rد\u2028هـ\u2029و';
    expect(scanLines(text).lineNumber).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes a final newline or none alike', () => {
    expect(scanLines('أ\nب').lineNumber).toEqual(scanLines('أ\nب\n').lineNumber);
    expect(scanLines('أ\nب\r\n\r\n').count).toBe(2);
  });

  it('gives an empty text no line', () => {
    expect(scanLines('').count).toBe(0);
  });
});

describe('scanLines: blank lines and trimming', () => {
  it.each([
    ['space', ' '],
    ['tab', '\t'],
    ['NBSP', '\u00a0'],
    ['ZWSP', '\u200b'],
    ['ZWNJ', '\u200c'],
    ['ZWJ', '\u200d'],
    ['LRM', '\u200e'],
    ['RLM', '\u200f'],
    ['ALM', '\u061c'],
    ['BOM', '\ufeff'],
    ['bidi embedding', '\u202b'],
    ['bidi isolate', '\u2067'],
    ['word joiner', '\u2060'],
  ])('counts a line of only %s as blank', (_name, mark) => {
    const text = `أ\n${mark}${mark} ${mark}\nب`;
    expect(scanLines(text).lineNumber).toEqual([1, 3]);
  });

  it('treats every unit of the blank ranges as blank', () => {
    for (const ranges of [BLANK_CHARACTER_RANGES.space, BLANK_CHARACTER_RANGES.invisible]) {
      for (const [from, to] of ranges) {
        for (let unit = from; unit <= to; unit++) {
          expect(scanLines(`أ\n${String.fromCharCode(unit)}\nب`).count, unit.toString(16)).toBe(2);
        }
      }
    }
  });

  it('trims white space and invisible marks around the content, not inside it', () => {
    const text = ' \u200f\tكلمة\u200c أخرى \u00a0\u200e';
    const table = scanLines(text);
    expect(table.contentStart[0]).toBe(3);
    expect(text.slice(table.contentStart[0], table.contentEnd[0])).toBe('كلمة\u200c أخرى');
  });

  it('skips a leading BOM, which still counts at offset 0', () => {
    const text = '\ufeffعنوان\nنص';
    const span = contentSpan(scanLines(text), 0);
    expect(span.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(span.end).toEqual({ line: 1, column: 7, offset: 6 });
  });

  it('counts columns in UTF-16 units from the line start', () => {
    const text = 'أ\r\n  😀 ب';
    const span = contentSpan(scanLines(text), 1);
    expect(span.start).toEqual({ line: 2, column: 3, offset: 5 });
    expect(span.end).toEqual({ line: 2, column: 7, offset: 9 });
  });
});

describe('scanLines: units that are not text', () => {
  it('reports control characters once per line, spanning first to last', () => {
    const text = 'أ\u0000ب\u0007\nج\u0085';
    const { diagnostics } = scanLines(text);
    expect(diagnostics.map((d) => [d.code, d.start.line, d.start.offset, d.end.offset])).toEqual([
      ['control-character', 1, 1, 4],
      ['control-character', 2, 6, 7],
    ]);
    expect(diagnostics[0]?.severity).toBe('warning');
  });

  it('keeps a line of only a control character as a content line', () => {
    const table = scanLines('\u0000');
    expect(table.count).toBe(1);
    expect(table.diagnostics[0]?.code).toBe('control-character');
  });

  it('reports lone surrogates but not well-formed pairs', () => {
    const text = '😀 أ\ud83d ب\ude00';
    const { diagnostics } = scanLines(text);
    expect(diagnostics.map((d) => [d.code, d.start.offset, d.end.offset])).toEqual([['lone-surrogate', 4, 8]]);
    expect(diagnostics[0]?.message).toMatch(/2 lone surrogates/);
  });

  it('reports a lone high surrogate at the very end', () => {
    const { diagnostics, contentEnd } = scanLines('أ\ud83d');
    expect(diagnostics.map((d) => d.code)).toEqual(['lone-surrogate']);
    expect(contentEnd[0]).toBe(2);
  });

  it('reports U+FFFD and the noncharacters U+FFFE/U+FFFF', () => {
    const { diagnostics } = scanLines('أ\ufffdب\n\uffff\ufffe');
    expect(diagnostics.map((d) => [d.code, d.start.line, d.start.column, d.end.column])).toEqual([
      ['replacement-character', 1, 2, 3],
      ['control-character', 2, 1, 3],
    ]);
  });

  it('does not report tab, vertical tab or form feed, which are white space', () => {
    const table = scanLines('\tأ\u000b\u000cب\t');
    expect(table.diagnostics).toEqual([]);
    expect(table.contentStart[0]).toBe(1);
  });

  it('scans a 1 MB line without trouble', () => {
    const text = `${'ب'.repeat(1 << 20)}\u0000`;
    const table = scanLines(text);
    expect(table.count).toBe(1);
    expect(table.diagnostics[0]?.start.column).toBe((1 << 20) + 1);
  });
});

describe('locate', () => {
  it('agrees with the table on every line-end kind', () => {
    const text = 'أ\nب\r\nج\rد\u2028هـ\u2029و';
    const table = scanLines(text);
    for (let k = 0; k < table.count; k++) {
      const offset = table.contentStart[k]!;
      expect(locate(text, offset)).toEqual(contentSpan(table, k).start);
    }
  });
});
