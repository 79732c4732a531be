/**
 * What each UTF-16 code unit means to the normaliser under one set of options,
 * reduced to the few classes that decide where a text may be cut and what a
 * long run may be shortened to. Read from the normaliser's compiled lookup
 * table, so the classes follow the options exactly.
 */
import { AlefPolicy, Kind, MarkMode, type CompiledNormalizer } from '../normalize/compile';
import { LINE_BREAK_CHARACTERS, MarkClass, SUPERSCRIPT_ALEF } from '../unicode/arabic';

/** Classes of {@link UnitClasses.ofUnit}. */
export const UnitClass = {
  /** Needs context the classes do not capture: surrogates, expansions that are not all plain letters. */
  Other: 0,
  /** Written as exactly one unit, whatever surrounds it (the normaliser's table gives its output). */
  Plain: 1,
  /** A line terminator: every rule stops at it. */
  LineBreak: 2,
  /** White space that collapses (`whitespace: 'collapse' | 'trim'`): dropped after a space. */
  Space: 3,
  /** Removed without a trace (tatweel, stripped marks, invisible marks, …). */
  Delete: 4,
  /** ZWNJ or ZWJ under `joiners: 'contextual'`. */
  Joiner: 5,
  /** An Arabic mark gathered into its letter's cluster. */
  Mark: 6,
  /** A presentation form or honorific whose letters are all {@link UnitClass.Plain}: written as a fixed number of units. */
  PlainExpansion: 7,
  /** ٫ or ٬ under `digits: 'western'`: written as is, or as `.` `,` when it stands between digits. */
  Separator: 8,
} as const;

/** The astral Arabic marks U+10EFA–10EFF. */
const ASTRAL_MARK_FIRST = 0x10efa;
const ASTRAL_MARK_LAST = 0x10eff;

/** The classes of one set of compiled options, and the facts about marks that shortening needs. */
export interface UnitClasses {
  /** {@link UnitClass} of every BMP code unit. */
  readonly ofUnit: Uint8Array;
  /** For {@link UnitClass.PlainExpansion} units: how many units they are written as. */
  readonly expansionLength: Uint8Array;
  /** 1 for {@link UnitClass.Plain} units written as an ASCII digit (what a separator after them waits on). */
  readonly writesAsciiDigit: Uint8Array;
  /** {@link UnitClass} of an astral code point (surrogate pairs are decoded by the caller). */
  ofAstral(codePoint: number): number;
  /**
   * Whether a second copy of this mark in one cluster changes nothing: the
   * cluster keeps one copy of each mark (`diacritics: 'canonical'`), or the
   * mark is stripped when the cluster is written.
   */
  repeatIsInert(codePoint: number): boolean;
  /**
   * Whether this mark writes nothing in a cluster without a letter: such a
   * cluster is dropped whole (`diacritics: 'canonical'`), or the mark is
   * stripped, or it is a superscript alef that has no letter to lengthen.
   */
  letterlessIsInert(codePoint: number): boolean;
}

function isPlainValue(value: number): boolean {
  return value < 0x10000;
}

/**
 * Whether an expansion writes one unit per unit of its text wherever it
 * stands: plain units, and spaces between two plain units (a space first or
 * last could be swallowed by a neighbouring space or trimmed at a line end).
 */
function writesEveryUnit(text: string, ofUnit: Uint8Array): boolean {
  for (let k = 0; k < text.length; k++) {
    const kind = ofUnit[text.charCodeAt(k)];
    if (kind === UnitClass.Plain) continue;
    const inner = k > 0 && k < text.length - 1;
    if (kind !== UnitClass.Space || !inner || ofUnit[text.charCodeAt(k - 1)] !== UnitClass.Plain) return false;
  }
  return true;
}

/** Builds the classes for compiled options; cheap enough to do once per stream. */
export function classifyUnits(compiled: CompiledNormalizer): UnitClasses {
  const { table, expansions } = compiled;
  const ofUnit = new Uint8Array(0x10000);
  const expansionLength = new Uint8Array(0x10000);
  const writesAsciiDigit = new Uint8Array(0x10000);
  // Under `collapse` spaces are written as U+0020 and one right after another is dropped: not plain.
  const collapsingSpace = compiled.collapse ? 0x20 : -1;
  for (let unit = 0; unit < 0x10000; unit++) {
    const value = table[unit]!;
    if (value === collapsingSpace) ofUnit[unit] = UnitClass.Space;
    else if (isPlainValue(value)) {
      ofUnit[unit] = UnitClass.Plain;
      if (value >= 0x30 && value <= 0x39) writesAsciiDigit[unit] = 1;
    } else if (value === Kind.Separator) ofUnit[unit] = UnitClass.Separator;
    else if (value === Kind.Space) ofUnit[unit] = UnitClass.Space;
    else if (value === Kind.Delete) ofUnit[unit] = UnitClass.Delete;
    else if (value === Kind.Joiner) ofUnit[unit] = UnitClass.Joiner;
    // A simple mark is copied at once only when it stands alone behind a letter; otherwise it joins the cluster.
    else if (value === Kind.Mark || value === Kind.SimpleMark) ofUnit[unit] = UnitClass.Mark;
  }
  // Mojibake repair reads U+0085 as a Latin-1 byte (0x85 of a misread UTF-8 letter), so it does not end a line then.
  const repairsMojibake = compiled.repair !== null && compiled.repair.mojibake;
  for (const unit of LINE_BREAK_CHARACTERS) {
    if (unit === 0x0085 && repairsMojibake) continue;
    // A line break is written as itself, never folded or removed; anything else would void line-locality.
    const value = table[unit]!;
    if (value === unit || value === Kind.LineBreak || value === Kind.Noted) ofUnit[unit] = UnitClass.LineBreak;
  }
  // A honorific's padding spaces depend on its neighbours, but the one before it goes with the
  // text before a cut and the one after it with the text after, so its own letters still count.
  for (const [unit, { text }] of expansions) {
    if (text.length === 0 || text.length > 255 || !writesEveryUnit(text, ofUnit)) continue;
    ofUnit[unit] = UnitClass.PlainExpansion;
    expansionLength[unit] = text.length;
  }

  const astral = compiled.astralMarks;
  const ofAstral = (codePoint: number): number => {
    if (codePoint < ASTRAL_MARK_FIRST || codePoint > ASTRAL_MARK_LAST) return UnitClass.Plain;
    if (astral === MarkMode.Delete) return UnitClass.Delete;
    if (astral === MarkMode.Cluster) return UnitClass.Mark;
    return UnitClass.Plain;
  };

  const { stripClass, canonical, alefPolicy } = compiled;
  const markClass = compiled.unicode.markClass;
  const stripped = (codePoint: number): boolean =>
    stripClass[codePoint < 0x10000 ? markClass[codePoint]! : MarkClass.Quranic] === 1;
  const repeatIsInert = (codePoint: number): boolean => {
    if (canonical) return true;
    if (codePoint === SUPERSCRIPT_ALEF && alefPolicy !== AlefPolicy.Keep) return alefPolicy === AlefPolicy.Remove;
    return stripped(codePoint);
  };
  const letterlessIsInert = (codePoint: number): boolean => {
    if (canonical) return true;
    if (codePoint === SUPERSCRIPT_ALEF && alefPolicy !== AlefPolicy.Keep) return alefPolicy !== AlefPolicy.Alef;
    return stripped(codePoint);
  };

  return { ofUnit, expansionLength, writesAsciiDigit, ofAstral, repeatIsInert, letterlessIsInert };
}
