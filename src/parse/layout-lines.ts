/**
 * Small facts about non-blank lines of a table that every part of the layout
 * asks: whether two lines are the same headline, whether a blank line
 * separates two lines.
 */
import { sameHeadline } from './fold';
import type { LineTable } from './line-table';

/**
 * Index meaning "no such line".
 *
 * @example
 * ```ts
 * layout.caption === NONE; // the article has no caption
 * ```
 */
export const NONE = -1;

/**
 * Whether non-blank lines `a` and `b` are the same headline (see `sameHeadline`).
 *
 * @example
 * ```ts
 * repeatsLine(scanLines('خبر\n\nخبرٌ'), 0, 1); // true
 * ```
 */
export function repeatsLine(table: LineTable, a: number, b: number): boolean {
  const { text, contentStart, contentEnd } = table;
  return sameHeadline(text, contentStart[a]!, contentEnd[a]!, text, contentStart[b]!, contentEnd[b]!);
}

/**
 * Whether non-blank lines `k` and `k + 1` follow each other with no blank line between.
 *
 * @example
 * ```ts
 * adjacent(scanLines('خبر\nتعليق\n\nفقرة'), 0); // true
 * ```
 */
export function adjacent(table: LineTable, k: number): boolean {
  return table.lineNumber[k + 1] === table.lineNumber[k]! + 1;
}
