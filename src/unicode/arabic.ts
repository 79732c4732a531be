/**
 * Arabic code points the normaliser treats specially: the blocks, the mark
 * classes, the canonical compositions and the letter groups. Everything is a
 * plain list of code points so that the docs and the tests can enumerate it.
 */
import { CategoryClass, categoryClass } from './category-class';

/** The Arabic blocks: `[name, first, last]`, inclusive. */
export const ARABIC_BLOCKS: ReadonlyArray<readonly [string, number, number]> = [
  ['Arabic', 0x0600, 0x06ff],
  ['Arabic Supplement', 0x0750, 0x077f],
  ['Arabic Extended-B', 0x0870, 0x089f],
  ['Arabic Extended-A', 0x08a0, 0x08ff],
  ['Arabic Presentation Forms-A', 0xfb50, 0xfdff],
  ['Arabic Presentation Forms-B', 0xfe70, 0xfeff],
  ['Rumi Numeral Symbols', 0x10e60, 0x10e7f],
  ['Arabic Extended-C', 0x10ec0, 0x10eff],
];

/** Whether a code point lies in one of the Arabic blocks. */
export function inArabicBlock(codePoint: number): boolean {
  for (const [, first, last] of ARABIC_BLOCKS) {
    if (codePoint >= first && codePoint <= last) return true;
  }
  return false;
}

/**
 * Classes of Arabic combining marks, each with its own option. `None` means
 * "not an Arabic combining mark".
 */
export const MarkClass = {
  None: 0,
  /** Short vowels and sukun: U+064E–0650, U+0652. */
  Harakat: 1,
  /** Tanween: U+064B–064D. */
  Tanween: 2,
  /** Shadda: U+0651. */
  Shadda: 3,
  /** Superscript (dagger) alef: U+0670. */
  SuperscriptAlef: 4,
  /** Quranic and extended marks: every other Arabic mark (U+0610–061A, U+06D6–06ED, U+0897–089F, U+08CA–08FF, U+10EFA–10EFF). */
  Quranic: 5,
  /** Combining maddah and hamza U+0653–0655 and the extended vowel signs U+0656–065F. */
  Other: 6,
} as const;

/** One of the {@link MarkClass} values. */
export type MarkClassId = (typeof MarkClass)[keyof typeof MarkClass];

/** U+0670 ARABIC LETTER SUPERSCRIPT ALEF. */
export const SUPERSCRIPT_ALEF = 0x0670;

/** Small high waw and small high yeh (U+06E5, U+06E6): spacing Quranic letters, removed with the Quranic marks. */
export const QURANIC_SMALL_LETTERS: readonly number[] = [0x06e5, 0x06e6];

/**
 * Class of an Arabic combining mark: a non-spacing mark (Mn) in an Arabic
 * block. Harakat and U+0670 are Script=Inherited, not Arabic, so the block,
 * not the script, decides.
 */
export function arabicMarkClass(codePoint: number): MarkClassId {
  if (!inArabicBlock(codePoint) || categoryClass(codePoint) !== CategoryClass.NonspacingMark) return MarkClass.None;
  if (codePoint >= 0x064b && codePoint <= 0x064d) return MarkClass.Tanween;
  if (codePoint === 0x0651) return MarkClass.Shadda;
  if ((codePoint >= 0x064e && codePoint <= 0x0650) || codePoint === 0x0652) return MarkClass.Harakat;
  if (codePoint === SUPERSCRIPT_ALEF) return MarkClass.SuperscriptAlef;
  if (codePoint >= 0x0653 && codePoint <= 0x065f) return MarkClass.Other;
  return MarkClass.Quranic;
}

/**
 * The canonical compositions whose second part is an Arabic mark:
 * `[letter, mark, composite]`. These are all of them (checked in the tests
 * against `String.prototype.normalize`).
 */
export const ARABIC_COMPOSITIONS: ReadonlyArray<readonly [number, number, number]> = [
  [0x0627, 0x0653, 0x0622], // ا + ٓ → آ
  [0x0627, 0x0654, 0x0623], // ا + ٔ → أ
  [0x0627, 0x0655, 0x0625], // ا + ٕ → إ
  [0x0648, 0x0654, 0x0624], // و + ٔ → ؤ
  [0x064a, 0x0654, 0x0626], // ي + ٔ → ئ
  [0x06d5, 0x0654, 0x06c0], // ە + ٔ → ۀ
  [0x06c1, 0x0654, 0x06c2], // ہ + ٔ → ۂ
  [0x06d2, 0x0654, 0x06d3], // ے + ٔ → ۓ
];

/** Alef variants folded by `alef: 'hamza'`: آ أ إ. */
export const ALEF_HAMZA_FORMS: readonly number[] = [0x0622, 0x0623, 0x0625];
/** Added by `alef: 'hamza-wasla'`: ٱ (alef wasla). */
export const ALEF_WASLA_FORMS: readonly number[] = [0x0671];
/** Added by `alef: 'all'`: ٲ ٳ ٵ (wavy hamza above/below, high hamza). */
export const ALEF_EXTENDED_FORMS: readonly number[] = [0x0672, 0x0673, 0x0675];

/** `[from, to]` pairs of `persianLetters: 'arabic'`. */
export const PERSIAN_LETTER_FOLDS: ReadonlyArray<readonly [number, number]> = [
  [0x06cc, 0x064a], // ی Farsi yeh → ي
  [0x06d2, 0x064a], // ے yeh barree → ي
  [0x06d3, 0x0626], // ۓ yeh barree with hamza → ئ
  [0x06a9, 0x0643], // ک keheh → ك
  [0x06aa, 0x0643], // ڪ swash kaf → ك
  [0x06d5, 0x0647], // ە ae → ه
  [0x06be, 0x0647], // ھ heh doachashmee → ه
  [0x06c1, 0x0647], // ہ heh goal → ه
  [0x06c0, 0x0647], // ۀ heh with yeh above → ه
  [0x06c2, 0x0647], // ۂ heh goal with hamza → ه
  [0x06c3, 0x0629], // ۃ teh marbuta goal → ة
];

/** First code points of the three digit sets (each runs for ten code points). */
export const DIGIT_ZERO = { western: 0x0030, arabicIndic: 0x0660, persian: 0x06f0 } as const;

/** U+066B ARABIC DECIMAL SEPARATOR and U+066C ARABIC THOUSANDS SEPARATOR. */
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

/** U+0640 ARABIC TATWEEL. */
export const TATWEEL = 0x0640;

/**
 * Invisible characters, one list per option. ALM (U+061C) counts as a bidi
 * mark; the joiners (ZWNJ, ZWJ) have their own contextual policy.
 */
export const INVISIBLE_CLASSES = {
  bidiControls: [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069],
  zeroWidthSpace: [0x200b],
  byteOrderMark: [0xfeff],
  softHyphen: [0x00ad],
  wordJoiner: [0x2060],
  joiners: [0x200c, 0x200d],
} as const satisfies Record<string, readonly number[]>;

/** In-line white space: tab and every space separator (Zs). */
export const SPACE_CHARACTERS: readonly number[] = [
  0x0009, 0x0020, 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
];

/** Line terminators, always kept: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_BREAK_CHARACTERS: readonly number[] = [0x000a, 0x000b, 0x000c, 0x000d, 0x0085, 0x2028, 0x2029];
