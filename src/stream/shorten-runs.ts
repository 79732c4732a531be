/**
 * Shortens long runs that the normaliser reduces anyway, so that a stream can
 * hold an unfinished line of any length in bounded memory without changing
 * the result. Two kinds of run are shortened; both keep their first and last
 * items, because a honorific next to the run looks at its neighbour.
 *
 * - A blank run (collapsing spaces, removed units, contextual joiners): the
 *   normaliser acts on its first space or joiner and on its first space only;
 *   every later space is dropped after a space, and every later joiner is
 *   ignored after a joiner or a space. Removed units act on nothing.
 * - A cluster run (marks and removed units): all of it lands in one mark
 *   cluster, whose removed units act on nothing, and a repeated mark is inert
 *   when the cluster keeps one copy of each mark or strips that mark. An
 *   inert repeat never composes with the letter either: its first copy, of
 *   the same combining class, comes first and shadows it.
 *
 * Items are code points: a surrogate pair is one item, a lone surrogate
 * belongs to no run.
 */
import { UnitClass, type UnitClasses } from './unit-classes';

interface Item {
  /** Class of the item ({@link UnitClass}). */
  kind: number;
  /** Its code point. */
  codePoint: number;
  /** Its length in code units (1 or 2). */
  length: number;
}

function readItem(text: string, at: number, classes: UnitClasses, into: Item): Item {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = (unit - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
      into.kind = classes.ofAstral(codePoint);
      into.codePoint = codePoint;
      into.length = 2;
      return into;
    }
  }
  into.kind = unit >= 0xd800 && unit <= 0xdfff ? UnitClass.Other : classes.ofUnit[unit]!;
  into.codePoint = unit;
  into.length = 1;
  return into;
}

function isBlank(kind: number): boolean {
  return kind === UnitClass.Space || kind === UnitClass.Delete || kind === UnitClass.Joiner;
}

function isClusterPart(kind: number): boolean {
  return kind === UnitClass.Mark || kind === UnitClass.Delete;
}

/** Keeps the first item, the first space or joiner, the first space and the last item of each blank run. */
function shortenBlankRuns(text: string, classes: UnitClasses): string {
  const parts: string[] = [];
  const item: Item = { kind: 0, codePoint: 0, length: 0 };
  let copied = 0; // text before this offset is already in `parts`
  let at = 0;
  while (at < text.length) {
    readItem(text, at, classes, item);
    if (!isBlank(item.kind)) {
      at += item.length;
      continue;
    }
    const runStart = at;
    let sawActive = false; // a space or joiner
    let sawSpace = false;
    const kept: number[] = [];
    let lastStart = at;
    let lastLength = 0;
    while (at < text.length) {
      readItem(text, at, classes, item);
      if (!isBlank(item.kind)) break;
      const first = at === runStart;
      const active = item.kind !== UnitClass.Delete && !sawActive;
      const space = item.kind === UnitClass.Space && !sawSpace;
      if (first || active || space) kept.push(at, item.length);
      sawActive ||= item.kind !== UnitClass.Delete;
      sawSpace ||= item.kind === UnitClass.Space;
      lastStart = at;
      lastLength = item.length;
      at += item.length;
    }
    if (kept[kept.length - 2] !== lastStart) kept.push(lastStart, lastLength);
    if ((at - runStart) <= keptLength(kept)) continue;
    parts.push(text.slice(copied, runStart));
    for (let k = 0; k < kept.length; k += 2) parts.push(text.slice(kept[k]!, kept[k]! + kept[k + 1]!));
    copied = at;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function keptLength(kept: readonly number[]): number {
  let total = 0;
  for (let k = 1; k < kept.length; k += 2) total += kept[k]!;
  return total;
}

/** Keeps the first and last item of each cluster run and every mark in between except inert repeats. */
function shortenClusterRuns(text: string, classes: UnitClasses): string {
  const parts: string[] = [];
  const item: Item = { kind: 0, codePoint: 0, length: 0 };
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    readItem(text, at, classes, item);
    if (!isClusterPart(item.kind)) {
      at += item.length;
      continue;
    }
    const runStart = at;
    const seen = new Set<number>();
    const kept: string[] = [];
    let keptUnits = 0;
    // The previous item waits until we know whether it is the last one, which is always kept.
    let waitingStart = -1;
    let waitingLength = 0;
    let waitingKind = 0;
    let waitingCodePoint = 0;
    while (at < text.length) {
      readItem(text, at, classes, item);
      if (!isClusterPart(item.kind)) break;
      if (at === runStart) {
        kept.push(text.slice(at, at + item.length));
        keptUnits += item.length;
        if (item.kind === UnitClass.Mark) seen.add(item.codePoint);
      } else {
        if (waitingStart >= 0) {
          const inert =
            waitingKind === UnitClass.Delete || (seen.has(waitingCodePoint) && classes.repeatIsInert(waitingCodePoint));
          if (!inert) {
            kept.push(text.slice(waitingStart, waitingStart + waitingLength));
            keptUnits += waitingLength;
            seen.add(waitingCodePoint);
          }
        }
        waitingStart = at;
        waitingLength = item.length;
        waitingKind = item.kind;
        waitingCodePoint = item.codePoint;
      }
      at += item.length;
    }
    if (waitingStart >= 0) {
      kept.push(text.slice(waitingStart, waitingStart + waitingLength));
      keptUnits += waitingLength;
    }
    if (at - runStart <= keptUnits) continue;
    parts.push(text.slice(copied, runStart));
    for (const piece of kept) parts.push(piece);
    copied = at;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Returns a text that the normaliser turns into the same output as `text`,
 * followed by anything, with long blank and cluster runs shortened.
 */
export function shortenRuns(text: string, classes: UnitClasses): string {
  return shortenClusterRuns(shortenBlankRuns(text, classes), classes);
}
