import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/diagnostics/article-parse-error';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes';
import { parseArticle, safeParseArticle } from '../../src/parse/parse-article';
import { ArticleSchema } from '../../src/schema/article';
import { DiagnosticSchema } from '../../src/schema/diagnostic';
import type { Span } from '../../src/schema/position';
import { CAPTION, FULL_ARTICLE, HEADLINE, lines, PARAGRAPH_1 } from './samples.unit';

const slice = (raw: string, span: Span): string => raw.slice(span.start.offset, span.end.offset);

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('parseArticle: input', () => {
  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[HEADLINE], 'array'],
    [{ text: HEADLINE }, 'object'],
    [new Date(0), 'Date'],
    [new Uint16Array(2), 'Uint16Array'],
    [Symbol('x'), 'symbol'],
  ])('throws a TypeError naming what was passed: %s', (input, what) => {
    const error = catchError(() => parseArticle(input as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe(`parseArticle expects a string or Uint8Array, got ${what}`);
    expect(() => safeParseArticle(input as never)).toThrow(TypeError);
  });

  it('accepts a Buffer, which is a Uint8Array', () => {
    expect(parseArticle(Buffer.from(FULL_ARTICLE, 'utf8'))).toEqual(parseArticle(FULL_ARTICLE));
  });

  it('indexes spans of byte input into the decoded text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FULL_ARTICLE)]);
    const article = parseArticle(bytes);
    expect(article.spans).toEqual(parseArticle(FULL_ARTICLE).spans);
  });

  it('counts a leading BOM of a string at offset 0 and skips it', () => {
    const raw = `\ufeff${FULL_ARTICLE}`;
    const article = parseArticle(raw);
    expect(article.title).toBe(HEADLINE);
    expect(article.spans.title.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(slice(raw, article.spans.title)).toBe(HEADLINE);
  });

  it('fails on input with no non-blank line, with an error diagnostic', () => {
    for (const raw of ['', '\n\n', ' \u200b\r\n\t\u00a0\ufeff']) {
      const error = catchError(() => parseArticle(raw));
      expect(error).toBeInstanceOf(ArticleParseError);
      expect((error as ArticleParseError).diagnostics.map((d) => [d.code, d.severity, d.start.offset])).toEqual([['empty-input', 'error', 0]]);
      const result = safeParseArticle(raw);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.diagnostics[0]?.code).toBe('empty-input');
    }
  });

  it('fails on empty bytes', () => {
    expect(() => parseArticle(new Uint8Array())).toThrow(ArticleParseError);
  });
});

describe('parseArticle: fields and spans', () => {
  it('makes every field the slice of its span', () => {
    for (const raw of [FULL_ARTICLE, FULL_ARTICLE.replaceAll('\n', '\r\n'), lines(`  ${HEADLINE}\u200f `, '', `\t${HEADLINE}`, ` ${CAPTION} `)]) {
      const article = parseArticle(raw, { normalize: false });
      expect(slice(raw, article.spans.title)).toBe(article.title);
      if (article.caption !== null) expect(slice(raw, article.spans.caption!)).toBe(article.caption);
      article.paragraphs.forEach((paragraph, index) => expect(slice(raw, article.spans.paragraphs[index]!)).toBe(paragraph));
      if (article.readMoreLabel !== null) expect(slice(raw, article.spans.readMoreLabel!)).toBe(article.readMoreLabel);
      for (const story of article.related) {
        expect(slice(raw, story.spans.title)).toBe(story.title);
        if (story.teaser !== null) expect(slice(raw, story.spans.teaser!)).toBe(story.teaser);
      }
    }
  });

  it('returns a record that ArticleSchema accepts', () => {
    expect(ArticleSchema.safeParse(parseArticle(FULL_ARTICLE)).success).toBe(true);
  });

  it('keeps text that is not text in the fields, with a warning naming it', () => {
    const raw = lines(`${HEADLINE}\u0000`, '', `${HEADLINE}`, '', `${PARAGRAPH_1}\ud800`);
    const result = safeParseArticle(raw, { normalize: false });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.title).toBe(`${HEADLINE}\u0000`);
    expect(result.data.paragraphs).toEqual([`${PARAGRAPH_1}\ud800`]);
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([
      ['control-character', 1, HEADLINE.length + 1],
      ['lone-surrogate', 5, PARAGRAPH_1.length + 1],
    ]);
  });

  it('returns diagnostics in input order, each valid under DiagnosticSchema', () => {
    const raw = lines(HEADLINE, CAPTION, '\ufffd', 'المزيد', '', 'المزيد');
    const result = safeParseArticle(raw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const offsets = result.diagnostics.map((d) => d.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const diagnostic of result.diagnostics) {
      expect(DiagnosticSchema.safeParse(diagnostic).success).toBe(true);
      expect(diagnostic.severity).toBe(DIAGNOSTIC_CODES[diagnostic.code].severity);
    }
  });
});

