/**
 * `formatArticle`: a record back to the raw format, in the canonical layout
 * the specimen uses, checked so that parsing the text gives the record back.
 */
import { sameHeadline } from '../parse/fold';
import type { LabelMatcher } from '../parse/labels';
import { hasLineBreak, ParseOptionsSchema, resolveOptions } from '../parse/options';
import { isTruncatedText } from '../parse/truncation';
import { ArticleSchema, type Article } from '../schema/article';
import { isBlankUnit } from '../unicode/blank';
import { ArticleFormatError } from './article-format-error';

/**
 * Options of `formatArticle`.
 *
 * @example
 * ```ts
 * const options: FormatOptions = { labels: ['طالع أيضا'] };
 * ```
 */
export interface FormatOptions {
  /**
   * More read-more labels, as for `parseArticle`: a `readMoreLabel` must be
   * one the parser will recognise, and no other field may look like one.
   */
  labels?: readonly string[];
}

const FormatOptionsSchema = /* @__PURE__ */ (() => ParseOptionsSchema.pick({ labels: true }))();

/** The label written when a record has related stories but no label of its own. */
const DEFAULT_LABEL = 'قراءة المزيد';

type Path = Array<string | number>;

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
 * paragraph 2
 *
 * read-more label           ← `قراءة المزيد` when the record has stories but no label
 *
 * story headline
 *
 * story headline            ← every story headline is echoed
 *
 * teaser
 * ```
 *
 * Lines end with LF and there is no final newline. Spans are ignored.
 * `parseArticle(formatArticle(article))` gives back every text field and
 * `truncated` flag of a record whose fields are already normalised; the one
 * exception is a `null` `readMoreLabel` with stories, which comes back as
 * `قراءة المزيد`. A record that cannot round-trip is refused with an
 * `ArticleFormatError` (see its codes).
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
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ArticleFormatError('invalid-record', issue?.path.map(pathKey) ?? [], `the record fails ArticleSchema: ${issue?.message ?? ''}`);
  }
  const { labels } = resolveOptions(options, 'formatArticle', FormatOptionsSchema);
  checkArticle(article, labels);

  const lines: string[] = [article.title, '', article.title];
  if (article.caption !== null) lines.push(article.caption);
  if (article.paragraphs.length > 0) lines.push('', ...article.paragraphs);
  const label = article.readMoreLabel ?? (article.related.length > 0 ? DEFAULT_LABEL : null);
  if (label !== null) lines.push('', label);
  for (const story of article.related) {
    lines.push('', story.title, '', story.title);
    if (story.teaser !== null) lines.push('', story.teaser);
  }
  return lines.join('\n');
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
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
    const { teaser } = story;
    if (teaser !== null) notLabel(teaser, ['related', index, 'teaser'], 'teaser');
    const truncated = teaser !== null && isTruncatedText(teaser);
    if (story.truncated !== truncated) {
      const why = teaser === null ? 'a story without a teaser is never truncated' : `the teaser ${truncated ? 'does not end' : 'ends'} with terminal punctuation`;
      throw new ArticleFormatError('truncated-mismatch', ['related', index, 'truncated'], why);
    }
    const next = article.related[index + 1];
    if (teaser !== null && next && sameHeadline(teaser, 0, teaser.length, next.title, 0, next.title.length)) {
      throw new ArticleFormatError('ambiguous-field', ['related', index, 'teaser'], 'the teaser repeats the next story headline and would be read as that story');
    }
  });
}
