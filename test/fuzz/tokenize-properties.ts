/**
 * Fuzz properties of the tokenizer (src/tokenize/): tokens true to the text
 * on any string, options that are wrong refused with the documented error
 * only, stop words dropped, and the light stemmer trimming only Lucene's
 * prefixes and suffixes.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as api from '../../src/index';
import { arabicWord, hostileString, normalizationText, vocalisedText } from '../arbitraries';
import { assertPrototypesClean } from './checks';
import { property, refusesOrRuns, type FuzzProperty } from './define';
import { anyText, mixedText, pollutingOptions } from './generators';

const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000b\u000c]/u;
const WHITE_SPACE = /\p{White_Space}/u;

/** Throws unless `tokens` are true to `text`: slices, in order, disjoint, short, never across a line, keys non-empty without white space. */
export function checkTokens(text: string, tokens: readonly api.Token[]): void {
  let previousEnd = 0;
  for (const token of tokens) {
    const where = `token ${JSON.stringify(token)}`;
    assert.ok(Number.isInteger(token.start) && previousEnd <= token.start && token.start < token.end && token.end <= text.length, `${where} out of order or range`);
    assert.equal(text.slice(token.start, token.end), token.text, `${where} is not its slice`);
    assert.ok(token.end - token.start <= 255, `${where} longer than 255 units`);
    assert.ok(!LINE_BREAK.test(token.text), `${where} crosses a line break`);
    assert.ok(token.key.length > 0, `${where} has an empty key`);
    assert.ok(!WHITE_SPACE.test(token.key), `${where} key holds white space`);
    assert.ok(api.TOKEN_KINDS.includes(token.kind), `${where} of an unknown kind`);
    previousEnd = token.end;
  }
}

const tokenizeText: fc.Arbitrary<string> = fc.oneof(anyText, hostileString, normalizationText, vocalisedText);

const PREFIX_LIKE = fc.constantFrom('', 'ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و', 'ب', 'ف', 'ا', 'ل');
const SUFFIX_LIKE = fc.constantFrom('ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي', 'ا', 'ن', 'ت', 'و', 'م');

/**
 * Words made for the stemmer: Lucene's prefixes and suffixes (and near misses) around a
 * word, or around zero to two letters of the same alphabet, where its length limits bite.
 */
const stemmable: fc.Arbitrary<string> = fc
  .tuple(
    PREFIX_LIKE,
    fc.oneof(arabicWord({ diacritics: false, tatweel: false }), fc.array(fc.constantFrom(...'البكفوهانتيةمد'), { maxLength: 2 }).map((units) => units.join(''))),
    fc.array(SUFFIX_LIKE, { maxLength: 3 }),
  )
  .map(([prefix, stem, suffixes]) => prefix + stem + suffixes.join(''));

const PREFIXES = ['', 'ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
/** Lucene's suffixes in the order it removes them. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/** Whether `tail` is suffixes removed one after another in Lucene's order (the first removed at the end), each at most once. */
function isSuffixChain(tail: string, from = 0): boolean {
  if (tail === '') return true;
  for (let k = from; k < SUFFIXES.length; k++) {
    if (tail.endsWith(SUFFIXES[k]!) && isSuffixChain(tail.slice(0, -SUFFIXES[k]!.length), k + 1)) return true;
  }
  return false;
}

const NORMALIZE_OVERRIDES = Object.fromEntries(
  Object.entries(api.NORMALIZE_OPTION_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)]),
);

/** Tokenizer options that are valid: a preset, the tokenizer's own options and any normalisation overrides. */
const validTokenizeOptions = fc.record(
  {
    preset: fc.constantFrom(...api.TOKENIZE_PRESETS),
    stem: fc.constantFrom('none', 'light'),
    lowercase: fc.boolean(),
    stopWords: fc.array(fc.oneof(arabicWord(), fc.constantFrom('في', 'من', 'The', ' ', '', 'على الـ'), hostileString), { maxLength: 4 }),
    ...NORMALIZE_OVERRIDES,
  },
  { requiredKeys: [] },
);

const WRONG_VALUES: readonly unknown[] = ['search', 'lucene', 'display', 'light', 'none', 'strip', true, false, 'x', ['في'], 'في', [1], 5, null, undefined, new Set(['في'])];