describe('parseArticle: strict mode', () => {
  it('does not fail on info diagnostics', () => {
    const raw = lines(HEADLINE, CAPTION);
    const result = safeParseArticle(raw, { strict: true });
    expect(result.success).toBe(true);
    if (result.success) expect(result.diagnostics.map((d) => d.severity)).toEqual(['info', 'info', 'info']);
  });

  it('fails on a warning, listing every diagnostic', () => {
    const raw = lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', 'المزيد');
    expect(safeParseArticle(raw).success).toBe(true);
    const error = catchError(() => parseArticle(raw, { strict: true }));
    expect(error).toBeInstanceOf(ArticleParseError);
    expect((error as ArticleParseError).diagnostics.map((d) => d.code)).toEqual(['related-block-empty']);
    expect((error as ArticleParseError).message).toMatch(/^7:1 related-block-empty: /);
    const result = safeParseArticle(raw, { strict: true });
    expect(result.success).toBe(false);
  });

  it('fails on a decoding warning', () => {
    const bytes = new Uint8Array([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3]); // الرئيس in windows-1256
    expect(parseArticle(bytes).title).toBe('الرئيس');
    expect(() => parseArticle(bytes, { strict: true })).toThrow(ArticleParseError);
  });
});

describe('parseArticle: options', () => {
  it.each([
    [{ strict: 'yes' }, 'strict'],
    [{ strict: 1 }, 'strict'],
    [{ normalize: true }, 'normalize'],
    [{ normalize: 'loud' }, 'normalize'],
    [{ normalize: null }, 'normalize'],
    [{ labels: 'المزيد' }, 'labels'],
    [{ labels: [1] }, 'labels.0'],
    [{ normalize: { digits: 'roman' } }, 'normalize.digits'],
    [{ normalize: { preset: 'loud' } }, 'normalize.preset'],
  ])('rejects %j with a TypeError naming the option', (options, name) => {
    const error = catchError(() => parseArticle(FULL_ARTICLE, options as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toContain(`option \`${name}\``);
  });

  it('rejects unknown options by name', () => {
    expect(() => parseArticle(FULL_ARTICLE, { strictt: true } as never)).toThrow(/unknown option `strictt`/);
    expect(() => parseArticle(FULL_ARTICLE, { normalize: { digit: 'keep' } } as never)).toThrow(/unknown option `normalize.digit`/);
  });

  it('rejects options that are not an object', () => {
    expect(() => parseArticle(FULL_ARTICLE, 'strict' as never)).toThrow(new TypeError('parseArticle expects its options to be an object, got string'));
    expect(() => safeParseArticle(FULL_ARTICLE, [] as never)).toThrow(/safeParseArticle expects its options to be an object, got array/);
  });

  it('rejects labels that cannot match a line', () => {
    expect(() => parseArticle(FULL_ARTICLE, { labels: ['طالع\nأيضا'] })).toThrow(/option `labels.0` holds a line break/);
    expect(() => parseArticle(FULL_ARTICLE, { labels: ['ok', ' ً: '] })).toThrow(/option `labels.1` has no letters/);
  });

  it('accepts every documented form of `normalize`', () => {
    for (const normalize of [false, 'display', 'search', 'lucene', 'camel', {}, { preset: 'search', digits: 'keep' }] as const) {
      expect(parseArticle(FULL_ARTICLE, { normalize }).title.length).toBeGreaterThan(0);
    }
  });

  it('keeps a field that the search preset empties as found, with a warning', () => {
    const raw = lines(HEADLINE, '', HEADLINE, '', 'ـــ', PARAGRAPH_1);
    const result = safeParseArticle(raw, { normalize: 'search' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.paragraphs[0]).toBe('ـــ');
    expect(result.diagnostics.map((d) => [d.code, d.start.line, d.start.column, d.end.column])).toEqual([['normalized-to-empty', 5, 1, 4]]);
  });

  it('accepts an empty options object and explicit defaults', () => {
    expect(parseArticle(FULL_ARTICLE, {})).toEqual(parseArticle(FULL_ARTICLE));
    expect(parseArticle(FULL_ARTICLE, { strict: false, labels: [] })).toEqual(parseArticle(FULL_ARTICLE));
  });
});
