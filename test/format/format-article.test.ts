import { describe, expect, it } from 'vitest';
import { ArticleFormatError, type ArticleFormatErrorCode } from '../../src/format/article-format-error';
import { formatArticle } from '../../src/format/format-article';
import { parseArticle } from '../../src/parse/parse-article';
import type { Article, RelatedStory } from '../../src/schema/article';
import type { Span } from '../../src/schema/position';
import {
  CAPTION,
  FULL_ARTICLE,
  HEADLINE,
  lines,
  PARAGRAPH_1,
  PARAGRAPH_2,
  STORY_1,
  STORY_2,
  STORY_3,
  TEASER_1,
  TEASER_2,
  TEASER_3,
} from '../parse/samples.unit';

const SPAN: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function story(title: string, teaser: string | null, truncated: boolean): RelatedStory {
  return { title, teaser, truncated, placement: 'block', label: null, afterParagraph: null, spans: { title: SPAN, titleEcho: null, teaser: null } };
}

function link(title: string, label: string, afterParagraph: number): RelatedStory {
  return {
    title,
    teaser: null,
    truncated: false,
    placement: 'inline',
    label: { text: label, span: SPAN },
    afterParagraph,
    spans: { title: SPAN, titleEcho: null, teaser: null },
  };
}

function article(fields: Partial<Omit<Article, 'spans'>>): Article {
  const paragraphs = fields.paragraphs ?? [PARAGRAPH_1, PARAGRAPH_2];
  return {
    title: HEADLINE,
    caption: CAPTION,
    readMoreLabel: null,
    related: [],
    ...fields,
    paragraphs,
    spans: { title: SPAN, titleEcho: null, caption: null, paragraphs: paragraphs.map(() => SPAN), readMoreLabel: null },
  };
}

/** The text fields a round trip must give back. */
function textFields(record: Article) {
  return {
    title: record.title,
    caption: record.caption,
    paragraphs: record.paragraphs,
    readMoreLabel: record.readMoreLabel,
    related: record.related.map(({ title, teaser, truncated, placement, label, afterParagraph }) => ({
      title,
      teaser,
      truncated,
      placement,
      label: label?.text ?? null,
      afterParagraph,
    })),
  };
}

function refusal(record: Article, options?: { labels?: string[] }): [ArticleFormatErrorCode, ReadonlyArray<string | number>] {
  try {
    formatArticle(record, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleFormatError);
    const { code, path } = error as ArticleFormatError;
    return [code, path];
  }
  throw new Error('expected formatArticle to refuse the record');
}

describe('formatArticle: layout', () => {
  it('writes the canonical layout of the specimen', () => {
    expect(formatArticle(parseArticle(FULL_ARTICLE))).toBe(FULL_ARTICLE);
  });

  it('writes LF line ends and no final newline', () => {
    const raw = formatArticle(article({}));
    expect(raw).toBe(lines(HEADLINE, '', HEADLINE, CAPTION, '', PARAGRAPH_1, PARAGRAPH_2));
  });

  it('puts a blank line between the echo and the first paragraph when there is no caption', () => {
    const raw = formatArticle(article({ caption: null }));
    expect(raw).toBe(lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, PARAGRAPH_2));
    expect(parseArticle(raw).caption).toBeNull();
  });

  it('writes a headline alone with its echo', () => {
    expect(formatArticle(article({ caption: null, paragraphs: [] }))).toBe(lines(HEADLINE, '', HEADLINE));
  });

  it('writes `قراءة المزيد` when there are stories but no label', () => {
    const record = article({ related: [story(STORY_1, TEASER_1, true)] });
    expect(formatArticle(record)).toBe(lines(HEADLINE, '', HEADLINE, CAPTION, '', PARAGRAPH_1, PARAGRAPH_2, '', 'قراءة المزيد', '', STORY_1, '', STORY_1, '', TEASER_1));
    expect(parseArticle(formatArticle(record)).readMoreLabel).toBe('قراءة المزيد');
  });

  it('writes a label without stories', () => {
    const raw = formatArticle(article({ readMoreLabel: 'اقرأ أيضاً' }));
    expect(raw.endsWith('\n\nاقرأ أيضاً')).toBe(true);
  });
});

