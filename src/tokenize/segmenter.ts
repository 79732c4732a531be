/**
 * Word segmentation by the Unicode word-boundary rules (UAX #29) exactly as Lucene 8's
 * StandardTokenizer applies them: the same characters grouped into the same tokens of the
 * same kinds, the same characters skipped (spaces, punctuation, symbols), and no token longer
 * than 255 UTF-16 units. At every position the longest match of any token rule wins, a tie
 * going to the earlier rule (emoji, number, Hangul, katakana, word, Southeast Asian,
 * ideograph, hiragana); where no rule matches one code point is skipped.
 *
 * Written as a hand-made scanner over the class table of word-classes.ts: one pass, one
 * table read per code point, a look-ahead of one element for the mid-word punctuation rules.
 * The tokenizer tries the common-word scan of plain-word.ts first and calls {@link matchToken}
 * for the rest.
 */
import { BMP_CLASSES, WORD_CLASS as C, astralClass } from './word-classes';
import { TOKEN_KIND_CODE as KIND } from './kinds';

/** Lucene's StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH: longer words are cut into pieces. */
export const MAX_TOKEN_LENGTH = 255;

/**
 * By class, 1 for what may follow a base character inside its element (UAX #29 WB4: Extend,
 * Format, ZWJ). Built in pure functions, not statements at the top level: a bundler then drops
 * the tables with the tokenizer from an app that does not tokenize (the built file is one
 * module).
 */
export const EXTENDS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(32);
  for (const cls of [C.EXTEND, C.ZWJ, C.SOUTHEAST_ASIAN_EXTEND, C.KEYCAP, C.TEXT_SELECTOR, C.EMOJI_SELECTOR, C.TAG_SPEC, C.TAG_TERM]) {
    table[cls] = 1;
  }
  return table;
})();

// In emoji sequences the presentation selectors are not extenders: they end an element.
const EMOJI_EXTENDS = /* @__PURE__ */ (() => {
  const table = EXTENDS.slice();
  table[C.TEXT_SELECTOR] = 0;
  table[C.EMOJI_SELECTOR] = 0;
  return table;
})();

// Element kinds of the word rule.
const NONE = 0;
const LETTER = 1;
const HEBREW = 2;
const NUMBER = 3;
const KATAKANA = 4;
const CONNECTOR = 5;
const HEBREW_QUOTE = 6;

/**
 * Class of the code point at `i`, reading nothing at or past `limit`: a surrogate pair cut by
 * the limit, and a lone surrogate, are OTHER.
 */
export function classAt(text: string, i: number, limit: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return unit >= 0xdc00 && unit <= 0xdfff ? C.OTHER : BMP_CLASSES[unit]!;
  if (i + 1 >= limit) return C.OTHER;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return C.OTHER;
  return astralClass(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
}

/** Width in UTF-16 units of the code point at `i` (a lone surrogate is 1). */
export function widthAt(text: string, i: number, limit: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= limit) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Index after the run of extenders starting at `i`. */
export function skipExtenders(text: string, i: number, limit: number, extenders: Uint8Array): number {
  while (i < limit) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) {
      if (extenders[BMP_CLASSES[unit]!] === 0) return i;
      i++;
    } else {
      if (extenders[classAt(text, i, limit)] === 0) return i;
      i += 2;
    }
  }
  return i;
}

/** Whether a class is one of the letters of the word rule (AHLetter, Hangul, emoji letters). */
export function isLetterClass(cls: number): boolean {
  return cls === C.ALETTER || cls === C.HEBREW || cls === C.HANGUL || cls === C.EMOJI_LETTER;
}

function isNumberClass(cls: number): boolean {
  return cls === C.NUMERIC || cls === C.DIGIT;
}

/** Kind of the last word matched by {@link matchWord}. */
let wordKind: number = KIND.word;

/**
 * The word and number rules (WB5–WB13b with WB4): the end of the longest match from `start`,
 * or `start` when none; sets {@link wordKind}.
 */
