/**
 * Records are checked against shapes generated at build time from the zod
 * schemas (tools/generate-record-shapes.ts), so that the main entry never
 * loads zod (test/release/dependencies.test.ts checks the build): the
 * committed shapes must be what the generator makes now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateRecordShapes } from '../../tools/generate-record-shapes';
import { ArticleSchema } from '../../src/schema/index';
import { RECORD_SHAPES } from '../../src/schema/generated/record-shapes';
import { shapeOfSchema } from '../../src/schema/record-shape';

describe('generated record shapes', () => {
  it('are what the generator makes now', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateRecordShapes());
  });

  it('are the shape of ArticleSchema', () => {
    expect(RECORD_SHAPES.article).toEqual(shapeOfSchema(ArticleSchema));
  });
});
