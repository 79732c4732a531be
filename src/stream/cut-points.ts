/**
 * Where a text may be cut so that normalising the pieces gives the same
 * result as normalising the whole.
 *
 * - After a line break. No rule of the normaliser reaches across one: spaces
 *   collapse and trim within a line, a joiner or separator waits at most for
 *   the line's next character, a mark cluster never takes a line break as its
 *   letter, and to every rule the start of a text looks exactly like the
 *   start of a line.
 * - Before a *primer*: a character written as a fixed number of units
 *   whatever precedes it (a plain character, an astral character, a
 *   presentation form or honorific made of plain letters, an Arabic
 *   separator that does not follow a digit), when it is not the first
 *   character. (A honorific's padding space before it is written with the
 *   piece before the cut, the one after it with the piece after.) Everything pending before it (a mark cluster, a joiner, a
 *   separator) is settled by it, and nothing after it can change what was
 *   written before it, so the piece before it is normalised *with* it and its
 *   own units are dropped from that result; the next piece starts with it.
 * - Under the line-scoped rules (repair, punctuation but quote pairing),
 *   before a primer that is written as a letter and follows U+0020: a *word
 *   start*. The punctuation rules read no further than the nearest letter on
 *   either side of a mark, its neighbours and the token it sits in, and the
 *   space ends the token. Mojibake pieces end at ASCII too, but whether one is
 *   decoded depends on the other pieces of its line, so the caller also checks
 *   that the text before the cut holds none that could be (see
 *   `stretchMayDependOnLine`), and under repair the unit after the letter must
 *   not continue a piece the letter would start (so the letter never decodes
 *   as part of one, and keeps the rest of the line from looking blank).
 * - Under repair and `punctuation: 'ascii'` alone (the rules of `search`),
 *   also before a primer inside a token, when the primer and the unit before
 *   it belong to neither mojibake code page and the caller finds no mark and
 *   no sign of an address in the part of the token before the cut (that
 *   rule reads a mark's two neighbours and whether its token is an address).
 */
import { P, punctuationClasses } from '../normalize/punctuation/classes';
import { mayStartEntityBody, readEntity, type EntityMatch } from '../repair/entities';
import { UnitClass, WordStart, type UnitClasses } from './unit-classes';

/** A cut before a primer: the primer starts at `at` and is written as `written` units. */
export interface PrimerCut {
  /** Offset of the primer, the first unit of the next piece. */
  readonly at: number;
  /** Input units the primer occupies. */
  readonly length: number;
  /** Output units the primer is written as. */
  readonly written: number;
}

/** Offset just after the last line break in `text[from..]`, or -1. */
export function endOfLastLine(text: string, from: number, classes: UnitClasses): number {
  const { ofUnit } = classes;
  for (let k = text.length - 1; k >= from; k--) {
    if (ofUnit[text.charCodeAt(k)] === UnitClass.LineBreak) return k + 1;
  }
  return -1;
}

/**
 * The last cut before a primer that leaves a non-empty piece before it, or
 * undefined. `cuttable`, when given: only where it has 1 for the primer and
 * the unit before it (units of no mojibake piece or HTML reference, so that
 * none spans the cut).
 */
export function lastPrimerCut(text: string, classes: UnitClasses, cuttable?: Uint8Array): PrimerCut | undefined {
  const { ofUnit, expansionLength } = classes;
  for (let k = text.length - 1; k >= 1; k--) {
    const unit = text.charCodeAt(k);
    if (cuttable && (cuttable[unit] === 0 || cuttable[text.charCodeAt(k - 1)] === 0)) continue;
    const kind = ofUnit[unit]!;
    if (kind === UnitClass.Plain) return { at: k, length: 1, written: 1 };
    if (kind === UnitClass.PlainExpansion) return { at: k, length: 1, written: expansionLength[unit]! };
    if (kind === UnitClass.Separator && followsNoDigit(text.charCodeAt(k - 1), classes)) {
      return { at: k, length: 1, written: 1 };
    }
    const lone = loneSurrogateCut(text, k, classes);
    if (lone !== undefined) {
      if (cuttable && cuttable[text.charCodeAt(k - 1)] === 0) continue;
      return lone;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff && k >= 2) {
      const high = text.charCodeAt(k - 1);
      if (high < 0xd800 || high > 0xdbff) continue;
      if (cuttable && cuttable[text.charCodeAt(k - 2)] === 0) continue;
      const codePoint = (high - 0xd800) * 0x400 + unit - 0xdc00 + 0x10000;
      if (classes.ofAstral(codePoint) === UnitClass.Plain) return { at: k - 1, length: 2, written: 2 };
    }
  }
  return undefined;
}

/**
 * A cut before a lone surrogate at `k`, which is copied as it is and settles
 * whatever waits before it, like a plain unit: a low surrogate after a unit
 * that is not a high one, or a high surrogate that the held text shows is
 * followed by no low one. The unit before must be plain or a surrogate that
 * cannot pair with the primer, so that no high surrogate is written right
 * before it (a removed unit between a lone high and a lone low would let the
 * two meet in the output, and a joiner after them would read them as one).
 * (U+0020 is never a plain unit, so a cut after one is decided here too.)
 */
