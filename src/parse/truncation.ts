/**
 * Whether a teaser stops mid-sentence. Sites cut teasers at a word boundary
 * after a fixed length, so a teaser that ends without terminal punctuation
 * (`إليه،`, `لحصار`) was cut; one that ends with it is complete.
 */
import { isBlankUnit } from '../unicode/blank';

/** Sentence-ending punctuation: `.` `!` `?` `؟` `…`, the Urdu full stop and full-width forms. */
const TERMINALS = new Set<number>([
  0x2e, // .
  0x21, // !
  0x3f, // ?
  0x061f, // Arabic question mark ؟
  0x06d4, // Arabic full stop ۔
  0x2026, // …
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
const CLOSERS = new Set<number>([
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

/**
 * Whether `text.slice(start, end)` ends without terminal punctuation, looking
 * past closing quotes and brackets (and space between them).
 *
 * @example
 * ```ts
 * isTruncatedText('وأكدت الوزارة التزامها،'); // true
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
  return i < start || !TERMINALS.has(text.charCodeAt(i));
}
