/**
 * Shortens long runs that the normaliser reduces anyway, so that a stream can
 * hold an unfinished line of any length in bounded memory without changing
 * the result.
 *
 * A *quiet run* is a run of units that write nothing by themselves: spaces
 * that collapse, joiners under `joiners: 'contextual'`, removed units and
 * marks that gather into clusters. Within one:
 *
 * - Until the first space or joiner, the marks form one cluster on the letter
 *   before the run. Removed units act on nothing, and a repeated mark is
 *   inert when the cluster keeps one copy of each mark or strips that mark:
 *   its first copy, of the same combining class, comes first and shadows it
 *   in composition too.
 * - The first space or joiner ends that cluster; the first space also
 *   settles a waiting joiner and writes the one space. After it, every
 *   further space is dropped (it follows a space) and every further joiner
 *   waits in vain (it follows a space or a joiner). Every later cluster has
 *   no letter, and one whose marks are all dropped when it has no letter
 *   writes nothing.
 *
 * So a run keeps its first cluster (less inert repeats), its first space or
 * joiner, its first space, and every later mark only from the first one that
 * a letterless cluster would still write. It also keeps its first and last
 * units, because a honorific next to the run looks at its neighbour and a
 * mark before the run at the unit after it. Items are code points: a
 * surrogate pair is one item, a lone surrogate belongs to no run.
 */
import { UnitClass, isQuiet, type UnitClasses } from './unit-classes';

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

/** Decides item by item which items of one quiet run to keep. */
class RunFilter {
  private inFirstCluster = true;
  private sawSpace = false;
  // A letterless cluster would write a mark: from there on everything is kept.
  private keepRest = false;
  private readonly seen = new Set<number>();

  constructor(private readonly classes: UnitClasses) {}

  keeps(item: Item, first: boolean): boolean {
    const { kind, codePoint } = item;
    if (this.keepRest) return true;
    if (kind === UnitClass.Space || kind === UnitClass.Joiner) {
      const keep = this.inFirstCluster || (kind === UnitClass.Space && !this.sawSpace);
      this.inFirstCluster = false;
      this.sawSpace ||= kind === UnitClass.Space;
      return keep;
    }
    if (kind === UnitClass.Delete) return first;
    if (this.inFirstCluster) {
      const repeat = this.seen.has(codePoint) && this.classes.repeatIsInert(codePoint);
      this.seen.add(codePoint);
      return first || !repeat;
    }
    if (this.classes.letterlessIsInert(codePoint)) return false;
    this.keepRest = true;
    return true;
  }
}

/**
 * Returns a text that the normaliser turns into the same output as `text`,
 * followed by anything, with long quiet runs shortened.
 */
export function shortenRuns(text: string, classes: UnitClasses): string {
  const parts: string[] = [];
  const item: Item = { kind: 0, codePoint: 0, length: 0 };
  let copied = 0; // text before this offset is already in `parts`
  let at = 0;
  while (at < text.length) {
    readItem(text, at, classes, item);
    if (!isQuiet(item.kind)) {
      at += item.length;
      continue;
    }
    const runStart = at;
    const filter = new RunFilter(classes);
    const kept: string[] = [];
    let keptUnits = 0;
    let lastKept = false;
    let lastStart = at;
    while (at < text.length) {
      readItem(text, at, classes, item);
      if (!isQuiet(item.kind)) break;
      lastKept = filter.keeps(item, at === runStart);
      lastStart = at;
      if (lastKept) {
        kept.push(text.slice(at, at + item.length));
        keptUnits += item.length;
      }
      at += item.length;
    }
    if (!lastKept) {
      kept.push(text.slice(lastStart, at));
      keptUnits += at - lastStart;
    }
    if (keptUnits === at - runStart) continue;
    parts.push(text.slice(copied, runStart));
    for (const piece of kept) parts.push(piece);
    copied = at;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
