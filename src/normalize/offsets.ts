/**
 * Mapping positions of normalised text back to the input.
 */

/**
 * A half-open range of UTF-16 offsets, `start` included, `end` excluded.
 *
 * @example
 * ```ts
 * const { sourceIndex } = normalizeArabicWithMap('كتـــاب', 'search');
 * const range: OffsetRange = mapOutputRange(sourceIndex, 2, 4); // { start: 5, end: 7 }
 * ```
 */
export interface OffsetRange {
  /** First offset of the range. */
  readonly start: number;
  /** Offset just past the range. */
  readonly end: number;
}

/**
 * Maps a range of the normalised text back to the input, using the
 * `sourceIndex` of {@link normalizeArabicWithMap}. The result starts at the
 * input character that produced output unit `start` and ends where the
 * producer of the first output unit after the range begins, so characters the
 * normaliser removed (a stripped haraka, a bidi mark, a collapsed space) belong
 * to the kept character before them. A range that splits the output of one
 * input character (half of ﻻ → لا) grows to cover that whole character.
 *
 * @example
 * ```ts
 * const input = 'قَالَ  الرَّجُلُ';
 * const { text, sourceIndex } = normalizeArabicWithMap(input, 'search'); // 'قال الرجل'
 * const range = mapOutputRange(sourceIndex, 4, 9); // the word 'الرجل'
 * input.slice(range.start, range.end); // 'الرَّجُلُ'
 * ```
 */
export function mapOutputRange(sourceIndex: ArrayLike<number>, start: number, end: number): OffsetRange {
  const length = sourceIndex.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`Output range [${start}, ${end}) is outside the normalised text (length ${length})`);
  }
  const inputStart = sourceIndex[start]!;
  if (end === start) return { start: inputStart, end: inputStart };
  const lastSource = sourceIndex[end - 1]!;
  let k = end;
  while (k < length && sourceIndex[k]! <= lastSource) k++;
  return { start: inputStart, end: sourceIndex[k]! };
}
