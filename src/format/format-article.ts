/**
 * `formatArticle`: a record back to the raw format, in the canonical layout
 * the specimen uses, checked so that parsing the text gives the record back.
 */
import { sameHeadline } from '../parse/fold';
import type { LabelMatcher } from '../parse/labels';
import { hasLineBreak, resolveOptions } from '../parse/options';
import { isTruncatedText } from '../parse/truncation';
import { readLine } from '../parse/link-line';
import type { Article } from '../schema/article';
import { validateArticle } from '../schema/validate';
import { isBlankUnit } from '../unicode/blank';
import { ArticleFormatError } from './article-format-error';

/**
 * Options of `formatArticle`.
 *
 * @example
 * ```ts
 * const options: FormatOptions = { labels: ['تابع أيضا'] };
 * ```
 */
export interface FormatOptions {
  /**
   * More read-more labels, as for `parseArticle`: a `readMoreLabel` must be
   * one the parser will recognise, and no other field may look like one.
   */
  labels?: readonly string[];
}

/** The label written when a record has related stories but no label of its own. */
const DEFAULT_LABEL = 'قراءة المزيد';

type Path = Array<string | number>;

/** One line of the written text and the record path it came from (`null` for blank lines and echoes). */
interface WrittenLine {
  readonly text: string;
  readonly path: Path | null;
  readonly label: boolean;
}

/**
 * Writes an article in the canonical raw layout:
 *
 * ```text
 * headline
 *
 * headline                  ← the echo, always written
 * caption                   ← directly under the echo; when there is no caption
 *                             a blank line follows the echo instead
 * paragraph 1               ← after a blank line, one paragraph per line
 * اقرأ أيضا:                 ← an inline box's label, right after the paragraph
 * link headline                its stories follow (`afterParagraph`), then its links
 * paragraph 2
 *
 * read-more label           ← `قراءة المزيد` when the record has block stories but no label
 *
 * story headline
 *
 * story headline            ← every story headline is echoed
 *
 * teaser
 * ```
 *
 * Lines end with LF and there is no final newline. Spans are ignored.
 * `parseArticle(formatArticle(article))` gives back every text field,
 * `truncated` flag and placement (`placement`, inline `label.text` and
 * `afterParagraph`) of a record whose fields are already normalised; the one
 * exception is a `null` `readMoreLabel` with block stories, which comes back
 * as `قراءة المزيد`. Consecutive inline stories with the same label text and
 * paragraph index are written as one box. A record that cannot round-trip is
 * refused with an `ArticleFormatError` (see its codes).
 *
 * @param article - a record valid under `ArticleSchema`
 * @param options - more read-more labels, as passed to `parseArticle`
 * @throws ArticleFormatError when the record cannot be written unambiguously
 * @example
 * ```ts
 * const raw = formatArticle(parseArticle(specimen));
 * parseArticle(raw).paragraphs; // the same paragraphs
 * ```
 */
export function formatArticle(article: Article, options?: FormatOptions): string {
  const issue = validateArticle(article);
  if (issue) throw new ArticleFormatError('invalid-record', issue.path, `the record fails ArticleSchema: ${issue.message}`);
  const { labels } = resolveOptions(options, 'formatArticle', ['labels']);
  checkArticle(article, labels);
  checkPlacement(article, labels);

  const body = bodyLines(article);
  checkInlineBoxes(body);
  const lines: string[] = [article.title, '', article.title];
  if (article.caption !== null) lines.push(article.caption);
  if (body.length > 0) lines.push('', ...body.map((line) => line.text));
  const block = article.related.filter((story) => story.placement === 'block');
  const label = article.readMoreLabel ?? (block.length > 0 ? DEFAULT_LABEL : null);
  if (label !== null) lines.push('', label);
  for (const story of block) {
    lines.push('', story.title, '', story.title);
    if (story.teaser !== null) lines.push('', story.teaser);
  }
  return lines.join('\n');
}

/** The body in page order: paragraphs, with each inline box (label, then links) after the paragraph it follows. */
function bodyLines(article: Article): WrittenLine[] {
  const lines: WrittenLine[] = [];
  const { related } = article;
  let next = 0;
  const boxesAfter = (index: number): void => {
    while (next < related.length && related[next]!.placement === 'inline' && related[next]!.afterParagraph === index) {
      const text = related[next]!.label!.text;
      lines.push({ text, path: ['related', next, 'label', 'text'], label: true });
      while (next < related.length && related[next]!.afterParagraph === index && related[next]!.label?.text === text) {
        lines.push({ text: related[next]!.title, path: ['related', next, 'title'], label: false });
        next++;
      }
    }
  };
  boxesAfter(-1);
  article.paragraphs.forEach((paragraph, index) => {
    lines.push({ text: paragraph, path: ['paragraphs', index], label: false });
    boxesAfter(index);
  });
  return lines;
}

