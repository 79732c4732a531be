/**
 * Fingerprints: keys under the search normalisation, similarity estimates,
 * band keys and the stored forms, with properties on generated Arabic text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIACRITICS, TATWEEL, hostileString, paragraph, vocalisedText } from '../arbitraries';
import {
  CompareError,
  articleKeys,
  estimateJaccard,
  estimateSimilarity,
  fingerprint,
  fingerprintFromBytes,
  fingerprintToBytes,
  lshBandKeys,
  parseFingerprint,
  serializeFingerprint,
  textKeys,
} from '../../src/compare';
import { decodeBase64url, encodeBase64url } from '../../src/compare/base64url';
import { shingleHashes } from '../../src/compare/shingles';

const numRuns = Number(process.env['FC_NUM_RUNS']) || 100;

const STORY = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير،',
  'وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان الأحياء الشمالية ويضم أقساما للطوارئ والأطفال.',
  'وأضاف أن العمل على المشروع استمر ثلاث سنوات بتكلفة بلغت مليار ريال، وأن التشغيل يبدأ الشهر المقبل.',
];
const article = { title: 'افتتاح مستشفى جديد في الرياض', caption: null, paragraphs: STORY };

function expectCompareError(run: () => unknown, code: CompareError['code']): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CompareError);
    expect((error as CompareError).code).toBe(code);
    return;
  }
  throw new Error(`expected a CompareError with code ${code}`);
}

/** Removes the marks `search` removes: harakat, tanween, shadda, sukun and tatweel. */
const stripMarks = (text: string): string => text.replace(/[\u064b-\u0652\u0640]/gu, '');

describe('keys', () => {
  it('are search keys split on anything but letters, marks and digits', () => {
    expect(textKeys('قالَ: «إنّ الـمدرسةَ كبيرةٌ»، ثم مضى...')).toEqual(['قال', 'ان', 'المدرسه', 'كبيره', 'ثم', 'مضي']);
  });

  it('read title, caption and paragraphs as one stream, so merging paragraphs changes nothing', () => {
    const merged = { ...article, paragraphs: [STORY.join(' ')] };
    expect(articleKeys(merged)).toEqual(articleKeys(article));
  });

  it('leave out words in other scripts when the article has enough Arabic ones', () => {
    const withMarkup = { ...article, paragraphs: [...STORY, '.box_vote { padding: 0; margin: 0; } http://example.com/a.png'] };
    expect(articleKeys(withMarkup)).toEqual(articleKeys(article));
    expect(articleKeys('Breaking news from Riyadh today')).toEqual(['breaking', 'news', 'from', 'riyadh', 'today']);
  });
});

