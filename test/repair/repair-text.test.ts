/**
 * repairText: mojibake of both kinds undone, HTML references decoded, clean
 * text left alone, and a report that rebuilds the output from the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, vocalisedText } from '../arbitraries';
import { TEXT_REPAIR_KINDS, repairText, type TextRepair } from '../../src/repair';
import { normalizeArabic, normalizeArabicWithMap } from '../../src/normalize';
import { cleanArabicText, misdecode, type Misreading } from './misdecode';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (repair-text.deep.test.ts). */
const numRuns = propertyRuns(200);
const MISREADINGS: Misreading[] = ['windows-1256', 'windows-1252', 'latin-1'];

/** Replaces every repaired range of `input` by its replacement. */
function applyRepairs(input: string, repairs: readonly TextRepair[]): string {
  let out = '';
  let at = 0;
  for (const repair of repairs) {
    expect(repair.start).toBeGreaterThanOrEqual(at);
    expect(repair.end).toBeGreaterThan(repair.start);
    out += input.slice(at, repair.start) + repair.replacement;
    at = repair.end;
  }
  return out + input.slice(at);
}

describe('repairText on mojibake', () => {
  it.each(MISREADINGS)('gives back the Arabic text that was read as %s', (as) => {
    fc.assert(
      fc.property(cleanArabicText, (text) => {
        const damaged = misdecode(text, as);
        const { text: repaired, repairs } = repairText(damaged);
        expect(repaired).toBe(text);
        expect(applyRepairs(damaged, repairs)).toBe(text);
        const expected = as === 'windows-1256' ? 'mojibake-windows-1256' : 'mojibake-latin-1';
        for (const repair of repairs) expect(repair.kind).toBe(expected);
      }),
      { numRuns },
    );
  });

  it('undoes Arabic that went through the mistake twice', () => {
    // A typographic mark alone (– « NBSP) misread twice has no evidence of its own at the first level: words only here.
    const words = cleanArabicText.map((text) => text.replace(/[^\u0621-\u064a\n ]/g, ' ').replace(/ +/g, ' ')).filter((text) => /[\u0621-\u064a]{2}/.test(text));
    fc.assert(
      fc.property(words, fc.constantFrom(...MISREADINGS), (text, as) => {
        expect(repairText(misdecode(misdecode(text, as), as)).text).toBe(text);
      }),
      { numRuns },
    );
  });

  it('repairs only the damaged words of a line that also holds clean Arabic', () => {
    const clean = 'قال المتحدث في بيان';
    const damaged = `${clean} ${misdecode('إن الاجتماع سيعقد غدا', 'windows-1256')} ${clean}`;
    const { text, repairs } = repairText(damaged);
    expect(text).toBe(`${clean} إن الاجتماع سيعقد غدا ${clean}`);
    expect(repairs.map((repair) => [repair.kind, damaged.slice(repair.start, repair.end)])).toEqual(
      ['إن', 'الاجتماع', 'سيعقد', 'غدا'].map((word) => ['mojibake-windows-1256', misdecode(word, 'windows-1256')]),
    );
  });

  it('repairs one-letter words only next to other damage', () => {
    expect(repairText(misdecode('ف', 'windows-1256')).text).toBe(misdecode('ف', 'windows-1256'));
    expect(repairText(misdecode('ت م', 'windows-1256')).text).toBe('ت م');
    expect(repairText(misdecode('و', 'windows-1256')).text).toBe('و'); // ˆ is a marker
  });

  it('judges a one-letter piece by the damage of its own stretch of the line, between clean words', () => {
    // أ، and ع، are valid mojibake (á, U+06A1) that clean text writes: a clean word keeps them apart from the damage.
    const damage = misdecode('إن الاجتماع سيعقد غدا', 'windows-1256');
    expect(repairText(`قال أ، ثم ع، كذلك ${damage}`).text).toBe('قال أ، ثم ع، كذلك إن الاجتماع سيعقد غدا');
    // Next to the damage, with no clean word between, a one-letter piece is part of it.
    const word = misdecode('و', 'windows-1256');
    expect(repairText(`قال ${word} ${damage}`).text).toBe('قال و إن الاجتماع سيعقد غدا');
    expect(repairText(`${word} قال ${damage}`).text).toBe(`و قال إن الاجتماع سيعقد غدا`);
  });

  it('repairs a line that held only a no-break space', () => {
    expect(repairText(' آ\u00a0').text).toBe(' \u00a0');
    expect(repairText('Â\u00a0\nÂ\u00a0').text).toBe('\u00a0\n\u00a0');
  });
});

