import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scanLines } from '../../src/parse/line-table';
import { arabicWord, hostileString, lineEnd } from '../arbitraries';

/** Lines of Arabic words and hostile units, joined by every kind of line end and blank runs. */
const linedText = fc
  .array(fc.tuple(fc.oneof(arabicWord(), hostileString, fc.constant('')), lineEnd), { maxLength: 30 })
  .map((parts) => parts.map(([line, end]) => line + end).join(''));

describe('scanLines: the quiet scan', () => {
  // The quiet scan looks for line ends alone (with indexOf); the reporting one
  // reads every unit with a character class. They must find the same lines.
  test.prop([fc.oneof(linedText, hostileString)], { numRuns: 500 })('finds the lines the reporting scan finds', (text) => {
    const { diagnostics, ...quiet } = scanLines(text, false);
    const { diagnostics: _reported, ...loud } = scanLines(text, true);
    expect(diagnostics).toEqual([]);
    expect(quiet).toEqual(loud);
  });
});
