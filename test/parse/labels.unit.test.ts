import { describe, expect, it } from 'vitest';
import { labelKey, sameHeadline } from '../../src/parse/fold';
import { createLabelMatcher, isReadMoreLabel, READ_MORE_LABELS } from '../../src/parse/labels';
import { parseArticle } from '../../src/parse/parse-article';
import { HEADLINE, lines, PARAGRAPH_1, STORY_1, TEASER_1 } from './samples.unit';

const same = (a: string, b: string): boolean => sameHeadline(a, 0, a.length, b, 0, b.length);

describe('sameHeadline (echo key)', () => {
  it('ignores white space, invisible marks, tatweel and diacritics', () => {
    expect(same('خبر عاجل', 'خبرٌ  عاجل')).toBe(true);
    expect(same('خبر عاجل', 'خبر\u200fعاجل')).toBe(true);
    expect(same('خبر عاجل', 'خـــبر عاجـل')).toBe(true);
    expect(same('خبر عاجل', 'خَبَرٌ عَاجِلٌ')).toBe(true);
    expect(same('خبر عاجل', ' خبر\u00a0عاجل ')).toBe(true);
  });

  it('does not fold hamza forms, unlike labels', () => {
    expect(same('أمس', 'امس')).toBe(false);
    expect(same('إعلان', 'اعلان')).toBe(false);
  });

  it('tells different lines apart, including prefixes', () => {
    expect(same('خبر عاجل', 'خبر عاجل جدا')).toBe(false);
    expect(same('خبر عاجل جدا', 'خبر عاجل')).toBe(false);
    expect(same('خبر', 'حبر')).toBe(false);
    expect(same('', '')).toBe(true);
    expect(same('ً', 'ـ')).toBe(true);
  });

  it('compares ranges inside longer strings', () => {
    const text = 'xxخبرyy';
    expect(sameHeadline(text, 2, 5, 'خبر', 0, 3)).toBe(true);
    expect(sameHeadline(text, 2, 6, 'خبر', 0, 3)).toBe(false);
  });
});

describe('labelKey', () => {
  it('folds hamza forms, tanween placement, tatweel and a trailing colon', () => {
    expect(labelKey('اقرأ أيضاً')).toBe(labelKey('إقرا ايضًا:'));
    expect(labelKey('قراءة المزيد')).toBe(labelKey('قرائة  المزيـــد ：'));
    expect(labelKey('المزيد::')).toBe(labelKey('المزيد'));
  });

  it('keeps a colon that is not trailing', () => {
    expect(labelKey('قسم: المزيد')).not.toBe(labelKey('قسم المزيد'));
  });
});

describe('read-more labels', () => {
  it.each(READ_MORE_LABELS.map((label) => [label]))('recognises %s', (label) => {
    expect(isReadMoreLabel(label)).toBe(true);
  });

  it.each([
    ['with a trailing colon', 'اقرأ أيضا:'],
    ['with a full-width colon after a space', 'اقرأ أيضا ：'],
    ['with several colons', 'المزيد::'],
    ['with tanween before the alef', 'اقرأ أيضًا'],
    ['with tanween after the alef', 'اقرأ أيضاً'],
    ['with hamza below', 'إقرأ أيضا'],
    ['with bare alefs', 'اقرا ايضا'],
    ['with the hamza on the line', 'اقرء أيضا'],
    ['with madda', 'آقرأ أيضا'],
    ['with diacritics', 'اِقْرَأْ أَيْضًا'],
    ['with tatweel', 'اقـــرأ أيـضا'],
    ['with surrounding and doubled space', '  مقالات   ذات صلة \t'],
    ['with invisible marks', '\u200fأخبار ذات صلة\u200e'],
    ['with teh marbuta written as heh', 'مواضيع ذات صله'],
    ['with Farsi yeh', 'شاهد أیضا'],
    ['with madda on the second word', 'شاهد آيضا'],
    ['with its hamza spelt on yeh', 'قرائة المزيد'],
  ])('recognises a label %s', (_name, line) => {
    expect(isReadMoreLabel(line)).toBe(true);
  });

  it.each([
    ['a label inside a sentence', 'اقرأ أيضا عن الموضوع'],
    ['a sentence that starts with a label', 'المزيد من التفاصيل'],
    ['a prefix of a label', 'اقرأ'],
    ['a colon only', ':'],
    ['marks only', 'ًٌ'],
    ['a label followed by other punctuation', 'المزيد.'],
    ['text after the colon', 'المزيد: هنا'],
  ])('rejects %s', (_name, line) => {
    expect(isReadMoreLabel(line)).toBe(false);
  });

  it.each([
    'قد يعجبك', 'قد يهمك', 'اقرأ المزيد...', 'اقرأ المزيد -', 'اقرأ ايضاً', 'اخترنا لك', 'روابط ذات صلة',
    'المزيد من الأخبار', 'طالع أيضا', 'شاهد أيضاً', 'موضوعات ذات صلة', 'أخبار متعلقة', 'الأكثر قراءة',
    'اقرأ أيضا –', 'اقرأ أيضا…', 'اقرأ أيضا …', 'اقرأ أيضا ...', 'المزيد:-', 'الأكثـــر قِراءةً:', 'إقرا ايضا -',
  ])('recognises %s, a spelling seen on real sites', (line) => {
    expect(isReadMoreLabel(line)).toBe(true);
  });

  it('takes extra labels with the same folding', () => {
    expect(isReadMoreLabel('تابع أيضاً:', ['تابع أيضا'])).toBe(true);
    expect(isReadMoreLabel('تابع أيضا')).toBe(false);
  });

  it('matches a label that holds a colon, and the same label with trailing colons', () => {
    const matcher = createLabelMatcher(['قسم: المزيد']);
    const match = (line: string): boolean => matcher.matches(line, 0, line.length);
    expect(match('قسم: المزيد')).toBe(true);
    expect(match('قسم: المزيد:')).toBe(true);
    expect(match('قسم المزيد')).toBe(false);
  });

  it('matches a label followed by colons when a longer label continues with a colon', () => {
    const matcher = createLabelMatcher(['المزيد: هنا']);
    expect(matcher.matches('المزيد:', 0, 7)).toBe(true);
    expect(matcher.matches('المزيد: هن', 0, 10)).toBe(false);
  });

  it('opens the related block at a label however spelled', () => {
    for (const label of ['اقرأ أيضاً:', 'إقرأ أيضا', 'شاهد أيضًا', ' أخبار ذات صلة ']) {
      const article = parseArticle(lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', label, '', STORY_1, '', STORY_1, '', TEASER_1));
      expect(article.readMoreLabel).toBe(label.trim());
      expect(article.paragraphs).toEqual([PARAGRAPH_1]);
      expect(article.related.map((story) => story.title)).toEqual([STORY_1]);
    }
  });

  it('opens the related block at an extra label given in the options', () => {
    const raw = lines(HEADLINE, '', HEADLINE, '', PARAGRAPH_1, '', 'تابع أيضاً', '', STORY_1);
    expect(parseArticle(raw).readMoreLabel).toBeNull();
    expect(parseArticle(raw, { labels: ['تابع أيضا'] }).readMoreLabel).toBe('تابع أيضاً');
  });
});
