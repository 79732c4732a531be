/**
 * Making mojibake on purpose: text encoded as UTF-8 and read back one byte
 * at a time as windows-1256 or as Latin-1/windows-1252, the way a wrong
 * charset header does it. Code pages come from the runtime's TextDecoder
 * (windows-1252 is written out: some runtimes decode it as plain Latin-1).
 */
import fc from 'fast-check';
import { arabicWord, digitRun, latinWord, QUOTE_PAIRS, ARABIC_PUNCTUATION } from '../arbitraries';

/** The two ways Arabic UTF-8 is misread. */
export type Misreading = 'windows-1256' | 'windows-1252' | 'latin-1';

const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1256 = new TextDecoder('windows-1256');

function byteAsCharacter(byte: number, as: Misreading): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (as === 'windows-1256') return windows1256.decode(Uint8Array.of(byte));
  if (as === 'windows-1252' && byte <= 0x9f) return WINDOWS_1252_C1[byte - 0x80]!;
  return String.fromCharCode(byte);
}

/** `text` as UTF-8, read back as `as`, line by line (line breaks are ASCII, so they survive as they are). */
export function misdecode(text: string, as: Misreading): string {
  return Array.from(new TextEncoder().encode(text), (byte) => byteAsCharacter(byte, as)).join('');
}

/** One line of clean Arabic: words (no Persian letters), numbers, Latin words, Arabic and Latin punctuation, quotes. */
export const cleanArabicLine: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: arabicWord(), weight: 10 },
        { arbitrary: latinWord, weight: 1 },
        { arbitrary: digitRun, weight: 1 },
        {
          arbitrary: fc.tuple(fc.constantFrom(...QUOTE_PAIRS), arabicWord()).map(([[open, close], word]) => open + word + close),
          weight: 1,
        },
      ),
      fc.constantFrom(' ', ' ', ' ', '، ', '. ', ': ', ' - ', ' – ', '\u00a0', ...ARABIC_PUNCTUATION, '؟ ', '! '),
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

/**
 * Lines of clean Arabic, each with a word of at least two letters of U+0621–064A: its mojibake
 * is self-sufficient. One-letter words alone are ambiguous (ث misread is ط«, and « is what
 * Arabic writes after a letter; see docs).
 */
export const cleanArabicText: fc.Arbitrary<string> = fc
  .array(cleanArabicLine.filter((line) => /[\u0621-\u064a]{2}/u.test(line)), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));
