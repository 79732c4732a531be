/**
 * Character properties from `unicode-properties` (Unicode 12 data), patched
 * with the newer Arabic code points of `ucd-newer.ts`. Everything here is used
 * only while lookup tables are built, never per character of a text.
 */
import { getCategory, getCombiningClass } from 'unicode-properties';
import { NEWER_ARABIC_CODE_POINTS } from './ucd-newer';

/** Unicode version of the data bundled with `unicode-properties`. */
export const UCD_BASE_VERSION = '12.0.0';

/** Unicode version the newer Arabic code points were taken from. */
export const UCD_OVERRIDE_VERSION = '17.0.0';

// unicode-properties names canonical combining classes; these are the values.
const NAMED_COMBINING_CLASSES: Readonly<Record<string, number>> = {
  Not_Reordered: 0,
  Overlay: 1,
  Han_Reading: 6,
  Nukta: 7,
  Kana_Voicing: 8,
  Virama: 9,
  Attached_Below_Left: 200,
  Attached_Below: 202,
  Attached_Above: 214,
  Attached_Above_Right: 216,
  Below_Left: 218,
  Below: 220,
  Below_Right: 222,
  Left: 224,
  Right: 226,
  Above_Left: 228,
  Above: 230,
  Above_Right: 232,
  Double_Below: 233,
  Double_Above: 234,
  Iota_Subscript: 240,
};

function findNewer(codePoint: number): readonly [number, number, string, number] | undefined {
  for (const entry of NEWER_ARABIC_CODE_POINTS) {
    if (codePoint >= entry[0] && codePoint <= entry[1]) return entry;
  }
  return undefined;
}

function isControlCodePoint(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * General category (`Lo`, `Mn`, `Zs`, …). Code points unassigned in Unicode 12
 * come back as `Cn` (the library itself reports them as `Cc`).
 */
export function generalCategory(codePoint: number): string {
  const newer = findNewer(codePoint);
  if (newer) return newer[2];
  const category = getCategory(codePoint);
  if (category === 'Cc' && !isControlCodePoint(codePoint)) return 'Cn';
  return category;
}

/** Canonical combining class (0–254). */
export function combiningClass(codePoint: number): number {
  const newer = findNewer(codePoint);
  if (newer) return newer[3];
  const name = getCombiningClass(codePoint);
  const named = NAMED_COMBINING_CLASSES[name];
  if (named !== undefined) return named;
  if (name.startsWith('CCC')) return Number(name.slice(3));
  return 0;
}
