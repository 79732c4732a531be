/**
 * Search keys of tokens: lower case (and, for `lucene`, decimal digits to ASCII), then the
 * normalisation options, then the stemmer. Characters whose key does not depend on their
 * neighbours (letters, digits, and marks or tatweel that the options delete) go through a
 * table computed once from the normaliser itself; a token holding anything else is
 * normalised whole.
 */
import { createNormalizer, type Normalizer } from '../normalize/normalizer';
import { lowerAndFoldDigits, luceneArabicNormalize } from './lucene-filters';
import type { ResolvedTokenizeOptions } from './options';
import { lightStem } from './stemmer';

/** Turns the text of one token into its key. */
export type KeyFunction = (text: string) => string;

const TABLE_SIZE = 0x700;
const SLOW = -1;
const DELETE = -2;
// Unicode White_Space (not JavaScript's \s, which adds U+FEFF, a format character Lucene keeps).
const WHITE_SPACE = /\p{White_Space}/gu;
const HAS_WHITE_SPACE = /\p{White_Space}/u;

/** A key without white space: U+202F joins words (UAX #29 ExtendNumLet) but is no part of a key. */
function withoutWhiteSpace(key: string): string {
  return HAS_WHITE_SPACE.test(key) ? key.replace(WHITE_SPACE, '') : key;
}

/** Whether the key of this character alone is its key in any word, under these options. */
function contextFree(unit: number, options: ResolvedTokenizeOptions): boolean {
  const o = options.normalize;
  if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) return true;
  if ((unit >= 0x621 && unit <= 0x63a) || (unit >= 0x641 && unit <= 0x64a)) return true;
  if ((unit >= 0x660 && unit <= 0x669) || (unit >= 0x6f0 && unit <= 0x6f9)) return true;
  if (unit >= 0x64b && unit <= 0x64d) return o.tanween === 'strip';
  if (unit === 0x64e || unit === 0x64f || unit === 0x650 || unit === 0x652) return o.diacritics === 'strip';
  if (unit === 0x651) return o.shadda === 'strip';
  if (unit === 0x640) return o.tatweel === 'remove';
  return false;
}

/** The per-character table: the key unit, DELETE, or SLOW (normalise the token whole). */
function buildTable(options: ResolvedTokenizeOptions, slowKey: KeyFunction): Int32Array {
  const table = new Int32Array(TABLE_SIZE).fill(SLOW);
  for (let unit = 0; unit < TABLE_SIZE; unit++) {
    if (!contextFree(unit, options)) continue;
    const key = slowKey(String.fromCharCode(unit));
    if (key.length === 0) table[unit] = DELETE;
    else if (key.length === 1) table[unit] = key.charCodeAt(0);
  }
  return table;
}

/** Normalised key without the stemmer, through the normaliser (any characters). */
function normaliseWhole(options: ResolvedTokenizeOptions, normalize: Normalizer): KeyFunction {
  const { lowercase, foldDigits } = options;
  return (text) => {
    const prepared = lowercase || foldDigits ? lowerAndFoldDigits(text, foldDigits, lowercase) : text;
    // Spaces go before normalising too, so that marks they separated are ordered as neighbours.
    let key = withoutWhiteSpace(normalize(withoutWhiteSpace(prepared)));
    // Keys must be idempotent; a few option sets need a second pass (ى + U+0654 with marks
    // kept: the first pass writes ي + U+0654, which the second composes to ئ).
    for (let pass = 0; pass < 2; pass++) {
      const again = withoutWhiteSpace(normalize(key));
      if (again === key) break;
      key = again;
    }
    return key;
  };
}

/** Lucene's own filters, exactly: lower case, digits, ArabicNormalizer. */
const luceneNormalise: KeyFunction = (text) => luceneArabicNormalize(withoutWhiteSpace(lowerAndFoldDigits(text, true, true)));

/**
 * The key function of the options: normalisation through the table where it can, through
 * the normaliser otherwise, then the stemmer.
 */
export function createKeyFunction(options: ResolvedTokenizeOptions): KeyFunction {
  const slow = options.exactLucene ? luceneNormalise : normaliseWhole(options, createNormalizer(options.normalize));
  const table = buildTable(options, slow);
  const replacements = Array.from(table, (mapped) => (mapped >= 0 ? String.fromCharCode(mapped) : ''));
  const stem = options.stem === 'light';
  const compute: KeyFunction = (text) => {
    // One pass: copy unchanged stretches, replace or delete the rest; anything the table
    // cannot decide sends the whole token through the slow path.
    let key = '';
    let copied = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      const mapped = unit < TABLE_SIZE ? table[unit]! : SLOW;
      if (mapped === unit) continue;
      if (mapped === SLOW) {
        key = slow(text);
        copied = -1;
        break;
      }
      key += copied === i ? replacements[unit]! : text.slice(copied, i) + replacements[unit]!;
      copied = i + 1;
    }
    if (copied === 0) key = text;
    else if (copied > 0 && copied < length) key += text.slice(copied);
    return stem && key.length > 2 ? lightStem(key) : key;
  };
  return compute;
}
