/**
 * Records are checked against `ArticleSchema` before they are returned, by a
 * check generated from the schema's shape that reads the record without
 * copying it; the validator accepts exactly what `ArticleSchema.safeParse` accepts.
 * Records, diagnostics and errors are plain data that survive
 * `structuredClone` and a JSON round trip unchanged.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseArticle, safeParseArticle } from '../../src/index';
import { ArticleSchema } from '../../src/schema/index';
import { validateArticle } from '../../src/schema/validate';
import { shapeOfSchema } from '../../src/schema/record-shape';
import { describeWithShared, readSpecimen } from '../helpers/shared';
import { anyText, canonicalArticle } from '../fuzz/generators';
import { assertSurvivesCopies } from '../fuzz/checks';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (records.deep.test.ts). */
const numRuns = propertyRuns(300);

/** A value of another type, or a value just outside what the schema allows. */
const wrongValue = fc.constantFrom<unknown>('', 'نص', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, undefined, true, [], {}, [1], { line: 1 });

type Path = Array<string | number>;

/** Every path to a value inside a record. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...path, key]))];
}

/** A copy of `record` with one edit: a value replaced, a key deleted, or a key added. */
function edited(record: unknown, path: Path, edit: 'replace' | 'delete' | 'add', value: unknown): unknown {
  const copy = structuredClone(record);
  if (path.length === 0) return edit === 'replace' ? value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (edit === 'replace') parent[last] = value;
  else if (edit === 'delete') delete parent[last];
  else if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) parent['extra'] = value;
  return copy;
}

describe('the record validator', () => {
  test.prop([canonicalArticle, fc.nat(), fc.constantFrom<'replace' | 'delete' | 'add'>('replace', 'delete', 'add'), wrongValue], { numRuns })(
    'accepts exactly what ArticleSchema.safeParse accepts, on records with one edit',
    (raw, pick, edit, value) => {
      const record = parseArticle(raw, { normalize: false });
      const paths = pathsOf(record);
      const candidate = edited(record, paths[pick % paths.length]!, edit, value);
      expect(validateArticle(candidate) === undefined).toBe(ArticleSchema.safeParse(candidate).success);
    },
  );

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true })], { numRuns })('agrees with safeParse on any value', (value) => {
    expect(validateArticle(value) === undefined).toBe(ArticleSchema.safeParse(value).success);
  });

  it('names the path of the first problem', () => {
    const record = parseArticle('عنوان\n\nعنوان\n\nفقرة', { normalize: false });
    expect(validateArticle({ ...record, paragraphs: ['فقرة', ''] })?.path).toEqual(['paragraphs', 1]);
    expect(validateArticle({ ...record, spans: { ...record.spans, title: { ...record.spans.title, end: { line: 1, column: 0, offset: 5 } } } })?.path).toEqual(['spans', 'title', 'end', 'column']);
    expect(validateArticle({ ...record, extra: 1 })?.path).toEqual(['extra']);
  });

  it('reads keys in any order, inherited ones included, as safeParse does', () => {
    const record = parseArticle('عنوان\n\nعنوان\n\nفقرة', { normalize: false });
    const reversed = Object.fromEntries(Object.entries(record).reverse());
    expect(validateArticle(reversed)).toBeUndefined();
    expect(ArticleSchema.safeParse(reversed).success).toBe(true);
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, record);
    expect(validateArticle(inherited)?.path).toEqual(['extra']);
    expect(ArticleSchema.safeParse(inherited).success).toBe(false);
  });

  it('refuses schemas it cannot check exactly, rather than check them loosely', () => {
    expect(() => shapeOfSchema(z.object({ a: z.string().email() }).strict())).toThrow(/does not support/);
    expect(() => shapeOfSchema(z.object({ a: z.string() }))).toThrow(/not strict/);
    expect(() => shapeOfSchema(z.object({ a: z.number().max(3) }).strict())).toThrow(/does not support/);
    expect(() => shapeOfSchema(z.object({ a: z.string() }).strict().refine(() => true))).toThrow(/does not support/);
    expect(() => shapeOfSchema(z.union([z.string(), z.number()]))).toThrow(/does not support/);
  });
});

describe('records, diagnostics and errors', () => {
  test.prop([anyText, fc.constantFrom<false | 'display' | 'search'>(false, 'display', 'search')], { numRuns })(
    'are plain data that survive structuredClone and JSON unchanged',
    (text, normalize) => {
      const result = safeParseArticle(text, { normalize });
      if (result.success) {
        assertSurvivesCopies(result.data);
        assertSurvivesCopies(result.diagnostics);
        expect(validateArticle(result.data)).toBeUndefined();
      } else {
        assertSurvivesCopies(result.error.diagnostics);
        const revived = structuredClone(result.error);
        expect(revived.message).toBe(result.error.message);
      }
    },
  );

  it('do not share objects between two parses', () => {
    const input = 'عنوان\n\nعنوان\n\nفقرة \u0000';
    const first = safeParseArticle(input);
    const second = safeParseArticle(input);
    expect(first.success && second.success).toBe(true);
    if (!first.success || !second.success) return;
    expect(first.data).not.toBe(second.data);
    expect(first.data.spans.title).not.toBe(second.data.spans.title);
    first.data.paragraphs.push('تغيير');
    expect(second.data.paragraphs).toEqual(['فقرة \u0000']);
  });
});

describeWithShared('the specimen record', () => {
  it('survives structuredClone and JSON unchanged', () => {
    const result = safeParseArticle(readSpecimen());
    expect(result.success).toBe(true);
    if (result.success) assertSurvivesCopies(result.data);
  });
});
