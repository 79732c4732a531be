/**
 * The related-stories block: every non-blank line after the read-more label,
 * split into stories of headline, optional echo and optional teaser.
 *
 * The split is a small state machine that reads one line at a time. A story's
 * echo is what anchors it: a line followed by its own echo always opens a new
 * story, so a story that lacks a teaser (or an echo) does not shift the ones
 * after it. Without echoes the machine falls back to alternation, headline
 * then teaser. Sample block (the specimen's shape):
 *
 * ```text
 * واشنطن تشيد بالاتفاق          ← title: any line opens a story
 * واشنطن تشيد بالاتفاق          ← echoOrTeaser: it repeats the headline, so it is the echo
 * أشادت وزارة الخارجية ...،      ← teaser: the teaser
 * كوبا تتهم ترمب                 ← title again
 * ```
 */
import { createDiagnostic } from '../diagnostics/diagnostic';
import type { Diagnostic } from '../schema/diagnostic';
import type { LabelMatcher } from './labels';
import { NONE, repeatsLine } from './layout-lines';
import { contentSpan, type DiagnosticSink, type LineTable } from './line-table';

/** Indices into the line table of one related story's lines. */
export interface StoryLines {
  /** The story's headline. */
  readonly title: number;
  /** The repeated headline, or `NONE`. */
  titleEcho: number;
  /** The teaser, or `NONE`. */
  teaser: number;
}

/**
 * What the machine expects of the next line.
 *
 * - `title` — no story is open. Sample: `كوبا تتهم ترمب بالسعي إلى خنق اقتصادها`.
 *   The line opens a story. Next: `echoOrTeaser`.
 * - `echoOrTeaser` — a story has only its headline. Sample: the same headline
 *   again. If the line repeats the headline it is the echo (next: `teaser`);
 *   if it is followed by its own echo it opens the next story (this one has no
 *   teaser; next: `echoOrTeaser`); otherwise it is the teaser (next: `title`).
 * - `teaser` — a story has headline and echo. Sample: `اتهم الرئيس الكوبي …`.
 *   If the line is followed by its own echo it opens the next story (this one
 *   has no teaser; next: `echoOrTeaser`); otherwise it is the teaser (next: `title`).
 *
 * A line that looks like a read-more label closes the open story, is reported
 * as `extra-read-more-label` and belongs to no story; next: `title`.
 */
type State = 'title' | 'echoOrTeaser' | 'teaser';

/**
 * Splits the non-blank lines `from … table.count - 1` into stories.
 *
 * @example
 * ```ts
 * // lines: label, A, A, teaser-of-A, B, B
 * readRelated(table, 1, labels, diagnostics);
 * // [{ title: 1, titleEcho: 2, teaser: 3 }, { title: 4, titleEcho: 5, teaser: -1 }]
 * ```
 */
export function readRelated(table: LineTable, from: number, labels: LabelMatcher, diagnostics: DiagnosticSink): StoryLines[] {
  const { count, text, contentStart, contentEnd } = table;
  const isLabel = (k: number): boolean => labels.matches(text, contentStart[k]!, contentEnd[k]!);
  // Whether line k is followed, within the block, by a line that repeats it.
  const opensStory = (k: number): boolean => k + 1 < count && !isLabel(k + 1) && repeatsLine(table, k, k + 1);

  const stories: StoryLines[] = [];
  let state: State = 'title';
  let story: StoryLines = { title: NONE, titleEcho: NONE, teaser: NONE };

  for (let k = from; k < count; k++) {
    if (isLabel(k)) {
      const span = contentSpan(table, k);
      const message = `Line ${span.start.line} looks like a read-more label inside the related stories; it is kept out of every story.`;
      diagnostics.push(createDiagnostic('extra-read-more-label', message, span.start, span.end));
      state = 'title';
      continue;
    }
    if (state === 'echoOrTeaser' && repeatsLine(table, story.title, k)) {
      story.titleEcho = k;
      state = 'teaser';
    } else if (state === 'title' || opensStory(k)) {
      story = { title: k, titleEcho: NONE, teaser: NONE };
      stories.push(story);
      state = 'echoOrTeaser';
    } else {
      story.teaser = k;
      state = 'title';
    }
  }

  for (const { title, titleEcho, teaser } of stories) {
    if (titleEcho !== NONE && teaser !== NONE) continue;
    const span = contentSpan(table, title);
    const line = span.start.line;
    if (titleEcho === NONE) {
      const message = `The related story at line ${line} does not repeat its headline; its lines were told apart by alternation.`;
      diagnostics.push(createDiagnostic('related-title-echo-missing', message, span.start, span.end));
    }
    if (teaser === NONE) {
      const message = `The related story at line ${line} has no teaser.`;
      diagnostics.push(createDiagnostic('related-teaser-missing', message, span.start, span.end));
    }
  }
  return stories;
}
