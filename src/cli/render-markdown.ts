/**
 * An article as Markdown: the headline as a heading, the caption in italics,
 * the paragraphs, and the related stories as a list under the read-more
 * label. Field text is escaped, so a line that starts with `#`, `-` or
 * `1.` stays text.
 */
import type { Article } from '../schema/article';

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

/** Renders one article; `source` names its input in an HTML comment at the top. */
export function renderMarkdown(article: Article, source: string): string {
  const lines = [`<!-- ${source.replaceAll('--', '‐‐')} -->`, '', `# ${escapeMarkdown(article.title)}`, ''];
  if (article.caption !== null) lines.push(`*${escapeMarkdown(article.caption)}*`, '');
  for (const paragraph of article.paragraphs) lines.push(escapeMarkdown(paragraph), '');
  if (article.readMoreLabel !== null || article.related.length > 0) {
    lines.push(`## ${escapeMarkdown(article.readMoreLabel ?? 'Related')}`, '');
    for (const story of article.related) {
      const teaser = story.teaser === null ? '' : ` — ${escapeMarkdown(story.teaser)}${story.truncated ? ' …' : ''}`;
      lines.push(`- **${escapeMarkdown(story.title)}**${teaser}`);
    }
    if (article.related.length > 0) lines.push('');
  }
  return lines.join('\n');
}
