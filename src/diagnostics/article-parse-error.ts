import type { Diagnostic } from '../schema/diagnostic';

/**
 * Thrown by `parseArticle` (and returned by `safeParseArticle`) when the input
 * holds no article — no non-blank line — or when `strict: true` and the parse
 * found a warning. `diagnostics` lists every diagnostic of the parse, in input
 * order, info included, so the caller sees the whole picture.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle('   \n\n', { strict: true });
 * } catch (error) {
 *   if (error instanceof ArticleParseError) console.log(error.diagnostics[0]?.code); // 'empty-input'
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** Every diagnostic of the failed parse, in input order. */
  readonly diagnostics: Diagnostic[];

  /**
   * @param diagnostics - every diagnostic of the failed parse; the message is
   *   built from the first that is not info.
   */
  constructor(diagnostics: Diagnostic[]) {
    super(summarize(diagnostics));
    this.name = 'ArticleParseError';
    this.diagnostics = diagnostics;
  }
}

function summarize(diagnostics: readonly Diagnostic[]): string {
  const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
  const first = problems[0] ?? diagnostics[0];
  if (first === undefined) return 'The article could not be parsed.';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${first.start.line}:${first.start.column} ${first.code}: ${first.message}${more}`;
}
