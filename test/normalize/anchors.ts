/**
 * Straightforward ports of the two normalisers the `lucene` and `camel`
 * presets reproduce, written from their source:
 *
 * - apache/lucene `lucene/analysis/common/src/java/org/apache/lucene/analysis/ar/ArabicNormalizer.java`
 *   (`normalize(char[] s, int len)` with `StemmerUtil.delete`), Apache-2.0;
 * - CAMeL-Lab/camel_tools `camel_tools/utils/dediac.py` (`dediac_ar`) and
 *   `camel_tools/utils/normalize.py` (`normalize_alef_ar`,
 *   `normalize_alef_maksura_ar`, `normalize_teh_marbuta_ar`), with the
 *   character set `AR_DIAC_CHARSET` of `camel_tools/utils/charsets.py`, MIT.
 */

const ALEF = 0x0627;
const ALEF_MADDA = 0x0622;
const ALEF_HAMZA_ABOVE = 0x0623;
const ALEF_HAMZA_BELOW = 0x0625;
const YEH = 0x064a;
const DOTLESS_YEH = 0x0649;
const TEH_MARBUTA = 0x0629;
const HEH = 0x0647;
const TATWEEL = 0x0640;
const FATHATAN = 0x064b;
const DAMMATAN = 0x064c;
const KASRATAN = 0x064d;
const FATHA = 0x064e;
const DAMMA = 0x064f;
const KASRA = 0x0650;
const SHADDA = 0x0651;
const SUKUN = 0x0652;

/** StemmerUtil.delete: shifts the tail left over position `pos`; returns the new length. */
function deleteAt(s: number[], pos: number, len: number): number {
  if (pos < len - 1) s.splice(pos, len - pos, ...s.slice(pos + 1, len));
  return len - 1;
}

/** ArabicNormalizer.normalize over a buffer of UTF-16 code units, in place. */
function luceneNormalizeBuffer(s: number[], len: number): number {
  for (let i = 0; i < len; i++) {
    switch (s[i]) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
        s[i] = ALEF;
        break;
      case DOTLESS_YEH:
        s[i] = YEH;
        break;
      case TEH_MARBUTA:
        s[i] = HEH;
        break;
      case TATWEEL:
      case KASRATAN:
      case DAMMATAN:
      case FATHATAN:
      case FATHA:
      case DAMMA:
      case KASRA:
      case SHADDA:
      case SUKUN:
        len = deleteAt(s, i, len);
        i--;
        break;
      default:
        break;
    }
  }
  return len;
}

/**
 * Lucene's normaliser applied to a text: as Lucene runs per token, the text is
 * cut at white space and each piece goes through the normaliser; the white
 * space in between is left as it is.
 */
export function luceneArabicNormalize(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((piece, k) => {
      if (k % 2 === 1 || piece.length === 0) return piece;
      const buffer = Array.from({ length: piece.length }, (_, i) => piece.charCodeAt(i));
      const len = luceneNormalizeBuffer(buffer, buffer.length);
      return String.fromCharCode(...buffer.slice(0, len));
    })
    .join('');
}

const AR_DIAC_CHARSET = '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670';
const escapeForClass = (chars: string): string => chars.replace(/[\]\\^-]/g, '\\$&');
const DIAC_RE_AR = new RegExp(`[${escapeForClass(AR_DIAC_CHARSET)}]`, 'gu');
const ALEF_NORMALIZE_AR_RE = /[\u0625\u0623\u0671\u0622]/gu;

/** dediac_ar → normalize_alef_ar → normalize_alef_maksura_ar → normalize_teh_marbuta_ar. */
export function camelArabicNormalize(text: string): string {
  let s = text.replace(DIAC_RE_AR, '');
  s = s.replace(ALEF_NORMALIZE_AR_RE, '\u0627');
  s = s.split('\u0649').join('\u064a');
  s = s.split('\u0629').join('\u0647');
  return s;
}
