/**
 * Examples of every rule family, read from test/fixtures/normalize/rules.json.
 * Each case also runs through the offset map variant, which must give the
 * same text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeArabicWithMap, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';

interface Case {
  rule: string;
  name: string;
  options: NormalizePreset | NormalizeOptions;
  input: string;
  expected: string;
}

const { cases } = JSON.parse(
  readFileSync(new URL('../fixtures/normalize/rules.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

const byRule = new Map<string, Case[]>();
for (const item of cases) byRule.set(item.rule, [...(byRule.get(item.rule) ?? []), item]);

describe('normalisation rules (fixtures)', () => {
  for (const [rule, list] of byRule) {
    describe(rule, () => {
      it.each(list.map((item) => [item.name, item] as const))('%s', (_, item) => {
        expect(normalizeArabic(item.input, item.options)).toBe(item.expected);
        expect(normalizeArabicWithMap(item.input, item.options).text).toBe(item.expected);
        // Every rule is idempotent: its output is a fixed point.
        expect(normalizeArabic(item.expected, item.options)).toBe(item.expected);
      });
    });
  }

  it('covers every rule family of the issue', () => {
    expect([...byRule.keys()].sort()).toEqual(
      [
        'anchors', 'camel', 'composition', 'diacritics', 'digits', 'honorifics', 'invisibles', 'letters', 'lucene',
        'other scripts', 'presentation forms', 'superscript alef', 'tatweel', 'whitespace',
        'quotes', 'punctuation', 'spacing', 'ellipsis', 'punctuation runs', 'dashes', 'percent sign', 'decimal sign',
        'mojibake', 'html entities', 'publish', 'search',
      ].sort(),
    );
  });
});
