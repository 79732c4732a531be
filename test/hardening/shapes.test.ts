/**
 * The shapes crafted to hurt, at sizes that run in a test: 100,000 blank
 * lines, 10,000 related stories, a line of a million units, a line of marks,
 * of spaces, of alternating quotes, every read-more label spelling inside
 * paragraphs, and a diagnostic on every line. Each parses to the record the
 * format says, with every line accounted for; the benchmarks (`bench/linear.ts`,
 * `bench/memory.ts`) show time and memory on the same shapes at 64 MB.
 */
import { describe, expect, it } from 'vitest';
import { normalizeArabic, parseArticle, safeParseArticle, NORMALIZE_PRESETS } from '../../src/index';
import { READ_MORE_LABEL_SPELLINGS } from '../arbitraries';
import { checkParse } from '../fuzz/checks';

const HEAD = 'عنوان الخبر\n\nعنوان الخبر\nتعليق الصورة\n\n';

describe('100,000 blank lines', () => {
  it.each([
    ['empty LF lines', '\n'],
    ['CRLF lines of spaces and marks', ' \u200f\t\u00a0\r\n'],
    ['U+2028 lines of a BOM', '\ufeff\u2028'],
  ])('between paragraphs (%s) keep line numbers right', (_name, blank) => {
    const input = `${HEAD}فقرة أولى.\n${blank.repeat(100_000)}فقرة ثانية.`;
    const article = parseArticle(input, { normalize: false });
    expect(article.paragraphs).toEqual(['فقرة أولى.', 'فقرة ثانية.']);
    expect(article.spans.paragraphs[1]!.start.line).toBe(7 + 100_000);
    checkParse(input, input, { normalize: false });
  });

  it('and nothing else are an empty input', () => {
    const result = safeParseArticle('\n'.repeat(100_000));
    expect(result.success || result.error.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });
});

describe('10,000 related stories', () => {
  const stories: string[] = [];
  for (let k = 0; k < 10_000; k++) {
    const title = `خبر ذو صلة رقم ${k}`;
    stories.push(k % 3 === 2 ? `${title}\n\n${title}` : `${title}\n\n${title}\n\nمقتطف من الخبر رقم ${k}${k % 2 ? '.' : '،'}`);
  }
  const input = `${HEAD}فقرة.\n\nاقرأ أيضا\n\n${stories.join('\n\n')}`;

  it('are read one by one, with echoes, teasers and truncation', () => {
    const article = parseArticle(input, { normalize: false });
    expect(article.related).toHaveLength(10_000);
    expect(article.related[9_999]).toMatchObject({ title: 'خبر ذو صلة رقم 9999', teaser: 'مقتطف من الخبر رقم 9999.', truncated: false });
    expect(article.related[8]).toMatchObject({ title: 'خبر ذو صلة رقم 8', teaser: null, truncated: false });
    expect(article.related[10]).toMatchObject({ teaser: 'مقتطف من الخبر رقم 10،', truncated: true });
    checkParse(input, input, { normalize: 'display' });
  });
});

describe('one line of a million units', () => {
  it.each([
    ['Arabic text', 'قالت الوزارة في بيان إن المشروع الجديد يضم ١٢ مدرسة، '],
    ['harakat', '\u064e\u064f\u0650\u0651\u0652\u064b'],
    ['spaces and invisible marks', ' \u00a0\u2003\u200b\u200f'],
    ['alternating quotes', 'قال "نعم" ثم «لا» وكتب “ربما” '],
    ['controls and lone surrogates', 'نص\u0000\ud800\u0085'],
  ])('of %s is read whole', (_name, unit) => {
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const input = `${HEAD}${line}\nفقرة أخيرة.`;
    checkParse(input, input, { normalize: false });
    const article = parseArticle(input, { normalize: false });
    expect(article.paragraphs.at(-1)).toBe('فقرة أخيرة.');
  });

  it.each(NORMALIZE_PRESETS)('is normalised by %s keeping its line breaks', (preset) => {
    const line = 'قال "نعم" ثم «لا» وكتب “ربما”... &quot;ظ…ط±ط­ط¨ط§&quot; '.repeat(20_000);
    const out = normalizeArabic(`${line}\n${line}`, preset);
    expect(out.split('\n')).toHaveLength(2);
  });
});

describe('read-more label spellings inside paragraphs', () => {
  it('are text, and only a label on a line of its own opens the related block', () => {
    const paragraphs = READ_MORE_LABEL_SPELLINGS.flatMap((label) => [`${label} في بداية الفقرة`, `فقرة تنتهي بعبارة ${label}`, `فقرة فيها ${label} في وسطها.`]);
    const input = `${HEAD}${paragraphs.join('\n')}\n\nمقالات ذات صلة:\n\nقصة\n\nقصة\n\nمقتطف`;
    const article = parseArticle(input, { normalize: false });
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.readMoreLabel).toBe('مقالات ذات صلة:');
    checkParse(input, input, { normalize: 'display' });
  });
});

describe('a diagnostic on every line', () => {
  it('names each of 20,000 damaged lines once per kind, in order', () => {
    const input = `${HEAD}${'فقرة فيها \u0000 و\ud800 و\ufffd في وسطها\n'.repeat(20_000)}`;
    const result = safeParseArticle(input, { normalize: false });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.diagnostics).toHaveLength(3 * 20_000);
    expect(result.diagnostics.slice(0, 3).map((d) => [d.code, d.start.line])).toEqual([
      ['control-character', 6],
      ['lone-surrogate', 6],
      ['replacement-character', 6],
    ]);
    checkParse(input, input, { normalize: false });
  });
});