function loneSurrogateCut(text: string, k: number, classes: UnitClasses): PrimerCut | undefined {
  const unit = text.charCodeAt(k);
  if (unit < 0xd800 || unit > 0xdfff) return undefined;
  const previous = text.charCodeAt(k - 1);
  const previousIsLow = previous >= 0xdc00 && previous <= 0xdfff;
  const previousIsHigh = previous >= 0xd800 && previous <= 0xdbff;
  // A plain unit writes its own value and a space a space or nothing: never a high surrogate.
  const previousWritesNoHigh = previousIsLow || classes.ofUnit[previous] === UnitClass.Plain || classes.ofUnit[previous] === UnitClass.Space;
  if (unit >= 0xdc00) return previousWritesNoHigh ? { at: k, length: 1, written: 1 } : undefined;
  if (k + 1 >= text.length) return undefined;
  const next = text.charCodeAt(k + 1);
  if (next >= 0xdc00 && next <= 0xdfff) return undefined;
  return previousWritesNoHigh || previousIsHigh ? { at: k, length: 1, written: 1 } : undefined;
}

/**
 * Whether a separator after `previous` is written as is, at once: the output
 * before it cannot end in a digit. After a plain unit that output is the
 * unit's own; a separator is never written as a digit; a space leaves a space
 * or, when dropped, what a dropped space follows (a space or a line start).
 */
function followsNoDigit(previous: number, classes: UnitClasses): boolean {
  const kind = classes.ofUnit[previous]!;
  if (kind === UnitClass.Plain) return classes.writesAsciiDigit[previous] === 0;
  return kind === UnitClass.Separator || kind === UnitClass.Space;
}

/**
 * The last word start (see above) that leaves a non-empty piece before it, or
 * undefined. `repair`: mojibake repair is on, so the unit after the letter
 * must be there and end the letter's piece.
 */
export function lastWordCut(text: string, classes: UnitClasses, repair: boolean): PrimerCut | undefined {
  const { wordStart, endsPiece, expansionLength } = classes;
  for (let k = text.lastIndexOf(' ', text.length - 2); k >= 0; k = k > 0 ? text.lastIndexOf(' ', k - 1) : -1) {
    const at = k + 1;
    const unit = text.charCodeAt(at);
    const start = wordStart[unit];
    if (start === WordStart.Expansion) return { at, length: 1, written: expansionLength[unit]! };
    if (start !== WordStart.Letter) continue;
    if (repair && (at + 1 >= text.length || endsPiece[text.charCodeAt(at + 1)] !== 1)) continue;
    return { at, length: 1, written: 1 };
  }
  return undefined;
}

/**
 * Under HTML-reference repair (without mojibake repair) and rules that cut
 * inside tokens: the last cut after a U+0020 before a primer, or before an
 * HTML reference that is decoded to a primer. No reference holds a space, so
 * none spans the cut; a reference is taken only when it is complete and can
 * grow no further (`&amp;` reads on into a reference after it), and an `&`
 * that starts none is never a primer (more text could complete one). So a
 * line of numbers, or of references, between spaces can be cut.
 */
export function lastCutAfterSpace(text: string, classes: UnitClasses): PrimerCut | undefined {
  const { ofUnit, expansionLength } = classes;
  for (let k = text.lastIndexOf(' ', text.length - 2); k >= 0; k = k > 0 ? text.lastIndexOf(' ', k - 1) : -1) {
    const at = k + 1;
    const unit = text.charCodeAt(at);
    if (unit === AMPERSAND) {
      const reference = finalReference(text, at);
      if (reference === undefined) continue;
      const kind = ofUnit[reference.codePoint]!;
      if (kind === UnitClass.Plain) return { at, length: reference.end - at, written: 1 };
      if (kind === UnitClass.PlainExpansion) return { at, length: reference.end - at, written: expansionLength[reference.codePoint]! };
      continue;
    }
    const kind = ofUnit[unit]!;
    if (kind === UnitClass.Plain || kind === UnitClass.Separator) return { at, length: 1, written: 1 };
    if (kind === UnitClass.PlainExpansion) return { at, length: 1, written: expansionLength[unit]! };
    const lone = loneSurrogateCut(text, at, classes);
    if (lone !== undefined) return lone;
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const low = text.charCodeAt(at + 1);
      if (low < 0xdc00 || low > 0xdfff) continue;
      const codePoint = (unit - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
      if (classes.ofAstral(codePoint) === UnitClass.Plain) return { at, length: 2, written: 2 };
    }
  }
  return undefined;
}

const AMPERSAND = 0x26;

/** The reference at `at` when it is complete, decodes to a BMP character and cannot read on into more text. */
function finalReference(text: string, at: number): EntityMatch | undefined {
  const match = readEntity(text, at);
  if (match === undefined || match.codePoint > 0xffff) return undefined;
  if (match.codePoint !== AMPERSAND) return match;
  return match.end < text.length && !mayStartEntityBody(text.charCodeAt(match.end)) ? match : undefined;
}

/**
 * ، ؛ ؟ (what `punctuation: 'ascii'` rewrites), `,` `;` `?` (what it writes:
 * the text checked is normalised), and the units that can make a token an
 * address (`:` `/` `@` `.` `w` `W`).
 */
const TOKEN_HINTS = new Set([0x060c, 0x061b, 0x061f, 0x2c, 0x3b, 0x3f, 0x3a, 0x2f, 0x40, 0x2e, 0x77, 0x57]);

/**
 * Whether the last token of normalised `text` (after its last space) holds
 * none of the units that decide `punctuation: 'ascii'` at a distance: a mark
 * to rewrite, or a sign that the token is an address.
 */
export function tokenEndIsPlain(text: string): boolean {
  const classes = punctuationClasses();
  for (let k = text.length - 1; k >= 0; k--) {
    const unit = text.charCodeAt(k);
    if ((classes[unit]! & P.Space) !== 0) return true;
    if (TOKEN_HINTS.has(unit)) return false;
  }
  return true;
}
