/**
 * How the parser uses `normalizeArabic`, with a stand-in normaliser so the
 * tests do not depend on what the real one does to a given text. The
 * parser's shortcut for fields the real one would keep as they are is
 * switched off here (kept-ranges.test.ts tests it).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NormalizeOptions, NormalizePreset } from '../../src/normalize';

const calls: Array<[string, NormalizePreset | NormalizeOptions | undefined]> = [];
let behaviour: (text: string) => unknown = (text) => text;

vi.mock('../../src/normalize', () => ({
  normalizeArabic: (text: string, options?: NormalizePreset | NormalizeOptions) => {
    calls.push([text, options]);
    return behaviour(text);
  },
}));

vi.mock('../../src/normalize/kept-ranges', async (importOriginal) => {
  const { KeptRanges } = await importOriginal<typeof import('../../src/normalize/kept-ranges')>();
  return {
    KeptRanges: class extends KeptRanges {
      override keeps(): boolean {
        return false;
      }
    },
  };
});

const { parseArticle, safeParseArticle } = await import('../../src/parse/parse-article');
const { FULL_ARTICLE, HEADLINE, lines, PARAGRAPH_1 } = await import('./samples.unit');

beforeEach(() => {
  calls.length = 0;
  behaviour = (text) => text;
});

describe('the normalize option', () => {
  it('passes every field, trimmed, to normalizeArabic with the display preset by default', () => {
    behaviour = (text) => `<${text}>`;
    const raw = lines(` ${HEADLINE} `, '', HEADLINE, '', PARAGRAPH_1);
    const article = parseArticle(raw);
    expect(article.title).toBe(`<${HEADLINE}>`);
    expect(article.paragraphs).toEqual([`<${PARAGRAPH_1}>`]);
    expect(calls).toEqual([
      [HEADLINE, 'display'],
      [PARAGRAPH_1, 'display'],
    ]);
  });

  it('makes every field normalize(slice of its span)', () => {
    behaviour = (text) => text.replaceAll('ا', 'ٱ');
    const article = parseArticle(FULL_ARTICLE, { normalize: 'search' });
    const slice = (span: { start: { offset: number }; end: { offset: number } }): string =>
      FULL_ARTICLE.slice(span.start.offset, span.end.offset).replaceAll('ا', 'ٱ');
    expect(article.title).toBe(slice(article.spans.title));
    expect(article.caption).toBe(slice(article.spans.caption!));
    expect(article.paragraphs).toEqual(article.spans.paragraphs.map(slice));
    expect(article.readMoreLabel).toBe(slice(article.spans.readMoreLabel!));
    for (const story of article.related) {
      expect(story.title).toBe(slice(story.spans.title));
      expect(story.teaser).toBe(slice(story.spans.teaser!));
    }
  });

  it('passes a preset name or an options object through unchanged', () => {
    parseArticle(HEADLINE, { normalize: 'camel' });
    const options = { preset: 'lucene' } as const;
    parseArticle(HEADLINE, { normalize: options });
    expect(calls.map(([, passed]) => passed)).toEqual(['camel', options]);
  });

  it('does not call normalizeArabic with normalize: false', () => {
    parseArticle(FULL_ARTICLE, { normalize: false });
    expect(calls).toEqual([]);
  });

  it('decides labels, echoes and truncation on the text as found', () => {
    behaviour = () => 'x';
    const article = parseArticle(FULL_ARTICLE);
    expect(article.readMoreLabel).toBe('x');
    expect(article.related).toHaveLength(3);
    expect(article.related.map((story) => story.truncated)).toEqual([true, false, true]);
  });

  it('keeps the text as found when normalisation empties a field, with a warning', () => {
    behaviour = (text) => (text === 'ً' ? '' : text);
    const raw = lines(HEADLINE, '', HEADLINE, '', ' ً ', PARAGRAPH_1);
    const result = safeParseArticle(raw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.paragraphs).toEqual(['ً', PARAGRAPH_1]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column, d.end.column])).toEqual([
      ['normalized-to-empty', 'warning', 5, 2, 3],
    ]);
    expect(safeParseArticle(raw, { strict: true }).success).toBe(false);
  });

  it('turns a record that fails ArticleSchema into an invalid-record error', () => {
    behaviour = () => ['not', 'a', 'string'];
    const result = safeParseArticle(HEADLINE);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['invalid-record', 'error']);
  });
});
