/**
 * Finding 4 of the robustness audit: every preset and option set is
 * idempotent and stream-equal by construction. The passes run in rounds to a
 * fixed point (src/normalize/pipeline.ts), and a mark cluster composes to one
 * (src/normalize/machine.ts): these texts each needed a second call before.
 */
import { describe, expect, it } from 'vitest';
import { NORMALIZE_PRESETS, normalizeArabic, normalizeArabicWithMap, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { createIncrementalNormalizer } from '../../src/stream';

type Options = NormalizePreset | NormalizeOptions;

/** Texts and options that were not at a fixed point after one call, with what one call now gives. */
const FIXTURES: ReadonlyArray<readonly [string, string, Options, string]> = [
  ['a repair on line 2 no longer decides line 1', 'ب "!www.» ب"\nØ§\u00a0', 'publish', 'ب «! www.» ب»\nا '],
  ['a space put after a mark ends an address, so the quotes pair', 'ب "!www.» ب"', 'publish', 'ب «! www.» ب»'],
  ['ٱ folded to ا takes the hamza above (alef: all)', '\u0671\u0654', { alef: 'all' }, 'ا'],
  ['ٱ folded to ا takes the hamza above (alef: hamza-wasla)', 'ب\u0671\u0654ل', { alef: 'hamza-wasla' }, 'بال'],
  ['إ written as ا takes the hamza above that stayed', '"إ\u0654', { preset: 'display', alef: 'hamza' }, '"ا'],
  ['a removed astral mark of class 0 no longer blocks composition', 'ا\u{10efc}\u0654', { preset: 'display', quranicMarks: 'strip' }, 'أ'],
  ['a madda blocked behind a hamza composes once the letter is written', 'أ\u0653ا ا', { alef: 'hamza' }, 'اا ا'],
];

function streamed(text: string, options: Options, segmentLength: number): string {
  const normalizer = createIncrementalNormalizer(options, { segmentLength });
  let out = '';
  for (const unit of text) out += normalizer.push(unit);
  return out + normalizer.end();
}

describe('finding 4: one call reaches the fixed point', () => {
  it.each(FIXTURES)('finding 4: %s', (_name, text, options, expected) => {
    const once = normalizeArabic(text, options);
    expect(once).toBe(expected);
    expect(normalizeArabic(once, options)).toBe(once);
    expect(normalizeArabicWithMap(text, options).text).toBe(once);
    for (const segmentLength of [1, 3, 65_536]) expect(streamed(text, options, segmentLength)).toBe(once);
  });

  it('finding 4: each line of a publish text is normalised as it would be alone', () => {
    const lines = ['ب "!www.» ب"', 'Ø§\u00a0', 'قال:"نعم",ثم ذهب...'];
    const whole = normalizeArabic(lines.join('\n'), 'publish');
    expect(whole).toBe(lines.map((line) => normalizeArabic(line, 'publish')).join('\n'));
    for (const preset of NORMALIZE_PRESETS) {
      const text = lines.join('\n');
      expect(streamed(text, preset, 2), preset).toBe(normalizeArabic(text, preset));
    }
  });
});
