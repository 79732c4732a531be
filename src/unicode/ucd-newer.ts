/**
 * Code points of the Arabic blocks that were assigned after Unicode 12, the
 * version of the data bundled with `unicode-properties`. That library reports
 * them as unassigned, so their properties are listed here by hand. The list
 * was taken from Unicode 17.0 and is checked in the tests against the
 * runtime's own `\p{…}` data and `String.prototype.normalize`.
 *
 * Each entry is `[first, last, generalCategory, canonicalCombiningClass]`.
 */
export const NEWER_ARABIC_CODE_POINTS: ReadonlyArray<readonly [number, number, string, number]> = [
  [0x061d, 0x061d, 'Po', 0], // ARABIC END OF TEXT MARK
  [0x0870, 0x0887, 'Lo', 0], // Arabic Extended-B letters
  [0x0888, 0x0888, 'Sk', 0], // ARABIC RAISED ROUND DOT
  [0x0889, 0x088f, 'Lo', 0],
  [0x0890, 0x0891, 'Cf', 0], // ARABIC POUND / PIASTRE MARK ABOVE
  [0x0897, 0x0898, 'Mn', 230], // ARABIC PEPET, small high word al-juz
  [0x0899, 0x089b, 'Mn', 220],
  [0x089c, 0x089f, 'Mn', 230],
  [0x08b5, 0x08b5, 'Lo', 0],
  [0x08be, 0x08c8, 'Lo', 0],
  [0x08c9, 0x08c9, 'Lm', 0], // ARABIC SMALL FARSI YEH
  [0x08ca, 0x08ce, 'Mn', 230], // small high Quranic letters
  [0x08cf, 0x08d2, 'Mn', 220],
  [0xfbc2, 0xfbc2, 'Sk', 0], // ARABIC SYMBOL WASLA ABOVE
  [0xfbc3, 0xfbd2, 'So', 0],
  [0xfd40, 0xfd4f, 'So', 0], // honorific ligatures (رحمه الله …)
  [0xfd90, 0xfd91, 'So', 0],
  [0xfdc8, 0xfdcf, 'So', 0], // … and ﷏ SALAAMUHU ALAYNAA
  [0xfdfe, 0xfdff, 'So', 0], // ﷾ ﷿
  [0x10ec2, 0x10ec4, 'Lo', 0], // Arabic Extended-C
  [0x10ec5, 0x10ec5, 'Lm', 0],
  [0x10ec6, 0x10ec7, 'Lo', 0],
  [0x10ed0, 0x10ed0, 'Po', 0],
  [0x10ed1, 0x10ed8, 'So', 0],
  [0x10efa, 0x10efb, 'Mn', 220], // Quranic marks of Arabic Extended-C
  [0x10efc, 0x10efc, 'Mn', 0], // ARABIC COMBINING ALEF OVERLAY
  [0x10efd, 0x10eff, 'Mn', 220],
];
