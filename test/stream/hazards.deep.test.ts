/**
 * Every place where a cut is known to be dangerous, cut everywhere: each
 * hazard text is split at every single offset and also fed one code unit at a
 * time, with segment lengths from 1 (a cut or a shortening at every piece) to
 * the default, under every preset and the options that switch on the
 * context-dependent rules. The property tests draw random texts; these make
 * sure the known neighbours meet on every run.
 *
 * Every text is cut at every offset under several segment lengths, which takes
 * most of a minute: this file runs in the deep tier (`npm run test:deep`).
 */
import { describe, expect, it } from 'vitest';
import { NORMALIZE_PRESETS, normalizeArabic, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { normalizePiecewise } from './pieces';

/** Texts whose normalisation depends on neighbours, each with letters around it. */
const HAZARDS: Record<string, string> = {
  'digit separators between digits': '3٫5 ٣٬٠٠٠ 3٫ 5 3٫٫5 ٫٫3',
  'separator, joiner and removed unit between digits': '3٫\u200c5 3\u200b٫5 3٫\u200b5',
  'a letter and a pile of marks': 'بَِِِّّّّْ ل',
  'superscript alef before its deciding letter': 'هٰذا ذٰلك لٰكن كتٰب عَلَىٰ هٰ ذا',
  'joiners between letters and beside spaces': 'ب\u200cل ب\u200c\u200c \u200bل ب \u200c\u200cل ب\u200d\u200c\u200b\u200cل',
  'lam-alef ligatures and the pair they spell': 'ﻻ لا ﻷن ﻵ ﻻﻻﻻ ل\u0627',
  'CRLF and spaces at line ends': 'أ \r\n ب\r\r\n\n ت  \u2029 ث',
  'surrogate pairs and lone surrogates': '👍👍 x\ud83d y \udc4d \u{10efa}ب\u{10efa}\u{10efa}',
  'honorifics beside words and spaces': 'محمدﷺقال محمد ﷺ قال ﷺﷺ',
  'runs of collapsing spaces': 'ب     ل\t\u00a0 \u2003ت   ',
  'composition across a cut': 'ا\u0654 آ\u0654\u0654 ي\u0654\u064e و\u0654ٕ',
  'Quranic marks and small letters': 'بِسۡمِ ٱللَّهِ ۖ ذَٰلِكَ ٱلۡكِتَٰبُ',
  'presentation forms of marks': 'ب\ufe72\ufe72 \ufe72ل',
  'tatweel and removed marks between letters': 'بـــَـل ‏ب‎\u00adل',
  'removed units before a honorific': 'ب\u200c\u0640\u0640ﷺ ب\u200b\u200b\u0640ﷺ بَُ\u0640\u0640ﷺ ﷺ\u0640\u0640ب',
  // The line-scoped rules: a mark decided by its token, mojibake decided by its line, references.
  'marks in addresses and far from their start': 'www.ﻻ٣٣٣٣،ﻻ👍👍؟ http://ﻻ٣٣،٣ a@b.ﻻﻻ؛ ﻻ٣٣،٣٣ كلمة، كلمة',
  // The mark is rewritten in the text a cut is checked on: it must still count as a mark there.
  'a mark before the address sign of its token': 'ï؛€ط§ظ‹ظ‹a@b. ﻻ،ﻻﻻﻻx@y.z',
  'mojibake decided by another piece of its line': 'طھ ظ… كلمة ط، كلمة ٣٣ ظ…ط±ط­ط¨ط§ ٣ Ø¨Ùƒ',
  'a line blank but for no-break spaces in mojibake': 'آ\u00a0 \u2003 آ\u00a0\t آ\u00a0',
  // Presentation forms of neither code page, written as letters that are mojibake (طگ is U+0610) once a trigger elsewhere calls for a second round.
  'mojibake made by the normaliser': 'x ﻁﮒﻁﮒﻁﮒ ط§ط ﻁﮒﻁﮒ',
  'references between words and inside them': 'قال &quot;نعم&quot; ﻻ&amp;ﻻ &#1605;&#1585;&#x62D; &nbsp;كلمة',
};

/** Options that switch on what the presets leave off. */
const OPTION_SETS: Array<NormalizePreset | NormalizeOptions> = [
  ...NORMALIZE_PRESETS,
  { whitespace: 'trim' },
  { preset: 'search', whitespace: 'trim', honorifics: 'expand' },
  { honorifics: 'expand', digits: 'western' },
  { diacritics: 'keep', compose: 'nfc', superscriptAlef: 'alef' },
  { preset: 'lucene', joiners: 'contextual', digits: 'western', superscriptAlef: 'contextual' },
  { preset: 'camel', compose: 'nfc', quranicMarks: 'strip', otherMarks: 'keep' },
  { preset: 'display', punctuation: 'ascii' },
  { preset: 'display', punctuation: 'arabic', ellipsis: 'character', htmlEntities: 'decode' },
  { preset: 'search', mojibake: 'keep' },
];

const SEGMENT_LENGTHS = [1, 2, 3, 5, undefined];

function label(options: NormalizePreset | NormalizeOptions): string {
  return typeof options === 'string' ? options : JSON.stringify(options);
}

describe.each(Object.entries(HAZARDS))('%s', (_, hazard) => {
  it.each(OPTION_SETS.map((options) => [label(options), options] as const))('normalises like one shot with %s', (_name, options) => {
    const expected = normalizeArabic(hazard, options);
    for (const segmentLength of SEGMENT_LENGTHS) {
      expect(normalizePiecewise(hazard.split(''), options, segmentLength).output).toBe(expected);
      for (let cut = 0; cut <= hazard.length; cut++) {
        const pieces = [hazard.slice(0, cut), hazard.slice(cut)];
        expect(normalizePiecewise(pieces, options, segmentLength).output, `cut at ${cut}`).toBe(expected);
      }
    }
  });
});
