/**
 * Options objects cannot pollute prototypes: `__proto__`, `constructor` and
 * `prototype` keys — as own keys, the way `JSON.parse` makes them from a
 * configuration file — in `ParseOptions`, inside `normalize`, in
 * `NormalizeOptions` and as `labels` are refused as unknown options or read
 * as plain text, and never reach `Object.prototype`. Options objects are not
 * changed by the calls they are passed to.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  NormalizeOptionsError,
  createIncrementalNormalizer,
  createNormalizeStream,
  createNormalizer,
  formatArticle,
  normalizeArabic,
  parseArticle,
  resolveNormalizeOptions,
  safeParseArticle,
} from '../../src/index';
import { assertPrototypesClean } from '../fuzz/checks';

const ARTICLE = 'عنوان الخبر\n\nعنوان الخبر\n\nفقرة أولى.\n\nتابع أيضا\n\nقصة\n\nقصة\n\nمقتطف،';
const json = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

afterEach(() => assertPrototypesClean());

describe('ParseOptions', () => {
  it.each([
    ['{"__proto__": {"strict": true, "polluted": true}}', '__proto__'],
    ['{"constructor": {"prototype": {"polluted": true}}}', 'constructor'],
    ['{"prototype": {"polluted": true}}', 'prototype'],
    ['{"normalize": {"__proto__": {"polluted": true}}}', 'normalize.__proto__'],
    ['{"normalize": {"preset": "search", "constructor": {"prototype": {"polluted": true}}}}', 'normalize.constructor'],
  ])('refuse %s as an unknown option, and pollute nothing', (text, name) => {
    const options = json(text);
    const copy = structuredClone(options);
    expect(() => parseArticle(ARTICLE, options)).toThrow(new RegExp(`unknown option \`${name.replace('.', '\\.')}\``));
    expect(() => safeParseArticle(ARTICLE, options)).toThrow(TypeError);
    expect(structuredClone(options)).toEqual(copy);
  });

  it('read `__proto__`, `constructor` and `prototype` as label text, nothing more', () => {
    const labels = ['__proto__', 'constructor', 'prototype', 'تابع أيضا'];
    const article = parseArticle(ARTICLE, { labels });
    expect(article.readMoreLabel).toBe('تابع أيضا');
    expect(article.related.map((story) => story.title)).toEqual(['قصة']);
    const withLabelLine = parseArticle(ARTICLE.replace('تابع أيضا', '__proto__'), { labels });
    expect(withLabelLine.readMoreLabel).toBe('__proto__');
    expect(formatArticle(withLabelLine, { labels })).toContain('__proto__');
  });

  it('accept an object without a prototype', () => {
    const options = Object.assign(Object.create(null) as object, { strict: false, normalize: false as const });
    expect(parseArticle(ARTICLE, options).title).toBe('عنوان الخبر');
  });

  it('refuse class instances and arrays as options', () => {
    expect(() => parseArticle(ARTICLE, new Date() as never)).toThrow(TypeError);
    expect(() => parseArticle(ARTICLE, [] as never)).toThrow(TypeError);
  });

  it('are not changed by a parse, even when valid', () => {
    const options = { strict: false, normalize: { preset: 'search' as const, digits: 'keep' as const }, labels: ['تابع أيضا'] };
    const copy = structuredClone(options);
    parseArticle(ARTICLE, options);
    formatArticle(parseArticle(ARTICLE, options), { labels: options.labels });
    expect(options).toEqual(copy);
  });
});

describe('NormalizeOptions', () => {
  const polluting = [
    '{"__proto__": {"polluted": true}}',
    '{"preset": "search", "__proto__": {"digits": "keep"}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"prototype": "keep"}',
  ];

  it.each(polluting)('%s is refused by every normalising entry point', (text) => {
    const options = json(text);
    for (const call of [
      () => normalizeArabic('نص', options),
      () => createNormalizer(options),
      () => resolveNormalizeOptions(options),
      () => createIncrementalNormalizer(options),
      () => createNormalizeStream(options),
    ]) {
      expect(call).toThrow(NormalizeOptionsError);
    }
  });

  it('a preset named after a prototype key is refused', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(() => normalizeArabic('نص', name as never)).toThrow(NormalizeOptionsError);
      expect(() => normalizeArabic('نص', { preset: name } as never)).toThrow(NormalizeOptionsError);
      expect(() => normalizeArabic('نص', { digits: name } as never)).toThrow(NormalizeOptionsError);
    }
  });
});
