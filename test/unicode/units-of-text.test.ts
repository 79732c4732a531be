/** unitsOfText and containsUnitOf: the same units and answers as a plain loop over charCodeAt. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARED_UNITS_LENGTH, sharedUnitsCopies, unitsOfText } from '../../src/unicode/units-of-text';
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

  it('takes as many units as its buffer holds', () => {
    const long = 'ب'.repeat(SHARED_UNITS_LENGTH - 1) + '\ud800';
    const units = unitsOfText(`x${long}`, 1, SHARED_UNITS_LENGTH + 1);
    expect(units.length).toBe(SHARED_UNITS_LENGTH);
    expect(units[SHARED_UNITS_LENGTH - 1]).toBe(0xd800);
    expect(units[0]).toBe(0x0628);
  });

  it('counts its copies, short and long, so that a reader can tell its units were overwritten', () => {
    const before = sharedUnitsCopies();
    unitsOfText('كتب', 0, 3);
    unitsOfText('ك'.repeat(100), 0, 100);
    expect(sharedUnitsCopies()).toBe(before + 2);
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
