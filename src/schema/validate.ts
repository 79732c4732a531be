/**
 * Checking a value against the shape of a record schema without copying it.
 * `safeParse` of an object schema builds a new object for every object it
 * reads, so validating a record of 100,000 paragraphs allocates a second
 * record of that size, only to throw it away; on large inputs that copy was
 * half of the parse time.
 *
 * The check is generated at build time from `ArticleSchema`
 * (`src/schema/generated/record-checks.ts`, by `npm run generate:shapes`),
 * so that checking a record never loads zod. The schemas stay the one
 * statement of what a record is.
 */
import type { CheckPath } from './checks';
import { checkArticle } from './generated/record-checks';

/** The first thing wrong with a value, and where. */
export interface ValidationIssue {
  /** Keys and indices from the root to the value at fault. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, for people. */
  readonly message: string;
}

/**
 * Checks a value against `ArticleSchema` (through the generated check, so
 * without zod); it accepts exactly what `ArticleSchema.safeParse` accepts.
 *
 * @example
 * ```ts
 * validateArticle(parseArticle(specimen)); // undefined
 * validateArticle({ title: '' })?.path; // ['title']
 * ```
 */
export function validateArticle(value: unknown): ValidationIssue | undefined {
  const path: CheckPath = [];
  const message = checkArticle(value, path);
  return message === undefined ? undefined : { path, message };
}
