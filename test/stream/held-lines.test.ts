/**
 * Finding 3 of the robustness audit: lines the stream used to hold whole, and
 * re-read on every piece. Linear time is shown by counting the units the
 * normaliser reads (`streamWork`), not by timing: four times the line must
 * cost about four times the work. Memory is shown by `pending`: under every
 * preset but `publish` (whose quote and spacing rules read a whole line) the
 * held text stays within one segment and one piece.
 */
import { describe, expect, it } from 'vitest';
import { NORMALIZE_PRESETS, normalizeArabic, type NormalizePreset } from '../../src/normalize';
import { createIncrementalNormalizer } from '../../src/stream';
import { resetStreamWork, streamWork } from '../../src/stream/stream-work';
import { HELD_LINE_PATTERNS } from './pieces';

const PIECE = 1_000;
const SEGMENT = 2_048;
/** Presets whose rules read a whole line (quote styling and tidy spacing). */
const WHOLE_LINE_PRESETS: readonly NormalizePreset[] = ['publish'];

function line(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

function feed(text: string, preset: NormalizePreset): { output: string; work: number; maxPending: number } {
  resetStreamWork();
  const normalizer = createIncrementalNormalizer(preset, { segmentLength: SEGMENT });
  let output = '';
  let maxPending = 0;
  for (let at = 0; at < text.length; at += PIECE) {
    output += normalizer.push(text.slice(at, at + PIECE));
    maxPending = Math.max(maxPending, normalizer.pending);
  }
  output += normalizer.end();
  return { output, work: streamWork.units, maxPending };
}

describe.each(NORMALIZE_PRESETS)('finding 3: one long held line under %s', (preset) => {
  it.each(Object.entries(HELD_LINE_PATTERNS))('finding 3: %s cost linear work, in bounded memory where the rules allow', (_name, pattern) => {
    const short = line(pattern, 30_000);
    const long = line(pattern, 120_000);
    const small = feed(short, preset);
    const big = feed(long, preset);
    expect(small.output).toBe(normalizeArabic(short, preset));
    expect(big.output).toBe(normalizeArabic(long, preset));
    // Linear: a constant number of reads per unit, the same for four times the line.
    expect(big.work / long.length).toBeLessThan(10);
    expect(big.work / small.work).toBeLessThan(4.5);
    if (WHOLE_LINE_PRESETS.includes(preset)) expect(big.maxPending).toBe(long.length);
    else expect(big.maxPending).toBeLessThanOrEqual(SEGMENT + PIECE + 64);
  });
});

describe('finding 3: where a line of numbers or references is cut under search', () => {
  it('finding 3: never inside a reference, and not before one that could still grow', () => {
    // `&amp;` at the end of what is held may read on into `nbsp;` (a space that collapses with the one before):
    // the stream waits for the next unit.
    const pieces = ['1 2 &amp;', 'nbsp; 3 &amp', ';lt; 4 &#16', '05; 5 &amp;', 'quot; 6'];
    const normalizer = createIncrementalNormalizer('search', { segmentLength: 1 });
    const output = pieces.map((piece) => normalizer.push(piece)).join('') + normalizer.end();
    expect(output).toBe(normalizeArabic(pieces.join(''), 'search'));
  });

  it('finding 3: a reference that decodes to a space is no place to cut', () => {
    const text = 'x &nbsp;&nbsp; y '.repeat(200);
    const pieces = text.match(/[^]{1,7}/g)!;
    for (const preset of NORMALIZE_PRESETS) {
      const normalizer = createIncrementalNormalizer(preset, { segmentLength: 3 });
      const output = pieces.map((piece) => normalizer.push(piece)).join('') + normalizer.end();
      expect(output, preset).toBe(normalizeArabic(text, preset));
    }
  });
});
