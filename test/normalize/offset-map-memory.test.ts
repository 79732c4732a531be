/**
 * Audit finding 8, the memory of the offset map. The peak itself is measured
 * in `bench/memory.ts` (RSS per input unit); these tests pin down what keeps
 * it low and check that it changes no result: the punctuation pass writes its
 * map over the engine's (in place), restyles quotation marks unit for unit
 * without an edit each, keeps one byte per quotation mark of a line and a
 * stack as deep as the quotes nest, and the stop list gives up when a text is
 * mostly stops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeArabicWithMap, type NormalizePreset } from '../../src/index';
import { compiledFor } from '../../src/normalize/normalizer';
import { runPlainUnits } from '../../src/normalize/engine';
import { Edits } from '../../src/normalize/punctuation/edits';
import { punctuate } from '../../src/normalize/punctuation/pass';
import { QuotePlan, planQuotes } from '../../src/normalize/punctuation/quotes';
import { LetterCursor } from '../../src/normalize/punctuation/line-view';
import { punctuationClasses } from '../../src/normalize/punctuation/classes';
import { StopList } from '../../src/normalize/stop-list';
import { propertyRuns } from '../helpers/tier';
import { punctuatedText } from './punctuation-arbitraries';

/** One edit of a random list: what it does at a given offset. */
type EditKind = 'remove' | 'replace' | 'dots' | 'insert';

/** Applies `kinds` at increasing, non-overlapping offsets of a text of `length` units. */
function recordEdits(length: number, plan: ReadonlyArray<{ gap: number; span: number; kind: EditKind }>): Edits {
  const edits = new Edits(new Uint8Array(0x10000));
  edits.begin(new Uint16Array(length + 8), length);
  let at = 0;
  for (const { gap, span, kind } of plan) {
    const start = at + gap;
    // An insertion maps to the unit before it: it needs one.
    if (kind === 'insert' ? start < 1 || start > length : start + span > length) break;
    if (kind === 'remove') edits.remove(start, start + span);
    else if (kind === 'replace') edits.replaceWith(start, start + span, 0x2e);
    else if (kind === 'dots') edits.replaceWithDots(start, start + span);
    else edits.insertAfterMark(start, 0x20);
    at = kind === 'insert' ? start : start + span;
  }
  return edits;
}

const editPlan = fc.array(
  fc.record({ gap: fc.nat(4), span: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom<EditKind>('remove', 'replace', 'dots', 'insert') }),
  { maxLength: 40 },
);

