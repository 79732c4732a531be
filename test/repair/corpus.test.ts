/**
 * repairText over the real corpora (../shared/corpus): clean text is never
 * changed, except the HTML references of the eight articles that carry them,
 * and every article misread as windows-1256, windows-1252 or Latin-1 comes
 * back as it was.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared, readDiacritisedCorpus, readNewsCorpus } from '../helpers/shared';
import { repairText } from '../../src/repair';
import { misdecode, type Misreading } from './misdecode';

/** Text repair decodes to Arabic, Latin-1 and punctuation only (docs/normalization.md, rule 2): lines with other scripts stay misread. */
const OTHER_SCRIPTS = /[^\u0000-\u00ff\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u2000-\u206f\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/u;

describeWithShared('repairText over the corpora', () => {
  let texts: Array<{ id: string; text: string }> = [];
  beforeAll(() => {
    texts = [
      ...readNewsCorpus().map((article) => ({ id: article.id, text: [article.title, ...article.paragraphs].join('\n') })),
      ...readDiacritisedCorpus().map((record) => ({ id: record.id, text: record.text })),
    ];
  });

  it('changes no clean text but the eight articles with HTML references, and only those references', () => {
    const changed = texts.filter(({ text }) => repairText(text).text !== text);
    expect(changed).toHaveLength(8);
    for (const { text } of changed) expect(repairText(text).repairs.every((repair) => repair.kind === 'html-entity')).toBe(true);
  });

  it.each(['windows-1256', 'windows-1252', 'latin-1'] as Misreading[])('gives back every article misread as %s', (as) => {
    const failures: string[] = [];
    for (const { id, text } of texts) {
      const expected = repairText(text).text.split('\n');
      const repaired = repairText(text.split('\n').map((line) => misdecode(line, as)).join('\n')).text.split('\n');
      expected.forEach((line, k) => {
        if (repaired[k] !== line && !OTHER_SCRIPTS.test(line)) failures.push(`${id} line ${k + 1}`);
      });
    }
    expect(failures).toEqual([]);
  });
});
