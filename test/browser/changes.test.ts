/**
 * The playground's pairing of input and output through the offset map: the
 * segments must give back both texts exactly and mark exactly the code
 * points that changed, whatever the normaliser did to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChanges, diffNormalization, type Segment } from '../../docs/playground/src/changes';
import { NORMALIZE_PRESETS, normalizeArabicWithMap, type NormalizePreset } from '../../src/index';
import { anyUnicodeString, arabicWord, paragraph } from '../arbitraries';

const join = (segments: readonly Segment[], side: 'before' | 'after'): string => segments.map((segment) => segment[side]).join('');

/** What a simulated normaliser does to one code point. */
type Operation = { kind: 'keep' } | { kind: 'drop' } | { kind: 'replace'; by: string };

/** Applies per-code-point operations and builds the output with its offset map, as the library's contract describes it. */
function simulate(input: string, operations: readonly Operation[]): { output: string; sourceIndex: Uint32Array; changed: number } {
  let output = '';
  const map: number[] = [];
  let changed = 0;
  let offset = 0;
  let index = 0;
  for (const character of input) {
    const operation = operations[index % operations.length] ?? { kind: 'keep' };
    const produced = operation.kind === 'keep' ? character : operation.kind === 'drop' ? '' : operation.by;
    if (produced !== character) changed++;
    output += produced;
    for (let unit = 0; unit < produced.length; unit++) map.push(offset);
    offset += character.length;
    index++;
  }
  map.push(input.length);
  return { output, sourceIndex: Uint32Array.from(map), changed };
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { arbitrary: fc.constant<Operation>({ kind: 'keep' }), weight: 6 },
  { arbitrary: fc.constant<Operation>({ kind: 'drop' }), weight: 2 },
  { arbitrary: fc.constantFrom('ا', 'ه', 'ي', ',', ' ', '1', 'لا', '😀').map((by): Operation => ({ kind: 'replace', by })), weight: 2 },
);

const arabicText = fc.oneof(paragraph, fc.array(arabicWord(), { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')), anyUnicodeString);

describe('diffNormalization', () => {
  it('marks a removed diacritic together with its letter, and a folded letter on its own', () => {
    // 'أَب' → 'اب': the hamza is folded, the fatha removed.
    const segments = diffNormalization('أَب', 'اب', Uint32Array.from([0, 2, 3]));
    expect(segments).toEqual([
      {
        before: 'أَ',
        after: 'ا',
        changes: [
          { kind: 'letter', before: 'أ', after: 'ا', offset: 0 },
          { kind: 'removed', before: '\u064e', after: '', offset: 1 },
        ],
      },
      { before: 'ب', after: 'ب', changes: [] },
    ]);
  });

  it('classifies punctuation, digits, spaces and removed tatweel', () => {
    // 'ك،ـ٣\u00a0' → 'ك,3 '
    const segments = diffNormalization('ك،ـ٣\u00a0', 'ك,3 ', Uint32Array.from([0, 1, 3, 4, 5]));
    expect(countChanges(segments)).toEqual({ removed: 1, letter: 0, punctuation: 1, digit: 1, space: 1, other: 0 });
  });

  it('gives one output unit to a whole surrogate pair and splits a ligature into two units', () => {
    const segments = diffNormalization('😀ﻻ', '😀لا', Uint32Array.from([0, 1, 2, 2, 3]));
    expect(segments).toEqual([
      { before: '😀', after: '😀', changes: [] },
      { before: 'ﻻ', after: 'لا', changes: [{ kind: 'letter', before: 'ﻻ', after: 'لا', offset: 2 }] },
    ]);
  });

  it('rejects a map of the wrong length or one that goes backwards', () => {
    expect(() => diffNormalization('اب', 'اب', Uint32Array.from([0, 1]))).toThrow(RangeError);
    expect(() => diffNormalization('اب', 'با', Uint32Array.from([1, 0, 2]))).toThrow(RangeError);
  });

  it('gives back both texts and marks exactly the changed code points, for any per-character rewrite', () => {
    fc.assert(
      fc.property(arabicText, fc.array(operation, { minLength: 1, maxLength: 20 }), (input, operations) => {
        const { output, sourceIndex, changed } = simulate(input, operations);
        const segments = diffNormalization(input, output, sourceIndex);
        expect(join(segments, 'before')).toBe(input);
        expect(join(segments, 'after')).toBe(output);
        const counts = countChanges(segments);
        expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(changed);
        for (const [index, segment] of segments.entries()) {
          for (const change of segment.changes) expect(change.kind === 'removed').toBe(change.after === '');
          // Unchanged text is merged into runs: two unchanged segments never touch.
          if (segment.changes.length === 0) expect(segments[index + 1]?.changes.length ?? 1).not.toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<NormalizePreset>(NORMALIZE_PRESETS)('pairs the real %s normalisation with its input', (preset) => {
    fc.assert(
      fc.property(arabicText, (input) => {
        const { text, sourceIndex } = normalizeArabicWithMap(input, preset);
        const segments = diffNormalization(input, text, sourceIndex);
        expect(join(segments, 'before')).toBe(input);
        expect(join(segments, 'after')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
