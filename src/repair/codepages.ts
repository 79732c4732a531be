/**
 * The two single-byte code pages Arabic UTF-8 is most often misread as, and
 * the reverse tables that turn such mojibake back into the bytes it came from.
 *
 * - windows-1256, the Arabic Windows code page: every byte maps to a character
 *   (the WHATWG Encoding Standard's table, which browsers and Node use).
 * - Latin-1 read the Windows way: bytes 0xA0–0xFF are U+00A0–00FF; bytes
 *   0x80–0x9F are windows-1252's typographic characters, or the C1 control of
 *   the same value (what ISO-8859-1 gives, and what windows-1252 gives for its
 *   five undefined bytes). Both spellings map back to the same byte.
 */

/** A code page that mojibake is read back through. */
export interface Codepage {
  /** Name used in repair reports. */
  readonly name: 'windows-1256' | 'latin-1';
  /** Per UTF-16 unit: the byte it encodes to, plus one; 0 when the unit has no byte. ASCII maps to itself. */
  readonly byteOf: Uint16Array;
}

/** Characters of windows-1256 bytes 0x80–0xFF, in byte order. */
export const WINDOWS_1256_HIGH: readonly number[] = [
  0x20ac, 0x067e, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
  0x06af, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x06a9, 0x2122, 0x0691, 0x203a, 0x0153, 0x200c, 0x200d, 0x06ba,
  0x00a0, 0x060c, 0x00a2, 0x00a3, 0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x06be, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
  0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x061b, 0x00bb, 0x00bc, 0x00bd, 0x00be, 0x061f,
  0x06c1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062a, 0x062b, 0x062c, 0x062d, 0x062e, 0x062f,
  0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00d7, 0x0637, 0x0638, 0x0639, 0x063a, 0x0640, 0x0641, 0x0642, 0x0643,
  0x00e0, 0x0644, 0x00e2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x0649, 0x064a, 0x00ee, 0x00ef,
  0x064b, 0x064c, 0x064d, 0x064e, 0x00f4, 0x064f, 0x0650, 0x00f7, 0x0651, 0x00f9, 0x0652, 0x00fb, 0x00fc, 0x200e, 0x200f, 0x06d2,
];

/** windows-1252's characters for bytes 0x80–0x9F; 0 where the byte is undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
export const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * windows-1256 continuation-byte characters (0x80–0xBF) that Arabic text
 * never writes right after a letter: currency and typographic symbols and
 * Latin-1 signs. One of them right after ط ظ ع غ (the lead bytes of U+0600–06FF)
 * is what mojibake looks like. Arabic letters, Arabic punctuation, quotes,
 * dashes, the ellipsis, NBSP, SHY and the joiners of the same byte range are
 * left out: clean text has them after letters all the time (فقط، …).
 */
export const WINDOWS_1256_MARKERS: readonly number[] = [
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2020, 0x2021, 0x02c6, 0x2030, 0x2039, 0x0152, 0x2022, 0x2122, 0x203a, 0x0153,
  0x00a2, 0x00a3, 0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00ac, 0x00ae, 0x00af,
  0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00bc, 0x00bd, 0x00be,
];

/** Ø Ù Ú Û: the Latin-1 spellings of UTF-8's lead bytes 0xD8–0xDB, which start every letter of U+0600–06FF. */
export const LATIN_1_ARABIC_LEADS: readonly number[] = [0x00d8, 0x00d9, 0x00da, 0x00db];

/** The lead bytes of U+0600–06FF, as windows-1256 spells them: ط ظ ع غ. */
export const WINDOWS_1256_ARABIC_LEADS: readonly number[] = [0x0637, 0x0638, 0x0639, 0x063a];

function windows1256(): Codepage {
  const byteOf = new Uint16Array(0x10000);
  for (let byte = 0; byte < 0x80; byte++) byteOf[byte] = byte + 1;
  WINDOWS_1256_HIGH.forEach((unit, k) => {
    byteOf[unit] = 0x80 + k + 1;
  });
  return { name: 'windows-1256', byteOf };
}

function latin1(): Codepage {
  const byteOf = new Uint16Array(0x10000);
  for (let byte = 0; byte < 0x100; byte++) byteOf[byte] = byte + 1;
  WINDOWS_1252_C1.forEach((unit, k) => {
    if (unit !== 0) byteOf[unit] = 0x80 + k + 1;
  });
  return { name: 'latin-1', byteOf };
}

let codepages: readonly Codepage[] | undefined;

/** windows-1256 first, then Latin-1: the order in which a piece of text is tried. */
export function mojibakeCodepages(): readonly Codepage[] {
  return (codepages ??= [windows1256(), latin1()]);
}

let continuations: Uint8Array | undefined;

/**
 * 1 for every unit that stands for a continuation byte (0x80–0xBF) in either
 * code page, 2 for Ø Ù Ú Û ï and ط ظ ع غ: what a step that writes such a
 * unit next to a lead must watch, because it may form mojibake where there
 * was none.
 */
export function mojibakeUnitRoles(): Uint8Array {
  if (continuations) return continuations;
  const roles = new Uint8Array(0x10000);
  for (const codepage of mojibakeCodepages()) {
    for (let unit = 0x80; unit < 0x10000; unit++) {
      const byte = codepage.byteOf[unit]! - 1;
      if (byte >= 0x80 && byte <= 0xbf) roles[unit] = 1;
    }
  }
  for (const unit of [...LATIN_1_ARABIC_LEADS, ...WINDOWS_1256_ARABIC_LEADS, 0x00ef]) roles[unit] = 2;
  continuations = roles;
  return roles;
}
