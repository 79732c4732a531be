/**
 * What `repairText` reports.
 */

/**
 * Kinds of {@link TextRepair}, a closed list:
 *
 * - `html-entity`: an HTML character reference (`&quot;`, `&#1605;`) was decoded.
 * - `mojibake-windows-1256`: UTF-8 text read as windows-1256 (`ظ…ط±ط­ط¨ط§`) was decoded.
 * - `mojibake-latin-1`: UTF-8 text read as Latin-1 or windows-1252 (`Ù…Ø±Ø­Ø¨Ø§`) was decoded.
 *
 * @example
 * ```ts
 * for (const kind of TEXT_REPAIR_KINDS) console.log(kind);
 * ```
 */
export const TEXT_REPAIR_KINDS = ['html-entity', 'mojibake-windows-1256', 'mojibake-latin-1'] as const;

/**
 * One of {@link TEXT_REPAIR_KINDS}.
 *
 * @example
 * ```ts
 * const kind: TextRepairKind = 'mojibake-latin-1';
 * ```
 */
export type TextRepairKind = (typeof TEXT_REPAIR_KINDS)[number];

/**
 * One repair: the input range `[start, end)` (UTF-16 offsets) and the text
 * that replaced it. Replacing every range of a result's `repairs` by its
 * `replacement` gives the repaired text.
 *
 * @example
 * ```ts
 * const repair: TextRepair = { kind: 'html-entity', start: 4, end: 10, replacement: '"' };
 * ```
 */
export interface TextRepair {
  /** What kind of damage was undone. */
  readonly kind: TextRepairKind;
  /** Offset of the first input unit of the damaged text. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
  /** What the damaged text was replaced with. */
  readonly replacement: string;
}

/**
 * The result of `repairText`.
 *
 * @example
 * ```ts
 * const { text, repairs }: RepairedText = repairText('قال &quot;نعم&quot;');
 * ```
 */
export interface RepairedText {
  /** The repaired text (the input itself when nothing was repaired). */
  readonly text: string;
  /** What was repaired, in input order, ranges not overlapping. */
  readonly repairs: readonly TextRepair[];
}
