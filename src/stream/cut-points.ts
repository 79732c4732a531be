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
 */
import { UnitClass, type UnitClasses } from './unit-classes';

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

/** The last cut before a primer that leaves a non-empty piece before it, or undefined. */
export function lastPrimerCut(text: string, classes: UnitClasses): PrimerCut | undefined {
  const { ofUnit, expansionLength } = classes;
  for (let k = text.length - 1; k >= 1; k--) {
    const unit = text.charCodeAt(k);
    const kind = ofUnit[unit]!;
    if (kind === UnitClass.Plain) return { at: k, length: 1, written: 1 };
    if (kind === UnitClass.PlainExpansion) return { at: k, length: 1, written: expansionLength[unit]! };
    if (kind === UnitClass.Separator && followsNoDigit(text.charCodeAt(k - 1), classes)) {
      return { at: k, length: 1, written: 1 };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff && k >= 2) {
      const high = text.charCodeAt(k - 1);
      if (high < 0xd800 || high > 0xdbff) continue;
      const codePoint = (high - 0xd800) * 0x400 + unit - 0xdc00 + 0x10000;
      if (classes.ofAstral(codePoint) === UnitClass.Plain) return { at: k - 1, length: 2, written: 2 };
    }
  }
  return undefined;
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
