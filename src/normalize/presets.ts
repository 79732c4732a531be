/**
 * The presets as complete option objects, and the resolution of
 * `preset + overrides` into one {@link ResolvedNormalizeOptions}.
 */
import { NormalizeOptionsError } from './errors';
import {
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESETS,
  type NormalizeOptions,
  type NormalizePreset,
  type ResolvedNormalizeOptions,
} from './option-values';
import { nearestName } from '../diagnostics/nearest-name';
import { describeValue, readPlainOptions, type OptionsShape } from './read-options';

const DISPLAY: ResolvedNormalizeOptions = {
  preset: 'display',
  compose: 'nfc',
  presentationForms: 'letters',
  honorifics: 'keep',
  diacritics: 'canonical',
  tanween: 'keep',
  shadda: 'keep',
  superscriptAlef: 'keep',
  quranicMarks: 'keep',
  otherMarks: 'keep',
  tatweel: 'keep',
  alef: 'keep',
  alefMaksura: 'keep',
  tehMarbuta: 'keep',
  hamzaCarriers: 'keep',
  persianLetters: 'keep',
  digits: 'keep',
  bidiControls: 'remove',
  zeroWidthSpace: 'remove',
  byteOrderMark: 'remove',
  softHyphen: 'remove',
  wordJoiner: 'remove',
  joiners: 'contextual',
  whitespace: 'collapse',
  mojibake: 'keep',
  htmlEntities: 'keep',
  quotes: 'keep',
  punctuation: 'keep',
  spacing: 'keep',
  ellipsis: 'keep',
  punctuationRuns: 'keep',
  dashes: 'keep',
  percentSign: 'keep',
  decimalSign: 'keep',
};

const SEARCH: ResolvedNormalizeOptions = {
  ...DISPLAY,
  preset: 'search',
  diacritics: 'strip',
  tanween: 'strip',
  shadda: 'strip',
  // Chosen by measurement: see docs/normalization.md, "Superscript alef".
  superscriptAlef: 'contextual',
  quranicMarks: 'strip',
  otherMarks: 'strip',
  tatweel: 'remove',
  alef: 'all',
  alefMaksura: 'yeh',
  tehMarbuta: 'heh',
  persianLetters: 'arabic',
  digits: 'western',
  // Keys of text with leftover HTML references match keys of clean text.
  htmlEntities: 'decode',
  // ، ؛ ؟ and , ; ? are one key each.
  punctuation: 'ascii',
  // Mojibake repair stays opt-in (`mojibake: 'repair'`): its scan costs a fifth of the
  // throughput on every text, and it makes a stream hold lines that never show any.
};

// House style for text that is shown: what a copy editor fixes, letters and marks untouched.
const PUBLISH: ResolvedNormalizeOptions = {
  ...DISPLAY,
  preset: 'publish',
  mojibake: 'repair',
  htmlEntities: 'decode',
  quotes: 'guillemets',
  punctuation: 'arabic',
  spacing: 'tidy',
  ellipsis: 'character',
};

// Lucene's ArabicNormalizer: آ أ إ → ا, ى → ي, ة → ه, U+064B–0652 and tatweel deleted, nothing else.
const LUCENE: ResolvedNormalizeOptions = {
  preset: 'lucene',
  compose: 'keep',
  presentationForms: 'keep',
  honorifics: 'keep',
  diacritics: 'strip',
  tanween: 'strip',
  shadda: 'strip',
  superscriptAlef: 'keep',
  quranicMarks: 'keep',
  otherMarks: 'keep',
  tatweel: 'remove',
  alef: 'hamza',
  alefMaksura: 'yeh',
  tehMarbuta: 'heh',
  hamzaCarriers: 'keep',
  persianLetters: 'keep',
  digits: 'keep',
  bidiControls: 'keep',
  zeroWidthSpace: 'keep',
  byteOrderMark: 'keep',
  softHyphen: 'keep',
  wordJoiner: 'keep',
  joiners: 'keep',
  whitespace: 'keep',
  mojibake: 'keep',
  htmlEntities: 'keep',
  quotes: 'keep',
  punctuation: 'keep',
  spacing: 'keep',
  ellipsis: 'keep',
  punctuationRuns: 'keep',
  dashes: 'keep',
  percentSign: 'keep',
  decimalSign: 'keep',
};

// CAMeL Tools: dediac_ar (U+064B–0652, U+0670) → normalize_alef_ar (أ إ آ ٱ) → ى → ي → ة → ه. Tatweel is kept.
const CAMEL: ResolvedNormalizeOptions = {
  ...LUCENE,
  preset: 'camel',
  superscriptAlef: 'remove',
  tatweel: 'keep',
  alef: 'hamza-wasla',
};

