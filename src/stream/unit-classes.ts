/**
 * What each UTF-16 code unit means to the normaliser under one set of options,
 * reduced to the few classes that decide where a text may be cut and what a
 * long run may be shortened to. Read from the normaliser's compiled lookup
 * table, so the classes follow the options exactly.
 */
import { AlefPolicy, Kind, MarkMode, type CompiledNormalizer } from '../normalize/compile';
import { P, punctuationClasses } from '../normalize/punctuation/classes';
import { mojibakeCodepages, mojibakeUnitRoles } from '../repair/codepages';
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

/** Values of {@link UnitClasses.wordStart}. */
export const WordStart = { Letter: 1, Expansion: 2 } as const;

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
  /**
   * For units written as a letter, where a line may be cut after a space
   * under line-scoped rules: {@link WordStart.Letter} for a
   * {@link UnitClass.Plain} unit, {@link WordStart.Expansion} for a
   * {@link UnitClass.PlainExpansion} whose text starts with a letter and
   * whose second unit stands for no continuation byte (so that its letters
   * start no piece of mojibake); 0 otherwise.
   */
  readonly wordStart: Uint8Array;
  /**
   * 1 for {@link UnitClass.Plain} units that stand for no continuation byte of
   * either mojibake code page, as written or as read: after a letter that
   * starts a piece they leave that piece invalid, so repair never decodes it.
   */
  readonly endsPiece: Uint8Array;
  /** 1 for units of neither mojibake code page and not ASCII: no piece of mojibake or HTML reference holds them. */
  readonly outsideCodepage: Uint8Array;
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
  const wordStart = new Uint8Array(0x10000);
  const endsPiece = new Uint8Array(0x10000);
  const letters = punctuationClasses();
  // Role 1: the unit stands for a continuation byte (0x80–0xBF) in windows-1256 or Latin-1.
  const roles = mojibakeUnitRoles();
  const outsideCodepage = outsideCodepageUnits();
  // Under `collapse` spaces are written as U+0020 and one right after another is dropped: not plain.
  const collapsingSpace = compiled.collapse ? 0x20 : -1;
  for (let unit = 0; unit < 0x10000; unit++) {
    const value = table[unit]!;
    if (value === collapsingSpace) ofUnit[unit] = UnitClass.Space;
    else if (isPlainValue(value)) {
      ofUnit[unit] = UnitClass.Plain;
      if (value >= 0x30 && value <= 0x39) writesAsciiDigit[unit] = 1;
      if (isLetter(letters, value)) wordStart[unit] = WordStart.Letter;
      if (roles[unit] !== 1 && roles[value] !== 1) endsPiece[unit] = 1;
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
    if (isLetter(letters, text.charCodeAt(0)) && text.length > 1 && roles[text.charCodeAt(1)] !== 1) wordStart[unit] = WordStart.Expansion;
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

  return { ofUnit, expansionLength, writesAsciiDigit, wordStart, endsPiece, outsideCodepage, ofAstral, repeatIsInert, letterlessIsInert };
}

function isLetter(letters: Uint8Array, unit: number): boolean {
  return (letters[unit]! & (P.ArabicLetter | P.OtherLetter)) !== 0;
}

/** Whether units of a class write nothing by themselves (see `shorten-runs.ts`). */
export function isQuiet(kind: number): boolean {
  return kind === UnitClass.Space || kind === UnitClass.Joiner || kind === UnitClass.Delete || kind === UnitClass.Mark;
}

/** 1 for each unit outside both mojibake code pages and ASCII. */
function outsideCodepageUnits(): Uint8Array {
  const outside = new Uint8Array(0x10000).fill(1, 0x80);
  for (const { byteOf } of mojibakeCodepages()) {
    for (let unit = 0x80; unit < 0x10000; unit++) if (byteOf[unit] !== 0) outside[unit] = 0;
  }
  return outside;
}

/**
 * The classes for shortening runs under mojibake repair, which reads the
 * text before the normaliser does: a run stays quiet only where it holds
 * ASCII spaces and tabs and units of neither code page. Those end every piece
 * of mojibake, so the pieces stay as they were (a shortened run keeps a unit);
 * a unit of a piece could not be dropped without changing the piece.
 */
export function classesForRepairRuns(classes: UnitClasses): UnitClasses {
  const ofUnit = new Uint8Array(classes.ofUnit);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (isQuiet(ofUnit[unit]!) && unit !== 0x20 && unit !== 0x09 && classes.outsideCodepage[unit] === 0) ofUnit[unit] = UnitClass.Other;
  }
  return { ...classes, ofUnit };
}

/**
 * Whether `text` holds a unit that keeps its line from being blank to
 * mojibake repair whatever else the line holds: one that is not a space or a
 * tab and belongs to no piece (ASCII, or outside both code pages).
 */
export function settlesBlankLine(text: string, classes: UnitClasses): boolean {
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0x80 ? unit !== 0x20 && unit !== 0x09 : classes.outsideCodepage[unit] === 1) return true;
  }
  return false;
}
