import type { Point } from '../schema/position';
import type { Diagnostic } from '../schema/diagnostic';
import { severityOf, type DiagnosticCode } from './codes';

/** The point at the very start of any input: where whole-input diagnostics sit. */
export const INPUT_START: Point = /* @__PURE__ */ (() => Object.freeze({ line: 1, column: 1, offset: 0 }))();

/**
 * Builds a diagnostic; the severity comes from the code's entry in
 * `DIAGNOSTIC_CODES`, so a code can never carry the wrong one.
 *
 * @example
 * ```ts
 * const start = { line: 1, column: 1, offset: 0 };
 * createDiagnostic('body-empty', 'The article has no body paragraph.', start, start);
 * ```
 */
export function createDiagnostic(code: DiagnosticCode, message: string, start: Point, end: Point): Diagnostic {
  return { code, severity: severityOf(code), message, start, end };
}

/**
 * Orders diagnostics by where they start in the input (stable for ties), the
 * order a reader meets them in.
 *
 * @example
 * ```ts
 * const ordered = sortDiagnostics([...decodeDiagnostics, ...parseDiagnostics]);
 * ```
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Array.prototype.sort is stable (ES2019), and the input is a few sorted runs, which it merges in near-linear time.
  return diagnostics.slice().sort((a, b) => a.start.offset - b.start.offset);
}

/**
 * Whether strict mode rejects a parse with these diagnostics: it does when any
 * of them is a warning or an error (info never fails).
 *
 * @example
 * ```ts
 * failsStrict([{ ...someInfo }]); // false
 * ```
 */
export function failsStrict(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity !== 'info');
}
