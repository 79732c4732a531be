/**
 * The BMP lookup tables and the Arabic constants the engine relies on.
 */
import { describe, expect, it } from 'vitest';
import { ARABIC_COMPOSITIONS, PERSIAN_LETTER_FOLDS } from '../../src/unicode/arabic';
import { UnitFlag, flagsOfCodePoint, unicodeTables } from '../../src/unicode/tables';

describe('unicodeTables', () => {
  const { flags } = unicodeTables();
  const has = (ch: string, flag: number): boolean => (flags[ch.charCodeAt(0)]! & flag) !== 0;

  it('marks letters, digits, marks and symbols as carriers that keep a joiner', () => {
    for (const ch of ['ب', 'a', '٣', '\u064e', '€', '\u0640']) {
      expect(has(ch, UnitFlag.Carrier)).toBe(true);
      expect(has(ch, UnitFlag.Joinable)).toBe(true);
    }
  });

  it('marks white space, controls and format characters as neither', () => {
    for (const ch of [' ', '\u00a0', '\t', '\n', '\u200c', '\u200f', '\ufeff', '\u0000']) {
      expect(has(ch, UnitFlag.Carrier)).toBe(false);
      expect(has(ch, UnitFlag.Joinable)).toBe(false);
    }
  });

  it('lets punctuation carry a mark but not keep a joiner', () => {
    for (const ch of ['،', '.', '«', '٫']) {
      expect(has(ch, UnitFlag.Carrier)).toBe(true);
      expect(has(ch, UnitFlag.Joinable)).toBe(false);
    }
  });

  it('flags the three digit sets, spaces and line breaks', () => {
    expect(['0', '9', '٠', '٩', '۰', '۹'].every((ch) => has(ch, UnitFlag.Digit))).toBe(true);
    expect(has('٫', UnitFlag.Digit)).toBe(false);
    expect(['\t', ' ', '\u00a0', '\u2007', '\u3000'].every((ch) => has(ch, UnitFlag.Space))).toBe(true);
    expect(['\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029'].every((ch) => has(ch, UnitFlag.LineBreak))).toBe(true);
  });

  it('treats astral code points by their category, new emoji included', () => {
    expect(flagsOfCodePoint(0x1f600) & UnitFlag.Joinable).toBeTruthy(); // 😀
    expect(flagsOfCodePoint(0x1faf1) & UnitFlag.Joinable).toBeTruthy(); // 🫱 (Unicode 14, unassigned in the data)
    expect(flagsOfCodePoint(0xe0001) & UnitFlag.Joinable).toBeFalsy(); // LANGUAGE TAG (Cf)
  });
});

describe('Arabic constants', () => {
  it('lists every canonical composition whose second part is an Arabic mark', () => {
    const found: string[] = [];
    for (let letter = 0; letter < 0x10000; letter++) {
      if (letter >= 0xd800 && letter <= 0xdfff) continue;
      for (const mark of [0x0653, 0x0654, 0x0655, 0x064e, 0x0651, 0x0670]) {
        const composed = String.fromCharCode(letter, mark).normalize('NFC');
        if (composed.length === 1) found.push(`${letter.toString(16)}+${mark.toString(16)}=${composed.charCodeAt(0).toString(16)}`);
      }
    }
    const listed = ARABIC_COMPOSITIONS.map(([l, m, c]) => `${l.toString(16)}+${m.toString(16)}=${c.toString(16)}`);
    expect(found.sort()).toEqual([...listed].sort());
  });

  it('folds Persian forms to letters that are not folded again by the Persian table', () => {
    const sources = new Set(PERSIAN_LETTER_FOLDS.map(([from]) => from));
    for (const [, to] of PERSIAN_LETTER_FOLDS) expect(sources.has(to)).toBe(false);
  });
});
