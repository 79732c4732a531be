/**
 * The record as a reader sees it: headline, caption, numbered paragraphs with
 * the input line each came from, each "read also" box inside the body where
 * the page shows it, and the related block's stories.
 */
import type { Article, RelatedStory, Span } from 'khabar';
import { h } from './dom';

function lineBadge(span: Span | null | undefined): HTMLElement | null {
  if (span === null || span === undefined) return null;
  return h('span', { class: 'line-badge', dir: 'ltr', title: `input line ${span.start.line}` }, `L${span.start.line}`);
}

/** The inline boxes after paragraph `index` (-1: before the first): label, then its links. */
function inlineBoxes(inline: readonly RelatedStory[], index: number): HTMLElement[] {
  const boxes: Array<{ label: RelatedStory['label']; stories: RelatedStory[] }> = [];
  for (const story of inline) {
    if (story.afterParagraph !== index) continue;
    const open = boxes[boxes.length - 1];
    if (open && open.label?.span.start.offset === story.label?.span.start.offset) open.stories.push(story);
    else boxes.push({ label: story.label, stories: [story] });
  }
  return boxes.map(({ label, stories }) =>
    h(
      'aside',
      { class: 'inline-box', 'data-field': 'inline-box' },
      h('strong', { 'data-field': 'inline-label' }, lineBadge(label?.span), label?.text ?? ''),
      h(
        'ul',
        {},
        ...stories.map((story) =>
          h('li', { 'data-field': 'related', 'data-placement': 'inline' }, h('span', { 'data-field': 'related-title' }, lineBadge(story.spans.title), story.title)),
        ),
      ),
    ),
  );
}

/** Builds the readable view of `article`. */
export function renderReadable(article: Article): HTMLElement {
  const { spans } = article;
  const inline = article.related.filter((story) => story.placement === 'inline');
  const block = article.related.filter((story) => story.placement === 'block');
  return h(
    'article',
    { class: 'readable', dir: 'rtl', lang: 'ar' },
    h('h2', { 'data-field': 'title' }, lineBadge(spans.title), article.title),
    article.caption === null
      ? h('p', { class: 'missing', 'data-field': 'caption', dir: 'ltr', lang: 'en' }, 'no caption')
      : h('p', { class: 'caption', 'data-field': 'caption' }, lineBadge(spans.caption), article.caption),
    ...inlineBoxes(inline, -1),
    ...article.paragraphs.flatMap((paragraph, index) => [
      h('p', { class: 'paragraph', 'data-field': 'paragraph' }, lineBadge(spans.paragraphs[index]), paragraph),
      ...inlineBoxes(inline, index),
    ]),
    article.readMoreLabel === null
      ? null
      : h('h3', { 'data-field': 'read-more' }, lineBadge(spans.readMoreLabel), article.readMoreLabel),
    block.length === 0
      ? null
      : h(
          'ol',
          { class: 'related' },
          ...block.map((story) =>
            h(
              'li',
              { 'data-field': 'related', 'data-placement': 'block' },
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
