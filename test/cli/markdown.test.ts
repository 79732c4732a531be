/**
 * The Markdown of `khabar parse --format markdown`: every field stays text,
 * whatever characters it holds.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse';
import { escapeMarkdown, renderMarkdown } from '../../src/cli/render-markdown';

describe('escapeMarkdown', () => {
  it.each([
    ['# ليس عنوانا', '\\# ليس عنوانا'],
    ['- ليس بندا', '\\- ليس بندا'],
    ['+ ليس بندا', '\\+ ليس بندا'],
    ['2024. عام', '2024\\. عام'],
    ['3) ثالثا', '3\\) ثالثا'],
    ['نص *مائل* و_سطر_', 'نص \\*مائل\\* و\\_سطر\\_'],
    ['<b>وسم</b> [رابط](x) `شيفرة` a|b ~~x~~ &amp;', '\\<b\\>وسم\\</b\\> \\[رابط\\](x) \\`شيفرة\\` a\\|b \\~\\~x\\~\\~ \\&amp;'],
    ['نص عادي 12. بلا شيء', 'نص عادي 12. بلا شيء'],
  ])('%s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('renderMarkdown', () => {
  it('renders an article without caption or related block as a heading and paragraphs', () => {
    const article = parseArticle('عنوان الخبر\n\n# فقرة تبدأ بعلامة\n1. فقرة تبدأ برقم');
    expect(renderMarkdown(article, 'x--y.txt')).toBe(
      ['<!-- x‐‐y.txt -->', '', '# عنوان الخبر', '', '\\# فقرة تبدأ بعلامة', '', '1\\. فقرة تبدأ برقم', ''].join('\n'),
    );
  });

  it('renders a read-more box where the page shows it, and the related block as a list', () => {
    const raw = [
      'عنوان الخبر', '', 'عنوان الخبر', '',
      'فقرة أولى من الخبر.', 'اقرأ أيضا:', 'خبر آخر عن الموضوع', 'هل تنجح الخطة؟', 'فقرة ثانية من الخبر.',
      '', 'قراءة المزيد', '', 'قصة ذات صلة', '', 'قصة ذات صلة', '', 'مقتطف من القصة،',
    ].join('\n');
    expect(renderMarkdown(parseArticle(raw, { normalize: false }), 'a.txt')).toBe(
      [
        '<!-- a.txt -->', '', '# عنوان الخبر', '',
        'فقرة أولى من الخبر.', '',
        '> **اقرأ أيضا:**', '>', '> - خبر آخر عن الموضوع', '> - هل تنجح الخطة؟', '',
        'فقرة ثانية من الخبر.', '',
        '## قراءة المزيد', '', '- **قصة ذات صلة** — مقتطف من القصة، …', '',
      ].join('\n'),
    );
  });
});
