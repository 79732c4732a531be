/**
 * Turns the offset map of `normalizeArabicWithMap` into a list of segments
 * that pair input text with the output it became, so the page can mark every
 * change on both sides. Pure and DOM-free, so it is tested in Node.
 */

/** What kind of change a code point went through. */
export type ChangeKind = 'removed' | 'letter' | 'punctuation' | 'digit' | 'space' | 'other';

/** Every change kind, in the order the legend lists them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['removed', 'letter', 'punctuation', 'digit', 'space', 'other'];

/** One input code point whose output differs from it. */
export interface Change {
  readonly kind: ChangeKind;
  /** The input code point. */
  readonly before: string;
  /** What it became; empty when it was removed. */
  readonly after: string;
  /** Offset of the code point in the input, in UTF-16 units. */
  readonly offset: number;
}

/**
 * A stretch of input and the output it produced. `changes` is empty for text
 * that came through unchanged; otherwise the segment is one character with its
 * combining marks, so a removed diacritic is marked together with its letter.
 */
export interface Segment {
  readonly before: string;
  readonly after: string;
  readonly changes: readonly Change[];
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^[\p{Z}\s]$/u;

function kindOf(before: string, after: string): ChangeKind {
  if (after === '') return 'removed';
  if (LETTER.test(before)) return 'letter';
  if (PUNCTUATION.test(before)) return 'punctuation';
  if (DIGIT.test(before)) return 'digit';
  if (SPACE.test(before)) return 'space';
  return 'other';
}

/** One input code point and the output units attributed to it. */
interface Piece {
  readonly before: string;
  readonly after: string;
  readonly offset: number;
}

/**
 * Splits the input into code points and gives each the output units whose
 * `sourceIndex` falls inside it. One pass over both strings: the map is
 * non-decreasing, so the output pointer only moves forward.
 */
function pieces(input: string, output: string, sourceIndex: Uint32Array): Piece[] {
  if (sourceIndex.length !== output.length + 1 || sourceIndex[output.length] !== input.length) {
    throw new RangeError('sourceIndex must have one entry per output unit plus a last entry equal to the input length');
  }
  const result: Piece[] = [];
  let out = 0;
  let offset = 0;
  while (offset < input.length) {
    const codePoint = input.codePointAt(offset) ?? 0;
    const end = offset + (codePoint > 0xffff ? 2 : 1);
    const from = out;
    while (out < output.length && (sourceIndex[out] ?? 0) < end) {
      if ((sourceIndex[out] ?? 0) < offset) throw new RangeError(`sourceIndex decreases at output unit ${out}`);
      out++;
    }
    result.push({ before: input.slice(offset, end), after: output.slice(from, out), offset });
    offset = end;
  }
  return result;
}

/**
 * Pairs `input` with `output` through `sourceIndex` (output unit → index of
 * the input unit that produced it, plus one last entry equal to the input
 * length). Joining every `before` gives `input` back, every `after` gives
 * `output`. Linear in the length of both strings.
 */
export function diffNormalization(input: string, output: string, sourceIndex: Uint32Array): Segment[] {
  const all = pieces(input, output, sourceIndex);
  const segments: Segment[] = [];
  let same = '';
  let index = 0;
  while (index < all.length) {
    // A cluster: one code point and the combining marks that follow it.
    let end = index + 1;
    while (end < all.length && MARK.test(all[end]?.before ?? '')) end++;
    const cluster = all.slice(index, end);
    const changes: Change[] = [];
    for (const piece of cluster) {
      if (piece.before !== piece.after) changes.push({ ...piece, kind: kindOf(piece.before, piece.after) });
    }
    const before = cluster.map((piece) => piece.before).join('');
    if (changes.length === 0) {
      same += before;
    } else {
      if (same !== '') segments.push({ before: same, after: same, changes: [] });
      same = '';
      segments.push({ before, after: cluster.map((piece) => piece.after).join(''), changes });
    }
    index = end;
  }
  if (same !== '') segments.push({ before: same, after: same, changes: [] });
  return segments;
}

/** How many changed code points of each kind the segments hold. */
export function countChanges(segments: readonly Segment[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { removed: 0, letter: 0, punctuation: 0, digit: 0, space: 0, other: 0 };
  for (const segment of segments) {
    for (const change of segment.changes) counts[change.kind]++;
  }
  return counts;
}

/** `U+0651` style name of a code point, for tooltips and the change list. */
export function codePointLabel(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
