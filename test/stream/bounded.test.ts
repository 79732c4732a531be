/**
 * Memory stays bounded on one endless line: whatever the line is made of, the
 * incremental normaliser holds back at most about one segment plus one piece,
 * and its output still equals one-shot normalisation. The lines are fed in
 * pieces of 1,000 with segments of 1,024 units; nothing in them is a line
 * break. They are 300,000 units long in the deep tier (bounded.deep.test.ts)
 * and 30,000 — still thirty segments — in `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { NORMALIZE_PRESETS, normalizeArabic, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { normalizePiecewise } from './pieces';
import { DEEP_TIER } from '../helpers/tier';

const LENGTH = DEEP_TIER ? 300_000 : 30_000;
const PIECE = 1_000;
const SEGMENT = 1_024;
/** One segment, one piece, and the few units a shortened run keeps. */
const BOUND = SEGMENT + PIECE + 64;

function line(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < text.length; k += PIECE) out.push(text.slice(k, k + PIECE));
  return out;
}

/** Lines of one repeated pattern, between two letters so that marks have a base and joiners neighbours. */
const LINES: Record<string, string> = {
  'ordinary text': line('قالت الوزارة في بيان إن المشروع الجديد يضم ١٢ مدرسة، '),
  'spaces of every kind': line(' \u00a0\t\u2003  '),
  'one haraka repeated': 'ب' + line('\u064e') + 'ل',
  'harakat, shadda and sukun repeated': 'ب' + line('\u064e\u064f\u0650\u0651\u0652\u064b') + 'ل',
  'Quranic marks repeated': 'ب' + line('\u06d6\u06da\u0610') + 'ل',
  'astral marks repeated': 'ب' + line('\u{10efa}\u{10efd}') + 'ل',
  'superscript alef repeated': 'ب' + line('\u0670') + 'ل',
  'combining hamza and madda repeated': 'ا' + line('\u0654\u0653') + 'ل',
  'joiners repeated': 'ب' + line('\u200c\u200d') + 'ل',
  'removed invisibles and tatweel': 'ب' + line('\u200b\u0640\u200f\u00ad\u2060') + 'ل',
  'joiners and spaces': 'ب' + line('\u200c \u200c\u200b ') + 'ل',
  'spaces and marks alternating': 'ب' + line(' \u064e') + 'ل',
  'joiners and marks alternating': 'ب' + line('\u200c\u064e\u0670') + 'ل',
  'lam-alef ligatures': line('ﻻ'),
  'ligatures between spaces': line('ﻻ ﻷ '),
  'honorifics': line('ﷺ'),
  'emoji': line('👍🏽'),
  'Arabic separators': line('٫٬'),
  'digits and separators': line('٣٫٥٬'),
};

/**
 * The one case the stream holds whole whatever the rules: a single cluster
 * whose marks all count, here superscript alefs that each become an alef
 * under `search`.
 */
const WHOLE_CLUSTER = 'superscript alef repeated';

/** `search` cuts inside tokens too, but not where the part before the cut could make a token an address (`3.5,`). */
const SEARCH_HELD = ['digits and separators', WHOLE_CLUSTER];

/** Lines without a space before a letter: under punctuation rules that read letters, there is nowhere to cut them. */
const WITHOUT_WORDS = [
  'Arabic separators',
  'digits and separators',
  'emoji',
  'honorifics',
  'lam-alef ligatures',
  'removed invisibles and tatweel',
];

/**
 * Under mojibake repair a line is cut only before a word or
 * between two characters of neither mojibake code page, and only runs of
 * ASCII spaces and such characters shorten; these lines have none of them.
 */
const WITHOUT_REPAIR_CUTS = [
  'spaces of every kind', // NBSP is a byte of both code pages
  'one haraka repeated', // harakat, joiners, tatweel, LRM/RLM and SHY are windows-1256 bytes
  'harakat, shadda and sukun repeated',
  'joiners repeated',
  'removed invisibles and tatweel',
  'joiners and spaces',
  'spaces and marks alternating',
  'joiners and marks alternating',
  'lam-alef ligatures', // written as windows-1256 letters: a cut there could split a piece in a second repair round
  'digits and separators', // written as ASCII digits and dots: they could end a reference or make an address
];

/**
 * Option sets, and the lines each holds whole: quotes pair within a
 * paragraph, and spacing reads how they pair, so `publish` and tidy spacing
 * hold every line.
 */
const OPTION_SETS: Array<readonly [string, NormalizePreset | NormalizeOptions, readonly string[] | 'every line']> = [
  ...NORMALIZE_PRESETS.map(
    (preset) => [preset, preset, preset === 'publish' ? 'every line' : preset === 'search' ? SEARCH_HELD : []] as const,
  ),
  ['search with mojibake repair', { preset: 'search', mojibake: 'repair' }, [...WITHOUT_REPAIR_CUTS, WHOLE_CLUSTER]],
  ['trim, western digits, honorifics expanded', { whitespace: 'trim', digits: 'western', honorifics: 'expand' }, []],
  // Line-scoped rules that read no quotes: cut before words, and shortened like the engine alone.
  ['display with Arabic punctuation', { preset: 'display', punctuation: 'arabic', ellipsis: 'character', dashes: 'en-dash', percentSign: 'arabic' }, WITHOUT_WORDS],
  ['display with tidy spacing', { preset: 'display', spacing: 'tidy' }, 'every line'],
];

describe.each(Object.entries(LINES))(`a ${LENGTH.toLocaleString('en')}-unit line: %s`, (name, text) => {
  it.each(OPTION_SETS)('is held back at most one segment and a piece with %s, unless it must be held whole', (_label, options, held) => {
    const { output, maxPending } = normalizePiecewise(pieces(text), options, SEGMENT);
    expect(output).toBe(normalizeArabic(text, options));
    const whole = held === 'every line' || held.includes(name);
    expect(maxPending).toBeLessThanOrEqual(whole ? text.length : BOUND);
  });
});
