/**
 * Records are checked with functions generated at build time from the shapes
 * of the zod schemas (tools/generate-record-shapes.ts), so that the main
 * entry never loads zod (test/release/dependencies.test.ts checks the build):
 * the committed checks must be what the generator makes now. That they accept
 * exactly what `ArticleSchema.safeParse` accepts is test/hardening/records.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateRecordShapes } from '../../tools/generate-record-shapes';

describe('generated record checks', () => {
  it('are what the generator makes now', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateRecordShapes());
  });
});
