/**
 * The common-word scan (matchPlainWord) against the whole segmenter (matchToken): on text made
 * of the characters where the two could part (mid-word punctuation, connectors, digits, other
 * scripts, joiners, surrogates), every word the scan accepts is the token the segmenter
 * finds there, with the same end, and the key units it writes are the table's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE_UNIT, NOT_IN_WORD, matchPlainWord, plainKeyLength } from '../../src/tokenize/plain-word';
import { matchToken, matchedTokenKind, widthAt } from '../../src/tokenize/segmenter';
import { BMP_CLASSES, WORD_CLASS } from '../../src/tokenize/word-classes';
import { TOKEN_KIND_CODE } from '../../src/tokenize/kinds';

const numRuns = Number(process.env['FC_NUM_RUNS']) || 300;

// Letters and marks of the scan's table keep their own unit; one letter changes (ة), one mark
// goes (fatha), one letter is decided by the whole word (ی, Persian yeh); everything else is
// no part of a common word.
const inWord = /* the table of a tokenizer, reduced to what the scan reads */ (() => {
  const table = new Int32Array(0x700);
  for (let unit = 0; unit < table.length; unit++) {
    const cls = BMP_CLASSES[unit];
    table[unit] = cls === WORD_CLASS.ALETTER || cls === WORD_CLASS.EXTEND ? unit : NOT_IN_WORD;
  }
  table[0x629] = 0x647;
  table[0x64e] = DELETE_UNIT;
  table[0x6cc] = -1;
  return table;
})();

const PIECES = [
  'كتاب', 'ة', 'ی', 'a', 'Z', '\u064e', '\u0651', '\u0640', ' ', '  ', '.', ':', "'", '\u2019', ',', '\u060c', '\u066c', '"',
  '_', '\u202f', '1', '\u0663', '\u05d0', '\u30a2', '\u200c', '\u200d', '\u00ad', '-', '«', '\u{1F600}', '\ud83d', '\ude00',
  '\u0600', '\u0301', '\n', 'é',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

/** Every position where a word starts that the scan may take, with the scan's answer and key. */
function scanAnswers(input: string): Array<{ start: number; answer: number; key: string }> {
  const answers = [];
  for (let p = 0; p < input.length; p++) {
    const unit = input.charCodeAt(p);
    if (unit >= inWord.length || BMP_CLASSES[unit] !== WORD_CLASS.ALETTER) continue;
    const keyUnits = new Uint16Array(256);
    const answer = matchPlainWord(input, p, input.length, inWord, keyUnits);
    answers.push({ start: p, answer, key: String.fromCharCode(...keyUnits.subarray(0, plainKeyLength())) });
  }
  return answers;
}

/** The key the table gives a word: each unit's key unit, deleted ones left out. */
function tableKey(word: string): string {
  return [...word].map((char) => inWord[char.charCodeAt(0)]!).filter((unit) => unit !== DELETE_UNIT).map((unit) => String.fromCharCode(unit)).join('');
}

describe('matchPlainWord', () => {
  it('ends a word where the whole segmenter ends it, or leaves the word to it, and writes its key', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const { start, answer, key } of scanAnswers(input)) {
          if (answer === start) continue;
          const end = matchToken(input, start, input.length);
          expect(Math.abs(answer)).toBe(end);
          expect(matchedTokenKind()).toBe(TOKEN_KIND_CODE.word);
          const word = input.slice(start, end);
          const changed = [...word].some((char) => inWord[char.charCodeAt(0)] !== char.charCodeAt(0));
          expect(answer < 0).toBe(changed);
          expect(key).toBe(tableKey(word));
          // The tokenizer steps over the unit after a common word: it must start no token.
          if (end < input.length) expect(matchToken(input, end, input.length)).toBe(end);
        }
      }),
      { numRuns },
    );
  });

  it('takes the common word, up to plain punctuation, and leaves what it cannot decide', () => {
    const answer = (input: string) => matchPlainWord(input, 0, input.length, inWord, new Uint16Array(256));
    expect(answer('كتاب، جديد')).toBe(4);
    expect(answer('مدرسة.')).toBe(-5);
    expect(answer('كتاب.كتاب')).toBe(0); // WB6/WB7: one word
    expect(answer('كتاب1')).toBe(0); // letters then digits: one word
    expect(answer('کتابی')).toBe(0); // Persian yeh: the whole word is normalised
    expect(answer('ك'.repeat(300))).toBe(0); // longer than a token: cut by the segmenter
    expect(answer('كتاب\ud83d\ude00')).toBe(0);
  });
});

describe('matchToken', () => {
  it('skips what starts no token by the width of one code point', () => {
    expect(matchToken(' ', 0, 1)).toBe(0);
    expect(widthAt('\u{1F600}', 0, 2)).toBe(2);
    expect(widthAt('\ud83d', 0, 1)).toBe(1);
  });
});
