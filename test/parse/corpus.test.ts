/**
 * The 458 real articles of `news.jsonl`, laid out in the raw format by
 * `layoutNewsRecord` and read back: the parser must return each title and
 * paragraph as the corpus has it, once cleaned of surrounding white space and
 * invisible marks. The corpus brings what generated text lacks: 228
 * whitespace-only paragraphs (which are blank lines, not paragraphs), leading
 * and trailing spaces, titles with surrounding white space, a BOM opening a
 * title, tabs, NBSP, presentation forms and real punctuation.
 */
import { beforeAll, expect, test } from 'vitest';
import { safeParseArticle } from '../../src/parse';
import { normalizeArabic } from '../../src/normalize';
import type { Diagnostic } from '../../src/schema/diagnostic';
import { describeWithShared, readNewsCorpus, type NewsRecord } from '../helpers/shared';
import { layoutNewsRecord } from '../helpers/layout';
import { lostLineProblems, positionProblems } from '../helpers/invariants';

/** The display normalisation a field gets by default (a field it would empty keeps its text). */
const display = (text: string): string => normalizeArabic(text, 'display') || text;

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

/** Whether a text holds a C0 or C1 control other than the tab, VT and FF that count as white space. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0b && unit !== 0x0c && unit !== 0x0a && unit !== 0x0d) || (unit >= 0x7f && unit < 0xa0)) {
      return true;
    }
  }
  return false;
}

/**
 * The warnings and errors of a parse, except `control-character` where the
 * corpus text does hold a control (one article has U+001A); that warning must
 * appear exactly there.
 */
function problems(raw: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const controls = diagnostics.filter((d) => d.code === 'control-character');
  expect(controls.length > 0).toBe(hasControlCharacter(raw));
  return diagnostics.filter((d) => d.severity !== 'info' && d.code !== 'control-character');
}

describeWithShared('the news corpus laid out in the raw format', () => {
  let corpus: NewsRecord[] = [];
  beforeAll(() => {
    corpus = readNewsCorpus();
  });

  test('has the 458 articles and 228 whitespace-only paragraphs the corpus README counts', () => {
    expect(corpus).toHaveLength(458);
    const blank = corpus.flatMap((record) => record.paragraphs).filter((p) => p.trim() === '' || /^[\s\u00a0]+$/.test(p));
    expect(blank).toHaveLength(228);
  });

  test('with echo and a blank line before the body, every title and paragraph comes back as found', () => {
    // The awkward titles are there to be exercised: surrounding white space, and a BOM opening one.
    expect(corpus.filter((record) => layoutNewsRecord(record).title !== record.title).length).toBeGreaterThanOrEqual(6);
    expect(corpus.some((record) => record.title.startsWith('\ufeff'))).toBe(true);
    for (const record of corpus) {
      const laid = layoutNewsRecord(record);
      const result = safeParseArticle(laid.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) continue;
      const { data, diagnostics } = result;
      expect(data.title, record.id).toBe(laid.title);
      expect(data.spans.titleEcho?.start.line, record.id).toBe(3);
      expect(data.caption, record.id).toBeNull();
      expect(data.paragraphs, record.id).toEqual(laid.paragraphs);
      expect(data.readMoreLabel, record.id).toBeNull();
      expect(data.related, record.id).toEqual([]);
      expect(problems(laid.raw, diagnostics), record.id).toEqual([]);
      expect(positionProblems(laid.raw, data, diagnostics, false), record.id).toEqual([]);
      expect(lostLineProblems(laid.raw, data, diagnostics), record.id).toEqual([]);
    }
  });

  test('with the default normalisation every field is the normalised cleaned text', () => {
    for (const record of corpus) {
      const laid = layoutNewsRecord(record);
      const result = safeParseArticle(laid.raw);
      expect(result.success, record.id).toBe(true);
      if (!result.success) continue;
      expect(result.data.title, record.id).toBe(display(laid.title));
      expect(result.data.paragraphs, record.id).toEqual(laid.paragraphs.map(display));
      expect(positionProblems(laid.raw, result.data, result.diagnostics, 'display'), record.id).toEqual([]);
    }
  });

  test('CRLF, CR and U+2028 line ends, a final newline and a caption under the echo change nothing else', () => {
    const lineEnds = ['\r\n', '\r', '\u2028'];
    corpus.forEach((record, i) => {
      if (i % 2 === 1) return;
      const caption = i % 4 === 0 ? 'صورة أرشيفية من موقع الحدث' : null;
      const laid = layoutNewsRecord(record, { lineEnd: lineEnds[i % 3]!, caption, finalNewline: i % 3 === 0 });
      const result = safeParseArticle(laid.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) return;
      expect(result.data.title, record.id).toBe(laid.title);
      expect(result.data.caption, record.id).toBe(laid.caption);
      expect(result.data.paragraphs, record.id).toEqual(laid.paragraphs);
      expect(problems(laid.raw, result.diagnostics), record.id).toEqual([]);
      expect(lostLineProblems(laid.raw, result.data, result.diagnostics), record.id).toEqual([]);
    });
  });

  test('without an echo, the line under the title is taken as the caption and the decision is reported', () => {
    let decided = 0;
    corpus.forEach((record, i) => {
      if (i % 2 === 0) return;
      const laid = layoutNewsRecord(record, { echo: false, separateBody: false });
      const result = safeParseArticle(laid.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) return;
      const { data, diagnostics } = result;
      expect(data.title, record.id).toBe(laid.title);
      expect(data.spans.titleEcho, record.id).toBeNull();
      expect(codes(diagnostics), record.id).toContain('title-echo-missing');
      // Nothing is lost either way: the caption and paragraphs together are the body.
      expect([...(data.caption === null ? [] : [data.caption]), ...data.paragraphs], record.id).toEqual(laid.paragraphs);
      const firstLineIsText = (record.paragraphs[0] ?? '').trim().replace(/\u00a0/g, '') !== '';
      if (firstLineIsText) {
        decided += 1;
        expect(data.caption, record.id).toBe(laid.paragraphs[0]);
        const assumed = diagnostics.find((d) => d.code === 'caption-assumed');
        expect(assumed?.severity, record.id).toBe('info');
        expect(assumed?.start, record.id).toEqual(data.spans.caption?.start);
      } else {
        expect(data.caption, record.id).toBeNull();
      }
      expect(lostLineProblems(laid.raw, data, diagnostics), record.id).toEqual([]);
    });
    expect(decided).toBeGreaterThan(150);
  });

  test('without an echo but with a blank line before the body, there is no caption', () => {
    corpus.forEach((record, i) => {
      if (i % 2 === 0) return;
      const laid = layoutNewsRecord(record, { echo: false, lineEnd: '\r\n' });
      const result = safeParseArticle(laid.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) return;
      expect(result.data.caption, record.id).toBeNull();
      expect(result.data.paragraphs, record.id).toEqual(laid.paragraphs);
      expect(codes(result.diagnostics), record.id).not.toContain('caption-assumed');
    });
  });
});
