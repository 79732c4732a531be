/**
 * An article as Markdown: the headline as a heading, the caption in italics,
 * the paragraphs with each "read also" box inside the body as a quoted list
 * where the page shows it, and the related block's stories as a list under
 * the read-more label. Field text is escaped, so a line that starts with
 * `#`, `-` or `1.` stays text.
 */
import type { Article, RelatedStory } from '../schema/article';

// Characters with a meaning anywhere in a line of Markdown.
const INLINE_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&']);

/** Escapes a one-line field so that Markdown shows it as it is. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const character of text) out += INLINE_SPECIAL.has(character) ? `\\${character}` : character;
  // At a line start, -, +, = and "1." or "1)" would start a list or an underline.
  const first = out[0];
  if (first === '-' || first === '+' || first === '=') return `\\${out}`;
  let digits = 0;
  while (digits < out.length && out[digits]! >= '0' && out[digits]! <= '9') digits++;
  if (digits > 0 && (out[digits] === '.' || out[digits] === ')')) return `${out.slice(0, digits)}\\${out.slice(digits)}`;
  return out;
}

/** The inline boxes that follow paragraph `index` (-1: before the first), as quoted lists: label, then links. */
function boxesAfter(inline: readonly RelatedStory[], index: number): string[] {
  const lines: string[] = [];
  let label: string | undefined;
  for (const story of inline) {
    if (story.afterParagraph !== index) continue;
    if (story.label!.text !== label) {
      if (label !== undefined) lines.push('');
      label = story.label!.text;
      lines.push(`> **${escapeMarkdown(label)}**`, '>');
    }
    lines.push(`> - ${escapeMarkdown(story.title)}`);
  }
  if (lines.length > 0) lines.push('');
  return lines;
}

/** Renders one article; `source` names its input in an HTML comment at the top. */
export function renderMarkdown(article: Article, source: string): string {
  const lines = [`<!-- ${source.replaceAll('--', '‐‐')} -->`, '', `# ${escapeMarkdown(article.title)}`, ''];
  if (article.caption !== null) lines.push(`*${escapeMarkdown(article.caption)}*`, '');
  const inline = article.related.filter((story) => story.placement === 'inline');
  const block = article.related.filter((story) => story.placement === 'block');
  lines.push(...boxesAfter(inline, -1));
  article.paragraphs.forEach((paragraph, index) => {
    lines.push(escapeMarkdown(paragraph), '');
    if (inline.length > 0) lines.push(...boxesAfter(inline, index));
  });
  if (article.readMoreLabel !== null || block.length > 0) {
    lines.push(`## ${escapeMarkdown(article.readMoreLabel ?? 'Related')}`, '');
    for (const story of block) {
      const teaser = story.teaser === null ? '' : ` — ${escapeMarkdown(story.teaser)}${story.truncated ? ' …' : ''}`;
      lines.push(`- **${escapeMarkdown(story.title)}**${teaser}`);
    }
    if (block.length > 0) lines.push('');
  }
  return lines.join('\n');
}
