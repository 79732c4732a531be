import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/parse/parse-article';
import type { Article } from '../../src/schema/article';
import type { Diagnostic } from '../../src/schema/diagnostic';
import {
  FULL_ARTICLE,
  HEADLINE,
  lines,
  PARAGRAPH_1,
  STORY_1,
  STORY_2,
  STORY_3,
  TEASER_1,
  TEASER_2,
  TEASER_3,
} from './samples.unit';

/** Parses an article whose related block holds `block` (lines after the label). */
function parseBlock(...block: string[]): { article: Article; diagnostics: Diagnostic[] } {
  const raw = lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', 'قراءة المزيد', ...block);
  const result = safeParseArticle(raw, { normalize: false });
  if (!result.success) throw result.error;
  return { article: result.data, diagnostics: result.diagnostics };
}

/** Each story as [title, teaser, echo line, teaser line]. */
const stories = (article: Article) =>
  article.related.map((story) => [story.title, story.teaser, story.spans.titleEcho?.start.line ?? null, story.spans.teaser?.start.line ?? null]);

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.start.line]);

describe('related stories', () => {
  it('reads the specimen shape: headline, blank, echo, blank, teaser', () => {
    const result = safeParseArticle(FULL_ARTICLE);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(stories(result.data)).toEqual([
      [STORY_1, TEASER_1, 13, 15],
      [STORY_2, TEASER_2, 19, 21],
      [STORY_3, TEASER_3, 25, 27],
    ]);
    expect(result.data.related.map((story) => story.truncated)).toEqual([true, false, true]);
    expect(result.diagnostics).toEqual([]);
  });

  it('gives spans whose slices are the fields', () => {
    const { article } = parseBlock('', STORY_1, '', STORY_1, '', TEASER_1);
    const raw = lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', 'قراءة المزيد', '', STORY_1, '', STORY_1, '', TEASER_1);
    const [story] = article.related;
    expect(raw.slice(story!.spans.title.start.offset, story!.spans.title.end.offset)).toBe(STORY_1);
    expect(raw.slice(story!.spans.teaser!.start.offset, story!.spans.teaser!.end.offset)).toBe(TEASER_1);
    expect(story!.spans.titleEcho!.start.offset).toBe(raw.lastIndexOf(STORY_1));
  });

  it('ignores extra blank lines between and inside stories', () => {
    const { article, diagnostics } = parseBlock('', '', STORY_1, '', '', '', STORY_1, ' ', TEASER_1, '', '', '', STORY_2, STORY_2, TEASER_2);
    expect(stories(article).map(([title, teaser]) => [title, teaser])).toEqual([
      [STORY_1, TEASER_1],
      [STORY_2, TEASER_2],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('does not shift later stories when one lacks its teaser', () => {
    const { article, diagnostics } = parseBlock(STORY_1, STORY_1, STORY_2, STORY_2, TEASER_2, STORY_3, STORY_3, TEASER_3);
    expect(stories(article)).toEqual([
      [STORY_1, null, 9, null],
      [STORY_2, TEASER_2, 11, 12],
      [STORY_3, TEASER_3, 14, 15],
    ]);
    expect(article.related[0]?.truncated).toBe(false);
    expect(codes(diagnostics)).toEqual([['related-teaser-missing', 8]]);
  });

  it('does not shift later stories when one lacks its echo', () => {
    const { article, diagnostics } = parseBlock(STORY_1, TEASER_1, STORY_2, STORY_2, TEASER_2);
    expect(stories(article)).toEqual([
      [STORY_1, TEASER_1, null, 9],
      [STORY_2, TEASER_2, 11, 12],
    ]);
    expect(codes(diagnostics)).toEqual([['related-title-echo-missing', 8]]);
  });

  it('does not shift later stories when one lacks both echo and teaser, if the next is echoed', () => {
    const { article, diagnostics } = parseBlock(STORY_1, STORY_2, STORY_2, TEASER_2);
    expect(stories(article)).toEqual([
      [STORY_1, null, null, null],
      [STORY_2, TEASER_2, 10, 11],
    ]);
    expect(codes(diagnostics)).toEqual([
      ['related-title-echo-missing', 8],
      ['related-teaser-missing', 8],
    ]);
  });

  it('alternates headline and teaser when no story is echoed', () => {
    const { article, diagnostics } = parseBlock(STORY_1, '', TEASER_1, '', STORY_2, '', TEASER_2, '', STORY_3);
    expect(stories(article).map(([title, teaser]) => [title, teaser])).toEqual([
      [STORY_1, TEASER_1],
      [STORY_2, TEASER_2],
      [STORY_3, null],
    ]);
    expect(codes(diagnostics)).toEqual([
      ['related-title-echo-missing', 8],
      ['related-title-echo-missing', 12],
      ['related-title-echo-missing', 16],
      ['related-teaser-missing', 16],
    ]);
  });

  it('reads an echoed story without a teaser at the end', () => {
    const { article } = parseBlock(STORY_1, STORY_1, TEASER_1, STORY_2, STORY_2);
    expect(stories(article)).toEqual([
      [STORY_1, TEASER_1, 9, 10],
      [STORY_2, null, 12, null],
    ]);
  });

  it('takes a teaser that repeats its own headline as the teaser', () => {
    const { article } = parseBlock(STORY_1, STORY_1, STORY_1, STORY_2, STORY_2, TEASER_2);
    expect(stories(article)).toEqual([
      [STORY_1, STORY_1, 9, 10],
      [STORY_2, TEASER_2, 12, 13],
    ]);
  });

  it('keeps a second label out of every story and closes the open story', () => {
    const { article, diagnostics } = parseBlock(STORY_1, STORY_1, 'شاهد أيضا:', TEASER_1, TEASER_1, TEASER_2);
    expect(stories(article)).toEqual([
      [STORY_1, null, 9, null],
      [TEASER_1, TEASER_2, 12, 13],
    ]);
    const extra = diagnostics.find((d) => d.code === 'extra-read-more-label');
    expect(extra?.severity).toBe('warning');
    expect(extra?.start.line).toBe(10);
    expect(extra?.end.column).toBe('شاهد أيضا:'.length + 1);
  });

  it('does not take a label as the echo that opens a story', () => {
    const { article } = parseBlock('', 'المزيد', '', 'المزيد', '', STORY_1, '', TEASER_1);
    expect(article.related.map((story) => story.title)).toEqual([STORY_1]);
    expect(article.readMoreLabel).toBe('المزيد');
  });

  it('reports a label followed by no story', () => {
    const { article, diagnostics } = parseBlock('', ' ');
    expect(article.readMoreLabel).toBe('قراءة المزيد');
    expect(article.related).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column])).toEqual([['related-block-empty', 'warning', 7, 1]]);
  });

  it('reports labels that close the page: the last one opens an empty block, the others stand in the body', () => {
    const { article, diagnostics } = parseBlock('المزيد');
    expect(article.readMoreLabel).toBe('المزيد');
    expect(diagnostics.map((d) => [d.code, d.start.line])).toEqual([
      ['inline-label-without-links', 7],
      ['related-block-empty', 8],
    ]);
  });

  it('reports a label inside an echoed block as extra', () => {
    const { diagnostics } = parseBlock('', STORY_1, '', STORY_1, '', TEASER_1, '', 'المزيد', '', STORY_2, '', STORY_2);
    expect(diagnostics.map((d) => [d.code, d.start.line])).toEqual([
      ['extra-read-more-label', 15],
      ['related-teaser-missing', 17],
    ]);
  });
});
