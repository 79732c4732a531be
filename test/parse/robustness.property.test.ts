/**
 * Robustness: `safeParseArticle` never throws, whatever the string or bytes,
 * and on any input it returns a record that is true to the input — every
 * position agrees with the text, every field is the (normalised) text its span
 * covers, and no non-blank line is lost.
 *
 * Run counts are a tenth in `npm test` and full in the deep tier;
 * `FC_NUM_RUNS=2000 npx vitest run test/parse` runs more.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseArticle, safeParseArticle } from '../../src/parse';
import { decodeArticleBytes } from '../../src/decode';
import { looksBinary } from '../../src/decode/binary';
import {
  anyUnicodeString,
  hostileString,
  junkArticle,
  longLine,
  sentence,
  veryLongLine,
} from '../arbitraries';
import { hasNonBlankLine, lostLineProblems, positionProblems, type NormalizeSetting } from '../helpers/invariants';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (robustness.property.deep.test.ts). */
const numRuns = propertyRuns(300);

/** Every way the tests below read an input: as found, and with the default normaliser. */
const SETTINGS: NormalizeSetting[] = [false, 'display'];

/** Parses `input` and checks everything that must hold for any input. */
function checkInput(input: string, normalize: NormalizeSetting): void {
  const result = safeParseArticle(input, { normalize });
  expect(result.success).toBe(hasNonBlankLine(input));
  if (!result.success) {
    expect(result.error.diagnostics.map((d) => d.code)).toContain('empty-input');
    return;
  }
  expect(positionProblems(input, result.data, result.diagnostics, normalize)).toEqual([]);
  expect(lostLineProblems(input, result.data, result.diagnostics)).toEqual([]);
}

describe('safeParseArticle on any input', () => {
  test.prop([anyUnicodeString, fc.constantFrom(...SETTINGS)], { numRuns })(
    'never throws on any string (every plane, lone surrogates, NUL) and stays true to it',
    (input, normalize) => checkInput(input, normalize),
  );

  test.prop([hostileString, fc.constantFrom(...SETTINGS)], { numRuns })(
    'never throws on hostile strings (BOMs in the middle, mixed line ends, controls) and stays true to them',
    (input, normalize) => checkInput(input, normalize),
  );

  test.prop([junkArticle, fc.constantFrom(...SETTINGS)], { numRuns })(
    'on scrambled article-like text every non-blank line is in one field or named by a warning',
    (input, normalize) => checkInput(input, normalize),
  );

  test.prop([fc.array(fc.oneof(longLine, sentence), { minLength: 1, maxLength: 4 })], { numRuns: Math.ceil(numRuns / 10) })(
    'reads long lines whole',
    (lines) => {
      const input = lines.join('\n');
      checkInput(input, false);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns })('never throws on any bytes', (bytes) => {
    const result = safeParseArticle(bytes, { normalize: false });
    const { text } = decodeArticleBytes(bytes);
    const binary = looksBinary(bytes);
    expect(result.success).toBe(!binary && hasNonBlankLine(text));
    if (!result.success) {
      if (binary) expect(result.error.diagnostics.map((d) => d.code)).toEqual(['binary-input']);
      return;
    }
    expect(positionProblems(text, result.data, result.diagnostics, false)).toEqual([]);
    expect(lostLineProblems(text, result.data, result.diagnostics)).toEqual([]);
  });

  test.prop([junkArticle], { numRuns })(
    'strict mode fails exactly when the lenient parse has a warning',
    (input) => {
      const lenient = safeParseArticle(input, { normalize: false });
      const strict = safeParseArticle(input, { normalize: false, strict: true });
      const warned = lenient.success && lenient.diagnostics.some((d) => d.severity !== 'info');
      expect(strict.success).toBe(lenient.success && !warned);
      if (strict.success && lenient.success) expect(strict.data).toEqual(lenient.data);
    },
  );

  test.prop([anyUnicodeString], { numRuns })('parseArticle throws only what safeParseArticle reports', (input) => {
    const safe = safeParseArticle(input);
    if (safe.success) expect(parseArticle(input)).toEqual(safe.data);
    else expect(() => parseArticle(input)).toThrow(safe.error.message);
  });
});

describe('one-megabyte inputs', () => {
  test('a single 1 MB line is the headline, read whole', () => {
    const line = veryLongLine(1 << 20);
    const input = `\ufeff  ${line}\u00a0`;
    const result = safeParseArticle(input, { normalize: false });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.title).toBe(line);
    expect(result.data.spans.title.start).toEqual({ line: 1, column: 4, offset: 3 });
    expect(result.data.spans.title.end).toEqual({ line: 1, column: 4 + line.length, offset: 3 + line.length });
    expect(result.data.paragraphs).toEqual([]);
  });

  test('a 1 MB line of body text among ordinary lines, with the default normaliser', () => {
    const body = veryLongLine(1 << 20);
    const input = ['عنوان الخبر', '', 'عنوان الخبر', '', body, 'فقرة أخيرة.'].join('\r\n');
    checkInput(input, 'display');
    const result = safeParseArticle(input, { normalize: false });
    expect(result.success && result.data.paragraphs).toEqual([body, 'فقرة أخيرة.']);
  });

  test('a 1 MB string of line ends and blank marks has no article', () => {
    const input = '\u2028\r\n \u200f\r\u2029\t\n'.repeat(1 << 17);
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });
});
