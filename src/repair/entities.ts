/**
 * HTML character references that crawlers leave in text (`&quot;`, `&nbsp;`,
 * `&#1605;`, `&#x645;`). Only complete references are read, with their `;`;
 * anything else is text. A reference that would produce a control, a line
 * break, a surrogate, a noncharacter or an ASCII letter, digit, `#` or `;` is
 * left alone: decoding it could break a line or spell a new reference, and
 * decoding must give text that decodes to itself. `&amp;` followed by another
 * reference (`&amp;quot;`, double-escaped text) decodes all the way.
 */

/** Named references: the HTML 4 Latin-1 and special sets, and common typographic ones. */
const NAMED: ReadonlyMap<string, number> = new Map([
  ...(
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
    'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
    'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
    'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
    'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
  )
    .split(' ')
    .map((name, k): [string, number] => [name, 0xa0 + k]),
  ['quot', 0x22], ['amp', 0x26], ['apos', 0x27], ['lt', 0x3c], ['gt', 0x3e],
  ['OElig', 0x152], ['oelig', 0x153], ['Scaron', 0x160], ['scaron', 0x161], ['Yuml', 0x178], ['fnof', 0x192],
  ['circ', 0x2c6], ['tilde', 0x2dc],
  ['ensp', 0x2002], ['emsp', 0x2003], ['thinsp', 0x2009], ['hairsp', 0x200a],
  ['zwnj', 0x200c], ['zwj', 0x200d], ['lrm', 0x200e], ['rlm', 0x200f],
  ['ndash', 0x2013], ['mdash', 0x2014], ['lsquo', 0x2018], ['rsquo', 0x2019], ['sbquo', 0x201a],
  ['ldquo', 0x201c], ['rdquo', 0x201d], ['bdquo', 0x201e], ['dagger', 0x2020], ['Dagger', 0x2021],
  ['bull', 0x2022], ['hellip', 0x2026], ['permil', 0x2030], ['prime', 0x2032], ['Prime', 0x2033],
  ['lsaquo', 0x2039], ['rsaquo', 0x203a], ['oline', 0x203e], ['frasl', 0x2044], ['euro', 0x20ac],
  ['trade', 0x2122], ['larr', 0x2190], ['uarr', 0x2191], ['rarr', 0x2192], ['darr', 0x2193], ['harr', 0x2194],
  ['minus', 0x2212],
]);

/** What HTML makes of numeric references to 0x80–0x9F: windows-1252's characters (0 = none). */
const C1_AS_WINDOWS_1252: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const AMPERSAND = 0x26;
const LONGEST_NAME = 8;

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

function isAsciiDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function hexValue(unit: number): number {
  if (isAsciiDigit(unit)) return unit - 0x30;
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Whether a decoded code point is safe to write (see the module comment); `&` is decided by the caller. */
function isWritable(codePoint: number): boolean {
  if (codePoint < 0x20 || codePoint === 0x7f || (codePoint >= 0x80 && codePoint <= 0x9f)) return false;
  if (isAsciiLetter(codePoint) || isAsciiDigit(codePoint) || codePoint === 0x23 || codePoint === 0x3b) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  if (codePoint === 0x2028 || codePoint === 0x2029 || codePoint > 0x10ffff) return false;
  return !((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe);
}

/** A reference read from text: its value and the offset just after its `;`. */
export interface EntityMatch {
  /** The code point it stands for. */
  readonly codePoint: number;
  /** Offset just past the `;`. */
  readonly end: number;
}

/**
 * Reads the body of a reference (what follows `&`) starting at `at`, or
 * returns undefined. Linear in the body, which is at most 10 units long.
 */
function readBody(text: string, at: number): EntityMatch | undefined {
  const n = text.length;
  if (at >= n) return undefined;
  if (text.charCodeAt(at) === 0x23) {
    const hex = at + 1 < n && (text.charCodeAt(at + 1) | 0x20) === 0x78;
    let k = hex ? at + 2 : at + 1;
    const first = k;
    let value = 0;
    for (; k < n && k - first < (hex ? 6 : 7); k++) {
      const digit = hex ? hexValue(text.charCodeAt(k)) : isAsciiDigit(text.charCodeAt(k)) ? text.charCodeAt(k) - 0x30 : -1;
      if (digit < 0) break;
      value = value * (hex ? 16 : 10) + digit;
    }
    if (k === first || k >= n || text.charCodeAt(k) !== 0x3b) return undefined;
    if (value >= 0x80 && value <= 0x9f) value = C1_AS_WINDOWS_1252[value - 0x80]!;
    return value === AMPERSAND || isWritable(value) ? { codePoint: value, end: k + 1 } : undefined;
  }
  let k = at;
  while (k < n && k - at <= LONGEST_NAME && (isAsciiLetter(text.charCodeAt(k)) || isAsciiDigit(text.charCodeAt(k)))) k++;
  if (k === at || k >= n || text.charCodeAt(k) !== 0x3b) return undefined;
  const codePoint = NAMED.get(text.slice(at, k));
  return codePoint === undefined ? undefined : { codePoint, end: k + 1 };
}

/**
 * The reference starting at `text[at]` (which must be `&`), following
 * double escapes (`&amp;quot;` reads as `"`), or undefined.
 */
export function readEntity(text: string, at: number): EntityMatch | undefined {
  let match = readBody(text, at + 1);
  if (!match) return undefined;
  while (match.codePoint === AMPERSAND) {
    const inner = readBody(text, match.end);
    if (!inner) break;
    match = inner;
  }
  return match;
}

/** Whether `unit` can start the body of a reference, so an `&` before it is worth a look. */
export function mayStartEntityBody(unit: number): boolean {
  return unit === 0x23 || isAsciiLetter(unit);
}

/** Every named reference and its code point (for documentation and tests). */
export const NAMED_ENTITIES: ReadonlyMap<string, number> = NAMED;
