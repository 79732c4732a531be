/**
 * tokenize and createTokenizer: presets, options, errors, stop words, kinds and hostile input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnicodeString, hostileString } from '../arbitraries';
import {
  NormalizeOptionsError,
  TOKEN_KINDS,
  TOKENIZE_PRESETS,
  createTokenizer,
  lightStem,
  tokenize,
  type TokenizeOptions,
} from '../../src/index';

const keys = (text: string, options?: Parameters<typeof tokenize>[1]) => tokenize(text, options).map((token) => token.key);

describe('tokenize', () => {
  it('gives each word its text, key, offsets and kind', () => {
    expect(tokenize('قرأتُ الكتابَ في ٣ أيام.')).toEqual([
      { text: 'قرأتُ', key: 'قرات', start: 0, end: 5, kind: 'word' },
      { text: 'الكتابَ', key: 'الكتاب', start: 6, end: 13, kind: 'word' },
      { text: 'في', key: 'في', start: 14, end: 16, kind: 'word' },
      { text: '٣', key: '3', start: 17, end: 18, kind: 'number' },
      { text: 'أيام', key: 'ايام', start: 19, end: 23, kind: 'word' },
    ]);
  });

  it('search is the default preset: normalised, lower-cased, not stemmed', () => {
    expect(keys('إلى المدرسةِ Reuters')).toEqual(['الي', 'المدرسه', 'reuters']);
    expect(keys('إلى المدرسةِ Reuters', 'search')).toEqual(keys('إلى المدرسةِ Reuters'));
    expect(createTokenizer().options.preset).toBe('search');
  });

  it('lucene stems and folds every decimal digit to ASCII', () => {
    expect(keys('والكتابُ المدرسية ١٢٣ ۴۵ ४२ Straße', 'lucene')).toEqual(['كتاب', 'مدرس', '123', '45', '42', 'straße']);
  });

  it('takes stemming, lower case and every normalisation option as overrides', () => {
    expect(keys('والكتابُ', { preset: 'search', stem: 'light' })).toEqual(['كتاب']);
    expect(keys('المدرسة', { preset: 'lucene', stem: 'none' })).toEqual(['المدرسه']);
    expect(keys('Reuters', { lowercase: false })).toEqual(['Reuters']);
    expect(keys('مَدرسة', { preset: 'search', tehMarbuta: 'keep', diacritics: 'keep' })).toEqual(['مَدرسة']);
    expect(keys('٣ ﷺ', { preset: 'search', digits: 'keep', honorifics: 'expand' })).toEqual(['٣', 'صلياللهعليهوسلم']);
  });

  it('drops stop words, matched on keys', () => {
    expect(keys('ذهب إلى المدرسة في الصباح', { stopWords: ['الى', 'في'] })).toEqual(['ذهب', 'المدرسه', 'الصباح']);
    expect(keys('والكتاب وكتاب', { preset: 'lucene', stopWords: new Set(['الكتاب']) })).toEqual([]);
  });

  it('drops tokens whose key is empty', () => {
    expect(tokenize('ـــ كتب ـ')).toEqual([{ text: 'كتب', key: 'كتب', start: 4, end: 7, kind: 'word' }]);
  });

  it('reports every kind', () => {
    const kinds = tokenize('كتاب 12 ภาษา 漢 ひ カタ 한국 😀', 'search').map((token) => token.kind);
    expect(kinds).toEqual([...TOKEN_KINDS]);
  });

  it('keeps marks, tatweel and joiners inside their word and never crosses a line break', () => {
    expect(tokenize('مُـحَـمَّد نمی‌دانم\nكتب\r\nقلم').map((token) => token.text)).toEqual(['مُـحَـمَّد', 'نمی‌دانم', 'كتب', 'قلم']);
  });

  it('cuts words longer than 255 UTF-16 units, as Lucene does', () => {
    const tokens = tokenize('ب'.repeat(600));
    expect(tokens.map((token) => [token.start, token.end])).toEqual([[0, 255], [255, 510], [510, 600]]);
  });

  it('never throws on a string and keeps offsets right, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicodeString, hostileString), fc.constantFrom(...TOKENIZE_PRESETS), (text, preset) => {
        for (const token of tokenize(text, preset)) expect(text.slice(token.start, token.end)).toBe(token.text);
      }),
    );
    expect(tokenize('\ud800كتب\udc00 \ud83d')).toHaveLength(1);
  });

  it('gives the key of a typed word through the compiled tokenizer', () => {
    const tokenizer = createTokenizer('lucene');
    expect(tokenizer.key('والمدرسة')).toBe('مدرس');
    expect(tokenizer.key('ـــ')).toBe('');
    expect(tokenizer.options).toMatchObject({ preset: 'lucene', stem: 'light', foldDigits: true, exactLucene: true });
    expect(lightStem('والكتاب')).toBe('كتاب');
  });

  it('rejects bad options with a typed error', () => {
    const bad: unknown[] = [
      'solr',
      { preset: 'solr' },
      { stem: 'heavy' },
      { stopWords: 'في' },
      { stopWords: [1] },
      { lowercase: 'yes' },
      { alef: 'none' },
      { stemming: 'light' },
      42,
    ];
    for (const options of bad) {
      expect(() => createTokenizer(options as TokenizeOptions), JSON.stringify(options)).toThrow(NormalizeOptionsError);
    }
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
  });
});