describe('repairText on clean text', () => {
  it('changes nothing, and returns the same string', () => {
    fc.assert(
      fc.property(fc.oneof(cleanArabicText, paragraph), (text) => {
        const result = repairText(text);
        expect(result.text).toBe(text);
        expect(result.repairs).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('leaves lone letters before punctuation alone (فقط، reads as ط + ، = ء)', () => {
    for (const text of ['فقط، قال', 'ط، ظ، ع، غ،', 'مع «ع» و«غ»', 'عکس', 'ع\u00a0١٢']) expect(repairText(text).text).toBe(text);
  });

  it('is idempotent on any text, damaged or not', () => {
    fc.assert(
      fc.property(fc.oneof(cleanArabicText, vocalisedText, paragraph), fc.constantFrom(...MISREADINGS), fc.boolean(), (text, as, damage) => {
        const once = repairText(damage ? misdecode(text, as) : text).text;
        expect(repairText(once).text).toBe(once);
      }),
      { numRuns },
    );
  });
});

describe('repairText on HTML references', () => {
  it.each([
    ['&quot;نص&quot;', '"نص"'],
    ['a &amp; b', 'a & b'],
    ['&lt;b&gt;', '<b>'],
    ['قال&nbsp;إن', 'قال\u00a0إن'],
    ['&apos;x&#39;', "'x'"],
    ['&laquo;نعم&raquo; &hellip; &ndash; &rsquo;', '«نعم» … – ’'],
    ['&#1605;&#x645;&#X645;', 'ممم'],
    ['&#150;', '–'],
    ['&amp;quot;مرحبا&amp;amp;quot;', '"مرحبا"'],
  ])('%s → %s', (input, expected) => {
    const { text, repairs } = repairText(input);
    expect(text).toBe(expected);
    expect(repairs.every((repair) => repair.kind === 'html-entity')).toBe(true);
    expect(applyRepairs(input, repairs)).toBe(expected);
  });

  it.each([
    ['&quot', 'no semicolon'],
    ['&unknown;', 'unknown name'],
    ['&#65;', 'an ASCII letter: it could spell a new reference'],
    ['&#10;', 'a line break'],
    ['&#0;', 'a control'],
    ['&#xD800;', 'a surrogate'],
    ['&#x110000;', 'beyond Unicode'],
    ['&#12345678;', 'too many digits'],
    ['&amp;#113;uot;', 'a reference that would spell another: decoded once, to &#113;uot;'],
  ])('leaves %s alone (%s)', (input) => {
    const once = repairText(input).text;
    expect(repairText(once).text).toBe(once);
    if (input !== '&amp;#113;uot;') expect(once).toBe(input);
    else expect(once).toBe('&#113;uot;');
  });
});

describe('repairText', () => {
  it('reports closed-list kinds', () => {
    expect([...TEXT_REPAIR_KINDS].sort()).toEqual(['html-entity', 'mojibake-latin-1', 'mojibake-windows-1256']);
  });

  it('rejects a non-string', () => {
    expect(() => repairText(42 as unknown as string)).toThrow(TypeError);
  });

  it('handles a one-megabyte line of mojibake and one of near-misses', () => {
    const damaged = misdecode('قالت الوزارة في بيان إن المشروع الجديد يضم مدارس ', 'windows-1256').repeat(10_000);
    expect(repairText(damaged).text).toBe('قالت الوزارة في بيان إن المشروع الجديد يضم مدارس '.repeat(10_000));
    const nearMisses = 'فقط، مع، ط، ع«غ» '.repeat(60_000);
    expect(repairText(nearMisses).text).toBe(nearMisses);
  });
});

describe('repair in the normaliser', () => {
  it.each([
    ['a kept joiner is a continuation byte (ﻄ + ZWNJ + طپ)', 'ﻄ\u200cطپیی اا اا.'],
    ['a removed astral mark joins a lead and a marker', 'ظ\u{10efd}½'],
    ['a removed soft hyphen joins two halves', 'ط\u00ad¨ ظ…'],
    ['spaced dots become one run once their spaces go', 'إنجلترا. .. وهنا'],
  ])('stays idempotent when one step makes work for another: %s', (_, text) => {
    for (const preset of ['publish', 'search'] as const) {
      const once = normalizeArabic(text, preset);
      expect(normalizeArabic(once, preset)).toBe(once);
    }
  });

  const SEARCH_WITH_REPAIR = { preset: 'search', mojibake: 'repair', htmlEntities: 'decode' } as const;

  it.each([
    ['publish', 'publish'],
    ['search with repair', SEARCH_WITH_REPAIR],
  ] as const)('%s gives damaged text the key of the clean text, with a valid offset map', (_name, preset) => {
    fc.assert(
      fc.property(cleanArabicText, fc.constantFrom(...MISREADINGS), (text, as) => {
        const damaged = misdecode(text, as);
        expect(normalizeArabic(damaged, preset)).toBe(normalizeArabic(text, preset));
        const { text: output, sourceIndex } = normalizeArabicWithMap(damaged, preset);
        expect(output).toBe(normalizeArabic(text, preset));
        expect(sourceIndex[output.length]).toBe(damaged.length);
        for (let i = 0; i < output.length; i++) expect(sourceIndex[i]).toBeLessThanOrEqual(sourceIndex[i + 1]!);
      }),
      { numRuns },
    );
  });

  it('maps a decoded letter back to the characters of its bytes', () => {
    const damaged = misdecode('سلام', 'windows-1256'); // ط³ظ„ط§ظ…
    const { text, sourceIndex } = normalizeArabicWithMap(damaged, 'publish');
    expect(text).toBe('سلام');
    expect(Array.from(sourceIndex)).toEqual([0, 2, 4, 6, 8]);
  });
});