function matchWord(text: string, start: number, limit: number): number {
  let i = start;
  let previous = NONE;
  let accepted = start;
  let onlyNumbers = true;
  let onlyHangul = true;
  let onlyKatakana = true;
  scan: while (i < limit) {
    const cls = classAt(text, i, limit);
    switch (cls) {
      case C.ALETTER:
      case C.HEBREW:
      case C.HANGUL:
      case C.EMOJI_LETTER:
        if (previous === KATAKANA) break scan;
        i = skipExtenders(text, i + widthAt(text, i, limit), limit, EXTENDS);
        previous = cls === C.HEBREW ? HEBREW : LETTER;
        onlyNumbers = false;
        onlyKatakana = false;
        if (cls !== C.HANGUL) onlyHangul = false;
        accepted = i;
        continue;
      case C.NUMERIC:
      case C.DIGIT:
        if (previous === KATAKANA) break scan;
        i = skipExtenders(text, i + widthAt(text, i, limit), limit, EXTENDS);
        previous = NUMBER;
        onlyHangul = false;
        onlyKatakana = false;
        accepted = i;
        continue;
      case C.KATAKANA:
        if (previous !== NONE && previous !== KATAKANA && previous !== CONNECTOR) break scan;
        i = skipExtenders(text, i + widthAt(text, i, limit), limit, EXTENDS);
        previous = KATAKANA;
        onlyNumbers = false;
        onlyHangul = false;
        accepted = i;
        continue;
      case C.EXTEND_NUM_LET: {
        const wasWord = previous !== NONE && previous !== CONNECTOR ? true : accepted > start;
        i = skipExtenders(text, i + 1, limit, EXTENDS);
        previous = CONNECTOR;
        onlyHangul = false;
        onlyKatakana = false;
        if (wasWord) accepted = i;
        continue;
      }
      case C.MID_LETTER:
      case C.MID_NUM_LET:
      case C.SINGLE_QUOTE:
      case C.MID_NUM:
      case C.DOUBLE_QUOTE: {
        const after = skipExtenders(text, i + 1, limit, EXTENDS);
        const next = after < limit ? classAt(text, after, limit) : C.OTHER;
        if (
          (previous === LETTER || previous === HEBREW) &&
          (cls === C.MID_LETTER || cls === C.MID_NUM_LET || cls === C.SINGLE_QUOTE) &&
          isLetterClass(next)
        ) {
          i = after;
          onlyHangul = false;
          continue;
        }
        if (
          previous === NUMBER &&
          (cls === C.MID_NUM || cls === C.MID_NUM_LET || cls === C.SINGLE_QUOTE) &&
          isNumberClass(next)
        ) {
          i = after;
          continue;
        }
        if (previous === HEBREW && cls === C.SINGLE_QUOTE) {
          i = after;
          previous = HEBREW_QUOTE;
          onlyNumbers = false;
          accepted = i;
          continue;
        }
        if (previous === HEBREW && cls === C.DOUBLE_QUOTE && next === C.HEBREW) {
          i = after;
          continue;
        }
        break scan;
      }
      default:
        break scan;
    }
  }
  wordKind = onlyNumbers ? KIND.number : onlyHangul ? KIND.hangul : onlyKatakana ? KIND.katakana : KIND.word;
  return accepted;
}

function startsEmojiElement(cls: number): boolean {
  return (
    cls === C.EMOJI || cls === C.EMOJI_MODIFIER_BASE || cls === C.EMOJI_LETTER || cls === C.EMOJI_MODIFIER
  );
}

/**
 * One emoji element: ZWJ*, then an emoji with its extenders and an optional presentation
 * selector, or a modifier sequence. The end of the longest, or -1.
 */
function matchEmojiElement(text: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && text.charCodeAt(i) === 0x200d) i++;
  if (i >= limit) return -1;
  const cls = classAt(text, i, limit);
  const afterBase = skipExtenders(text, i + widthAt(text, i, limit), limit, EMOJI_EXTENDS);
  if (cls === C.EMOJI_MODIFIER) return afterBase;
  if (cls !== C.EMOJI && cls !== C.EMOJI_MODIFIER_BASE && cls !== C.EMOJI_LETTER) return -1;
  let end = afterBase;
  const next = afterBase < limit ? classAt(text, afterBase, limit) : C.OTHER;
  if (next === C.EMOJI_SELECTOR) end = afterBase + 1;
  else if (next === C.EMOJI_MODIFIER && cls === C.EMOJI_MODIFIER_BASE) {
    end = skipExtenders(text, afterBase + 2, limit, EMOJI_EXTENDS);
  }
  return end;
}

