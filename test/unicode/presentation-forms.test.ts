/**
 * The presentation-form table: NFKC per form, minus NFKC's artefacts.
 */
import { describe, expect, it } from 'vitest';
import {
  HONORIFIC_EXPANSIONS,
  PRESENTATION_FORM_RANGES,
  RIAL_SIGN,
  presentationFormExpansions,
} from '../../src/unicode/presentation-forms';

const table = presentationFormExpansions();

describe('presentationFormExpansions', () => {
  it('maps every form with a compatibility decomposition except honorifics and the rial sign', () => {
    for (const [first, last] of PRESENTATION_FORM_RANGES) {
      for (let cp = first; cp <= last; cp++) {
        const form = String.fromCharCode(cp);
        const decomposes = form.normalize('NFKC') !== form;
        const expected = decomposes && cp !== RIAL_SIGN && !HONORIFIC_EXPANSIONS.has(cp);
        expect([cp.toString(16), table.has(cp)]).toEqual([cp.toString(16), expected]);
      }
    }
  });

  it('never produces a space or a tatweel, and agrees with NFKC otherwise', () => {
    for (const [cp, letters] of table) {
      expect(letters).not.toMatch(/[ \u0640]/u);
      const nfkc = String.fromCharCode(cp).normalize('NFKC');
      expect([cp.toString(16), nfkc === letters || nfkc.slice(1) === letters]).toEqual([cp.toString(16), true]);
    }
  });

  it('turns the isolated and medial harakat forms into bare marks', () => {
    expect(table.get(0xfe70)).toBe('\u064b'); // ARABIC FATHATAN ISOLATED FORM
    expect(table.get(0xfe77)).toBe('\u064e'); // ARABIC FATHA MEDIAL FORM
    expect(table.get(0xfc5e)).toBe('\u064c\u0651'); // SHADDA WITH DAMMATAN ISOLATED FORM
    expect(table.get(0xfcf2)).toBe('\u064e\u0651'); // SHADDA WITH FATHA MEDIAL FORM
  });

  it('keeps hamza and madda in lam-alef ligatures', () => {
    expect(table.get(0xfefb)).toBe('لا');
    expect(table.get(0xfef7)).toBe('لأ');
    expect(table.get(0xfef8)).toBe('لأ');
    expect(table.get(0xfef9)).toBe('لإ');
    expect(table.get(0xfef5)).toBe('لآ');
  });

  it('leaves the honorifics to their own table', () => {
    expect(HONORIFIC_EXPANSIONS.get(0xfdfa)).toBe('\ufdfa'.normalize('NFKC'));
    expect(HONORIFIC_EXPANSIONS.get(0xfdfb)).toBe('\ufdfb'.normalize('NFKC'));
    for (const [cp, words] of HONORIFIC_EXPANSIONS) {
      expect(table.has(cp)).toBe(false);
      expect(words).toMatch(/^[\u0621-\u064a]+( [\u0621-\u064a]+)+$/u);
    }
  });
});
