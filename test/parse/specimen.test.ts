/**
 * The one real specimen (`../shared/seeds/`): read from the shared folder, never
 * copied into the repository, and checked against its layout as FORMAT.md
 * describes it line by line.
 */
import { beforeAll, expect, test } from 'vitest';
import { safeParseArticle } from '../../src/parse';
import { normalizeArabic } from '../../src/normalize';
import { describeWithShared, readSpecimen } from '../helpers/shared';
import { lostLineProblems, positionProblems } from '../helpers/invariants';
import { cleanText, splitLines } from '../helpers/lines';

describeWithShared('the specimen article', () => {
  let raw = '';
  let lines: ReturnType<typeof splitLines> = [];
  beforeAll(() => {
    raw = readSpecimen();
    lines = splitLines(raw);
  });
  const line = (n: number): string => cleanText(lines[n - 1]!.text);

  test('parses to its headline, caption, 15 paragraphs, label and 4 truncated stories', () => {
    const result = safeParseArticle(raw, { normalize: false });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { data, diagnostics } = result;
    expect(data.title).toBe(line(1));
    expect(data.spans.title.start.line).toBe(1);
    expect(data.spans.titleEcho?.start.line).toBe(3);
    expect(data.caption).toBe(line(4));
    expect(data.spans.caption?.start.line).toBe(4);
    expect(data.paragraphs).toHaveLength(15);
    expect(data.spans.paragraphs.map((span) => span.start.line)).toEqual(Array.from({ length: 15 }, (_, i) => 6 + i));
    expect(data.paragraphs).toEqual(Array.from({ length: 15 }, (_, i) => line(6 + i)));
    expect(data.readMoreLabel).toBe('قراءة المزيد');
    expect(data.spans.readMoreLabel?.start.line).toBe(22);
    expect(data.related).toHaveLength(4);
    expect(data.related.map((story) => story.truncated)).toEqual([true, true, true, true]);
    expect(
      data.related.map((story) => [story.spans.title.start.line, story.spans.titleEcho?.start.line, story.spans.teaser?.start.line]),
    ).toEqual([
      [24, 26, 28],
      [30, 32, 34],
      [36, 38, 40],
      [42, 44, 46],
    ]);
    expect(data.related.map((story) => story.title)).toEqual([24, 30, 36, 42].map(line));
    expect(data.related.map((story) => story.teaser)).toEqual([28, 34, 40, 46].map(line));
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(positionProblems(raw, data, diagnostics, false)).toEqual([]);
    expect(lostLineProblems(raw, data, diagnostics)).toEqual([]);
  });

  test('with the default normalisation every field is the normalised line', () => {
    const result = safeParseArticle(raw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { data, diagnostics } = result;
    expect(data.title).toBe(normalizeArabic(line(1), 'display'));
    expect(data.caption).toBe(normalizeArabic(line(4), 'display'));
    expect(data.paragraphs).toHaveLength(15);
    expect(data.related).toHaveLength(4);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(positionProblems(raw, data, diagnostics, 'display')).toEqual([]);
  });
});
