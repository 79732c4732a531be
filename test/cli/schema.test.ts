/**
 * The JSON Schema of the record: `khabar schema`, the shipped
 * `schema.json` and `articleJsonSchema()` are the same document, and real
 * parse output conforms to it, checked two ways: by a small structural
 * checker and by zod reading the schema back (`z.fromJSONSchema`). Damaged
 * records must fail both, so the checks can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/parse';
import { articleJsonSchema } from '../../src/schema/json-schema';
import { ROOT } from '../helpers/run';
import { describeWithShared, readNewsCorpus } from '../helpers/shared';
import { layoutNewsRecord } from '../helpers/layout';
import { khabar, requireCli } from './cli';
import { schemaProblems } from './json-schema-check';

const SHIPPED = readFileSync(join(ROOT, 'schema.json'), 'utf8');
const schema = JSON.parse(SHIPPED) as Record<string, unknown>;
const zodFromSchema = z.fromJSONSchema(schema as never);
const FIXTURES = join(ROOT, 'test', 'fixtures', 'parse');

function expectConforms(record: unknown): void {
  expect(schemaProblems(record, schema)).toEqual([]);
  expect(zodFromSchema.safeParse(record).success).toBe(true);
}

describe('the JSON Schema of the record', () => {
  beforeAll(requireCli);

  it('is the same from khabar schema, schema.json and articleJsonSchema()', () => {
    const printed = khabar(['schema']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(SHIPPED);
    expect(SHIPPED).toBe(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  });

  it('is exported as khabar/schema.json by the package', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(manifest.exports['./schema.json']).toBe('./schema.json');
    expect(manifest.files).toContain('schema.json');
  });

  it('accepts every record the CLI writes for the parser fixtures', () => {
    const inputs = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt') || name.endsWith('.bin'));
    expect(inputs.length).toBeGreaterThan(40);
    const result = khabar(['parse', '--format', 'jsonl', ...inputs], { cwd: FIXTURES });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { article?: unknown });
    const articles = lines.flatMap((line) => (line.article === undefined ? [] : [line.article]));
    expect(articles.length).toBeGreaterThan(40);
    for (const article of articles) expectConforms(article);
  });

  it('rejects damaged records, both ways', () => {
    const article = JSON.parse(JSON.stringify(safeParseArticle('عنوان\n\nعنوان\nتعليق\n\nفقرة.\n\nاقرأ أيضا\n\nخبر\n\nمقتطف')));
    const record = article.data as Record<string, unknown>;
    expectConforms(record);
    const damaged: Array<Record<string, unknown>> = [
      { ...record, title: '' },
      { ...record, caption: 42 },
      { ...record, paragraphs: ['فقرة', ''] },
      { ...record, extra: true },
      { ...record, related: [{ title: 'خبر', teaser: null, truncated: 'no', spans: {} }] },
      { ...record, spans: { ...(record['spans'] as object), title: { start: { line: 0, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } } },
      Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'spans')),
    ];
    for (const bad of damaged) {
      expect(schemaProblems(bad, schema)).not.toEqual([]);
      expect(zodFromSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describeWithShared('the JSON Schema against the news corpus', () => {
  it('accepts the record of every corpus article', () => {
    let checked = 0;
    for (const record of readNewsCorpus()) {
      const result = safeParseArticle(layoutNewsRecord(record).raw);
      expect(result.success).toBe(true);
      if (result.success) expectConforms(JSON.parse(JSON.stringify(result.data)));
      checked++;
    }
    expect(checked).toBe(458);
  });
});
