/**
 * Per-code-unit lookup tables over the Basic Multilingual Plane, built once
 * on first use from the generated Unicode tables (`category-class.ts`) and `arabic.ts`. The normaliser's hot loop reads
 * only typed arrays, never the property functions.
 */
import { ARABIC_BLOCKS, LINE_BREAK_CHARACTERS, SPACE_CHARACTERS, arabicMarkClass } from './arabic';
import { CategoryClass, bmpCategoryClasses, categoryClass, combiningClasses, forEachCategoryRun } from './category-class';

/** Bit flags of {@link UnicodeTables.flags}. */
export const UnitFlag = {
  /** Can carry a combining mark: anything but white space, line breaks, controls (Cc) and format characters (Cf). */
  Carrier: 1,
  /** Keeps a neighbouring ZWNJ/ZWJ: letters, marks, numbers, symbols, private use and unassigned code points. */
  Joinable: 2,
  /** Letter or number. */
  Word: 4,
  /** Line terminator. */
  LineBreak: 8,
  /** Tab or space separator. */
  Space: 16,
  /** Decimal digit of the ASCII, Arabic-Indic or Persian sets. */
  Digit: 32,
} as const;

/** Lookup tables indexed by UTF-16 code unit. */
export interface UnicodeTables {
  /** {@link UnitFlag} bits. */
  readonly flags: Uint8Array;
  /** Arabic mark class (see `MarkClass`), 0 for everything else. */
  readonly markClass: Uint8Array;
  /** Canonical combining class. */
  readonly ccc: Uint8Array;
}

// Flags of each CategoryClass: white space, controls and format characters carry nothing; punctuation and
// surrogates carry a mark but drop a joiner; letters and numbers are word characters.
const FLAGS_OF_CLASS: readonly number[] = [
  UnitFlag.Carrier | UnitFlag.Joinable | UnitFlag.Word, // Letter
  UnitFlag.Carrier | UnitFlag.Joinable | UnitFlag.Word, // Number
  UnitFlag.Carrier | UnitFlag.Joinable, // NonspacingMark
  UnitFlag.Carrier | UnitFlag.Joinable, // OtherJoinable
  UnitFlag.Carrier | UnitFlag.Joinable, // Unassigned
  UnitFlag.Carrier, // Punctuation
  UnitFlag.Carrier, // Surrogate
  0, // Blank
];

/** Flags of any code point, astral included (used for surrogate pairs). */
export function flagsOfCodePoint(codePoint: number): number {
  return FLAGS_OF_CLASS[categoryClass(codePoint)]!;
}

let tables: UnicodeTables | undefined;

/** The shared tables, built on first call (a few milliseconds). */
export function unicodeTables(): UnicodeTables {
  if (tables) return tables;
  const flags = new Uint8Array(0x10000);
  const markClass = new Uint8Array(0x10000);
  const ccc = combiningClasses();
  // Run by run, not unit by unit: the first call pays this at start-up.
  forEachCategoryRun(0x10000, (start, end, value) => flags.fill(FLAGS_OF_CLASS[value]!, start, end));
  // A surrogate carries marks like the astral character it belongs to; pairs are decoded where joining matters.
  flags.fill(UnitFlag.Carrier, 0xd800, 0xe000);
  for (const zero of [0x30, 0x0660, 0x06f0]) {
    for (let unit = zero; unit < zero + 10; unit++) flags[unit] = flags[unit]! | UnitFlag.Digit;
  }
  for (const unit of SPACE_CHARACTERS) flags[unit] = UnitFlag.Space;
  for (const unit of LINE_BREAK_CHARACTERS) flags[unit] = UnitFlag.LineBreak;
  const categories = bmpCategoryClasses();
  for (const [, first, last] of ARABIC_BLOCKS) {
    for (let unit = first; unit <= Math.min(last, 0xffff); unit++) {
      if (categories[unit] === CategoryClass.NonspacingMark) markClass[unit] = arabicMarkClass(unit);
    }
  }
  tables = { flags, markClass, ccc };
  return tables;
}
