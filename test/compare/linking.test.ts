/**
 * Related-story linking on hand-written pages: spelling variants, an
 * outlet name after the headline, cut teasers, stories without a teaser,
 * targets missing from the collection, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { CompareError, linkRelatedStories, type LinkableArticle } from '../../src/compare';

const HOSPITAL = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير، وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان الأحياء الشمالية.',
  'وأضاف أن العمل على المشروع استمر ثلاث سنوات.',
];
const SCHOOLS = ['قررت إدارة التعليم في جدة تعليق الدراسة في جميع المدارس يوم غد بسبب الأحوال الجوية وتوقعات بهطول أمطار غزيرة على المحافظة.'];
const MARKET = ['ارتفع المؤشر العام لسوق الأسهم السعودية في تعاملات اليوم بدعم من قطاعي المصارف والطاقة وسط تداولات نشطة.'];

const page = (title: string, paragraphs: string[], related: LinkableArticle['related'] = []): LinkableArticle => ({ title, caption: null, paragraphs, related });

describe('linkRelatedStories', () => {
  it('links stories by teaser and headline, through spelling variants and an outlet name', () => {
    const links = linkRelatedStories([
      { id: 'hospital', article: page('افتتاح مستشفى جديد في الرياض', HOSPITAL) },
      { id: 'schools', article: page('تعليق الدراسة في مدارس جدة', SCHOOLS) },
      {
        id: 'front',
        article: page('الصفحة الرئيسة', MARKET, [
          { title: 'افتتاحُ مستشفـى جديد فى الرياض - سبق', teaser: 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير، وقال المتحدث...', truncated: true },
          { title: 'تعليق الدراسة في مدارس جدة', teaser: null, truncated: false },
          { title: 'انخفاض أسعار الذهب عالميا', teaser: 'تراجعت أسعار الذهب في التعاملات الآسيوية اليوم مع ارتفاع الدولار الأمريكي أمام', truncated: true },
        ]),
      },
    ]);
    expect(links.map(({ from, story, to }) => ({ from, story, to }))).toEqual([
      { from: 'front', story: 0, to: 'hospital' },
      { from: 'front', story: 1, to: 'schools' },
    ]);
    for (const link of links) expect(link.score).toBeGreaterThan(0.8);
  });

  it('links nothing when the target is missing, even beside an article on a close subject', () => {
    const links = linkRelatedStories([
      { id: 'hospital', article: page('افتتاح مستشفى جديد في الرياض', HOSPITAL) },
      {
        id: 'front',
        article: page('الصفحة الرئيسة', MARKET, [
          { title: 'افتتاح مستشفى جديد في الدمام', teaser: 'افتتح أمير المنطقة الشرقية اليوم مستشفى جديدا في مدينة الدمام بسعة مئتي سرير بحضور وزير', truncated: true },
          { title: 'مستشفى جديد', teaser: null, truncated: false },
        ]),
      },
    ]);
    expect(links).toEqual([]);
  });

  it('never links a story to its own page', () => {
    const links = linkRelatedStories([
      { id: 'hospital', article: page('افتتاح مستشفى جديد في الرياض', HOSPITAL, [{ title: 'افتتاح مستشفى جديد في الرياض', teaser: HOSPITAL[0]!.slice(0, 80), truncated: true }]) },
    ]);
    expect(links).toEqual([]);
  });

  it('refuses bad collections with typed errors', () => {
    const code = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return error instanceof CompareError ? error.code : 'other';
      }
      return undefined;
    };
    const ok = { id: 'a', article: page('عنوان', ['نص']) };
    expect(code(() => linkRelatedStories([ok, ok]))).toBe('duplicate-id');
    expect(code(() => linkRelatedStories([{ id: 'a', article: { title: 'عنوان', caption: null, paragraphs: [] } as never }]))).toBe('invalid-article');
    expect(code(() => linkRelatedStories([{ id: 'a', article: page('عنوان', ['نص'], [{ title: 3 } as never]) }]))).toBe('invalid-article');
    expect(code(() => linkRelatedStories({} as never))).toBe('invalid-article');
    expect(code(() => linkRelatedStories([ok], { threshold: -1 }))).toBe('invalid-options');
    expect(linkRelatedStories([])).toEqual([]);
  });
});
