/**
 * Properties of tokenize on generated Arabic text (test/arbitraries.ts): offsets point at
 * the token text, tokens are in order and disjoint, keys are the normalisation (and stemming)
 * of the text, lines tokenise alone as they do together, keys are idempotent. Run counts are
 * moderate; `FC_NUM_RUNS=5000 npx vitest run test/tokenize` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOREIGN_TEXT, LINE_ENDS, hostileString, normalizationText, paragraph, vocalisedText } from '../arbitraries';
import { createTokenizer, lightStem, normalizeArabic, type Token, type TokenizeOptions } from '../../src/index';
import { lowerAndFoldDigits } from '../../src/tokenize/lucene-filters';

const numRuns = Number(process.env['FC_NUM_RUNS']) || 200;

const text = fc.oneof(normalizationText, vocalisedText, paragraph, hostileString);

const OPTION_SETS: TokenizeOptions[] = [
  { preset: 'search' },
  { preset: 'lucene' },
  { preset: 'search', stem: 'light' },
  { preset: 'lucene', stem: 'none' },
  { preset: 'search', diacritics: 'keep', alef: 'keep', tehMarbuta: 'keep' },
  { preset: 'lucene', alef: 'all', persianLetters: 'arabic' },
  { preset: 'search', lowercase: false, honorifics: 'expand', digits: 'arabic-indic' },
];
const options = fc.constantFrom(...OPTION_SETS);

/** The key the options promise, computed the long way: lower case, digits, white space out, normaliser, stemmer. */
function referenceKey(written: string, tokenizerOptions: TokenizeOptions): string {
  const tokenizer = createTokenizer(tokenizerOptions);
  const { lowercase, foldDigits, normalize, stem } = tokenizer.options;
  const prepared = lowercase || foldDigits ? lowerAndFoldDigits(written, foldDigits, lowercase) : written;
  const normalizeOnce = (value: string) => normalizeArabic(value, normalize).replace(/\p{White_Space}/gu, '');
  let key = normalizeOnce(prepared.replace(/\p{White_Space}/gu, ''));
  // Normalised again until it stays the same (at most twice more), as keys.ts does.
  for (let pass = 0; pass < 2 && normalizeOnce(key) !== key; pass++) key = normalizeOnce(key);
  return stem === 'light' ? lightStem(key) : key;
}

function shifted(tokens: Token[], by: number): Token[] {
  return tokens.map((token) => ({ ...token, start: token.start + by, end: token.end + by }));
}

describe('tokenize properties', () => {
  it('text.slice(start, end) is the token text; tokens are in order, disjoint and never empty', () => {
    fc.assert(
      fc.property(text, options, (input, tokenizerOptions) => {
        const tokens = createTokenizer(tokenizerOptions)(input);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(input.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end - token.start).toBeLessThanOrEqual(255);
          expect(token.key.length).toBeGreaterThan(0);
          expect(token.key).not.toMatch(/\p{White_Space}/u);
          expect(token.text).not.toMatch(/[\n\r\u2028\u2029\u0085\u000b\u000c]/u);
          previousEnd = token.end;
        }
      }),
      { numRuns },
    );
  });

  it('the key is the normalisation of the text under the options, stemmed when asked', () => {
    fc.assert(
      fc.property(text, options, (input, tokenizerOptions) => {
        for (const token of createTokenizer(tokenizerOptions)(input)) {
          expect(token.key).toBe(referenceKey(token.text, tokenizerOptions));
        }
      }),
      { numRuns },
    );
  });

  it('tokenising each line alone gives the same tokens, shifted, as tokenising the whole text', () => {
    const lines = fc.array(fc.oneof(normalizationText, paragraph, hostileString.map((line) => line.replace(/[\n\r\u2028\u2029]/gu, ' '))), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(lines, fc.constantFrom(...LINE_ENDS), options, (parts, lineEnd, tokenizerOptions) => {
        const tokenizer = createTokenizer(tokenizerOptions);
        const separated = parts.map((part) => part.replace(/[\n\r\u2028\u2029]/gu, ' '));
        const whole = separated.join(lineEnd);
        const oneByOne: Token[] = [];
        let offset = 0;
        for (const line of separated) {
          oneByOne.push(...shifted(tokenizer(line), offset));
          offset += line.length + lineEnd.length;
        }
        expect(tokenizer(whole)).toEqual(oneByOne);
      }),
      { numRuns },
    );
  });

  it('keys are idempotent: the key of a key is itself (without stemming)', () => {
    const unstemmed = fc.constantFrom(...OPTION_SETS.filter((set) => createTokenizer(set).options.stem === 'none'));
    fc.assert(
      fc.property(text, unstemmed, (input, tokenizerOptions) => {
        const tokenizer = createTokenizer(tokenizerOptions);
        for (const token of tokenizer(input)) expect(tokenizer.key(token.key)).toBe(token.key);
      }),
      { numRuns },
    );
  });

  it('foreign words and emoji come through as tokens of their own kind', () => {
    const tokenizer = createTokenizer('search');
    const kinds = FOREIGN_TEXT.map((word) => tokenizer(word).map((token) => token.kind).join(','));
    expect(kinds).toEqual(['word', 'word,number', 'word', 'word', 'ideographic,ideographic', 'ideographic,ideographic,ideographic', 'emoji', 'emoji', 'emoji', 'emoji', 'emoji', '', '']);
  });
});
