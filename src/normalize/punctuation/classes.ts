/**
 * What each UTF-16 unit is to the punctuation rules: one table, built on
 * first use, read once per unit.
 */
import { ARABIC_BLOCKS, LINE_BREAK_CHARACTERS, SPACE_CHARACTERS } from '../../unicode/arabic';
import { CategoryClass, forEachCategoryRun } from '../../unicode/category-class';

/** Bits of {@link punctuationClasses}. */
export const P = {
  /** Tab or a space separator. */
  Space: 1,
  /** A line terminator. */
  LineBreak: 2,
  /** A letter of the Arabic blocks (tatweel included). */
  ArabicLetter: 4,
  /** A letter of any other script. */
  OtherLetter: 8,
  /** An ASCII, Arabic-Indic or Persian digit. */
  Digit: 16,
  /** An Arabic-Indic or Persian digit. */
  ArabicDigit: 32,
  /** A unit some punctuation rule looks at: a line without one is copied as it is. */
  Interesting: 64,
  /** `"` `“` `”` `«` `»`: quotation marks that are paired. */
  Quote: 128,
} as const;

/** `/` `@` `w` `W`: a line without one holds no URL or e-mail address. */
export const ADDRESS_HINTS: readonly number[] = [0x2f, 0x40, 0x77, 0x57];

/** Line terminators (as in the normaliser). */
export { LINE_BREAK_CHARACTERS };

/** Units that open a bracket: no space just after them. */
export const OPENING_BRACKETS: readonly number[] = [0x28, 0x5b];
/** Units that close a bracket: no space before, one after. */
export const CLOSING_BRACKETS: readonly number[] = [0x29, 0x5d];
/** Punctuation with no space before it and one after it (closing quotes are added by their role). */
export const CLOSING_PUNCTUATION: readonly number[] = [0x060c, 0x2c, 0x2e, 0x3a, 0x061b, 0x061f, 0x3f, 0x21, ...CLOSING_BRACKETS];
/** Hyphen-minus and the dashes U+2010–2015 that `dashes: 'en-dash'` rewrites between spaces. */
export const DASHES: readonly number[] = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015];
/** The quotation marks that take part in pairing. */
export const PAIRED_QUOTES: readonly number[] = [0x22, 0x201c, 0x201d, 0xab, 0xbb];

/** Every unit a rule looks at: a line without one is copied as it is. */
export const INTERESTING: readonly number[] = [
  ...CLOSING_PUNCTUATION, ...DASHES, ...OPENING_BRACKETS, ...PAIRED_QUOTES, 0x3b, 0x2026, 0x25, 0x066a, 0x066b,
];

let table: Uint8Array | undefined;

/** The class bits of every BMP unit. */
export function punctuationClasses(): Uint8Array {
  if (table) return table;
  const classes = new Uint8Array(0x10000);
  // Filled run by run (natively), not unit by unit: the first call of a program builds it.
  forEachCategoryRun(0x10000, (start, end, value) => {
    if (value === CategoryClass.Letter) classes.fill(P.OtherLetter, start, end);
  });
  for (const [, first, last] of ARABIC_BLOCKS) {
    for (let unit = first; unit <= Math.min(last, 0xffff); unit++) {
      if (classes[unit] === P.OtherLetter) classes[unit] = P.ArabicLetter;
    }
  }
  for (let d = 0; d < 10; d++) {
    classes[0x30 + d] = P.Digit;
    classes[0x0660 + d] = P.Digit | P.ArabicDigit;
    classes[0x06f0 + d] = P.Digit | P.ArabicDigit;
  }
  for (const unit of SPACE_CHARACTERS) classes[unit] = P.Space;
  for (const unit of LINE_BREAK_CHARACTERS) classes[unit] = P.LineBreak;
  for (const unit of INTERESTING) classes[unit] = P.Interesting;
  for (const unit of PAIRED_QUOTES) classes[unit] = P.Interesting | P.Quote;
  table = classes;
  return classes;
}
