/**
 * Mark-cluster algorithms: canonical composition of an Arabic letter with one
 * of its marks, and canonical (stable, by combining class) ordering. Both are
 * exactly what NFC does to a letter followed by Arabic marks.
 */
import { ARABIC_COMPOSITIONS } from '../unicode/arabic';

const COMPOSITE = new Map<number, number>();
const DECOMPOSITION = new Map<number, readonly [number, number]>();
for (const [letter, mark, composite] of ARABIC_COMPOSITIONS) {
  COMPOSITE.set(letter * 0x10000 + mark, composite);
  DECOMPOSITION.set(composite, [letter, mark]);
}

/** The letter + mark a precomposed Arabic letter stands for, if any. */
export function decomposeArabic(letter: number): readonly [number, number] | undefined {
  return DECOMPOSITION.get(letter);
}

/** The composite of a letter and a mark, or -1. */
export function composeArabic(letter: number, mark: number): number {
  return COMPOSITE.get(letter * 0x10000 + mark) ?? -1;
}

/** Combining class lookup for BMP units and astral code points. */
export type CombiningClassOf = (codePoint: number) => number;

const seenClasses = /* @__PURE__ */ new Uint32Array(256);
let seenStamp = 0;

/**
 * Index of the mark that NFC composes with `letter`, or -1. After canonical
 * reordering a mark is blocked by any earlier mark of class 0 or of a class
 * at least its own; marks of a higher class move behind it. So the candidates
 * are the first mark of each combining class before the first class-0 mark,
 * and NFC takes the one that sorts first (lowest class).
 */
export function composingMarkIndex(letter: number, marks: readonly number[], cccOf: CombiningClassOf): number {
  let best = -1;
  let bestClass = 256;
  // Classes seen in this call carry its stamp: no set made per call (one per cluster).
  if (++seenStamp === 0xffffffff) {
    seenClasses.fill(0);
    seenStamp = 1;
  }
  const stamp = seenStamp;
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    const ccc = cccOf(mark);
    if (ccc === 0) break;
    if (seenClasses[ccc] === stamp) continue;
    seenClasses[ccc] = stamp;
    if (ccc < bestClass && composeArabic(letter, mark) >= 0) {
      best = k;
      bestClass = ccc;
    }
  }
  return best;
}

const counts = new Uint32Array(257);

/** Stable counting sort of one segment (no class-0 marks inside) by combining class. */
function countingSort(marks: number[], from: number, to: number, cccOf: CombiningClassOf): void {
  counts.fill(0);
  for (let k = from; k < to; k++) counts[cccOf(marks[k]!) + 1]!++;
  for (let c = 1; c < 257; c++) counts[c]! += counts[c - 1]!;
  const sorted = new Array<number>(to - from);
  for (let k = from; k < to; k++) sorted[counts[cccOf(marks[k]!)]!++] = marks[k]!;
  for (let k = from; k < to; k++) marks[k] = sorted[k - from]!;
}

function insertionSort(marks: number[], from: number, to: number, cccOf: CombiningClassOf): void {
  for (let k = from + 1; k < to; k++) {
    const mark = marks[k]!;
    const ccc = cccOf(mark);
    let j = k - 1;
    while (j >= from && cccOf(marks[j]!) > ccc) {
      marks[j + 1] = marks[j]!;
      j--;
    }
    marks[j + 1] = mark;
  }
}

/**
 * Canonical ordering in place: a stable sort by combining class within each
 * run between class-0 marks (which never move). Linear in the cluster size.
 */
export function canonicalOrder(marks: number[], cccOf: CombiningClassOf): void {
  let start = 0;
  for (let k = 0; k <= marks.length; k++) {
    if (k < marks.length && cccOf(marks[k]!) !== 0) continue;
    if (k - start > 16) countingSort(marks, start, k, cccOf);
    else if (k - start > 1) insertionSort(marks, start, k, cccOf);
    start = k + 1;
  }
}
