/** unitsOfText and containsUnitOf: the same units and answers as a plain loop over charCodeAt. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_CHUNK, unitsOfText } from '../../src/unicode/units-of-text';
import { containsUnitOf } from '../../src/unicode/contains-unit';

/** Units around the cases that matter: ASCII, Arabic, both surrogate halves, U+FEFF, the last unit. */
const unit = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0xfeff, 0xffff, 0),
);
const text = fc.array(unit, { maxLength: 80 }).map((codes) => String.fromCharCode(...codes));

describe('unitsOfText', () => {
  it('copies every unit of the range, lone surrogates and BOMs included, short and long', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        // Slices of a longer string, as the lines of split() are.
        const parent = `${value}${'ك'.repeat(40)}`;
        const start = a % (value.length + 1);
        const end = start + (b % (parent.length - start + 1));
        const units = unitsOfText(parent, start, end);
        for (let k = start; k < end; k++) expect(units[k - start]).toBe(parent.charCodeAt(k));
      }),
      { numRuns: 500 },
    );
  });

  it('takes a whole piece of UNIT_CHUNK units', () => {
    const long = 'ب'.repeat(UNIT_CHUNK - 1) + '\ud800';
    const units = unitsOfText(`x${long}`, 1, UNIT_CHUNK + 1);
    expect(units.length).toBe(UNIT_CHUNK);
    expect(units[UNIT_CHUNK - 1]).toBe(0xd800);
    expect(units[0]).toBe(0x0628);
  });
});

describe('containsUnitOf', () => {
  it('answers as a loop does, for sets of every size around the switch from indexOf to a class', () => {
    fc.assert(
      fc.property(fc.uniqueArray(unit, { maxLength: 6 }), text, (members, value) => {
        let expected = false;
        for (let k = 0; k < value.length; k++) expected ||= members.includes(value.charCodeAt(k));
        expect(containsUnitOf(members)(value)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
