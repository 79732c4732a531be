/**
 * The news corpus through `publish`: what each new rule family changes,
 * counted, and a sample of changes with their context, printed for a person
 * to read (`npx vitest run test/normalize/publish-corpus.test.ts`). The
 * invariants hold on every article: letters and digits unchanged, numbers
 * kept, idempotent, and repair touches only the articles with HTML references.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared, readNewsCorpus } from '../helpers/shared';
import { normalizeArabic, type NormalizeOptions } from '../../src/normalize';
import { compiledFor } from '../../src/normalize/normalizer';
import { runPlainUnits } from '../../src/normalize/engine';
import { punctuate } from '../../src/normalize/punctuation/pass';
import { repairText } from '../../src/repair';

/** The families `publish` switches on, each alone on top of `display`. */
const FAMILIES: ReadonlyArray<readonly [string, NormalizeOptions]> = [
  ['quotes → guillemets', { quotes: 'guillemets' }],
  ['punctuation → Arabic', { punctuation: 'arabic' }],
  ['spacing', { spacing: 'tidy' }],
  ['ellipsis → …', { ellipsis: 'character' }],
];

const NUMBER = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g;
const lettersAndDigits = (text: string): string => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

interface Change {
  id: string;
  before: string;
  after: string;
}

/** The first difference of two lines, with `context` units before it and twice that after. */
function change(id: string, before: string, after: string, context = 24): Change {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  const from = Math.max(0, start - context);
  return { id, before: before.slice(from, start + 2 * context), after: after.slice(from, start + 2 * context) };
}

describeWithShared('publish over the news corpus', () => {
  let articles: Array<{ id: string; text: string }> = [];
  beforeAll(() => {
    articles = readNewsCorpus().map((article) => ({ id: article.id, text: [article.title, ...article.paragraphs].join('\n') }));
  });

  it('changes what it should, keeps what it must, and reports its counts', () => {
    const counts = new Map<string, number>();
    const add = (name: string, value: number): void => void counts.set(name, (counts.get(name) ?? 0) + value);
    const changes: Change[] = [];
    let changedArticles = 0;
    const failures: string[] = [];
    for (const { id, text } of articles) {
      // The punctuation rules are compared with display of the repaired text (repair may change letters: &quot; loses quot).
      const display = normalizeArabic(repairText(text).text, 'display');
      const publish = normalizeArabic(text, 'publish');
      if (normalizeArabic(publish, 'publish') !== publish) failures.push(`${id}: not idempotent`);
      if (lettersAndDigits(publish) !== lettersAndDigits(display)) failures.push(`${id}: letters or digits changed`);
      if (JSON.stringify(publish.match(NUMBER)) !== JSON.stringify(display.match(NUMBER))) failures.push(`${id}: a number changed`);
      if (publish !== display) changedArticles++;

      for (const repair of repairText(text).repairs) add(`repair: ${repair.kind}`, 1);
      for (const [name, options] of FAMILIES) {
        const compiled = compiledFor(options);
        const core = runPlainUnits(compiled, text);
        const result = punctuate(core.out, core.length, compiled.punctuation!, undefined, true);
        add(name, result.edits);
        if (name.startsWith('quotes')) add('quotes left alone (line does not balance)', result.unbalanced.length);
      }
      const displayLines = display.split('\n');
      publish.split('\n').forEach((line, k) => {
        if (line !== displayLines[k]) changes.push(change(id, displayLines[k]!, line));
      });
    }
    add('articles changed by publish', changedArticles);
    add('lines changed by publish', changes.length);

    const rows = [...counts].map(([name, value]) => `| ${name.padEnd(44)} | ${String(value).padStart(6)} |`);
    console.info([`| ${'what changed'.padEnd(44)} | ${'count'.padStart(6)} |`, `|${'-'.repeat(46)}|${'-'.repeat(8)}|`, ...rows].join('\n'));
    // A sample spread evenly over the changed lines: before → after, with context.
    const step = Math.max(1, Math.floor(changes.length / 20));
    const sample = changes.filter((_, k) => k % step === 0).slice(0, 20);
    console.info(sample.map((c, k) => `${k + 1}. ${c.id}\n   ${JSON.stringify(c.before)}\n → ${JSON.stringify(c.after)}`).join('\n'));

    expect(failures).toEqual([]);
    expect(counts.get('repair: mojibake-windows-1256') ?? 0).toBe(0);
    expect(counts.get('repair: mojibake-latin-1') ?? 0).toBe(0);
    expect(changedArticles).toBeGreaterThan(articles.length / 2);
  });
});
