/**
 * Every example in `examples/` runs as a user would run it, and its output is
 * checked, so the examples never rot. The plain-page example
 * (`examples/browser/index.html`) runs in Chromium in `test/browser/`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/index';
import { ArticleSchema, DiagnosticSchema } from '../../src/schema/index';
import { bin, ROOT, run } from '../helpers/run';

const tsx = (...args: string[]) => run(bin('tsx'), args);

describe('examples/parse-article.ts', () => {
  it('prints the sample record', () => {
    const result = tsx('examples/parse-article.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('title:      الرياض: افتتاح معرض دولي للكتاب بمشاركة أكثر من ألف دار نشر');
    expect(lines[1]).toBe('caption:    زوار يتجولون بين أجنحة المعرض في يومه الأول');
    expect(lines[2]).toBe('paragraphs: 6');
    expect(result.stdout).toContain('read more:  اقرأ أيضاً');
    expect(result.stdout).toContain('  - جائزة جديدة لأدب الطفل تعلن قائمتها القصيرة [truncated]');
    expect(result.stdout).toContain('  - مكتبات المدارس تستقبل مليون كتاب\n');
    const json = result.stdout.slice(result.stdout.indexOf('{'));
    expect(JSON.parse(json).related).toHaveLength(2);
  });
});

describe('examples/search-highlight.ts', () => {
  it('finds the query under diacritics, tatweel and the article prefix, and highlights the original text', () => {
    const result = tsx('examples/search-highlight.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `query: مكتبة (search form: ${normalizeArabic('مكتبة', 'search')})`,
      '1: افتُتحت ال[مكتبةُ] العامة في الحيّ القديم بعد ترميمها، وتضم ال[مكتبة] قسماً للأطفال.',
      '2: قال مدير [مكتبـــة] الجامعة إن أسعار الكتب ارتفعت هذا العام.',
      '4: زار الوزير [مَكْتَبَةَ] المدرسة واطّلع على خطط القراءة.',
      '4 hits in 3 of 4 documents',
      '',
    ]);
  });

  it('matches hamza forms the reader did not type', () => {
    const result = tsx('examples/search-highlight.ts', 'اسعار');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2: قال مدير مكتبـــة الجامعة إن [أسعار] الكتب ارتفعت هذا العام.\n');
    expect(result.stdout).toContain('3: تراجعت [اسعار] الخضار في الأسواق المحلية مع بداية الموسم.\n');
    expect(result.stdout).toContain('2 hits in 2 of 4 documents\n');
  });
});

describe('examples/batch-to-jsonl.ts', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'khabar-batch-'));
    const articles = join(folder, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'a-riyadh.txt'), readFileSync(join(ROOT, 'examples', 'sample-article.txt')));
    // UTF-16 with a byte-order mark: the example hands bytes to the parser, which decodes them.
    const second = 'عنوان خبر قصير\n\nعنوان خبر قصير\nتعليق الصورة\n\nالفقرة الأولى من الخبر.\n';
    writeFileSync(join(articles, 'b-short.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(second, 'utf16le')]));
    writeFileSync(join(articles, 'c-empty.txt'), ' \n\n');
    writeFileSync(join(articles, 'notes.md'), 'not an article');
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one validated record per article, reports the file with no article, and exits 1', () => {
    const out = join(folder, 'articles.jsonl');
    const result = tsx('examples/batch-to-jsonl.ts', join(folder, 'articles'), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('c-empty.txt:1:1 empty-input\n');
    expect(result.stdout).toBe(`2 of 3 articles written to ${out}, 1 failed\n`);

    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((line) => JSON.parse(line) as { file: string; article: unknown; diagnostics: unknown[] });
    expect(records.map((record) => record.file)).toEqual(['a-riyadh.txt', 'b-short.txt']);
    for (const record of records) {
      ArticleSchema.parse(record.article);
      for (const diagnostic of record.diagnostics) DiagnosticSchema.parse(diagnostic);
    }
    expect(ArticleSchema.parse(records[1]?.article).paragraphs).toEqual(['الفقرة الأولى من الخبر.']);
  });

  it('prints its usage and exits 2 without arguments', () => {
    const result = tsx('examples/batch-to-jsonl.ts');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('usage: batch-to-jsonl <folder> <out.jsonl>\n');
  });
});

describe('examples/validate-with-json-schema.mjs', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'khabar-validate-'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('validates records written by the CLI against the shipped JSON Schema, and names what is wrong', () => {
    // The CLI is the built one, as a user runs it.
    const parsed = run(process.execPath, ['dist/cli.js', 'parse', '--format', 'jsonl', '--quiet', 'examples/sample-article.txt']);
    expect(parsed.status).toBe(0);
    const good = join(folder, 'good.jsonl');
    writeFileSync(good, parsed.stdout);
    const valid = run(process.execPath, ['examples/validate-with-json-schema.mjs', good]);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toBe('examples/sample-article.txt: valid, 6 paragraphs, 2 related stories\n');

    const entry = JSON.parse(parsed.stdout);
    entry.article.paragraphs.push('');
    delete entry.article.spans;
    const bad = join(folder, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(entry)}\n`);
    const invalid = run(process.execPath, ['examples/validate-with-json-schema.mjs', bad]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain("examples/sample-article.txt: invalid at /: must have required property 'spans'");
    expect(invalid.stdout).toContain('examples/sample-article.txt: invalid at /paragraphs/6: must NOT have fewer than 1 characters');
  });
});

describe('examples/search-index.ts', () => {
  it('finds the diacritised article from a query typed without diacritics and with other letter forms, and highlights it', () => {
    const result = tsx('examples/search-index.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'query: اعلنت وزاره الصحه مستشفي (keys: اعلنت زار صح مستشف)',
      '1: افْتِتَاحُ [مُسْتَشْفَى] جَدِيدٍ فِي المَدِينَةِ',
      '   [أَعْلَنَتْ] [وِزَارَةُ] [الصِّحَّةِ] افْتِتَاحَ [المُسْتَشْفَى] الجَدِيدِ، وَقَالَتْ إِنَّ المَدْرَسَةَ المُجَاوِرَةَ سَتُسْتَخْدَمُ لِلتَّدْرِيبِ.',
      '1 of 3 articles',
      '',
    ]);
  });

  it('matches a word under its article, diacritics and tatweel', () => {
    const result = tsx('examples/search-index.ts', 'مدرسه');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3: [مدرسة] للفنون في الحي القديم\n   تستقبل [مدرسـة] الفنون');
    expect(result.stdout).toContain('إِنَّ [المَدْرَسَةَ] المُجَاوِرَةَ');
    expect(result.stdout).toContain('2 of 3 articles\n');
  });
});