/** Throws unless related stories are inline ones in page order, then block ones, each with the fields its placement needs. */
function checkPlacement(article: Article, labels: LabelMatcher): void {
  let lastInline = -1;
  let blockSeen = false;
  article.related.forEach((story, index) => {
    const at = (key: string): Path => ['related', index, key];
    if (story.placement === 'block') {
      blockSeen = true;
      if (story.label !== null) throw new ArticleFormatError('misplaced-story', at('label'), 'a block story has no inline label');
      if (story.afterParagraph !== null) throw new ArticleFormatError('misplaced-story', at('afterParagraph'), 'a block story has no paragraph index');
      return;
    }
    if (blockSeen) throw new ArticleFormatError('misplaced-story', at('placement'), 'inline stories come before the block stories, in page order');
    if (story.label === null) throw new ArticleFormatError('misplaced-story', at('label'), 'an inline story needs the label of its box');
    const after = story.afterParagraph;
    if (after === null || after < lastInline || after >= article.paragraphs.length) {
      throw new ArticleFormatError('misplaced-story', at('afterParagraph'), `an inline story follows a paragraph of the record (-1 … ${article.paragraphs.length - 1}), in page order`);
    }
    lastInline = after;
    if (story.teaser !== null) throw new ArticleFormatError('misplaced-story', at('teaser'), 'an inline story has no teaser');
    if (story.truncated) throw new ArticleFormatError('truncated-mismatch', at('truncated'), 'a story without a teaser is never truncated');
    const { text } = story.label;
    if (hasLineBreak(text)) throw new ArticleFormatError('line-break', ['related', index, 'label', 'text'], 'the field holds a line break');
    if (isBlankUnit(text.charCodeAt(0)) || isBlankUnit(text.charCodeAt(text.length - 1))) {
      throw new ArticleFormatError('untrimmed-field', ['related', index, 'label', 'text'], 'the field starts or ends with white space or an invisible mark');
    }
    if (!labels.matches(text, 0, text.length)) {
      throw new ArticleFormatError('unknown-read-more-label', ['related', index, 'label', 'text'], 'the label is not one the parser recognises; pass it in `labels`');
    }
    if (readLine(story.title) !== 'link') {
      throw new ArticleFormatError('ambiguous-field', at('title'), 'the inline link reads as body text (too long, or it ends with a full stop or comma) and would be read as a paragraph');
    }
  });
}

/** How many lines after a box's label the parser looks for an echoed story (see `findBlockLabel`). */
const STRUCTURE_WINDOW = 4;

/**
 * Throws when a box would not read back as written: the paragraph after it
 * reads as a link, or a line within reach of its label repeats the line
 * before it (the related block's structure).
 */
function checkInlineBoxes(body: readonly WrittenLine[]): void {
  body.forEach((line, k) => {
    if (!line.label) return;
    let end = k + 1;
    while (end < body.length && !body[end]!.label && body[end]!.path![0] === 'related') end++;
    const after = body[end];
    if (after !== undefined && !after.label && readLine(after.text) === 'link') {
      throw new ArticleFormatError('ambiguous-field', after.path!, 'the paragraph after a read-more box reads as a link and would join the box');
    }
    for (let j = k + 1; j + 1 < body.length && j + 1 <= k + STRUCTURE_WINDOW && !body[j]!.label && !body[j + 1]!.label; j++) {
      const a = body[j]!.text;
      const b = body[j + 1]!.text;
      if (sameHeadline(a, 0, a.length, b, 0, b.length)) {
        throw new ArticleFormatError('ambiguous-field', body[j + 1]!.path!, 'the line repeats the one before it near a read-more box, which would read as the related block');
      }
    }
  });
}

/** Throws for the first field that would not read back as itself. */
function checkArticle(article: Article, labels: LabelMatcher): void {
  const isLabel = (text: string): boolean => labels.matches(text, 0, text.length);
  const plain = (text: string, path: Path): void => {
    if (hasLineBreak(text)) throw new ArticleFormatError('line-break', path, 'the field holds a line break');
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    if (isBlankUnit(first) || isBlankUnit(last)) {
      throw new ArticleFormatError('untrimmed-field', path, 'the field starts or ends with white space or an invisible mark');
    }
  };
  const notLabel = (text: string, path: Path, role: string): void => {
    plain(text, path);
    if (isLabel(text)) {
      throw new ArticleFormatError('ambiguous-field', path, `the ${role} looks like a read-more label and would be read as one`);
    }
  };

  plain(article.title, ['title']);
  if (article.caption !== null) notLabel(article.caption, ['caption'], 'caption');
  article.paragraphs.forEach((paragraph, index) => notLabel(paragraph, ['paragraphs', index], 'paragraph'));
  if (article.readMoreLabel !== null) {
    plain(article.readMoreLabel, ['readMoreLabel']);
    if (!isLabel(article.readMoreLabel)) {
      throw new ArticleFormatError('unknown-read-more-label', ['readMoreLabel'], 'the label is not one the parser recognises; pass it in `labels`');
    }
  }

  article.related.forEach((story, index) => {
    notLabel(story.title, ['related', index, 'title'], 'story headline');
    if (story.placement === 'inline') return;
    const { teaser } = story;
    if (teaser !== null) notLabel(teaser, ['related', index, 'teaser'], 'teaser');
    const truncated = teaser !== null && isTruncatedText(teaser);
    if (story.truncated !== truncated) {
      const why = teaser === null ? 'a story without a teaser is never truncated' : `the teaser ${truncated ? 'does not end' : 'ends'} with terminal punctuation`;
      throw new ArticleFormatError('truncated-mismatch', ['related', index, 'truncated'], why);
    }
    const next = article.related[index + 1];
    if (teaser !== null && next?.placement === 'block' && sameHeadline(teaser, 0, teaser.length, next.title, 0, next.title.length)) {
      throw new ArticleFormatError('ambiguous-field', ['related', index, 'teaser'], 'the teaser repeats the next story headline and would be read as that story');
    }
  });
}
