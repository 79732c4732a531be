/**
 * The copies between strings and bytes call Node's `ucs2Write` and
 * `ucs2Slice` when Buffers have them, and `write` and `toString` when they do
 * not (a runtime whose Buffer is a shim). Both routes must give the same text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasUcs2Methods, nodeBuffer } from '../../src/unicode/node-buffer';
import { normalizeArabic, normalizeArabicWithMap } from '../../src/normalize/normalizer';
import { decodeUnits } from '../../src/normalize/engine';

type Ucs2Methods = { ucs2Write?: unknown; ucs2Slice?: unknown };

const proto = Buffer.prototype as unknown as Ucs2Methods;
const saved = { ucs2Write: proto.ucs2Write, ucs2Slice: proto.ucs2Slice };

afterEach(() => {
  proto.ucs2Write = saved.ucs2Write;
  proto.ucs2Slice = saved.ucs2Slice;
  vi.resetModules();
});

/** Texts that take every copy: short and long lines, a lone surrogate, a BOM, more than one piece. */
function texts(): string[] {
  const line = 'قالَ المديرُ، إنّ المدرسةَ الجديدةَ ستُفتتح؛ هل تأتي؟ ١٢٣';
  return [line, '\ufeff' + line, `${line}\ud800${line}`, 'كتاب', `${line}\n`.repeat(1500)];
}

describe('UTF-16 copies through Buffer', () => {
  it('finds the methods on Node’s Buffers, and not on an object without them', () => {
    expect(hasUcs2Methods(nodeBuffer!.alloc(2))).toBe(true);
    expect(hasUcs2Methods({ buffer: new ArrayBuffer(2), byteOffset: 0, write: () => 0, toString: () => '' })).toBe(false);
  });

  it('read a range that does not start at the buffer’s first byte', () => {
    const text = 'نص عربي طويل '.repeat(4);
    const units = new Uint16Array(text.length + 8);
    for (let k = 0; k < text.length; k++) units[k + 8] = text.charCodeAt(k);
    expect(decodeUnits(units.subarray(8), text.length, 'buffer')).toBe(text);
  });

  it('give the same text and map with write and toString as with ucs2Write and ucs2Slice', async () => {
    proto.ucs2Write = undefined;
    proto.ucs2Slice = undefined;
    vi.resetModules();
    const shim = await import('../../src/normalize/normalizer');
    // The shim's modules decided at their import: restored, the methods are not used by them.
    proto.ucs2Write = saved.ucs2Write;
    proto.ucs2Slice = saved.ucs2Slice;
    for (const text of texts()) {
      for (const preset of ['search', 'display', 'publish'] as const) {
        expect(shim.normalizeArabic(text, preset)).toBe(normalizeArabic(text, preset));
        const withMap = shim.normalizeArabicWithMap(text, preset);
        const expected = normalizeArabicWithMap(text, preset);
        expect(withMap.text).toBe(expected.text);
        expect([...withMap.sourceIndex]).toEqual([...expected.sourceIndex]);
      }
    }
  });
});
