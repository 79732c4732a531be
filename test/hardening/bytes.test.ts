/**
 * Hostile bytes: ill-formed UTF-8, a character cut off by the end of the
 * file, UTF-16 without a byte-order mark, windows-1256, and inputs that mix
 * UTF-8 and windows-1256 lines. Each is decoded with a diagnostic that names
 * what was guessed or damaged, or refused with a clear error; none comes out
 * as garbage that passes for clean text.
 */
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, safeParseArticle } from '../../src/index';
import { concatBytes, encodeUtf16, encodeWindows1256 } from '../fuzz/generators';
import { assertSurvivesCopies, checkDecode, checkParse } from '../fuzz/checks';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const codes = (input: Uint8Array): Array<[string, number]> =>
  decodeArticleBytes(input).diagnostics.map((d) => [d.code, d.start.offset]);

const ARTICLE = 'افتتاح مكتبة جديدة\n\nافتتاح مكتبة جديدة\nزوار في القاعة\n\nافتتحت البلدية مكتبة تضم عشرين ألف كتاب.';
const LEGACY_LINE = 'نص قديم منقول من موقع آخر، بترميز مختلف';

describe('UTF-16 without a byte-order mark', () => {
  it.each([true, false])('is recognised by its zero bytes (little endian: %s) and said so', (littleEndian) => {
    const decoded = checkDecode(encodeUtf16(ARTICLE, littleEndian));
    expect(decoded.text).toBe(ARTICLE);
    expect(decoded.encoding).toBe(littleEndian ? 'utf-16le' : 'utf-16be');
    expect(decoded.bom).toBe(false);
    expect(codes(encodeUtf16(ARTICLE, littleEndian))).toEqual([['decoded-as-utf-16', 0]]);
    checkParse(encodeUtf16(ARTICLE, littleEndian), ARTICLE, { normalize: false });
  });

  it('with an odd last byte or an unpaired surrogate also reports malformed bytes', () => {
    const odd = concatBytes([encodeUtf16(ARTICLE, true), bytes(0x41)]);
    expect(codes(odd)).toEqual([['decoded-as-utf-16', 0], ['malformed-bytes', ARTICLE.length]]);
    const lone = encodeUtf16(`${ARTICLE}\ud800 نص`, true);
    expect(codes(lone)).toEqual([['decoded-as-utf-16', 0], ['malformed-bytes', ARTICLE.length]]);
    checkDecode(odd);
    checkDecode(lone);
  });

  it('is not guessed for UTF-8 holding a stray NUL, or for binary headers', () => {
    expect(decodeArticleBytes(utf8('عنوان\u0000 الخبر\nنص')).encoding).toBe('utf-8');
    for (const header of [
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d),
      bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00),
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00),
      utf8('a\u0000\u0000\u0000b\u0000\u0000\u0000'), // UTF-32
    ]) {
      expect(decodeArticleBytes(header).diagnostics.map((d) => d.code)).not.toContain('decoded-as-utf-16');
    }
  });
});

describe('a character cut off by the end of the input', () => {
  it.each([
    ['an Arabic letter (2 bytes), 1 missing', 'م', 1],
    ['an euro sign (3 bytes), 1 missing', '€', 1],
    ['an euro sign (3 bytes), 2 missing', '€', 2],
    ['an emoji (4 bytes), 1 missing', '😀', 1],
    ['an emoji (4 bytes), 3 missing', '😀', 3],
  ])('%s becomes one U+FFFD and malformed-bytes, the rest read as UTF-8', (_name, last, missing) => {
    const whole = utf8(`${ARTICLE} ${last}`);
    const cut = whole.subarray(0, whole.length - missing);
    const decoded = checkDecode(cut);
    expect(decoded.text).toBe(`${ARTICLE} \ufffd`);
    expect(decoded.encoding).toBe('utf-8');
    expect(codes(cut)).toEqual([['malformed-bytes', ARTICLE.length + 1]]);
  });

  it('on a line of its own, after a UTF-8 BOM, is still a cut character', () => {
    const cut = concatBytes([bytes(0xef, 0xbb, 0xbf), utf8('عنوان\n'), bytes(0xd9)]);
    expect(decodeArticleBytes(cut)).toMatchObject({ text: 'عنوان\n\ufffd', encoding: 'utf-8', bom: true });
  });

  it('of a windows-1256 input is just its last byte, a letter', () => {
    const legacy = encodeWindows1256(`${LEGACY_LINE}\nظ`);
    const decoded = checkDecode(legacy);
    expect(decoded.text).toBe(`${LEGACY_LINE}\nظ`);
    expect(decoded.encoding).toBe('windows-1256');
  });
});

