/**
 * The Unicode tables the library reads at run time are generated at build
 * time from `unicode-properties` (tools/generate-unicode-tables.ts): the
 * committed file must be what the generator makes now, and the tables decoded
 * from it must say what `unicode-properties` (with the newer Arabic code
 * points) says, for every code point.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, classOfCategory, generateUnicodeTables } from '../../tools/generate-unicode-tables';
import { categoryClass, combiningClasses } from '../../src/unicode/category-class';
import { combiningClass, generalCategory } from '../../src/unicode/ucd';
import { UnitFlag, flagsOfCodePoint, unicodeTables } from '../../src/unicode/tables';

describe('generated Unicode tables', () => {
  it('are what the generator makes now', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateUnicodeTables());
  });

  it('give every code point the class of its general category', () => {
    const wrong: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x30000 ? 1 : 97) {
      if (categoryClass(codePoint) !== classOfCategory(generalCategory(codePoint))) wrong.push(codePoint.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(categoryClass(0x10ffff)).toBe(classOfCategory(generalCategory(0x10ffff)));
  });

  it('give every BMP unit its canonical combining class', () => {
    const ccc = combiningClasses();
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) if (ccc[unit] !== combiningClass(unit)) wrong.push(unit.toString(16));
    expect(wrong).toEqual([]);
  });

  it('make the same flags as the category names do', () => {
    const { flags } = unicodeTables();
    const fromNames = (codePoint: number): number => {
      const category = generalCategory(codePoint);
      const blank = category[0] === 'Z' || category === 'Cc' || category === 'Cf';
      let bits = blank ? 0 : UnitFlag.Carrier;
      if (!blank && category[0] !== 'P' && category !== 'Cs') bits |= UnitFlag.Joinable;
      if (category[0] === 'L' || category[0] === 'N') bits |= UnitFlag.Word;
      return bits;
    };
    const mask = UnitFlag.Carrier | UnitFlag.Joinable | UnitFlag.Word;
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const expected = (flags[unit]! & (UnitFlag.Space | UnitFlag.LineBreak)) !== 0 ? 0 : fromNames(unit);
      if ((flags[unit]! & mask) !== expected) wrong.push(unit.toString(16));
    }
    for (const codePoint of [0x1f600, 0x1faf1, 0xe0001, 0x10efa, 0x10ec2, 0x20000]) {
      if (flagsOfCodePoint(codePoint) !== fromNames(codePoint)) wrong.push(codePoint.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
