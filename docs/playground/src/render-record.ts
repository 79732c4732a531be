/**
 * The record as a reader sees it: headline, caption, numbered paragraphs with
 * the input line each came from, and the related stories.
 */
import type { Article, Span } from 'khabar';
import { h } from './dom';

function lineBadge(span: Span | null | undefined): HTMLElement | null {
  if (span === null || span === undefined) return null;
  return h('span', { class: 'line-badge', dir: 'ltr', title: `input line ${span.start.line}` }, `L${span.start.line}`);
}

/** Builds the readable view of `article`. */
export function renderReadable(article: Article): HTMLElement {
  const { spans } = article;
  return h(
    'article',
    { class: 'readable', dir: 'rtl', lang: 'ar' },
    h('h2', { 'data-field': 'title' }, lineBadge(spans.title), article.title),
    article.caption === null
      ? h('p', { class: 'missing', 'data-field': 'caption', dir: 'ltr', lang: 'en' }, 'no caption')
      : h('p', { class: 'caption', 'data-field': 'caption' }, lineBadge(spans.caption), article.caption),
    ...article.paragraphs.map((paragraph, index) =>
      h('p', { class: 'paragraph', 'data-field': 'paragraph' }, lineBadge(spans.paragraphs[index]), paragraph),
    ),
    article.readMoreLabel === null
      ? null
      : h('h3', { 'data-field': 'read-more' }, lineBadge(spans.readMoreLabel), article.readMoreLabel),
    article.related.length === 0
      ? null
      : h(
          'ol',
          { class: 'related' },
          ...article.related.map((story) =>
            h(
              'li',
              { 'data-field': 'related' },
              h('strong', { 'data-field': 'related-title' }, lineBadge(story.spans.title), story.title),
              story.teaser === null
                ? h('span', { class: 'missing', dir: 'ltr', lang: 'en' }, 'no teaser')
                : h('span', { class: 'teaser', 'data-field': 'related-teaser' }, lineBadge(story.spans.teaser), story.teaser),
              story.truncated ? h('span', { class: 'badge', dir: 'ltr', lang: 'en', 'data-field': 'truncated' }, 'truncated') : null,
            ),
          ),
        ),
  );
}

/** Builds the JSON view of `article`: exactly what `JSON.stringify` gives. */
export function renderJson(article: Article): HTMLElement {
  return h('pre', { class: 'json', dir: 'ltr', 'data-field': 'json' }, JSON.stringify(article, null, 2));
}