describe('ill-formed UTF-8', () => {
  it('becomes one U+FFFD per maximal ill-formed sequence, with malformed-bytes on each damaged line', () => {
    const input = concatBytes([
      utf8('عنوان الخبر'),
      bytes(0xc0, 0x80), // overlong
      utf8(' نص\nسطر'),
      bytes(0xed, 0xa0, 0x80), // an encoded surrogate
      utf8(' ثان\nسطر ثالث'),
      bytes(0xff, 0x80), // an invalid lead byte, a lone continuation byte
    ]);
    const decoded = checkDecode(input);
    expect(decoded.text).toBe('عنوان الخبر\ufffd\ufffd نص\nسطر\ufffd\ufffd\ufffd ثان\nسطر ثالث\ufffd\ufffd');
    expect(decoded.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([
      ['malformed-bytes', 1, 12],
      ['malformed-bytes', 2, 4],
      ['malformed-bytes', 3, 9],
    ]);
  });

  it('in a parse, names every damaged line again as replacement-character', () => {
    const input = concatBytes([utf8('عنوان\n\nعنوان\n\nفقرة '), bytes(0xff), utf8(' تالفة.')]);
    const result = safeParseArticle(input, { normalize: false });
    expect(result.success && result.diagnostics.map((d) => [d.code, d.start.line])).toEqual([
      ['malformed-bytes', 5],
      ['replacement-character', 5],
    ]);
  });
});

describe('windows-1256 and mixed encodings', () => {
  it('reads an input that is windows-1256 throughout as such, with one diagnostic at its first non-UTF-8 byte', () => {
    const decoded = checkDecode(encodeWindows1256(ARTICLE));
    expect(decoded.text).toBe(ARTICLE);
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.diagnostics.map((d) => [d.code, d.start.offset])).toEqual([['decoded-as-windows-1256', 0]]);
  });

  it('reads a windows-1256 line inside UTF-8 text in windows-1256, and names only that line', () => {
    const input = concatBytes([utf8('عنوان الخبر\n\nعنوان الخبر\n\nفقرة أولى.\n'), encodeWindows1256(`${LEGACY_LINE}\n`), utf8('فقرة أخيرة.')]);
    const decoded = checkDecode(input);
    expect(decoded.text).toBe(`عنوان الخبر\n\nعنوان الخبر\n\nفقرة أولى.\n${LEGACY_LINE}\nفقرة أخيرة.`);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([['decoded-as-windows-1256', 6, 1]]);
    const result = safeParseArticle(input, { normalize: false });
    expect(result.success && result.data.paragraphs).toEqual(['فقرة أولى.', LEGACY_LINE, 'فقرة أخيرة.']);
  });

  it('reads UTF-8 lines inside windows-1256 text as UTF-8, one diagnostic per run of windows-1256 lines', () => {
    const input = concatBytes([
      encodeWindows1256(`${LEGACY_LINE}\n${LEGACY_LINE}\n`),
      utf8('سطر بترميز UTF-8 في وسط الملف\n'),
      encodeWindows1256(`${LEGACY_LINE}\n${LEGACY_LINE}`),
    ]);
    const decoded = checkDecode(input);
    expect(decoded.text).toBe(`${LEGACY_LINE}\n${LEGACY_LINE}\nسطر بترميز UTF-8 في وسط الملف\n${LEGACY_LINE}\n${LEGACY_LINE}`);
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.diagnostics.map((d) => [d.code, d.start.line])).toEqual([
      ['decoded-as-windows-1256', 1],
      ['decoded-as-windows-1256', 4],
    ]);
  });

  it('keeps ASCII lines between windows-1256 lines in one run', () => {
    const input = encodeWindows1256(`${LEGACY_LINE}\nReuters 2024\n\n${LEGACY_LINE}`);
    expect(codes(input)).toEqual([['decoded-as-windows-1256', 0]]);
  });

  it('decodes a large mixed input in one pass, with diagnostics in text order', () => {
    const lines: Uint8Array[] = [];
    for (let k = 0; k < 20_000; k++) lines.push(k % 3 === 0 ? encodeWindows1256(`${LEGACY_LINE}\n`) : utf8(`سطر سليم رقم ${k}\n`));
    const decoded = checkDecode(concatBytes(lines));
    expect(decoded.diagnostics).toHaveLength(Math.ceil(20_000 / 3));
    assertSurvivesCopies(decoded.diagnostics);
  });
});
