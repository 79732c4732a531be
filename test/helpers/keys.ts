/**
 * Plain re-statements of the format's text rules, used by tests as an oracle
 * and by the generators to steer clear of genuinely ambiguous records: when two
 * lines count as the same, when a line is a read-more label, and when a teaser
 * is complete. They fold more than the rules ask (hamza carriers, alef maqsura,
 * teh marbuta, presentation forms), so that "might be equal" errs on the safe side.
 */
import { isBlankUnit } from '../../src/unicode/blank';

/** The read-more labels the format names, as FORMAT.md spells them. */
export const KNOWN_READ_MORE_LABELS: readonly string[] = [
  'قراءة المزيد',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'اقرأ المزيد',
  'المزيد',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'مقالات ذات صلة',
  'شاهد أيضا',
  'قد يعجبك',
  'قد يهمك',
  'اخترنا لك',
  'روابط ذات صلة',
  'المزيد من الأخبار',
  'طالع أيضا',
  'موضوعات ذات صلة',
  'أخبار متعلقة',
  'الأكثر قراءة',
];

/** Terminal punctuation that makes a teaser complete (an ellipsis does not: it marks a cut). */
export const TERMINAL_PUNCTUATION: readonly string[] = ['.', '!', '?', '؟'];

/** Closing quotes and brackets that may follow terminal punctuation. */
export const CLOSING_MARKS: readonly string[] = ['"', "'", '»', '”', '’', ')', ']', '}', '›'];

/** Arabic combining marks: harakat, tanween, shadda, sukun, superscript alef, Quranic marks. */
function isArabicMark(unit: number): boolean {
  return (
    (unit >= 0x0610 && unit <= 0x061a) ||
    (unit >= 0x064b && unit <= 0x065f) ||
    unit === 0x0670 ||
    (unit >= 0x06d6 && unit <= 0x06dc) ||
    (unit >= 0x06df && unit <= 0x06e4) ||
    unit === 0x06e7 ||
    unit === 0x06e8 ||
    (unit >= 0x06ea && unit <= 0x06ed)
  );
}

const TATWEEL = 0x0640;

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ء': '',
  'ؤ': 'و',
  'ئ': 'ي',
  'ى': 'ي',
  'ی': 'ي',
  'ة': 'ه',
  'ک': 'ك',
};

/**
 * The text with white space, invisible marks, tatweel and Arabic marks removed:
 * the rule by which a line is an echo of the headline.
 */
export function echoKey(text: string): string {
  let key = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isBlankUnit(unit) || unit === TATWEEL || isArabicMark(unit)) continue;
    key += text[i];
  }
  return key;
}

/**
 * A deliberately loose key: {@link echoKey} after NFKC (presentation forms to
 * letters) and with hamza, alef and yeh variants folded, trailing colons dropped.
 */
export function looseKey(text: string): string {
  let key = '';
  for (const char of echoKey(text.normalize('NFKC'))) key += LETTER_FOLDS[char] ?? char;
  while (/[:：\-–—.…]$/.test(key)) key = key.slice(0, -1);
  return echoKey(key);
}

const LABEL_KEYS = new Set(KNOWN_READ_MORE_LABELS.map(looseKey));

/** Whether a whole line could be read as a read-more label under any spelling. */
export function mayBeReadMoreLabel(line: string): boolean {
  return LABEL_KEYS.has(looseKey(line));
}

/**
 * Whether a teaser ends a sentence: terminal punctuation, optionally followed by
 * closing quotes or brackets, ignoring surrounding white space.
 */
export function endsWithTerminalPunctuation(text: string): boolean {
  let end = text.length;
  while (end > 0 && isBlankUnit(text.charCodeAt(end - 1))) end--;
  while (end > 0 && CLOSING_MARKS.includes(text[end - 1]!)) end--;
  if (text.slice(0, end).endsWith('..')) return false;
  return end > 0 && TERMINAL_PUNCTUATION.includes(text[end - 1]!);
}

/** Final punctuation of body text: a full stop (not an ellipsis), or a comma, colon or semicolon. */
const BODY_END = /(?:[^.]\.|^\.|[۔。．:：،,؛;])["'»«”“’‘)\]}›‹\s]*$/;

/**
 * Whether a line reads as a link inside a "read also" box: at most 120
 * characters and not ending (past closing quotes) like body text.
 */
export function readsAsLink(line: string): boolean {
  return line.length <= 120 && !BODY_END.test(line);
}
