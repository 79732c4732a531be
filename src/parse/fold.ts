/**
 * Folding keys: what is left of a line once the differences that do not make
 * it another line are ignored. Two lines with the same echo key are the same
 * headline; a line whose label key is in the label set is a read-more label.
 *
 * Both keys are computed through one lookup table per code unit (map, or drop
 * when the entry is 0), so they cost one pass and no regular expression.
 */
import { BLANK_CHARACTER_RANGES } from '../unicode/blank';
import { ARABIC_BLOCKS, MarkClass } from '../unicode/arabic';
import { identityUnits } from '../unicode/identity-units';
import { unicodeTables } from '../unicode/tables';

/** Table entry meaning "leave this unit out of the key". */
export const DROP = 0;

const TATWEEL = 0x0640;
const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;
/** The colon; trailing colons are not part of a label key. */
export const COLON = 0x3a;

/** Punctuation sites put after a label: `:` (full-width folded to it), `-`, `–`, `—`, `.` (of `...`), `…`. */
const LABEL_TRAILERS = new Set<number>([COLON, 0x2d, 0x2013, 0x2014, 0x2e, 0x2026]);

/**
 * Whether a folded unit is punctuation that may follow a label (`:` `-` `–`
 * `—` `.` `…`); it is not part of the label key.
 *
 * @example
 * ```ts
 * isLabelTrailer(0x2026); // true: …
 * ```
 */
export function isLabelTrailer(unit: number): boolean {
  return LABEL_TRAILERS.has(unit);
}

/** Letters written differently by different sites that both keys treat as one. */
const SHARED_FOLDS: ReadonlyArray<readonly [number, number]> = [
  [0x0649, YEH], // alef maksura
  [0x06cc, YEH], // Farsi yeh
  [0x0629, HEH], // teh marbuta
  [0x06a9, KAF], // keheh
];

/** Hamza carriers and alef forms, folded for labels only: `اقرأ` = `إقرا` = `اقرء`. */
const HAMZA_FOLDS: readonly number[] = [0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0671, 0x0672, 0x0673, 0x0675];

function buildTable(foldHamza: boolean): Uint16Array {
  const table = identityUnits().slice();
  const drop = (ranges: ReadonlyArray<readonly [number, number]>): void => {
    for (const [from, to] of ranges) table.fill(DROP, from, to + 1);
  };
  drop(BLANK_CHARACTER_RANGES.space);
  drop(BLANK_CHARACTER_RANGES.invisible);
  // Diacritics: every Arabic combining mark, as the normaliser classifies them.
  const { markClass } = unicodeTables();
  for (const [, first, last] of ARABIC_BLOCKS) {
    if (last > 0xffff) continue; // astral marks are surrogate pairs; the pair's units are not marks on their own
    for (let unit = first; unit <= last; unit++) if (markClass[unit] !== MarkClass.None) table[unit] = DROP;
  }
  table[TATWEEL] = DROP;
  for (const [from, to] of SHARED_FOLDS) table[from] = to;
  if (foldHamza) {
    for (const unit of HAMZA_FOLDS) table[unit] = ALEF;
    table[0xff1a] = COLON; // full-width colon
  }
  return table;
}

let echoTable: Uint16Array | undefined;
let labelTable: Uint16Array | undefined;

/**
 * The label folding as a table: entry `u` is what code unit `u` becomes in a
 * label key, or `DROP`.
 *
 * @example
 * ```ts
 * labelFoldTable()[0x0623]; // 0x0627: alef with hamza above folds to alef
 * ```
 */
export function labelFoldTable(): Uint16Array {
  return (labelTable ??= buildTable(true));
}

/**
 * Whether `a.slice(aStart, aEnd)` and `b.slice(bStart, bEnd)` are the same headline: equal once white space,
 * invisible marks, tatweel and diacritics are ignored and yeh/heh/kaf variants
 * folded. Walks both ranges together and stops at the first difference, so
 * comparing a headline with an unrelated paragraph costs a few units.
 *
 * @example
 * ```ts
 * sameHeadline('خبرٌ عاجل', 0, 9, 'خبر  عاجل', 0, 9); // true
 * ```
 */
export function sameHeadline(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): boolean {
  const table = (echoTable ??= buildTable(false));
  let i = aStart;
  let j = bStart;
  for (;;) {
    let unitA = DROP;
    while (i < aEnd && (unitA = table[a.charCodeAt(i)]!) === DROP) i++;
    let unitB = DROP;
    while (j < bEnd && (unitB = table[b.charCodeAt(j)]!) === DROP) j++;
    if (i >= aEnd || j >= bEnd) return i >= aEnd && j >= bEnd;
    if (unitA !== unitB) return false;
    i++;
    j++;
  }
}

/**
 * The label key of `text.slice(start, end)`: the echo folding plus hamza and
 * alef forms folded to bare alef, and trailing label punctuation (`:` `-`
 * `–` `—` `.` `…`) removed.
 *
 * @example
 * ```ts
 * labelKey('إقرأ أيضاً :'); // 'اقراايضا'
 * labelKey('اقرأ أيضًا');   // 'اقراايضا'
 * ```
 */
export function labelKey(text: string, start = 0, end = text.length): string {
  const table = labelFoldTable();
  let key = '';
  for (let i = start; i < end; i++) {
    const unit = table[text.charCodeAt(i)]!;
    if (unit !== DROP) key += String.fromCharCode(unit);
  }
  let keep = key.length;
  while (keep > 0 && isLabelTrailer(key.charCodeAt(keep - 1))) keep--;
  return key.slice(0, keep);
}
