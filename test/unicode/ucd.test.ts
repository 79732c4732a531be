/**
 * The character classes come from unicode-properties (Unicode 12) plus a
 * hand-written table of newer code points. These tests hold them against the
 * runtime's own Unicode data (Node's ICU) for every code point of the Arabic
 * blocks, so a wrong class or a missing newer code point shows up here.
 */
import { describe, expect, it } from 'vitest';
import { getCategory } from 'unicode-properties';
import { ARABIC_BLOCKS, MarkClass, arabicMarkClass, inArabicBlock } from '../../src/unicode/arabic';
import { combiningClass, generalCategory } from '../../src/unicode/ucd';
import { NEWER_ARABIC_CODE_POINTS } from '../../src/unicode/ucd-newer';

const CATEGORIES = [
  'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Cn',
].map((name) => [name, new RegExp(`^\\p{gc=${name}}$`, 'u')] as const);

function runtimeCategory(codePoint: number): string {
  const ch = String.fromCodePoint(codePoint);
  return CATEGORIES.find(([, pattern]) => pattern.test(ch))![0];
}

const arabicCodePoints: number[] = ARABIC_BLOCKS.flatMap(([, first, last]) =>
  Array.from({ length: last - first + 1 }, (_, k) => first + k),
);

/** Whether the runtime's NFD swaps two marks written in this order after a letter. */
function runtimeSwaps(first: number, second: number): boolean {
  const a = String.fromCodePoint(first);
  const b = String.fromCodePoint(second);
  return ('x' + a + b).normalize('NFD') === 'x' + b + a;
}

describe('Unicode data of the Arabic blocks', () => {
  it('has the runtime general category for every code point', () => {
    const wrong = arabicCodePoints.filter((cp) => generalCategory(cp) !== runtimeCategory(cp));
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('lists as newer exactly the code points unicode-properties does not know', () => {
    const unknownToLibrary = arabicCodePoints.filter((cp) => {
      const library = getCategory(cp) === 'Cc' ? 'Cn' : getCategory(cp);
      return library !== runtimeCategory(cp);
    });
    const listed = arabicCodePoints.filter((cp) => NEWER_ARABIC_CODE_POINTS.some(([a, b]) => cp >= a && cp <= b));
    expect(listed).toEqual(unknownToLibrary);
  });

  it('classes as Arabic marks exactly the Mn code points of the Arabic blocks', () => {
    for (const cp of arabicCodePoints) {
      const isMark = /^\p{Mn}$/u.test(String.fromCodePoint(cp));
      expect([cp.toString(16), arabicMarkClass(cp) !== MarkClass.None]).toEqual([cp.toString(16), isMark]);
    }
  });

  it('finds every Arabic mark in Script_Extensions=Arabic, harakat and U+0670 as Script=Inherited', () => {
    const marks = arabicCodePoints.filter((cp) => arabicMarkClass(cp) !== MarkClass.None);
    for (const cp of marks) expect(/^\p{scx=Arabic}$/u.test(String.fromCodePoint(cp))).toBe(true);
    const inherited = marks.filter((cp) => /^\p{sc=Inherited}$/u.test(String.fromCodePoint(cp)));
    expect(inherited.map((cp) => cp.toString(16))).toEqual([
      '64b', '64c', '64d', '64e', '64f', '650', '651', '652', '653', '654', '655', '670',
    ]);
  });

  it('orders every pair of Arabic marks as the runtime does', () => {
    const marks = arabicCodePoints.filter((cp) => arabicMarkClass(cp) !== MarkClass.None);
    const wrong: string[] = [];
    for (const first of marks) {
      for (const second of marks) {
        if (first === second) continue;
        const a = combiningClass(first);
        const b = combiningClass(second);
        const swaps = a > b && b !== 0;
        if (swaps !== runtimeSwaps(first, second)) wrong.push(`${first.toString(16)}(${a}) ${second.toString(16)}(${b})`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('has the runtime combining class where a non-Arabic mark of that class exists', () => {
    const references: ReadonlyArray<readonly [number, number]> = [[1, 0x0334], [220, 0x0316], [230, 0x0301]];
    const marks = arabicCodePoints.filter((cp) => arabicMarkClass(cp) !== MarkClass.None);
    for (const cp of marks) {
      const ccc = combiningClass(cp);
      for (const [value, reference] of references) {
        const same = !runtimeSwaps(cp, reference) && !runtimeSwaps(reference, cp);
        // Class 0 never swaps either; a class-0 mark must not look like any of these.
        if (ccc !== 0) expect([cp.toString(16), value, same]).toEqual([cp.toString(16), value, ccc === value]);
      }
      if (ccc === 0) expect(runtimeSwaps(0x0301, cp) || runtimeSwaps(cp, 0x0316)).toBe(false);
    }
  });

  it('puts each mark in the documented class', () => {
    expect(arabicMarkClass(0x064b)).toBe(MarkClass.Tanween);
    expect(arabicMarkClass(0x064e)).toBe(MarkClass.Harakat);
    expect(arabicMarkClass(0x0652)).toBe(MarkClass.Harakat);
    expect(arabicMarkClass(0x0651)).toBe(MarkClass.Shadda);
    expect(arabicMarkClass(0x0670)).toBe(MarkClass.SuperscriptAlef);
    expect(arabicMarkClass(0x0654)).toBe(MarkClass.Other);
    expect(arabicMarkClass(0x065f)).toBe(MarkClass.Other);
    for (const cp of [0x0610, 0x061a, 0x06d6, 0x06ed, 0x0897, 0x08ca, 0x08d3, 0x08f0, 0x08ff, 0x10efa, 0x10eff]) {
      expect(arabicMarkClass(cp)).toBe(MarkClass.Quranic);
    }
    // Not marks: symbols and format characters of the Quranic range, letters outside the blocks.
    for (const cp of [0x06dd, 0x06de, 0x06e5, 0x06e9, 0x08e2, 0x0640, 0x0301]) expect(arabicMarkClass(cp)).toBe(MarkClass.None);
    expect(inArabicBlock(0x0301)).toBe(false);
  });
});
