// INTERIM CONTRACT — replaced by the normalisation engine. Signatures are fixed.
/** Named normalisation presets. */
export type NormalizePreset = 'display' | 'search' | 'lucene' | 'camel';
/** Rule-by-rule options; `preset` is the base, other keys override it. */
export interface NormalizeOptions {
  /** Base preset. */
  preset?: NormalizePreset;
}
/** Normalise Arabic text. */
export function normalizeArabic(text: string, _options?: NormalizePreset | NormalizeOptions): string {
  return text;
}
