import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeArabic, normalizeArabicWithMap, type NormalizeOptions } from '../../src/normalize';
import { Machine } from '../../src/normalize/machine';
import { NORMALIZE_PRESETS } from '../../src/normalize/option-values';
import { WARM_UP_FROM, WARM_UP_TEXT } from '../../src/normalize/warm-up';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the warm-up run', () => {
  // The sample is meant to teach the loops their common branches only: a slow-path branch taken
  // there would be compiled into the loop for every long text that follows.
  it('takes no slow path under any preset', () => {
    const step = vi.spyOn(Machine.prototype, 'step');
    for (const preset of NORMALIZE_PRESETS) {
      normalizeArabic(WARM_UP_TEXT, preset);
      normalizeArabicWithMap(WARM_UP_TEXT, preset);
    }
    expect(step).not.toHaveBeenCalled();
  });

  it('is short enough not to warm up before itself', () => {
    expect(WARM_UP_TEXT.length).toBeLessThan(WARM_UP_FROM);
  });

  // Options no other test uses, so the first long text below is the first these options see.
  it('leaves the first long text as every later call normalises it', () => {
    const options: NormalizeOptions = { preset: 'search', digits: 'keep', tatweel: 'keep' };
    const line = 'كتـاب الطالبِ، في ١٢ صفحة؟ نعم.  \u00a0ﻻ\u200c\n';
    const text = line.repeat(Math.ceil((WARM_UP_FROM * 2) / line.length));
    const first = normalizeArabic(text, options);
    const firstWithMap = normalizeArabicWithMap(text, options);
    expect(normalizeArabic(text, options)).toBe(first);
    const again = normalizeArabicWithMap(text, options);
    expect(again.text).toBe(firstWithMap.text);
    expect(Array.from(again.sourceIndex)).toEqual(Array.from(firstWithMap.sourceIndex));
    expect(first).toBe(text.split('\n').map((part) => normalizeArabic(part, options)).join('\n'));
  });
});
