/**
 * The duplicate index on hand-written articles: add, query, clusters, and
 * the errors it throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../arbitraries';
import { CompareError, createDuplicateIndex, estimateSimilarity, fingerprint, DEFAULT_DUPLICATE_THRESHOLD } from '../../src/compare';

const numRuns = Number(process.env['FC_NUM_RUNS']) || 50;

const FLOOD = {
  title: 'أمطار غزيرة تغلق طرقا في جدة',
  caption: null,
  paragraphs: [
    'أغلقت السلطات في جدة عددا من الطرق الرئيسة بعد أمطار غزيرة هطلت منذ ساعات الصباح الأولى،',
    'ودعا الدفاع المدني السكان إلى البقاء في منازلهم وتجنب الأودية ومجاري السيول حتى انتهاء الحالة.',
    'وأعلنت إدارة التعليم تعليق الدراسة في مدارس المحافظة يوم غد احترازا، على أن تستأنف بعد تحسن الأحوال الجوية.',
  ],
};
const FLOOD_COPY = {
  title: 'أمطارٌ غزيرة تُغلق طرقاً في جدة',
  caption: null,
  paragraphs: [
    'جدة - واس: أغلقت السلطات في جدة عدداً من الطرق الرئيسة بعد أمطارٍ غزيرة هطلت منذ ساعات الصباح الأولى,',
    'ودعا الدفاع المدني السكان الى البقاء في منازلهم وتجنب الاودية ومجاري السيول حتى انتهاء الحالة.',
    'تابعونا على تويتر',
  ],
};
const MATCH = {
  title: 'الهلال يفوز على النصر',
  caption: null,
  paragraphs: ['فاز فريق الهلال على النصر بهدفين نظيفين في المباراة التي جمعتهما مساء أمس على ملعب الملك فهد الدولي بالرياض وسط حضور جماهيري كبير.'],
};

function expectCode(run: () => unknown, code: CompareError['code']): void {
  expect(run).toThrow(CompareError);
  try {
    run();
  } catch (error) {
    expect((error as CompareError).code).toBe(code);
  }
}

describe('createDuplicateIndex', () => {
  it('finds a copy with a dateline, a boilerplate line, spelling variants and its last paragraph cut', () => {
    const index = createDuplicateIndex();
    expect(index.threshold).toBe(DEFAULT_DUPLICATE_THRESHOLD);
    index.add('flood', FLOOD);
    index.add('match', MATCH);
    expect(index.size).toBe(2);
    const matches = index.query(FLOOD_COPY);
    expect(matches.map((match) => match.id)).toEqual(['flood']);
    expect(matches[0]!.similarity).toBeGreaterThanOrEqual(0.7);
    expect(index.query('نص لا علاقة له بأي خبر من الأخبار المضافة إلى الفهرس')).toEqual([]);
  });

  it('finds an added article by its own query with similarity 1, best matches first', () => {
    const index = createDuplicateIndex({ threshold: 0.5 });
    index.add('copy', FLOOD_COPY);
    index.add('flood', FLOOD);
    const matches = index.query(FLOOD);
    expect(matches[0]).toEqual({ id: 'flood', similarity: 1 });
    expect(matches.map((match) => match.id)).toEqual(['flood', 'copy']);
  });

  it('groups near-duplicates into clusters in the order added', () => {
    const index = createDuplicateIndex();
    index.add('match', MATCH);
    index.add('flood', FLOOD);
    index.add('lonely', 'خبر قصير وحيد لا نسخة له في هذه المجموعة من الأخبار المضافة');
    index.add('copy', FLOOD_COPY);
    index.add('match-again', { ...MATCH, title: 'الهلال يفوز على النصر - سبق' });
    expect(index.clusters()).toEqual([
      ['match', 'match-again'],
      ['flood', 'copy'],
    ]);
  });

  it('takes fingerprints made earlier', () => {
    const index = createDuplicateIndex();
    index.addFingerprint('flood', fingerprint(FLOOD));
    expect(index.queryFingerprint(fingerprint(FLOOD_COPY)).map((match) => match.id)).toEqual(['flood']);
    expectCode(() => index.addFingerprint('other', fingerprint(MATCH, { permutations: 128 })), 'incompatible-fingerprints');
  });

  it('refuses an id twice, bad articles and bad options', () => {
    const index = createDuplicateIndex();
    index.add('flood', FLOOD);
    expectCode(() => index.add('flood', MATCH), 'duplicate-id');
    expectCode(() => index.add('bad', { title: 1 } as never), 'invalid-article');
    expectCode(() => index.add(3 as never, MATCH), 'invalid-article');
    expectCode(() => createDuplicateIndex({ threshold: 1.5 }), 'invalid-options');
    expectCode(() => createDuplicateIndex({ bands: 0 }), 'invalid-options');
    expectCode(() => createDuplicateIndex({ treshold: 0.5 } as never), 'invalid-options');
    expect(index.size).toBe(1);
  });

  it('matches nothing for an article without words', () => {
    const index = createDuplicateIndex({ threshold: 0 });
    index.add('empty', '...');
    index.add('flood', FLOOD);
    expect(index.query('!!').length).toBe(0);
    expect(index.clusters()).toEqual([]);
  });

  it('has a property: a query finds the article itself, and each match is the direct estimate, at or above the threshold', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (generated) => {
        // One text that contains the probe, so there is something to find besides itself.
        const texts = [...generated, `${generated[0]!} ${generated[1]!}`];
        const index = createDuplicateIndex({ threshold: 0.6 });
        texts.forEach((text, k) => index.add(`t${k}`, text));
        const probe = texts[0]!;
        const matches = index.query(probe);
        if (fingerprint(probe).shingles > 0) expect(matches.map((match) => match.id)).toContain('t0');
        for (const match of matches) {
          const direct = estimateSimilarity(fingerprint(probe), fingerprint(texts[Number(match.id.slice(1))]!));
          expect(match.similarity).toBe(direct);
          expect(match.similarity).toBeGreaterThanOrEqual(0.6);
        }
        for (const group of index.clusters()) expect(group.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns },
    );
  });
});
