/**
 * The head and body of an article: which non-blank line is the headline, its
 * echo, the caption, each paragraph and the read-more label. Works on line
 * indices only; text is read from the table when fields are built.
 */
import { createDiagnostic } from '../diagnostics/diagnostic';
import type { Diagnostic } from '../schema/diagnostic';
import { sameHeadline } from './fold';
import type { LabelMatcher } from './labels';
import { contentSpan, pointOnLine, type DiagnosticSink, type LineTable } from './line-table';

/** Index meaning "no such line". */
export const NONE = -1;

/** Indices into the line table (non-blank lines) of each part of the article. */
export interface ArticleLayout {
  /** The headline: always the first non-blank line, index 0. */
  readonly title: number;
  /** The headline's echo, or `NONE`. */
  readonly titleEcho: number;
  /** The caption, or `NONE`. */
  readonly caption: number;
  /** The body paragraphs in order. */
  readonly paragraphs: number[];
  /** The read-more label, or `NONE`. */
  readonly readMoreLabel: number;
}

/** Whether non-blank lines `k` and `k + 1` follow each other with no blank line between. */
function adjacent(table: LineTable, k: number): boolean {
  return table.lineNumber[k + 1] === table.lineNumber[k]! + 1;
}

/** Whether non-blank lines `a` and `b` are the same headline (see `sameHeadline`). */
export function repeatsLine(table: LineTable, a: number, b: number): boolean {
  const { text, contentStart, contentEnd } = table;
  return sameHeadline(text, contentStart[a]!, contentEnd[a]!, text, contentStart[b]!, contentEnd[b]!);
}

/**
 * Reads the head and body of a table with at least one non-blank line.
 *
 * 1. The headline is the first non-blank line.
 * 2. The echo is the next non-blank line if it repeats the headline.
 * 3. The caption is the next line if it sits directly under the echo (or,
 *    without an echo, under the headline) and is not a read-more label;
 *    without an echo that choice is reported as `caption-assumed`.
 * 4. Every later line is a paragraph, up to the first read-more label.
 *
 * @example
 * ```ts
 * const layout = readLayout(scanLines('عنوان\n\nعنوان\nتعليق\n\nفقرة'), createLabelMatcher(), []);
 * // { title: 0, titleEcho: 1, caption: 2, paragraphs: [3], readMoreLabel: -1 }
 * ```
 */
export function readLayout(table: LineTable, labels: LabelMatcher, diagnostics: DiagnosticSink): ArticleLayout {
  const { count, text, contentStart, contentEnd } = table;
  const isLabel = (k: number): boolean => labels.matches(text, contentStart[k]!, contentEnd[k]!);

  const title = 0;
  let next = 1;
  let titleEcho = NONE;
  if (count > 1 && repeatsLine(table, title, 1)) {
    titleEcho = 1;
    next = 2;
  } else {
    diagnostics.push(echoMissing(table));
  }

  let caption = NONE;
  const anchor = titleEcho === NONE ? title : titleEcho;
  if (next < count && adjacent(table, anchor) && !isLabel(next)) {
    caption = next;
    next += 1;
    if (titleEcho === NONE) {
      const span = contentSpan(table, caption);
      const message = `Without a headline echo, line ${span.start.line}, directly under the headline, was taken as the caption; it may be the first paragraph.`;
      diagnostics.push(createDiagnostic('caption-assumed', message, span.start, span.end));
    }
  }

  const paragraphs: number[] = [];
  let readMoreLabel = NONE;
  for (let k = next; k < count; k++) {
    if (isLabel(k)) {
      readMoreLabel = k;
      break;
    }
    paragraphs.push(k);
  }

  if (paragraphs.length === 0) {
    const last = next - 1;
    const end = pointOnLine(table, last, contentEnd[last]!);
    diagnostics.push(createDiagnostic('body-empty', 'The article has no body paragraph.', end, end));
  }
  return { title, titleEcho, caption, paragraphs, readMoreLabel };
}

function echoMissing(table: LineTable): Diagnostic {
  if (table.count > 1) {
    const span = contentSpan(table, 1);
    const message = `Line ${span.start.line} does not repeat the headline, so the article has no headline echo; the caption is only taken from a line directly under the headline.`;
    return createDiagnostic('title-echo-missing', message, span.start, span.end);
  }
  const end = pointOnLine(table, 0, table.contentEnd[0]!);
  return createDiagnostic('title-echo-missing', 'The headline is the only line; it has no echo.', end, end);
}