/** The emoji rule (emoji, ZWJ and tag sequences, keycaps, flags): end of the longest match, or -1. */
function matchEmoji(text: string, start: number, limit: number): number {
  const cls = classAt(text, start, limit);
  let best = -1;
  if (cls === C.REGIONAL_INDICATOR) {
    const after = skipExtenders(text, start + 2, limit, EXTENDS);
    if (after < limit && classAt(text, after, limit) === C.REGIONAL_INDICATOR) {
      best = skipExtenders(text, after + 2, limit, EXTENDS);
    }
    return best;
  }
  if (cls === C.DIGIT || cls === C.KEYCAP_BASE) {
    const after = skipExtenders(text, start + 1, limit, EMOJI_EXTENDS);
    if (text.slice(start + 1, after).includes('\u20e3')) best = after;
    if (after + 1 < limit && text.charCodeAt(after) === 0xfe0f && text.charCodeAt(after + 1) === 0x20e3) {
      best = skipExtenders(text, after + 2, limit, EMOJI_EXTENDS);
    }
    return best;
  }
  let end = matchEmojiElement(text, start, limit);
  if (end < 0) return -1;
  // Tags after the first element only (a flag of a subdivision).
  if (end < limit && classAt(text, end, limit) === C.TAG_SPEC) {
    let k = end;
    while (k < limit && classAt(text, k, limit) === C.TAG_SPEC) k += 2;
    if (k < limit && classAt(text, k, limit) === C.TAG_TERM) return k + 2;
  }
  // ZWJ sequences: a joiner between two elements (it may end the first one's extenders).
  for (;;) {
    const joined = text.charCodeAt(end - 1) === 0x200d || (end < limit && text.charCodeAt(end) === 0x200d);
    if (!joined) break;
    let k = end;
    while (k < limit && text.charCodeAt(k) === 0x200d) k++;
    if (k >= limit || !startsEmojiElement(classAt(text, k, limit))) break;
    const next = matchEmojiElement(text, k, limit);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** Kind code of the token last matched by {@link matchToken}. */
let matchedKind: number = KIND.word;

/** Kind code (see kinds.ts) of the token last matched by {@link matchToken}. */
export function matchedTokenKind(): number {
  return matchedKind;
}

/**
 * The token that starts at `p` in `text[…, to)`: its end, with its kind left for
 * {@link matchedTokenKind}; or `p` when no token starts there (a space, punctuation, a
 * symbol, a lone surrogate), and the caller moves on by {@link widthAt}. Never throws.
 */
export function matchToken(text: string, p: number, to: number): number {
  const unit = text.charCodeAt(p);
  const cls = unit < 0xd800 || unit > 0xdfff ? BMP_CLASSES[unit]! : classAt(text, p, to);
  const limit = Math.min(to, p + MAX_TOKEN_LENGTH);
  switch (cls) {
    case C.ALETTER:
    case C.HEBREW:
    case C.HANGUL:
    case C.NUMERIC:
    case C.KATAKANA:
    case C.EXTEND_NUM_LET:
    case C.DIGIT:
    case C.EMOJI_LETTER: {
      let end = matchWord(text, p, limit);
      matchedKind = wordKind;
      if (cls === C.DIGIT || cls === C.EMOJI_LETTER) {
        const emojiEnd = matchEmoji(text, p, limit);
        if (emojiEnd >= end && emojiEnd > p) {
          end = emojiEnd;
          matchedKind = KIND.emoji;
        }
      }
      return end;
    }
    case C.HAN:
    case C.HIRAGANA:
      matchedKind = cls === C.HAN ? KIND.ideographic : KIND.hiragana;
      return skipExtenders(text, p + widthAt(text, p, limit), limit, EXTENDS);
    case C.SOUTHEAST_ASIAN:
    case C.SOUTHEAST_ASIAN_EXTEND: {
      let end = p;
      while (end < limit) {
        const next = classAt(text, end, limit);
        if (next !== C.SOUTHEAST_ASIAN && next !== C.SOUTHEAST_ASIAN_EXTEND) break;
        end = skipExtenders(text, end + widthAt(text, end, limit), limit, EXTENDS);
      }
      matchedKind = KIND.southeastAsian;
      return end;
    }
    case C.EMOJI:
    case C.EMOJI_MODIFIER_BASE:
    case C.EMOJI_MODIFIER:
    case C.REGIONAL_INDICATOR:
    case C.KEYCAP_BASE:
    case C.ZWJ: {
      const end = matchEmoji(text, p, limit);
      matchedKind = KIND.emoji;
      return end > p ? end : p;
    }
    default:
      return p;
  }
}
