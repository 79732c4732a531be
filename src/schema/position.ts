import * as z from 'zod';

/**
 * A place in the input text, as three coordinates that agree with each other.
 *
 * Lines and columns count from 1, offsets from 0; columns and offsets are in
 * UTF-16 code units, so `input.slice(point.offset)` starts at the point.
 *
 * @example
 * ```ts
 * PointSchema.parse({ line: 1, column: 1, offset: 0 });
 * ```
 */
export const PointSchema = /* @__PURE__ */ (() => z
  .object({
    /** Line number, counting from 1. Every line-end kind (LF, CRLF, CR, U+2028, U+2029) ends a line. */
    line: z.number().int().min(1),
    /** Column on that line, counting from 1, in UTF-16 code units. */
    column: z.number().int().min(1),
    /** Offset from the start of the input string, counting from 0, in UTF-16 code units. */
    offset: z.number().int().min(0),
  })
  .strict())();

/**
 * A place in the input text.
 *
 * @example
 * ```ts
 * const start: Point = { line: 3, column: 1, offset: 42 };
 * ```
 */
export type Point = z.infer<typeof PointSchema>;

/**
 * The half-open range `[start, end)` of input text that a field was read from.
 *
 * For a field, the span covers the line's content without its surrounding
 * whitespace and invisible marks, so `input.slice(span.start.offset, span.end.offset)`
 * is the raw text of the field before normalisation.
 *
 * @example
 * ```ts
 * const span: Span = {
 *   start: { line: 1, column: 1, offset: 0 },
 *   end: { line: 1, column: 6, offset: 5 },
 * };
 * SpanSchema.parse(span);
 * ```
 */
export const SpanSchema = /* @__PURE__ */ (() => z
  .object({
    /** First code unit of the range. */
    start: PointSchema,
    /** The point just after the last code unit of the range (exclusive). */
    end: PointSchema,
  })
  .strict())();

/**
 * The half-open range of input text a field was read from.
 *
 * @example
 * ```ts
 * function sliceOf(input: string, span: Span): string {
 *   return input.slice(span.start.offset, span.end.offset);
 * }
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;
