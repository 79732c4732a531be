/**
 * Why `formatArticle` refused a record, from a closed list:
 *
 * - `invalid-record`: the record fails `ArticleSchema`.
 * - `line-break`: a field holds a line end (LF, CR, U+2028, U+2029), so it
 *   would become two lines.
 * - `untrimmed-field`: a field starts or ends with white space or an invisible
 *   mark, which the parser would trim away.
 * - `ambiguous-field`: the field would be read back as something else: a
 *   caption, paragraph, story headline or teaser that looks like a read-more
 *   label, a teaser that repeats the next story's headline, an inline link
 *   that reads as body text, a paragraph after a "read also" box that reads
 *   as a link, or a line near a box's label that repeats the line before it
 *   (it would read as the related block's structure).
 * - `unknown-read-more-label`: `readMoreLabel` is not a label the parser
 *   recognises (pass it in `labels`).
 * - `truncated-mismatch`: a story's `truncated` flag disagrees with its
 *   teaser's final punctuation, so it would not survive a round trip.
 * - `misplaced-story`: a related story's placement fields do not fit: an
 *   inline story after a block story, out of page order, with a teaser, or
 *   without its label or paragraph index; a block story with either.
 *
 * @example
 * ```ts
 * const code: ArticleFormatErrorCode = 'ambiguous-field';
 * ```
 */
export type ArticleFormatErrorCode =
  | 'invalid-record'
  | 'line-break'
  | 'untrimmed-field'
  | 'ambiguous-field'
  | 'unknown-read-more-label'
  | 'truncated-mismatch'
  | 'misplaced-story';

/**
 * Thrown by `formatArticle` when a record cannot be written in the raw format
 * so that parsing the text gives the same record back.
 *
 * @example
 * ```ts
 * try {
 *   formatArticle({ ...article, paragraphs: ['المزيد'] });
 * } catch (error) {
 *   if (error instanceof ArticleFormatError) console.log(error.code, error.path); // 'ambiguous-field' ['paragraphs', 0]
 * }
 * ```
 */
export class ArticleFormatError extends Error {
  /** Why the record was refused. */
  readonly code: ArticleFormatErrorCode;
  /** Where in the record the problem is, e.g. `['related', 2, 'teaser']`. */
  readonly path: ReadonlyArray<string | number>;

  /**
   * @param code - why the record was refused
   * @param path - where in the record
   * @param message - a sentence for people
   */
  constructor(code: ArticleFormatErrorCode, path: ReadonlyArray<string | number>, message: string) {
    super(`${path.length > 0 ? `${path.join('.')}: ` : ''}${message}`);
    this.name = 'ArticleFormatError';
    this.code = code;
    this.path = path;
  }
}
