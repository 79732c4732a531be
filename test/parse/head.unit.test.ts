import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/parse/parse-article';
import type { Article } from '../../src/schema/article';
import type { Diagnostic } from '../../src/schema/diagnostic';
import type { Span } from '../../src/schema/position';
import { CAPTION, HEADLINE, lines, PARAGRAPH_1, PARAGRAPH_2, STORY_1 } from './samples.unit';

function parse(raw: string): { article: Article; diagnostics: Diagnostic[] } {
  const result = safeParseArticle(raw, { normalize: false });
  if (!result.success) throw result.error;
  return { article: result.data, diagnostics: result.diagnostics };
}

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.code);
const lineOf = (span: Span | null): number | undefined => span?.start.line;

describe('headline and echo', () => {
  it('takes the first non-blank line as the headline, after leading blank lines', () => {
    const raw = lines('', ' \u200b', HEADLINE, '', HEADLINE, '', PARAGRAPH_1);
    const { article } = parse(raw);
    expect(article.title).toBe(HEADLINE);
    expect(article.spans.title.start).toEqual({ line: 3, column: 1, offset: raw.indexOf(HEADLINE) });
    expect(lineOf(article.spans.titleEcho)).toBe(5);
  });

  it.each([
    ['exactly', HEADLINE],
    ['with different white space', `  ${HEADLINE.replace(' ', '   ')} `],
    ['with diacritics', HEADLINE.replace('الحكومة', 'الحُكُومَةُ')],
    ['with tatweel', HEADLINE.replace('تعلن', 'تعـــلن')],
    ['with invisible marks', `\u200f${HEADLINE.replace(' ', '\u200c ')}`],
  ])('recognises an echo that repeats the headline %s', (_name, echo) => {
    const { article, diagnostics } = parse(lines(HEADLINE, '', echo, CAPTION, '', PARAGRAPH_1));
    expect(lineOf(article.spans.titleEcho)).toBe(3);
    expect(article.caption).toBe(CAPTION);
    expect(codes(diagnostics)).toEqual([]);
  });

  it('recognises an echo directly under the headline', () => {
    const { article } = parse(lines(HEADLINE, HEADLINE, CAPTION, '', PARAGRAPH_1));
    expect(lineOf(article.spans.titleEcho)).toBe(2);
    expect(article.caption).toBe(CAPTION);
  });

  it('does not take a line that differs in a letter as the echo', () => {
    const { article, diagnostics } = parse(lines(HEADLINE, '', `${HEADLINE} اليوم`, '', PARAGRAPH_1));
    expect(article.spans.titleEcho).toBeNull();
    expect(article.paragraphs).toEqual([`${HEADLINE} اليوم`, PARAGRAPH_1]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.start.line])).toEqual([['title-echo-missing', 'info', 3]]);
  });

  it('reports a headline that is the only line', () => {
    const raw = `  ${HEADLINE}  `;
    const { article, diagnostics } = parse(raw);
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs).toEqual([]);
    const end = { line: 1, column: 3 + HEADLINE.length, offset: 2 + HEADLINE.length };
    expect(diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([
      ['title-echo-missing', end, end],
      ['body-empty', end, end],
    ]);
  });
});

describe('caption', () => {
  it('is the line directly under the echo', () => {
    const raw = lines(HEADLINE, '', HEADLINE, CAPTION, '', PARAGRAPH_1, PARAGRAPH_2);
    const { article, diagnostics } = parse(raw);
    expect(article.caption).toBe(CAPTION);
    expect(article.spans.caption?.start).toEqual({ line: 4, column: 1, offset: raw.indexOf(CAPTION) });
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(diagnostics).toEqual([]);
  });

  it('is missing when a blank line follows the echo', () => {
    const { article, diagnostics } = parse(lines(HEADLINE, '', HEADLINE, '', CAPTION, PARAGRAPH_1));
    expect(article.caption).toBeNull();
    expect(article.spans.caption).toBeNull();
    expect(article.paragraphs).toEqual([CAPTION, PARAGRAPH_1]);
    expect(diagnostics).toEqual([]);
  });

  it('is not a read-more label directly under the echo', () => {
    const { article } = parse(lines(HEADLINE, '', HEADLINE, 'اقرأ أيضا', '', 'قصة'));
    expect(article.caption).toBeNull();
    expect(article.readMoreLabel).toBe('اقرأ أيضا');
    expect(article.related.map((story) => story.title)).toEqual(['قصة']);
  });

  it('without an echo, is the line directly under the headline, reported as assumed', () => {
    const raw = lines(HEADLINE, CAPTION, '', PARAGRAPH_1);
    const { article, diagnostics } = parse(raw);
    expect(article.caption).toBe(CAPTION);
    expect(article.paragraphs).toEqual([PARAGRAPH_1]);
    const start = { line: 2, column: 1, offset: HEADLINE.length + 1 };
    const end = { line: 2, column: CAPTION.length + 1, offset: HEADLINE.length + 1 + CAPTION.length };
    expect(diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([
      ['title-echo-missing', 'info', start, end],
      ['caption-assumed', 'info', start, end],
    ]);
  });

  it('without an echo, is missing when a blank line follows the headline', () => {
    const { article, diagnostics } = parse(lines(HEADLINE, '', PARAGRAPH_1, PARAGRAPH_2));
    expect(article.caption).toBeNull();
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(codes(diagnostics)).toEqual(['title-echo-missing']);
  });
});

describe('body', () => {
  it('keeps paragraphs separated by any number of blank lines, in order', () => {
    const raw = lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', ' ', '\t', PARAGRAPH_2, '');
    const { article } = parse(raw);
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(article.spans.paragraphs.map((span) => span.start.line)).toEqual([5, 9]);
  });

  it('ends at the read-more label of the related block, and runs to the end without one', () => {
    const withLabel = parse(lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', 'المزيد', '', STORY_1, '', STORY_1)).article;
    expect(withLabel.paragraphs).toEqual([PARAGRAPH_1]);
    expect(withLabel.readMoreLabel).toBe('المزيد');
    expect(lineOf(withLabel.spans.readMoreLabel)).toBe(7);
    // A label inside the body, with body text right after it, does not end the body.
    const inBody = parse(lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, 'المزيد', PARAGRAPH_2));
    expect(inBody.article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(inBody.article.readMoreLabel).toBeNull();
    expect(inBody.diagnostics.map((d) => [d.code, d.start.line])).toEqual([['inline-label-without-links', 6]]);
    const without = parse(lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, PARAGRAPH_2)).article;
    expect(without.readMoreLabel).toBeNull();
    expect(without.related).toEqual([]);
  });

  it('reports an empty body at the end of the last head line', () => {
    const raw = lines(HEADLINE, '', HEADLINE, CAPTION);
    const { diagnostics } = parse(raw);
    const end = { line: 4, column: CAPTION.length + 1, offset: raw.length };
    expect(diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([['body-empty', 'info', end, end]]);
  });

  it('keeps a headline that looks like a read-more label as the headline', () => {
    const { article } = parse(lines('المزيد', '', 'المزيد', '', PARAGRAPH_1));
    expect(article.title).toBe('المزيد');
    expect(lineOf(article.spans.titleEcho)).toBe(3);
    expect(article.paragraphs).toEqual([PARAGRAPH_1]);
    expect(article.readMoreLabel).toBeNull();
  });
});
