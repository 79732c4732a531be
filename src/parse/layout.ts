/**
 * The head and body of an article: which non-blank line is the headline, its
 * echo, the caption, each paragraph and the read-more label. Works on line
 * indices only; text is read from the table when fields are built.
 */
import { createDiagnostic } from '../diagnostics/diagnostic';
import type { Diagnostic } from '../schema/diagnostic';
import { findBlockLabel } from './block-start';
import type { LabelMatcher } from './labels';
import { NONE, adjacent, repeatsLine } from './layout-lines';
import { contentSpan, pointOnLine, type DiagnosticSink, type LineTable } from './line-table';
import { readLine } from './link-line';

export { NONE, repeatsLine };

/** A "read also" box inside the body: its label line and its link lines. */
export interface InlineBox {
  /** The label line. */
  readonly label: number;
  /** The link lines, at least one, in order. */
  readonly links: number[];
  /** Index in `paragraphs` of the paragraph the box follows, or -1 before the first. */
  readonly afterParagraph: number;
}

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
  /** The "read also" boxes inside the body, in order. */
  readonly inline: InlineBox[];
  /** The read-more label that opens the related block, or `NONE`. */
  readonly readMoreLabel: number;
}

/**
 * Reads the head and body of a table with at least one non-blank line.
 *
 * 1. The headline is the first non-blank line.
 * 2. The echo is the next non-blank line if it repeats the headline.
 * 3. The caption is the next line if it sits directly under the echo (or,
 *    without an echo, under the headline) and is not a read-more label;
 *    without an echo that choice is reported as `caption-assumed`.
 * 4. The related block opens at the label `findBlockLabel` chooses; every
 *    line between the head and it is body.
 * 5. In the body, a label opens a "read also" box: the lines after it that
 *    read as links (see `readLine`) are its links, and the first line that
 *    does not ends it and is a paragraph again (an uncertain one is reported
 *    as `inline-link-uncertain`). A label with no link is set aside as
 *    `inline-label-without-links`. Every other body line is a paragraph.
 *
 * @example
 * ```ts
 * const layout = readLayout(scanLines('عنوان\n\nعنوان\nتعليق\n\nفقرة'), createLabelMatcher(), []);
 * // { title: 0, titleEcho: 1, caption: 2, paragraphs: [3], inline: [], readMoreLabel: -1 }
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

  const { label: readMoreLabel, bodyLabels } = findBlockLabel(table, next, labels);
  const bodyEnd = readMoreLabel === NONE ? count : readMoreLabel;
  // The body's labels, found already: the next one at or after a line is bodyLabels[labelIndex].
  let labelIndex = 0;
  const isBodyLabel = (k: number): boolean => {
    while (labelIndex < bodyLabels.length && bodyLabels[labelIndex]! < k) labelIndex++;
    return bodyLabels[labelIndex] === k;
  };
  const paragraphs: number[] = [];
  const inline: InlineBox[] = [];
  for (let k = next; k < bodyEnd; ) {
    if (!isBodyLabel(k)) {
      paragraphs.push(k++);
      continue;
    }
    const box: InlineBox = { label: k, links: [], afterParagraph: paragraphs.length - 1 };
    k += 1;
    while (k < bodyEnd && !isBodyLabel(k)) {
      const reading = readLine(text, contentStart[k]!, contentEnd[k]!);
      if (reading === 'link') {
        box.links.push(k++);
        continue;
      }
      if (reading === 'uncertain') diagnostics.push(uncertainLink(table, k));
      break;
    }
    if (box.links.length > 0) inline.push(box);
    else diagnostics.push(labelWithoutLinks(table, box.label));
  }

  if (paragraphs.length === 0) {
    const last = next - 1;
    const end = pointOnLine(table, last, contentEnd[last]!);
    diagnostics.push(createDiagnostic('body-empty', 'The article has no body paragraph.', end, end));
  }
  return { title, titleEcho, caption, paragraphs, inline, readMoreLabel };
}

function uncertainLink(table: LineTable, k: number): Diagnostic {
  const span = contentSpan(table, k);
  const message = `Line ${span.start.line}, after a read-more label inside the body, could be a link or body text; it was kept as a paragraph.`;
  return createDiagnostic('inline-link-uncertain', message, span.start, span.end);
}

function labelWithoutLinks(table: LineTable, k: number): Diagnostic {
  const span = contentSpan(table, k);
  const message = `The read-more label at line ${span.start.line} stands inside the body but no link line follows it; it is kept out of the body.`;
  return createDiagnostic('inline-label-without-links', message, span.start, span.end);
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
