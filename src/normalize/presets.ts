/**
 * The presets as complete option objects, and the resolution of
 * `preset + overrides` into one {@link ResolvedNormalizeOptions}.
 */
import { NormalizeOptionsError } from './errors';
import {
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESETS,
  NormalizeOptionsSchema,
  type NormalizeOptions,
  type NormalizePreset,
  type ResolvedNormalizeOptions,
} from './options';

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
    `Invalid value ${JSON.stringify(value) ?? String(value)} for normalisation option "${name}"; allowed: ${allowed.join(', ')}`,
  );
}

function isPreset(value: unknown): value is NormalizePreset {
  return typeof value === 'string' && (NORMALIZE_PRESETS as readonly string[]).includes(value);
}

/** Turns the first zod issue into a {@link NormalizeOptionsError}. */
function toError(options: Record<string, unknown>): NormalizeOptionsError {
  const known = ['preset', ...NORMALIZE_OPTION_NAMES];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      return new NormalizeOptionsError(
        'unknown-option',
        [key],
        known,
        `Unknown normalisation option "${key}"; known options: ${known.join(', ')}`,
      );
    }
  }
  if (options['preset'] !== undefined && !isPreset(options['preset'])) {
    return invalidValue('preset', NORMALIZE_PRESETS, options['preset']);
  }
  for (const name of NORMALIZE_OPTION_NAMES) {
    const allowed: readonly string[] = NORMALIZE_OPTION_VALUES[name];
    const value = options[name];
    if (value !== undefined && !allowed.includes(value as string)) return invalidValue(name, allowed, value);
  }
  return new NormalizeOptionsError('invalid-options', [], known, 'Invalid normalisation options');
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
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new NormalizeOptionsError(
      'invalid-options',
      [],
      ['a preset name', 'an options object'],
      `Normalisation options must be a preset name (${NORMALIZE_PRESETS.join(', ')}) or an options object`,
    );
  }
  const parsed = NormalizeOptionsSchema.safeParse(options);
  if (!parsed.success) throw toError(options as Record<string, unknown>);
  const overrides = parsed.data;
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
