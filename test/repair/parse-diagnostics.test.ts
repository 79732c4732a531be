/**
 * The parser reports what the normaliser repaired and the quotes it left
 * alone, with positions in the input, when its `normalize` option switches
 * those families on.
 */
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/parse/parse-article';
import type { Diagnostic } from '../../src/schema/diagnostic';
import { misdecode } from './misdecode';

const HEAD = 'خبر\n\nخبر\n\n';

function reported(raw: string, normalize: Parameters<typeof safeParseArticle>[1]): { paragraphs: string[]; diagnostics: Diagnostic[] } {
  const result = safeParseArticle(raw, normalize);
  if (!result.success) throw new Error('parse failed');
  return { paragraphs: result.data.paragraphs, diagnostics: result.diagnostics };
}

const where = (d: Diagnostic) => [d.code, d.severity, d.start.line, d.start.column, d.end.column, d.start.offset, d.end.offset];

describe('parseArticle and the normaliser’s notes', () => {
  it('reports mojibake it repaired, from the first damaged stretch to the last', () => {
    const raw = `${HEAD}قال ${misdecode('الوزير', 'windows-1256')} أمس ${misdecode('بيانا', 'windows-1252')}`;
    const { paragraphs, diagnostics } = reported(raw, { normalize: 'publish' });
    expect(paragraphs).toEqual(['قال الوزير أمس بيانا']);
    expect(diagnostics.map(where)).toEqual([['mojibake-repaired', 'warning', 5, 5, 32, 14, 41]]);
    expect(diagnostics[0]!.message).toMatch(/\b2\b/);
  });

  it('reports HTML references it decoded', () => {
    const { paragraphs, diagnostics } = reported(`${HEAD}قال &quot;نعم&quot; و&amp;`, { normalize: 'publish' });
    expect(paragraphs).toEqual(['قال «نعم» و&']);
    expect(diagnostics.map(where)).toEqual([['html-entity-decoded', 'warning', 5, 5, 27, 14, 36]]);
  });

  it('reports a line whose quotes do not balance, as info', () => {
    const { paragraphs, diagnostics } = reported(`${HEAD}قال "نعم ثم ذهب\n\nوقال "لا" ثم`, { normalize: 'publish' });
    expect(paragraphs).toEqual(['قال "نعم ثم ذهب', 'وقال «لا» ثم']);
    expect(diagnostics.map(where)).toEqual([['unbalanced-quotes', 'info', 5, 5, 6, 14, 15]]);
  });

  it('reports each code once per line, in input order with the others', () => {
    const raw = `${HEAD}&quot;نعم "لا ${misdecode('الوزير', 'windows-1256')}`;
    const { diagnostics } = reported(raw, { normalize: 'publish' });
    expect(diagnostics.map((d) => d.code)).toEqual(['html-entity-decoded', 'unbalanced-quotes', 'mojibake-repaired']);
  });

  it('reports nothing with options that do not repair or restyle, or without normalisation; repairs alone without quotes', () => {
    const raw = `${HEAD}قال &quot;نعم "لا ${misdecode('الوزير', 'windows-1256')}`;
    for (const normalize of ['display', 'lucene', 'camel', false] as const) expect(reported(raw, { normalize }).diagnostics).toEqual([]);
    // Repair without quote styling: no quote report (`search` decodes references, mojibake repair is opt-in).
    expect(reported(raw, { normalize: 'search' }).diagnostics.map((d) => d.code)).toEqual(['html-entity-decoded']);
    for (const normalize of [{ preset: 'search', mojibake: 'repair' }, { preset: 'display', mojibake: 'repair', htmlEntities: 'decode' }] as const) {
      expect(reported(raw, { normalize }).diagnostics.map((d) => d.code)).toEqual(['html-entity-decoded', 'mojibake-repaired']);
    }
  });

  it('fails a strict parse on repaired text, never on unbalanced quotes', () => {
    expect(safeParseArticle(`${HEAD}قال &quot;نعم&quot;`, { normalize: 'publish', strict: true }).success).toBe(false);
    expect(safeParseArticle(`${HEAD}قال "نعم`, { normalize: 'publish', strict: true }).success).toBe(true);
  });
});
