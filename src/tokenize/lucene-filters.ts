/**
 * The character filters of Lucene 8's ArabicAnalyzer between its tokenizer and its stemmer,
 * applied to one token: LowerCaseFilter (Java's one-to-one lower case of each code point),
 * DecimalDigitFilter (every decimal digit to its ASCII digit) and ArabicNormalizationFilter
 * (آ أ إ → ا, ى → ي, ة → ه; tatweel and U+064B–0652 deleted).
 */

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const zeroOf = new Map<number, number>();

/** Value of a decimal digit (`\p{Nd}`) code point, or -1 for any other code point. */
export function decimalDigitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if (codePoint >= 0x660 && codePoint <= 0x669) return codePoint - 0x660;
  if (codePoint >= 0x6f0 && codePoint <= 0x6f9) return codePoint - 0x6f0;
  let zero = zeroOf.get(codePoint);
  if (zero === undefined) {
    if (!DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) {
      zero = -1;
    } else {
      // Digits come in contiguous runs, each a whole number of sets of ten from a zero.
      let first = codePoint;
      while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first--;
      zero = codePoint - ((codePoint - first) % 10);
    }
    zeroOf.set(codePoint, zero);
  }
  return zero < 0 ? -1 : codePoint - zero;
}

/** Java's Character.toLowerCase: the simple (one code point) lower case. */
export function lowerCodePoint(codePoint: number): number {
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a ? codePoint + 0x20 : codePoint;
  if (codePoint === 0x130) return 0x69; // İ: the full mapping adds a combining dot
  const lower = String.fromCodePoint(codePoint).toLowerCase();
  const result = lower.codePointAt(0)!;
  return lower.length === (result > 0xffff ? 2 : 1) ? result : codePoint;
}

/** Lower case and decimal digits of one token, as Lucene's LowerCaseFilter and DecimalDigitFilter. */
export function lowerAndFoldDigits(text: string, foldDigits: boolean, lowercase = true): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Unchanged by both filters: ASCII other than capitals, Latin-1 symbols, Arabic but its digits.
    if (unit < 0x41 || (unit > 0x5a && unit < 0xc0)) continue;
    if (unit >= 0x600 && unit <= 0x6ff && !(unit >= 0x660 && unit <= 0x669) && !(unit >= 0x6f0 && unit <= 0x6f9)) continue;
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    let mapped = lowercase ? lowerCodePoint(codePoint) : codePoint;
    if (foldDigits) {
      const digit = decimalDigitValue(mapped);
      if (digit >= 0) mapped = 0x30 + digit;
    }
    if (mapped !== codePoint) {
      out += text.slice(copied, i) + String.fromCodePoint(mapped);
      copied = i + width;
    }
    i += width - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Lucene's ArabicNormalizer on one token. */
export function luceneArabicNormalize(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x622 || unit > 0x652) continue;
    let replacement: string;
    if (unit === 0x622 || unit === 0x623 || unit === 0x625) replacement = '\u0627';
    else if (unit === 0x649) replacement = '\u064a';
    else if (unit === 0x629) replacement = '\u0647';
    else if (unit === 0x640 || unit >= 0x64b) replacement = '';
    else continue;
    out += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
