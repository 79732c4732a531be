/**
 * Which read-more label opens the related-stories block. A page may carry
 * several labels: "read also" boxes inside the body, and the one above the
 * related block. Only a label followed by the related-story structure opens
 * the block, so a box inside the body never cuts the body short.
 */
import { NONE, adjacent, repeatsLine } from './layout-lines';
import type { LabelMatcher } from './labels';
import { DROP_DIAGNOSTICS, type LineTable } from './line-table';
import { readLine } from './link-line';
import { readRelated } from './related';

/** How many lines after a label may hold the first echoed story: a story without echo (headline, teaser) may come first. */
const STRUCTURE_WINDOW = 4;

/** How many labels, from the last back, the fallback tries: bounds the work on pages full of labels. */
const FALLBACK_TRIES = 8;

/** Where the related block opens, and the labels the body holds. */
export interface BlockStart {
  /** The label that opens the related block, or `NONE`. */
  readonly label: number;
  /** Every label line before it (all of them without a block), in order: the body's "read also" boxes. */
  readonly bodyLabels: readonly number[];
}

/**
 * The label that opens the related block among the non-blank lines
 * `from … count - 1`, or `NONE`, with the labels before it:
 *
 * 1. the first label followed by the related-story structure: among the
 *    next four lines (before any other label), a line followed by its own
 *    echo — a story headline, then the same headline, as the specimen has;
 * 2. otherwise the last label that is the last line (a block with no
 *    story), or that a blank line separates from the body line before it or
 *    the line after it and after which the lines read as stories: split as
 *    the related block is split, no story headline reads as body text (see
 *    `readLine`).
 *
 * A label with no echoed story after it and no blank line around it is a
 * "read also" box inside the body. Linear: step 1 looks at a few lines per
 * label, step 2 reads the rest of the page for at most eight labels. The
 * body's labels come back with the block's, so that no one matches every line
 * against the labels again (a page of 20 MB has hundreds of thousands).
 *
 * @example
 * ```ts
 * // lines: headline, echo, paragraph, label (box), link, paragraph, label, story, story echo, teaser
 * findBlockLabel(table, 2, labels); // { label: 6, bodyLabels: [3] }
 * ```
 */
export function findBlockLabel(table: LineTable, from: number, labels: LabelMatcher): BlockStart {
  const { count, text, contentStart, contentEnd } = table;
  const isLabel = (k: number): boolean => labels.matches(text, contentStart[k]!, contentEnd[k]!);
  const found: number[] = [];
  for (let k = from; k < count; k++) {
    if (!isLabel(k)) continue;
    const last = Math.min(count - 1, k + STRUCTURE_WINDOW);
    for (let j = k + 1; j < last && !isLabel(j) && !isLabel(j + 1); j++) {
      if (repeatsLine(table, j, j + 1)) return { label: k, bodyLabels: found };
    }
    found.push(k);
  }
  for (let n = found.length - 1; n >= 0 && n >= found.length - FALLBACK_TRIES; n--) {
    const label = found[n]!;
    if (label === count - 1) return { label, bodyLabels: found.slice(0, n) };
    const blankBefore = label > from && !adjacent(table, label - 1);
    if (!blankBefore && adjacent(table, label)) continue;
    const stories = readRelated(table, label + 1, labels, DROP_DIAGNOSTICS);
    if (stories.every(({ title }) => readLine(text, contentStart[title]!, contentEnd[title]!) !== 'body')) return { label, bodyLabels: found.slice(0, n) };
  }
  return { label: NONE, bodyLabels: found };
}
