/** stringFromUnits: the exact string of the units, short and long. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringFromUnits } from '../../src/unicode/string-from-units';

describe('stringFromUnits', () => {
  it('is the string of the first `length` units, for every length around its fast cases', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), fc.nat(), (codes, extra) => {
        const units = new Uint16Array(codes.length + (extra % 4));
        units.set(codes);
        const string = stringFromUnits(units, codes.length);
        expect(string.length).toBe(codes.length);
        for (let k = 0; k < codes.length; k++) expect(string.charCodeAt(k)).toBe(codes[k]);
      }),
      { numRuns: 500 },
    );
  });

  it('handles more units than one call may take as arguments', () => {
    const units = Uint16Array.from({ length: 20_000 }, (_, k) => 0x600 + (k % 256));
    const string = stringFromUnits(units, units.length);
    expect(string.length).toBe(20_000);
    expect(string.charCodeAt(8191)).toBe(units[8191]);
    expect(string.charCodeAt(19_999)).toBe(units[19_999]);
  });
});
