/**
 * Whether a teaser stops mid-sentence. Sites cut teasers at a word boundary
 * after a fixed length, so a teaser that ends without sentence-final
 * punctuation (`إليه،`, `لحصار`) was cut, and so was one that ends with an
 * ellipsis (`...`, `…`), which sites append when they cut; one that ends with
 * a full stop, `!`, `?` or `؟` is complete.
 */
import { isBlankUnit } from '../unicode/blank';

/**
 * Sentence-final punctuation: `.` `!` `?` `؟` and other forms of the same
 * marks (the Arabic full stop, doubled marks, ideographic and full-width
 * forms). The ellipsis is not one: it marks a cut.
 */
const TERMINALS = new Set<number>([
  0x2e, // .
  0x21, // !
  0x3f, // ?
  0x061f, // Arabic question mark ؟
  0x06d4, // Arabic full stop ۔
  0x203c, // ‼
  0x2047, // ⁇
  0x2048, // ⁈
  0x2049, // ⁉
  0x3002, // 。
  0xff01, // ！
  0xff0e, // ．
  0xff1f, // ？
]);

/**
 * Closing quotes and brackets that may follow the terminal punctuation
 * (`.»`, `؟"`, `!)`). Arabic text mixes quote styles and some sites mirror
 * them, so every quote counts, in either direction.
 */
export const CLOSERS: ReadonlySet<number> = new Set<number>([
  0x22, // "
  0x27, // '
  0x29, // )
  0x5d, // ]
  0x7d, // }
  0xab, // «
  0xbb, // »
  0x2018, // ‘
  0x2019, // ’
  0x201c, // “
  0x201d, // ”
  0x2039, // ‹
  0x203a, // ›
  0x300b, // 》
  0x300d, // 」
  0x300f, // 』
  0x3011, // 】
  0xfd3e, // ﴾ ornate parenthesis (its direction differs between fonts and Unicode versions)
  0xfd3f, // ﴿
  0xff02, // ＂
  0xff09, // ）
  0xff3d, // ］
  0xff5d, // ｝
]);

const FULL_STOP = 0x2e;

/**
 * Whether `text.slice(start, end)` ends without sentence-final punctuation,
 * looking past closing quotes and brackets (and space between them). Two or
 * more full stops in a row (`..`, `...`, with or without a space before them)
 * are an ellipsis, as `…` is: the text was cut.
 *
 * @example
 * ```ts
 * isTruncatedText('وأكدت الوزارة التزامها،'); // true
 * isTruncatedText('وأكدت الوزارة التزامها...'); // true
 * isTruncatedText('قال: «انتهى الأمر.»');      // false
 * ```
 */
export function isTruncatedText(text: string, start = 0, end = text.length): boolean {
  let i = end - 1;
  while (i >= start) {
    const unit = text.charCodeAt(i);
    if (!CLOSERS.has(unit) && !isBlankUnit(unit)) break;
    i--;
  }
  if (i < start) return true;
  const last = text.charCodeAt(i);
  if (!TERMINALS.has(last)) return true;
  return last === FULL_STOP && i > start && text.charCodeAt(i - 1) === FULL_STOP;
}
