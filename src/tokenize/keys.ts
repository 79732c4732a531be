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
import { DELETE_UNIT } from './plain-word';
import { lightStem } from './stemmer';
import { stringFromUnits } from '../unicode/string-from-units';

/** Turns the text of one token into its key. */
export type KeyFunction = (text: string) => string;

/**
 * The key of some options, compiled: plain data read by {@link keyOf}. Top-level functions
 * over data, not closures, keep the hot loop fast when a program holds several tokenizers:
 * closures made by one function share the engine's type feedback and lose their
 * specialisation as soon as there are two.
 */
export interface CompiledKeys {
  /** For each unit below its length: the unit's key unit, DELETE_UNIT, or SLOW (-1). */
  readonly table: Int32Array;
  /** Whether keys are light-stemmed. */
  readonly stem: boolean;
  /** Key without the stemmer of a text the table cannot decide. */
  readonly slow: KeyFunction;
}

const TABLE_SIZE = 0x700;
// Tokens are at most 255 units; longer texts (a query word) get their own buffer.
const KEY_SCRATCH = /* @__PURE__ */ new Uint16Array(256);
const SLOW = -1;
// Unicode White_Space (not JavaScript's \s, which adds U+FEFF, a format character Lucene keeps).
const WHITE_SPACE = /\p{White_Space}/gu;
const HAS_WHITE_SPACE = /\p{White_Space}/u;

/** A key without white space: U+202F joins words (UAX #29 ExtendNumLet) but is no part of a key. */
function withoutWhiteSpace(key: string): string {
  return HAS_WHITE_SPACE.test(key) ? key.replace(WHITE_SPACE, '') : key;
}

const LETTER = /^\p{L}$/u;
const NONSPACING_MARK = /^\p{Mn}$/u;

/**
 * Whether the key of this character alone is its key in any word, under these options.
 * Letters are: what the normaliser does to a letter depends on its neighbours only through
 * U+0653–0655 and U+0670 after it, and a word holding those is normalised whole. So are the
 * other marks when the options strip every class of mark: nothing is then kept to order, and
 * what a stripped mark could block is a composition with U+0653–0655 again (Uthmani text
 * has a small high mark behind most letters).
 */
function contextFree(unit: number, options: ResolvedTokenizeOptions): boolean {
  const o = options.normalize;
  if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) return true;
  if ((unit >= 0x660 && unit <= 0x669) || (unit >= 0x6f0 && unit <= 0x6f9)) return true;
  if (unit >= 0x64b && unit <= 0x64d) return o.tanween === 'strip';
  if (unit === 0x64e || unit === 0x64f || unit === 0x650 || unit === 0x652) return o.diacritics === 'strip';
  if (unit === 0x651) return o.shadda === 'strip';
  if (unit === 0x640) return o.tatweel === 'remove';
  if (unit < 0x600 || unit > 0x6ff || (unit >= 0x653 && unit <= 0x655) || unit === 0x670) return false;
  const char = String.fromCharCode(unit);
  if (LETTER.test(char)) return true;
  const everyMarkStripped =
    o.diacritics === 'strip' && o.tanween === 'strip' && o.shadda === 'strip' && o.quranicMarks === 'strip' && o.otherMarks === 'strip';
  return everyMarkStripped && NONSPACING_MARK.test(char);
}

/** The per-character table: the key unit, DELETE_UNIT, or SLOW (normalise the token whole). */
function buildTable(options: ResolvedTokenizeOptions, slowKey: KeyFunction): Int32Array {
  const table = new Int32Array(TABLE_SIZE).fill(SLOW);
  for (let unit = 0; unit < TABLE_SIZE; unit++) {
    if (!contextFree(unit, options)) continue;
    const key = slowKey(String.fromCharCode(unit));
    if (key.length === 0) table[unit] = DELETE_UNIT;
    else if (key.length === 1) table[unit] = key.charCodeAt(0);
  }
  return table;
}

/** Whether every unit of `key` is its own key in any word: normalising it again changes nothing. */
function keptByTable(table: Int32Array, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if (unit >= TABLE_SIZE || table[unit] !== unit) return false;
  }
  return true;
}

/**
 * Normalised key without the stemmer, through the normaliser (any characters). `known.table`,
 * once set, spares the second pass of a key it keeps whole.
 */
function normaliseWhole(options: ResolvedTokenizeOptions, normalize: Normalizer, known: { table?: Int32Array }): KeyFunction {
  const { lowercase, foldDigits } = options;
  return (text) => {
    const prepared = lowercase || foldDigits ? lowerAndFoldDigits(text, foldDigits, lowercase) : text;
    // Spaces go before normalising too, so that marks they separated are ordered as neighbours.
    let key = withoutWhiteSpace(normalize(withoutWhiteSpace(prepared)));
    if (known.table !== undefined && keptByTable(known.table, key)) return key;
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

/** Compiles the key of the options: the table of units, and the normaliser behind it. */
export function compileKeys(options: ResolvedTokenizeOptions): CompiledKeys {
  const known: { table?: Int32Array } = {};
  const slow = options.exactLucene ? luceneNormalise : normaliseWhole(options, createNormalizer(options.normalize), known);
  const table = buildTable(options, slow);
  known.table = table;
  return { table, stem: options.stem === 'light', slow };
}

/**
 * Key of a text: normalisation through the table where it can, through the normaliser
 * otherwise, then the stemmer.
 */
export function keyOf(keys: CompiledKeys, text: string): string {
  const table = keys.table;
  const length = text.length;
  const units = length <= KEY_SCRATCH.length ? KEY_SCRATCH : new Uint16Array(length);
  // One pass: each unit's key unit into the scratch, or the whole text to the slow path
  // when the table cannot decide one.
  let changed = false;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const mapped = unit < TABLE_SIZE ? table[unit]! : SLOW;
    if (mapped === unit) {
      units[n++] = unit;
      continue;
    }
    if (mapped === SLOW) return finishKey(keys, keys.slow(text));
    changed = true;
    if (mapped !== DELETE_UNIT) units[n++] = mapped;
  }
  return finishKey(keys, changed ? stringFromUnits(units, n) : text);
}

/**
 * The last step of a key: the stemmer, when the options ask for it, on a normalised text (or
 * on a word whose units the table keeps as they are).
 */
export function finishKey(keys: CompiledKeys, normalized: string): string {
  return keys.stem && normalized.length > 2 ? lightStem(normalized) : normalized;
}
