/**
 * Arabic text normalisation: presets, rule-by-rule options and offset maps.
 * See docs/normalization.md.
 */
export { normalizeArabic, normalizeArabicWithMap, createNormalizer, type Normalizer } from './normalizer';
export type { NormalizedWithMap } from './engine';
export { mapOutputRange, type OffsetRange } from './offsets';
export {
  NORMALIZE_PRESETS,
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  type NormalizeOptionName,
  type NormalizeOptions,
  type NormalizePreset,
  type ResolvedNormalizeOptions,
} from './option-values';
export { NORMALIZE_PRESET_OPTIONS, resolveNormalizeOptions } from './presets';
export {
  NORMALIZE_OPTIONS_ERROR_CODES,
  NormalizeOptionsError,
  type NormalizeOptionsErrorCode,
} from './errors';