/**
 * Every preset with all of its options resolved.
 *
 * @example
 * ```ts
 * NORMALIZE_PRESET_OPTIONS.search.digits; // 'western'
 * NORMALIZE_PRESET_OPTIONS.display.whitespace; // 'collapse'
 * NORMALIZE_PRESET_OPTIONS.publish.quotes; // 'guillemets'
 * ```
 */
export const NORMALIZE_PRESET_OPTIONS: Readonly<Record<NormalizePreset, Readonly<ResolvedNormalizeOptions>>> =
  Object.freeze({
    display: Object.freeze(DISPLAY),
    search: Object.freeze(SEARCH),
    publish: Object.freeze(PUBLISH),
    lucene: Object.freeze(LUCENE),
    camel: Object.freeze(CAMEL),
  });

/** Mark-class options that follow `diacritics` when it is set and they are not. */
const FOLLOWS_DIACRITICS = ['tanween', 'shadda', 'quranicMarks', 'otherMarks'] as const;

function invalidValue(name: string, allowed: readonly string[], value: unknown): NormalizeOptionsError {
  return new NormalizeOptionsError(
    'invalid-value',
    [name],
    allowed,
    `Invalid value ${describeValue(value)} for normalisation option "${name}"${hint(value, allowed)}; allowed: ${allowed.join(', ')}`,
  );
}

function hint(value: unknown, allowed: readonly string[]): string {
  const near = typeof value === 'string' ? nearestName(value, allowed) : undefined;
  return near === undefined ? '' : `; did you mean "${near}"?`;
}

function isPreset(value: unknown): value is NormalizePreset {
  return typeof value === 'string' && (NORMALIZE_PRESETS as readonly string[]).includes(value);
}

const OPTIONS_SHAPE: OptionsShape = {
  what: 'normalisation options',
  known: ['preset', ...NORMALIZE_OPTION_NAMES],
  orElse: `a preset name (${NORMALIZE_PRESETS.join(', ')}) or`,
};

/**
 * Checks an options object by hand (the same rules as `NormalizeOptionsSchema`,
 * without loading zod) and returns its overrides: a snapshot of the values,
 * each read once. Throws {@link NormalizeOptionsError}.
 */
export function readNormalizeOptions(options: unknown): NormalizeOptions {
  return checkNormalizeOptions(readPlainOptions(options, OPTIONS_SHAPE));
}

/** A snapshot of an options argument's keys and values, checked to be a plain object with known keys only. */
export function snapshotNormalizeOptions(options: unknown): Record<string, unknown> {
  return readPlainOptions(options, OPTIONS_SHAPE);
}

/** Checks the values of a snapshot (see {@link snapshotNormalizeOptions}). */
export function checkNormalizeOptions(snapshot: Record<string, unknown>): NormalizeOptions {
  const preset = snapshot['preset'];
  if (preset !== undefined && !isPreset(preset)) throw invalidValue('preset', NORMALIZE_PRESETS, preset);
  for (const name of NORMALIZE_OPTION_NAMES) {
    const value = snapshot[name];
    if (value === undefined) continue;
    const allowed: readonly string[] = NORMALIZE_OPTION_VALUES[name];
    if (typeof value !== 'string' || !allowed.includes(value)) throw invalidValue(name, allowed, value);
  }
  return snapshot as NormalizeOptions;
}

/** Resolves checked overrides (see {@link readNormalizeOptions}) against their preset. */
export function resolveOverrides(overrides: NormalizeOptions): ResolvedNormalizeOptions {
  const resolved: ResolvedNormalizeOptions = { ...NORMALIZE_PRESET_OPTIONS[overrides.preset ?? 'display'] };
  if (overrides.diacritics !== undefined) {
    const strip = overrides.diacritics === 'strip';
    for (const name of FOLLOWS_DIACRITICS) resolved[name] = strip ? 'strip' : 'keep';
    resolved.superscriptAlef = strip ? 'remove' : 'keep';
  }
  for (const name of NORMALIZE_OPTION_NAMES) {
    const value = overrides[name];
    if (value !== undefined) (resolved as Record<string, unknown>)[name] = value;
  }
  return resolved;
}

/**
 * Resolves a preset name, or an options object (a preset plus overrides), into
 * a complete option object. Throws {@link NormalizeOptionsError} on an unknown
 * option or value.
 *
 * @example
 * ```ts
 * resolveNormalizeOptions({ preset: 'search', digits: 'keep' }).digits; // 'keep'
 * resolveNormalizeOptions({ diacritics: 'strip' }).shadda; // 'strip' (follows diacritics)
 * ```
 */
export function resolveNormalizeOptions(options?: NormalizePreset | NormalizeOptions): ResolvedNormalizeOptions {
  if (options === undefined) return { ...DISPLAY };
  if (typeof options === 'string') {
    if (!isPreset(options)) throw invalidValue('preset', NORMALIZE_PRESETS, options);
    return { ...NORMALIZE_PRESET_OPTIONS[options] };
  }
  return resolveOverrides(readNormalizeOptions(options));
}