describe('fingerprint and estimateSimilarity', () => {
  it('see through diacritics, letter variants, tatweel and punctuation', () => {
    const variant = {
      title: 'افتتاحُ مستشفـى جديد فى الرياض',
      caption: null,
      paragraphs: STORY.map((text) => text.replace(/أ/gu, 'ا').replace(/ة /gu, 'ه ').replace(/،/gu, ',').replace(/مستشفى/gu, 'مُسْتَشْفَى')),
    };
    expect(estimateSimilarity(fingerprint(article), fingerprint(variant))).toBe(1);
  });

  it('keep a truncated copy near 1 while its Jaccard falls', () => {
    const cut = { ...article, paragraphs: STORY.slice(0, 2) };
    const a = fingerprint(article);
    const b = fingerprint(cut);
    expect(estimateSimilarity(a, b)).toBeGreaterThan(0.85);
    expect(estimateJaccard(a, b)).toBeLessThan(0.8);
  });

  it('tell different stories apart', () => {
    const other = {
      title: 'فوز الفريق في المباراة النهائية',
      caption: null,
      paragraphs: ['فاز الفريق الأول في المباراة النهائية للبطولة بثلاثة أهداف مقابل هدف واحد أمام جمهور كبير في الملعب.'],
    };
    expect(estimateSimilarity(fingerprint(article), fingerprint(other))).toBeLessThan(0.2);
  });

  it('give 0 for a text without words, against anything', () => {
    const empty = fingerprint('... — !!');
    expect(empty.shingles).toBe(0);
    expect(estimateSimilarity(empty, empty)).toBe(0);
    expect(estimateSimilarity(empty, fingerprint(article))).toBe(0);
    expect(lshBandKeys(empty, 32)).toEqual([]);
  });

  it('make one shingle of a text shorter than the shingle size', () => {
    expect(shingleHashes(['وصل', 'الوفد'], 3)).toHaveLength(1);
    expect(estimateSimilarity(fingerprint('وصلَ الوفدُ'), fingerprint('وصل الوفد'))).toBe(1);
  });

  it('refuse bad options, bad articles and fingerprints made differently', () => {
    expectCompareError(() => fingerprint('نص', { shingleSize: 0 }), 'invalid-options');
    expectCompareError(() => fingerprint('نص', { permutations: 4.5 }), 'invalid-options');
    expectCompareError(() => fingerprint('نص', { shingles: 3 } as never), 'invalid-options');
    expectCompareError(() => fingerprint({ title: 'عنوان' } as never), 'invalid-article');
    expectCompareError(() => fingerprint(42 as never), 'invalid-article');
    expectCompareError(() => estimateSimilarity(fingerprint('نص'), fingerprint('نص', { permutations: 128 })), 'incompatible-fingerprints');
    expectCompareError(() => estimateJaccard(fingerprint('نص'), fingerprint('نص', { shingleSize: 2 })), 'incompatible-fingerprints');
    expectCompareError(() => lshBandKeys(fingerprint('نص'), 65), 'invalid-options');
  });

  it('has properties: symmetric, within 0…1, 1 against itself', () => {
    fc.assert(
      // b shares a start with a, so the two overlap and asymmetries show.
      fc.property(paragraph, paragraph, fc.double({ min: 0, max: 1, noNaN: true }), (a, other, share) => {
        const b = `${a.slice(0, Math.floor(a.length * share))} ${other}`;
        const printA = fingerprint(a);
        const printB = fingerprint(b);
        const value = estimateSimilarity(printA, printB);
        expect(value).toBe(estimateSimilarity(printB, printA));
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (printA.shingles > 0) expect(estimateSimilarity(printA, printA)).toBe(1);
      }),
      { numRuns },
    );
  });

  it('has a property: marks and tatweel never change a fingerprint', () => {
    const marked = vocalisedText.chain((text) =>
      fc.array(fc.constantFrom(...DIACRITICS, TATWEEL), { minLength: 1, maxLength: 8 }).map((marks) => {
        // Marks go after letters only, where they belong to the letter.
        let k = 0;
        return text.replace(/[\u0628-\u063a\u0641-\u064a](?![\u064b-\u0652\u0670\u0640])/gu, (letter) => letter + (marks[k++ % marks.length] ?? ''));
      }),
    );
    fc.assert(
      fc.property(marked, (text) => {
        const plain = fingerprint(stripMarks(text).replace(/\u0670/gu, ''));
        const withMarks = fingerprint(text);
        if (text.includes('\u0670')) return; // superscript alef may stand for a letter
        expect(Array.from(withMarks.minhashes)).toEqual(Array.from(plain.minhashes));
      }),
      { numRuns },
    );
  });
});

describe('stored forms', () => {
  it('round-trip through bytes and the string', () => {
    const print = fingerprint(article);
    const text = serializeFingerprint(print);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/u);
    expect(text).toHaveLength(352);
    expect(parseFingerprint(text)).toEqual(print);
    expect(fingerprintFromBytes(fingerprintToBytes(print))).toEqual(print);
    const big = fingerprint(article, { permutations: 256, shingleSize: 5 });
    expect(parseFingerprint(serializeFingerprint(big))).toEqual(big);
  });

  it('refuse damaged input with invalid-fingerprint', () => {
    const text = serializeFingerprint(fingerprint(article));
    expectCompareError(() => parseFingerprint(text.slice(0, -4)), 'invalid-fingerprint');
    expectCompareError(() => parseFingerprint(`${text.slice(0, 10)}!${text.slice(11)}`), 'invalid-fingerprint');
    expectCompareError(() => parseFingerprint(`B${text.slice(1)}`), 'invalid-fingerprint');
    expectCompareError(() => parseFingerprint(''), 'invalid-fingerprint');
    expectCompareError(() => parseFingerprint(7 as never), 'invalid-fingerprint');
    expectCompareError(() => fingerprintFromBytes(new Uint8Array(3)), 'invalid-fingerprint');
  });

  it('has a property: base64url round-trips any bytes, and decoding never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), hostileString, (bytes, junk) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
        decodeBase64url(junk);
      }),
      { numRuns },
    );
  });

  it('has a property: any text fingerprints, and the fingerprint round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, paragraph), (text) => {
        const print = fingerprint(text);
        expect(parseFingerprint(serializeFingerprint(print))).toEqual(print);
      }),
      { numRuns },
    );
  });
});

describe('lshBandKeys', () => {
  it('give one key per band, shared by equal texts', () => {
    const keys = lshBandKeys(fingerprint(article), 32);
    expect(keys).toHaveLength(32);
    expect(keys[0]).toMatch(/^0:[0-9a-f]{8}$/u);
    expect(lshBandKeys(fingerprint({ ...article, title: stripMarks(article.title) }), 32)).toEqual(keys);
  });
});
