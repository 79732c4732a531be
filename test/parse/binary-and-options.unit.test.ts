/**
 * Errors that help: bytes that are binary data fail with `binary-input` (the
 * same test the CLI applies), while text with a stray control character still
 * parses; a misspelt option names the nearest valid one.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle } from '../../src/parse';
import { binaryEvidence, looksBinary } from '../../src/decode/binary';
import { looksBinary as cliLooksBinary } from '../../src/cli/inputs';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('binary bytes', () => {
  it('fail with one binary-input error naming the first NUL byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = safeParseArticle(png);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.diagnostics.map((d) => [d.code, d.severity])).toEqual([['binary-input', 'error']]);
    expect(result.error.diagnostics[0]!.message).toContain('byte 8');
    expect(() => parseArticle(png)).toThrow(/binary-input/);
  });

  it('fail when control bytes are many even without a NUL', () => {
    const bytes = new Uint8Array([0x01, 0x41, 0x02, 0x42, 0x03, 0x43, 0x10, 0x44]);
    expect(binaryEvidence(bytes)).toEqual({ kind: 'controls', offset: 0 });
    expect(safeParseArticle(bytes).success).toBe(false);
  });

  it('is the test the CLI applies', () => {
    expect(cliLooksBinary).toBe(looksBinary);
  });

  it('leave text with a stray control character to parse, with its warning', () => {
    const result = safeParseArticle(encode('خبر عاجل اليوم\n\nخبر عاجل اليوم\n\nفقرة أولى\u0001 من الخبر.'));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual(['control-character']);
  });

  it('leave UTF-16 alone: its zero bytes are expected', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2e, 0x06, 0x28, 0x06, 0x20, 0x00, 0x31, 0x06]);
    expect(looksBinary(le)).toBe(false);
    const unmarked = new Uint8Array([0x2e, 0x06, 0x28, 0x06, 0x31, 0x06, 0x0a, 0x00, 0x0a, 0x00, 0x2e, 0x06, 0x28, 0x06, 0x31, 0x06]);
    expect(looksBinary(unmarked)).toBe(false);
    expect(safeParseArticle(unmarked).success).toBe(true);
  });

  it('a string is never binary: a NUL in a string is a control character', () => {
    const result = safeParseArticle('خبر\u0000\n\nخبر');
    expect(result.success && result.diagnostics.map((d) => d.code)).toContain('control-character');
  });
});

describe('misspelt options', () => {
  it.each([
    [{ normalise: 'search' }, "unknown option `normalise` (did you mean 'normalize'?)"],
    [{ strictt: true }, "unknown option `strictt` (did you mean 'strict'?)"],
    [{ lables: [] }, "unknown option `lables` (did you mean 'labels'?)"],
    [{ normalize: { digit: 'keep' } }, "unknown option `normalize.digit` (did you mean 'normalize.digits'?)"],
  ])('%j names the nearest valid key', (options, message) => {
    expect(() => parseArticle('خبر', options as never)).toThrow(new TypeError(`parseArticle: ${message}`));
  });

  it('gives no hint when nothing is near', () => {
    expect(() => parseArticle('خبر', { colourScheme: 1 } as never)).toThrow(new TypeError('parseArticle: unknown option `colourScheme`'));
  });
});