/** Tokenizer options: valid ones, valid ones with one key wrong, wrong keys and values, polluting objects, anything. */
const tokenizeOptions: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(undefined, 'search', 'lucene'), weight: 2 },
  { arbitrary: validTokenizeOptions, weight: 5 },
  {
    arbitrary: fc
      .tuple(validTokenizeOptions, fc.constantFrom('preset', 'stem', 'lowercase', 'stopWords', 'diacritics', 'tatweel', 'bogus'), fc.constantFrom(...WRONG_VALUES))
      .map(([options, key, value]) => ({ ...options, [key]: value })),
    weight: 3,
  },
  { arbitrary: fc.dictionary(fc.constantFrom('preset', 'stem', 'lowercase', 'stopWords', 'diacritics', '__proto__', 'constructor'), fc.constantFrom(...WRONG_VALUES)), weight: 1 },
  { arbitrary: pollutingOptions, weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

export const TOKENIZE_PROPERTIES: readonly FuzzProperty[] = [
  property('tokenize-text', ['tokenize', 'createTokenizer', 'TOKEN_KINDS'], 1, [tokenizeText, fc.constantFrom(...api.TOKENIZE_PRESETS)], (text: string, preset: api.TokenizePreset) => {
    const tokens = api.tokenize(text, preset);
    checkTokens(text, tokens);
    const tokenizer = api.createTokenizer(preset);
    assert.deepStrictEqual(tokenizer(text), tokens, 'createTokenizer and tokenize disagree');
    for (const token of tokens) assert.equal(tokenizer.key(token.text), token.key, `key(${JSON.stringify(token.text)}) is not the token's key`);
    // Stemming changes keys, never which words are tokens: the same tokens, each key the stem of its unstemmed key.
    if (preset === 'search') {
      const stemmed = api.tokenize(text, { preset: 'search', stem: 'light' });
      assert.deepStrictEqual(
        stemmed,
        tokens.map((token) => ({ ...token, key: token.key.length > 2 ? api.lightStem(token.key) : token.key })),
        'stemmed tokens are not the stems of the search tokens',
      );
      for (const token of tokens) assert.equal(tokenizer.key(token.key), token.key, `the key of ${JSON.stringify(token.key)} is not itself`);
    }
    // Lines tokenise alone as they do together.
    const cut = text.search(/\n/);
    if (cut >= 0) {
      const after = api.tokenize(text.slice(cut + 1), preset).map((token) => ({ ...token, start: token.start + cut + 1, end: token.end + cut + 1 }));
      assert.deepStrictEqual([...api.tokenize(text.slice(0, cut), preset), ...after], tokens, 'tokens differ when the text is cut at a line feed');
    }
  }),
  property('tokenize-options', ['tokenize', 'createTokenizer', 'resolveTokenizeOptions', 'TOKENIZE_PRESETS'], 0.5, [fc.oneof(mixedText, normalizationText, hostileString), tokenizeOptions, fc.anything()], (text: string, options: unknown, notText: unknown) => {
    const before = structuredClone(options);
    const given = options as api.TokenizeOptions;
    const resolved = refusesOrRuns(() => api.resolveTokenizeOptions(given), [api.NormalizeOptionsError]);
    assertPrototypesClean();
    if (resolved === undefined) {
      assert.throws(() => api.tokenize(text, given), api.NormalizeOptionsError);
      assert.throws(() => api.createTokenizer(given), api.NormalizeOptionsError);
      return;
    }
    const tokenizer = api.createTokenizer(given);
    assert.deepStrictEqual(tokenizer.options, resolved, 'createTokenizer resolved the options differently');
    const tokens = tokenizer(text);
    checkTokens(text, tokens);
    assert.deepStrictEqual(api.tokenize(text, given), tokens, 'tokenize and createTokenizer disagree');
    // No token's key is the key of a stop word (or of a word of a stop phrase).
    const stopKeys = new Set(resolved.stopWords.flatMap((word) => word.split(/\s+/u).map((part) => tokenizer.key(part))));
    for (const token of tokens) assert.ok(!stopKeys.has(token.key), `stop word ${JSON.stringify(token.key)} kept`);
    if (typeof notText !== 'string') assert.throws(() => tokenizer(notText as string), TypeError);
    assert.deepStrictEqual(structuredClone(options), before, 'the options object was changed');
    assertPrototypesClean();
  }),
  property('light-stem', ['lightStem'], 1, [fc.array(fc.oneof({ arbitrary: stemmable, weight: 8 }, stemmable.map((word) => api.tokenize(word, 'search')[0]?.key ?? word), tokenizeText), { minLength: 1, maxLength: 40 })], (keys: string[]) => {
    for (const key of keys) {
      const stem = api.lightStem(key);
      // Lucene's stemmer is not idempotent (الالكتاب → الكتاب → كتاب), so only what one call removes is checked:
      // one of its prefixes (from a word of four units or more), then its suffixes in its order, leaving two units or more.
      if (key.length <= 2) assert.equal(stem, key, 'a word of two units was stemmed');
      if (stem === key) continue;
      assert.ok(stem.length >= 2, `${JSON.stringify(key)} stemmed to under two units`);
      const trimmed = PREFIXES.some((prefix) => {
        if (!key.startsWith(prefix) || (prefix.length > 0 && key.length < 4)) return false;
        const rest = key.slice(prefix.length);
        return rest.startsWith(stem) && isSuffixChain(rest.slice(stem.length));
      });
      assert.ok(trimmed, `${JSON.stringify(stem)} is not ${JSON.stringify(key)} without a prefix and suffixes`);
    }
  }),
];
