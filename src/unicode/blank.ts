/**
 * Which characters make a line look empty: white space and the invisible
 * format marks that scrapers leave behind. Kept as a sorted table of
 * inclusive ranges so one lookup answers for any code unit without a regex.
 */

/** Space separators, tab and other in-line white space (no line terminators). */
const SPACE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0009, 0x0009], // tab
  [0x000b, 0x000c], // vertical tab, form feed
  [0x0020, 0x0020],
  [0x00a0, 0x00a0], // no-break space
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/** Zero-width and bidi format marks that render as nothing. */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator (was a space before Unicode 6.3)
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2060], // word joiner
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

function buildTable(ranges: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of ranges) table.fill(1, from, to + 1);
  return table;
}

let spaceTable: Uint8Array | undefined;
let invisibleTable: Uint8Array | undefined;
let blankTable: Uint8Array | undefined;

/**
 * Whether a UTF-16 code unit is in-line white space (tab, space, NBSP, the
 * U+2000–U+200A spaces, …). Line terminators are not included.
 */
export function isSpaceUnit(unit: number): boolean {
  spaceTable ??= buildTable(SPACE_RANGES);
  return spaceTable[unit] === 1;
}

/**
 * Whether a UTF-16 code unit is an invisible format mark: ZWSP, ZWNJ, ZWJ,
 * LRM, RLM, ALM, BOM, bidi embeddings and isolates, soft hyphen, word joiner.
 */
export function isInvisibleUnit(unit: number): boolean {
  invisibleTable ??= buildTable(INVISIBLE_RANGES);
  return invisibleTable[unit] === 1;
}

/**
 * A table indexed by UTF-16 code unit holding 1 for every space and invisible
 * mark, for scanners that test many units in a loop. Built once, on first use.
 */
export function blankUnitTable(): Uint8Array {
  return (blankTable ??= buildTable([...SPACE_RANGES, ...INVISIBLE_RANGES]));
}

/** Whether a UTF-16 code unit counts towards a blank line (space or invisible mark). */
export function isBlankUnit(unit: number): boolean {
  return blankUnitTable()[unit] === 1;
}

/** The ranges above, for documentation and for tests that cross-check them. */
export const BLANK_CHARACTER_RANGES = { space: SPACE_RANGES, invisible: INVISIBLE_RANGES } as const;