describe('formatArticle: round trip', () => {
  it.each([
    ['the full article', parseArticle(FULL_ARTICLE)],
    ['no caption', article({ caption: null })],
    ['no caption and no body', article({ caption: null, paragraphs: [] })],
    ['a caption and no body', article({ paragraphs: [] })],
    ['a label and no stories', article({ readMoreLabel: 'المزيد' })],
    ['no body, no caption, but stories', article({ caption: null, paragraphs: [], readMoreLabel: 'شاهد أيضا', related: [story(STORY_1, TEASER_1, true)] })],
    [
      'stories without teasers between stories with teasers',
      article({
        readMoreLabel: 'قراءة المزيد',
        related: [story(STORY_1, null, false), story(STORY_2, TEASER_2, false), story(STORY_3, null, false), story(STORY_1, TEASER_3, true)],
      }),
    ],
    ['stories that share a headline', article({ readMoreLabel: 'المزيد', related: [story(STORY_1, null, false), story(STORY_1, null, false), story(STORY_1, TEASER_1, true)] })],
    ['a teaser equal to its own headline', article({ readMoreLabel: 'المزيد', related: [story(STORY_1, STORY_1, true), story(STORY_2, null, false)] })],
    ['a headline that looks like a label', article({ title: 'المزيد', caption: null })],
    ['a caption equal to the headline', article({ caption: HEADLINE })],
    ['a paragraph equal to the headline', article({ caption: null, paragraphs: [HEADLINE, PARAGRAPH_1] })],
  ])('gives back the text fields of a record with %s', (_name, record) => {
    const raw = formatArticle(record);
    expect(textFields(parseArticle(raw))).toEqual(textFields(record));
    expect(textFields(parseArticle(raw, { normalize: false }))).toEqual(textFields(record));
  });

  it('round-trips a label given in the options', () => {
    const record = article({ readMoreLabel: 'تابع أيضا', related: [story(STORY_1, TEASER_1, true)] });
    expect(refusal(record)).toEqual(['unknown-read-more-label', ['readMoreLabel']]);
    const raw = formatArticle(record, { labels: ['تابع أيضا'] });
    expect(textFields(parseArticle(raw, { labels: ['تابع أيضا'] }))).toEqual(textFields(record));
  });
});

describe('formatArticle: refusals', () => {
  it('refuses a record that fails ArticleSchema', () => {
    expect(refusal({ ...article({}), title: '' })).toEqual(['invalid-record', ['title']]);
    expect(refusal({ ...article({}), extra: 1 } as Article)[0]).toBe('invalid-record');
  });

  it.each([
    ['\n', ['title'], { title: `${HEADLINE}\nسطر` }],
    ['\r', ['caption'], { caption: `${CAPTION}\rسطر` }],
    ['U+2028', ['paragraphs', 1], { paragraphs: [PARAGRAPH_1, `أ\u2028ب`] }],
    ['U+2029', ['related', 0, 'teaser'], { related: [story(STORY_1, 'أ\u2029ب', true)] }],
  ] as const)('refuses a field holding %s', (_name, path, fields) => {
    expect(refusal(article(fields as Partial<Article>))).toEqual(['line-break', path]);
  });

  it.each([
    [['title'], { title: ` ${HEADLINE}` }],
    [['caption'], { caption: `${CAPTION}\u200f` }],
    [['paragraphs', 0], { paragraphs: ['\u00a0'] }],
    [['readMoreLabel'], { readMoreLabel: 'المزيد ' }],
    [['related', 0, 'title'], { related: [story(`\t${STORY_1}`, null, false)] }],
  ] as const)('refuses an untrimmed field at %j', (path, fields) => {
    expect(refusal(article(fields as Partial<Article>))).toEqual(['untrimmed-field', path]);
  });

  it.each([
    [['caption'], { caption: 'اقرأ أيضا' }],
    [['paragraphs', 1], { paragraphs: [PARAGRAPH_1, 'المزيد:'] }],
    [['related', 1, 'title'], { related: [story(STORY_1, null, false), story('مقالات ذات صلة', null, false)] }],
    [['related', 0, 'teaser'], { related: [story(STORY_1, 'شاهد أيضاً', true)] }],
    [['related', 0, 'teaser'], { related: [story(STORY_1, STORY_2, true), story(STORY_2, TEASER_2, false)] }],
  ] as const)('refuses a field that would be read as something else at %j', (path, fields) => {
    expect(refusal(article(fields as Partial<Article>))).toEqual(['ambiguous-field', path]);
  });

  it('refuses a field that looks like an extra label given in the options', () => {
    expect(refusal(article({ paragraphs: ['تابع أيضا'] }), { labels: ['تابع أيضا'] })).toEqual(['ambiguous-field', ['paragraphs', 0]]);
  });

  it('refuses a truncated flag that disagrees with the teaser', () => {
    expect(refusal(article({ related: [story(STORY_1, TEASER_1, false)] }))).toEqual(['truncated-mismatch', ['related', 0, 'truncated']]);
    expect(refusal(article({ related: [story(STORY_1, TEASER_2, true)] }))).toEqual(['truncated-mismatch', ['related', 0, 'truncated']]);
    expect(refusal(article({ related: [story(STORY_1, null, true)] }))).toEqual(['truncated-mismatch', ['related', 0, 'truncated']]);
  });

  it('refuses a label the parser would not recognise', () => {
    expect(refusal(article({ readMoreLabel: 'روابط' }))).toEqual(['unknown-read-more-label', ['readMoreLabel']]);
  });

  it('rejects invalid options with a TypeError', () => {
    expect(() => formatArticle(article({}), { labels: [''] })).toThrow(/formatArticle: option `labels.0` has no letters/);
    expect(() => formatArticle(article({}), { strict: true } as never)).toThrow(new TypeError('formatArticle: unknown option `strict`'));
    expect(() => formatArticle(article({}), 'labels' as never)).toThrow(TypeError);
  });

  it('says where and why in the message', () => {
    expect(() => formatArticle(article({ paragraphs: ['المزيد'] }))).toThrow(/^paragraphs\.0: the paragraph looks like a read-more label/);
  });
});

