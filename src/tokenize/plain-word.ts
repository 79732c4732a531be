/**
 * The common word, scanned once: letters and marks of the BMP up to a space or plain
 * punctuation. One pass finds where the word ends, whether its key differs from it and the
 * key's units; the tokenizer leaves every other token to the whole segmenter (segmenter.ts).
 */
import { WORD_CLASS as C, bmpTableByClass } from './word-classes';
import { EXTENDS, MAX_TOKEN_LENGTH, classAt, isLetterClass, skipExtenders } from './segmenter';

/** In {@link UNIT_STARTS}: a unit that starts no token and belongs to none (a space, punctuation). */
export const STARTS_NOTHING = 0;
/** In {@link UNIT_STARTS}: a letter (ALetter), which may start a common word. */
export const STARTS_LETTER = 1;
/** In {@link UNIT_STARTS}: anything else, for matchToken (surrogates included). */
export const STARTS_OTHER = 2;

/** In the table of {@link matchPlainWord}: a unit that is neither a letter nor a mark. */
export const NOT_IN_WORD = -3;
/** In the table of {@link matchPlainWord}: a mark or letter whose key is nothing. */
export const DELETE_UNIT = -2;

/**
 * For each BMP unit, what it may start: {@link STARTS_NOTHING}, {@link STARTS_LETTER} or
 * {@link STARTS_OTHER}. One read per unit in the tokenizer's loop, and plain numbers, which
 * the engine compiles without waiting for type feedback.
 */
export const UNIT_STARTS = /* @__PURE__ */ bmpTableByClass(
  (cls) => (cls === C.OTHER ? STARTS_NOTHING : cls === C.ALETTER ? STARTS_LETTER : STARTS_OTHER),
  0xd800,
  STARTS_OTHER,
);

// What ends a common word in matchPlainWord: the unit after its last letter or mark ends it
// (ENDS_WORD), ends it unless a letter follows (ENDS_UNLESS_LETTER: a full stop, colon or
// apostrophe, UAX #29 WB6/WB7), or leaves the word to matchToken (LEAVES_WORD).
const ENDS_WORD = 0;
const ENDS_UNLESS_LETTER = 1;
const LEAVES_WORD = 2;
const PLAIN_WORD_END = /* @__PURE__ */ (() => {
  const table = bmpTableByClass(
    (cls) =>
      cls === C.OTHER || cls === C.MID_NUM || cls === C.DOUBLE_QUOTE
        ? ENDS_WORD
        : cls === C.MID_LETTER || cls === C.MID_NUM_LET || cls === C.SINGLE_QUOTE
          ? ENDS_UNLESS_LETTER
          : LEAVES_WORD,
    0x10000,
    LEAVES_WORD,
  );
  // Surrogates leave the word: what they make is decided with the unit after them.
  return table.fill(LEAVES_WORD, 0xd800, 0xe000);
})();

/** How many key units the last call of {@link matchPlainWord} wrote. */
let plainKeyUnits = 0;

/** How many units of its key the last call of {@link matchPlainWord} wrote into `keyUnits`. */
export function plainKeyLength(): number {
  return plainKeyUnits;
}

/**
 * End of the common word that starts at `start`, a letter (ALetter) below `inWord.length`:
 * letters and marks of the BMP followed by a plain boundary (a space, punctuation, a comma or
 * a full stop that no letter follows, the end of the text). The unit after such a word never
 * starts a token.
 *
 * `inWord` holds, for each unit below its length, the unit's key unit, {@link DELETE_UNIT}
 * for one the key drops, {@link NOT_IN_WORD} for one that is no letter or mark, or -1 for a
 * letter or mark whose key needs the whole word. Returns `end` when the key is the word as
 * written, `-end` when the table changes some unit, and `start` when the word is not of this
 * kind: matchToken (segmenter.ts) decides it then. The key units of the word go into
 * `keyUnits` as it is read ({@link plainKeyLength} of them), so that a changed key needs no
 * second pass.
 *
 * The sample `الكتابُ، ثم` gives -7: the word ends before the comma, and its damma changes.
 */
export function matchPlainWord(text: string, start: number, to: number, inWord: Int32Array, keyUnits: Uint16Array): number {
  const tableSize = inWord.length;
  const limit = Math.min(to, start + MAX_TOKEN_LENGTH);
  let changed = false;
  let i = start;
  let unit = text.charCodeAt(start);
  let n = 0;
  // `unit` is text[i]; the first is a letter, so the loop runs at least once.
  for (;;) {
    if (unit >= tableSize) break;
    const key = inWord[unit]!;
    if (key === unit) keyUnits[n++] = unit;
    else if (key === NOT_IN_WORD) break;
    else if (key === DELETE_UNIT) changed = true;
    else if (key < 0) return start;
    else {
      keyUnits[n++] = key;
      changed = true;
    }
    if (++i === limit) break;
    unit = text.charCodeAt(i);
  }
  plainKeyUnits = n;
  if (i < to) {
    if (i === limit) return start;
    const end = PLAIN_WORD_END[unit]!;
    if (end === LEAVES_WORD) return start;
    if (end === ENDS_UNLESS_LETTER) {
      // UAX #29 WB6/WB7: a full stop, colon or apostrophe between two letters joins them.
      const after = skipExtenders(text, i + 1, limit, EXTENDS);
      if (after < limit && isLetterClass(classAt(text, after, limit))) return start;
    }
  }
  return changed ? -i : i;
}
