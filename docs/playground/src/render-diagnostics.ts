/**
 * The diagnostics as a list, and the input as numbered lines with the lines
 * each diagnostic is about highlighted. Clicking a diagnostic scrolls to its
 * line.
 */
import type { Diagnostic } from 'khabar';
import { h } from './dom';
import { splitLines } from './lines';

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** The input lines a diagnostic is about (its end is exclusive, so a span ending at column 1 stops on the line before). */
function linesOf(diagnostic: Diagnostic): number[] {
  const { start, end } = diagnostic;
  const last = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
  const lines: number[] = [];
  for (let line = start.line; line <= last; line++) lines.push(line);
  return lines;
}

/** Builds the numbered source view with every line a diagnostic touches highlighted by its worst severity. */
export function renderSource(text: string, diagnostics: readonly Diagnostic[]): HTMLElement {
  const worst = new Map<number, Diagnostic['severity']>();
  for (const diagnostic of diagnostics) {
    for (const line of linesOf(diagnostic)) {
      const current = worst.get(line);
      if (current === undefined || SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[current]) worst.set(line, diagnostic.severity);
    }
  }
  return h(
    'ol',
    { class: 'source', dir: 'rtl', lang: 'ar' },
    ...splitLines(text).map(({ number, text: line }) => {
      const severity = worst.get(number);
      const attributes: Record<string, string> = { id: `source-line-${number}`, 'data-line': String(number) };
      if (severity !== undefined) {
        attributes['class'] = `flagged flagged-${severity}`;
        attributes['data-severity'] = severity;
      }
      // An empty line still needs height; a zero-width space would change the text, so CSS handles it.
      return h('li', attributes, line);
    }),
  );
}

/** Builds the list of diagnostics; each item links to its first line in the source view. */
export function renderDiagnosticList(diagnostics: readonly Diagnostic[]): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'empty', 'data-field': 'no-diagnostics' }, 'No diagnostics: the input matches the format.');
  return h(
    'ul',
    { class: 'diagnostics' },
    ...diagnostics.map((diagnostic) =>
      h(
        'li',
        {
          class: `diagnostic diagnostic-${diagnostic.severity}`,
          'data-code': diagnostic.code,
          'data-line': String(diagnostic.start.line),
          'data-severity': diagnostic.severity,
        },
        h('a', { href: `#source-line-${diagnostic.start.line}`, class: 'position' }, `${diagnostic.start.line}:${diagnostic.start.column}`),
        ' ',
        h('span', { class: 'severity' }, diagnostic.severity),
        ' ',
        h('code', {}, diagnostic.code),
        ' ',
        h('span', { class: 'message' }, diagnostic.message),
      ),
    ),
  );
}