describe('finding 8: the punctuation map is written over the map it composes with', () => {
  it('gives the same map in place as in a new array, whatever the edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), editPlan, fc.nat(200), (length, plan, room) => {
        const edits = recordEdits(length, plan);
        const inner = Uint32Array.from({ length: length + 1 }, (_, k) => 3 * k + 1);
        const fresh = edits.composeMap(inner);
        // The engine's map lies at the start of a longer buffer: the room an in-place rewrite may use.
        const buffer = new Uint32Array(length + 1 + room);
        buffer.set(inner);
        const inPlace = edits.composeMap(buffer.subarray(0, length + 1), true);
        expect(Array.from(inPlace)).toEqual(Array.from(fresh));
        expect(inPlace.length).toBe(fresh.length);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('reuses the buffer when it has room, and only then', () => {
    const edits = recordEdits(10, [
      { gap: 2, span: 1, kind: 'insert' },
      { gap: 1, span: 1, kind: 'dots' },
    ]);
    // The output runs 3 units ahead of the input at most: the buffer needs 11 + 3 entries.
    const roomy = new Uint32Array(14);
    expect(edits.composeMap(roomy.subarray(0, 11), true).buffer).toBe(roomy.buffer);
    const tight = new Uint32Array(13);
    expect(edits.composeMap(tight.subarray(0, 11), true).buffer).not.toBe(tight.buffer);
    expect(edits.composeMap(roomy.subarray(0, 11)).buffer).not.toBe(roomy.buffer);
  });

  it.each<NormalizePreset>(['publish', 'display'])('leaves %s maps of whole texts equal to those of their lines', (preset) => {
    // Lines never affect each other: a text's map is its lines' maps laid end to end. A long
    // text takes the in-place paths; its short lines take the others.
    fc.assert(
      fc.property(punctuatedText, (text) => {
        const whole = normalizeArabicWithMap(text, preset);
        const lines = text.split('\n');
        const joined: number[] = [];
        let offset = 0;
        lines.forEach((line, k) => {
          const part = normalizeArabicWithMap(line, preset);
          for (let j = 0; j < part.text.length; j++) joined.push(part.sourceIndex[j]! + offset);
          if (k < lines.length - 1) joined.push(offset + line.length);
          offset += line.length + 1;
        });
        joined.push(text.length);
        expect(whole.text).toBe(lines.map((line) => normalizeArabic(line, preset)).join('\n'));
        expect(Array.from(whole.sourceIndex)).toEqual(joined);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('finding 8: a line of quotation marks', () => {
  const classes = punctuationClasses();

  function plan(line: string): QuotePlan {
    const units = Uint16Array.from(line, (c) => c.charCodeAt(0));
    const quotePlan = new QuotePlan();
    const offsets = [...line].flatMap((c, k) => ('"«»“”'.includes(c) ? [k] : []));
    quotePlan.reset(offsets.length);
    let next = 0;
    const nextQuote = (from: number): number => {
      while (next < offsets.length && offsets[next]! < from) next++;
      return next < offsets.length ? offsets[next]! : line.length;
    };
    planQuotes(units, quotePlan, 0, line.length, classes, new LetterCursor(units, classes), [0xab, 0xbb, 0x201c, 0x201d], { nextQuote });
    return quotePlan;
  }

  it('keeps one byte a mark, and a stack no deeper than the quotes nest', () => {
    const pairs = 50_000;
    const alternating = plan('قال "نعم" و«لا» '.repeat(pairs / 2));
    expect(alternating.count).toBe(2 * pairs);
    expect(alternating.unpaired).toBe(0);
    expect(alternating.roles.byteLength).toBe(2 * pairs);
    expect(alternating.stack.length).toBeLessThanOrEqual(16);

    const nested = plan(`${'«ب '.repeat(pairs)}نص${' ب»'.repeat(pairs)}`);
    expect(nested.unpaired).toBe(0);
    expect(nested.stack.length).toBeLessThan(1.5 * pairs + 16);
  });

  it('restyles every pair of a long line without an edit for each', () => {
    const line = 'قال "نعم" ثم “لا” '.repeat(20_000);
    const compiled = compiledFor('publish');
    const core = runPlainUnits(compiled, line);
    const result = punctuate(core.out, core.length, compiled.punctuation!, core.stops?.view(), false);
    // 40,000 quotation marks rewritten where they stand; the spaces the pass moves are its only edits.
    expect(result.moved?.count ?? 0).toBe(0);
    expect(result.edits).toBe(80_000);
    // Compared as a whole, not printed: a failure would print 360,000 units.
    expect(normalizeArabic(line, 'publish') === 'قال «نعم» ثم «لا» '.repeat(20_000)).toBe(true);
  });
});

describe('finding 8: the stop list', () => {
  it('gives up past one stop in 16 units, and the pass then finds the same marks itself', () => {
    const list = new StopList(64, 1000);
    for (let k = 0; k < 1000; k++) {
      if (list.count === list.data.length) list.grow();
      list.data[list.count++] = k;
    }
    expect(list.overflowed).toBe(true);
    expect(list.view()).toBeUndefined();
    expect(list.data.length).toBeLessThanOrEqual(128);

    const text = `${'\n'.repeat(5000)}قال "نعم"،و\n`.repeat(20);
    expect(normalizeArabicWithMap(text, 'publish').text).toBe(text.split('\n').map((line) => normalizeArabic(line, 'publish')).join('\n'));
  });
});
