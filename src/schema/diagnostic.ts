import * as z from 'zod';
import { DIAGNOSTIC_CODE_LIST, severityOf, type DiagnosticCode, type DiagnosticSeverity } from '../diagnostics/codes';
import { PointSchema } from './position';

/**
 * The severities a diagnostic can have: `error`, `warning`, `info`.
 *
 * @example
 * ```ts
 * DiagnosticSeveritySchema.parse('warning');
 * ```
 */
export const DiagnosticSeveritySchema: z.ZodType<DiagnosticSeverity, DiagnosticSeverity> = /* @__PURE__ */ (() => z.enum(['error', 'warning', 'info']))();

/**
 * The closed list of diagnostic codes (see `DIAGNOSTIC_CODES` for their meaning).
 *
 * @example
 * ```ts
 * DiagnosticCodeSchema.parse('caption-assumed');
 * ```
 */
export const DiagnosticCodeSchema: z.ZodType<DiagnosticCode, DiagnosticCode> = /* @__PURE__ */ (() => z.enum(DIAGNOSTIC_CODE_LIST))();

/**
 * Something the parser noticed: a damaged part of the input, a line it set
 * aside, or a decision it took where the format is ambiguous. `start` and
 * `end` delimit the input text it is about, like a `Span`; a diagnostic
 * about the input as a whole has `start` equal to `end` at offset 0.
 *
 * @example
 * ```ts
 * DiagnosticSchema.parse({
 *   code: 'body-empty',
 *   severity: 'info',
 *   message: 'The article has no body paragraph.',
 *   start: { line: 1, column: 1, offset: 0 },
 *   end: { line: 1, column: 1, offset: 0 },
 * });
 * ```
 */
export const DiagnosticSchema = /* @__PURE__ */ (() => z
  .object({
    /** What was found, from a closed list; tests and callers switch on this. */
    code: DiagnosticCodeSchema,
    /** The severity, fixed by the code. */
    severity: DiagnosticSeveritySchema,
    /** A sentence for people; its wording may change between versions. */
    message: z.string().min(1),
    /** First code unit of the input text the diagnostic is about. */
    start: PointSchema,
    /** The point just after the last code unit it is about (exclusive). */
    end: PointSchema,
  })
  .strict()
  .refine((diagnostic) => diagnostic.severity === severityOf(diagnostic.code), {
    message: 'severity does not match the code',
    path: ['severity'],
  }))();

/**
 * Something the parser noticed about the input.
 *
 * @example
 * ```ts
 * const warnings = (list: Diagnostic[]) => list.filter((d) => d.severity === 'warning');
 * ```
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