describe('formatArticle: read-more boxes inside the body', () => {
  const LINK_A = 'الوزير يلتقي ممثلي النقابات';
  const LINK_B = 'هل تنجح الخطة في خفض الأسعار؟';
  const PARAGRAPH_3 = 'وأكدت الوزارة أن المرحلة الأولى ستنطلق في الربيع المقبل.';

  it('writes a box right after the paragraph it follows, with no blank line around it', () => {
    const record = article({ paragraphs: [PARAGRAPH_1, PARAGRAPH_2], related: [link(LINK_A, 'اقرأ أيضا:', 0), link(LINK_B, 'اقرأ أيضا:', 0)] });
    expect(formatArticle(record)).toBe(lines(HEADLINE, '', HEADLINE, CAPTION, '', PARAGRAPH_1, 'اقرأ أيضا:', LINK_A, LINK_B, PARAGRAPH_2));
  });

  it.each([
    ['before the first paragraph, without a caption', { caption: null, related: [link(LINK_A, 'قد يهمك', -1)] }],
    ['in two places, with a related block after', {
      paragraphs: [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3],
      readMoreLabel: 'قراءة المزيد',
      related: [link(LINK_A, 'اقرأ أيضا:', 0), link(LINK_B, 'شاهد أيضاً', 1), story(STORY_1, TEASER_1, true), story(STORY_2, TEASER_2, false)],
    }],
    ['as the last body lines, before the related block', {
      readMoreLabel: 'أخبار ذات صلة',
      related: [link(LINK_A, 'اقرأ أيضا:', 1), link(LINK_B, 'اقرأ أيضا:', 1), story(STORY_3, TEASER_3, true)],
    }],
    ['as the last body lines, with no related block', { related: [link(LINK_A, 'طالع أيضا', 1)] }],
    ['two boxes after one paragraph', { related: [link(LINK_A, 'اقرأ أيضا:', 0), link(LINK_B, 'قد يعجبك', 0)] }],
    ['with a body of no paragraph', { paragraphs: [], caption: null, related: [link(LINK_A, 'اقرأ أيضا:', -1)] }],
  ] as const)('round-trips a box %s', (_name, fields) => {
    const record = article(fields as unknown as Partial<Omit<Article, 'spans'>>);
    expect(textFields(parseArticle(formatArticle(record), { normalize: false }))).toEqual(textFields(record));
  });

  it.each([
    ['an inline story after a block story', { readMoreLabel: 'المزيد', related: [story(STORY_1, TEASER_1, true), link(LINK_A, 'اقرأ أيضا', 0)] }, ['misplaced-story', ['related', 1, 'placement']]],
    ['inline stories out of page order', { related: [link(LINK_A, 'اقرأ أيضا', 1), link(LINK_B, 'اقرأ أيضا', 0)] }, ['misplaced-story', ['related', 1, 'afterParagraph']]],
    ['a paragraph index past the body', { related: [link(LINK_A, 'اقرأ أيضا', 2)] }, ['misplaced-story', ['related', 0, 'afterParagraph']]],
    ['an inline story with a teaser', { related: [{ ...link(LINK_A, 'اقرأ أيضا', 0), teaser: TEASER_2 }] }, ['misplaced-story', ['related', 0, 'teaser']]],
    ['an inline story without its label', { related: [{ ...link(LINK_A, 'اقرأ أيضا', 0), label: null }] }, ['misplaced-story', ['related', 0, 'label']]],
    ['a block story with a label', { readMoreLabel: 'المزيد', related: [{ ...story(STORY_1, TEASER_1, true), label: { text: 'المزيد', span: SPAN } }] }, ['misplaced-story', ['related', 0, 'label']]],
    ['an inline story marked truncated', { related: [{ ...link(LINK_A, 'اقرأ أيضا', 0), truncated: true }] }, ['truncated-mismatch', ['related', 0, 'truncated']]],
    ['a box label the parser does not know', { related: [link(LINK_A, 'تابع أيضا', 0)] }, ['unknown-read-more-label', ['related', 0, 'label', 'text']]],
    ['a link that reads as body text', { related: [link(PARAGRAPH_3, 'اقرأ أيضا', 0)] }, ['ambiguous-field', ['related', 0, 'title']]],
    ['a paragraph after a box that reads as a link', { paragraphs: [PARAGRAPH_1, 'عين اليوم – جدة'], related: [link(LINK_A, 'اقرأ أيضا', 0)] }, ['ambiguous-field', ['paragraphs', 1]]],
    ['a link repeated right after itself', { related: [link(LINK_A, 'اقرأ أيضا', 0), link(LINK_A, 'اقرأ أيضا', 0)] }, ['ambiguous-field', ['related', 1, 'title']]],
  ] as const)('refuses %s', (_name, fields, expected) => {
    expect(refusal(article(fields as unknown as Partial<Omit<Article, 'spans'>>))).toEqual(expected);
  });
});
