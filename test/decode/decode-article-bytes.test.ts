import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/decode/decode-article-bytes';
import { firstInvalidUtf8 } from '../../src/decode/utf8';
import { parseArticle, safeParseArticle } from '../../src/parse/parse-article';

const TEXT = 'عنوان الخبر\n\nعنوان الخبر\nنص 😀 «مقتبس»';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** `الرئيس قال` in windows-1256, then a newline and `1256`. */
const WINDOWS_1256 = new Uint8Array([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xde, 0xc7, 0xe1, 0x0a, 0x31, 0x32, 0x35, 0x36]);

describe('decodeArticleBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeArticleBytes(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false, diagnostics: [] });
  });

  it('reads UTF-8 with a BOM and leaves the BOM out of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', bom: true, diagnostics: [] });
  });

  it('keeps a second BOM, which is text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeArticleBytes(bytes).text).toBe('\ufeffA');
  });

  it('reads UTF-16LE with a BOM', () => {
    expect(decodeArticleBytes(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le', bom: true, diagnostics: [] });
  });

  it('reads UTF-16BE with a BOM', () => {
    expect(decodeArticleBytes(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be', bom: true, diagnostics: [] });
  });

  it('decodes bytes that are not UTF-8 as windows-1256, pointing at the first bad byte', () => {
    const { text, encoding, bom, diagnostics } = decodeArticleBytes(WINDOWS_1256);
    expect(text).toBe('الرئيس قال\n1256');
    expect(encoding).toBe('windows-1256');
    expect(bom).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([
      ['decoded-as-windows-1256', 'warning', { line: 1, column: 1, offset: 0 }, { line: 1, column: 2, offset: 1 }],
    ]);
  });

  it('points at a bad byte on a later line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ab\r\ncd'), 0xe1]);
    const [diagnostic] = decodeArticleBytes(bytes).diagnostics;
    expect(diagnostic?.start).toEqual({ line: 2, column: 3, offset: 6 });
  });

  it('replaces bad units of BOM-marked UTF-16 with U+FFFD and says so', () => {
    const odd = new Uint8Array([...utf16('أب', true), 0x41]);
    const decoded = decodeArticleBytes(odd);
    expect(decoded.text).toBe('أب\ufffd');
    expect(decoded.diagnostics.map((d) => [d.code, d.start.offset])).toEqual([['malformed-bytes', 2]]);
    const lone = utf16('أ\ud800ب', false);
    expect(decodeArticleBytes(lone).diagnostics.map((d) => [d.code, d.start.offset])).toEqual([['malformed-bytes', 1]]);
  });

  it('replaces bad sequences of BOM-marked UTF-8 rather than guessing windows-1256', () => {
    const decoded = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('A\ufffdB');
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['malformed-bytes']);
  });

  it('never presents U+FFFD as clean text: the parse names each line holding one', () => {
    const result = safeParseArticle(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x42, 0x00]));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.diagnostics.map((d) => [d.code, d.start.line])).toEqual([
      ['malformed-bytes', 2],
      ['replacement-character', 2],
      ['title-echo-missing', 2],
      ['caption-assumed', 2],
      ['body-empty', 2],
    ]);
  });

  it('makes windows-1256 input fail strict parsing', () => {
    expect(parseArticle(WINDOWS_1256).title).toBe('الرئيس قال');
    expect(() => parseArticle(WINDOWS_1256, { strict: true })).toThrow(/decoded-as-windows-1256/);
  });

  it('reads empty bytes as empty UTF-8 text', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false, diagnostics: [] });
  });
});

describe('finding 5: bytes that cannot be read, and shared bytes', () => {
  function detached(text: string): Uint8Array {
    const bytes = new TextEncoder().encode(text);
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    return bytes;
  }

  it('finding 5: a detached Uint8Array is a failure with unreadable-bytes, not a throw', () => {
    const result = safeParseArticle(detached(TEXT));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['unreadable-bytes', 'error'],
      ['empty-input', 'error'],
    ]);
    expect(() => parseArticle(detached(TEXT))).toThrow(/unreadable-bytes/);
    expect(decodeArticleBytes(detached(TEXT)).diagnostics.map((d) => d.code)).toEqual(['unreadable-bytes']);
  });

  it('finding 5: a view a resizable buffer shrank below is unreadable too', () => {
    const Resizable = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer & { resize?(n: number): void };
    const buffer = new Resizable(16, { maxByteLength: 32 });
    if (typeof buffer.resize !== 'function') return;
    const view = new Uint8Array(buffer, 8, 8);
    buffer.resize(4);
    expect(decodeArticleBytes(view).diagnostics.map((d) => d.code)).toEqual(['unreadable-bytes']);
  });

  it('finding 5: an empty view on a live buffer is still an empty text, not unreadable', () => {
    expect(decodeArticleBytes(new Uint8Array(new ArrayBuffer(8), 8)).diagnostics).toEqual([]);
  });

  it('finding 5: bytes on a SharedArrayBuffer decode like their copy, in every branch', () => {
    const inputs = [new TextEncoder().encode(TEXT), utf16(TEXT, true), utf16(TEXT, false), new Uint8Array([0xc7, 0xe1, 0xce, 0xc8, 0xd1, 0x0a, 0xff])];
    for (const bytes of inputs) {
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 4), 2, bytes.length);
      shared.set(bytes);
      expect(decodeArticleBytes(shared)).toEqual(decodeArticleBytes(bytes));
    }
    const encoded = new TextEncoder().encode(TEXT);
    const view = new Uint8Array(new SharedArrayBuffer(encoded.length));
    view.set(encoded);
    expect(safeParseArticle(view)).toEqual(safeParseArticle(TEXT));
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid ASCII and Arabic', [0x41, 0xd8, 0xa7, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated sequence', [0x41, 0xd8], 1],
    ['an overlong two-byte form', [0xc0, 0x80], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a bad second continuation byte', [0xe2, 0x82, 0x41], 0],
    ['an invalid lead byte', [0x41, 0x42, 0xff], 2],
  ])('finds %s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
    let decodes = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      decodes = false;
    }
    expect(decodes).toBe(expected === -1);
  });
});
