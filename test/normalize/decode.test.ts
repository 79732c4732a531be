/**
 * The three ways output units become a string must agree, keep a leading
 * U+FEFF, and (where chosen) keep lone surrogates. In browsers the engine
 * uses TextDecoder; under Node it uses Buffer; tests run under Node, so the
 * other strategies are checked here directly.
 */
import { describe, expect, it } from 'vitest';
import { decodeStrategy, decodeUnits } from '../../src/normalize/engine';

const units = (text: string): Uint16Array => Uint16Array.from({ length: text.length }, (_, k) => text.charCodeAt(k));

describe('decodeUnits', () => {
  const text = '\ufeffمرحبا 👍 ' + 'نص عربي طويل '.repeat(20);

  it('gives the same string with every strategy, a leading BOM included', () => {
    for (const strategy of ['buffer', 'decoder', 'chars'] as const) {
      expect(decodeUnits(units(text), text.length, strategy)).toBe(text);
    }
  });

  it('decodes only the requested length', () => {
    const buffer = units(text + 'زائد');
    for (const strategy of ['buffer', 'decoder', 'chars'] as const) expect(decodeUnits(buffer, text.length, strategy)).toBe(text);
  });

  it('never sends lone surrogates to TextDecoder', () => {
    const lone = 'ا\ud800ب' + 'ت'.repeat(100);
    const strategy = decodeStrategy(lone.length, true);
    expect(strategy).not.toBe('decoder');
    expect(decodeUnits(units(lone), lone.length, strategy)).toBe(lone);
    expect(decodeUnits(units(lone), lone.length, 'chars')).toBe(lone);
  });
});
