/**
 * The public entry points and the cache of compiled options.
 */
import { compileNormalizer, type CompiledNormalizer } from './compile';
import { runPlain, runWithMap, type NormalizedWithMap } from './engine';
import {
  runInPlacePunctuation,
  runInPlacePunctuationWithMap,
  runPipeline,
  runPipelineWithMap,
  takesInPlacePunctuation,
} from './pipeline';
import type { NormalizeOptions, NormalizePreset, ResolvedNormalizeOptions } from './option-values';
import { WARM_UP_FROM, WARM_UP_TEXT } from './warm-up';
import { checkNormalizeOptions, resolveNormalizeOptions, resolveOverrides, snapshotNormalizeOptions } from './presets';

const byPreset = new Map<NormalizePreset, CompiledNormalizer>();
const byResolved = new Map<string, CompiledNormalizer>();
// Options objects seen before, by a signature of their own keys and string values.
const bySignature = new Map<string, CompiledNormalizer>();
const CACHE_LIMIT = 256;

function remember<K>(cache: Map<K, CompiledNormalizer>, key: K, compiled: CompiledNormalizer): CompiledNormalizer {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

function compileResolved(resolved: ResolvedNormalizeOptions): CompiledNormalizer {
  const key = JSON.stringify(resolved);
  return byResolved.get(key) ?? remember(byResolved, key, compileNormalizer(resolved));
}

/** Signature of checked option values (all strings), or undefined when one is not a string. */
function signature(snapshot: Record<string, unknown>): string | undefined {
  let key = '';
  for (const name in snapshot) {
    const value = snapshot[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    key += `${name}=${value};`;
  }
  return key;
}

/** Compiled tables for a preset name or options object, compiled at most once per distinct options. */
export function compiledFor(options?: NormalizePreset | NormalizeOptions): CompiledNormalizer {
  const preset = options === undefined ? 'display' : options;
  if (typeof preset === 'string') {
    const cached = byPreset.get(preset as NormalizePreset);
    if (cached) return cached;
    const resolved = resolveNormalizeOptions(preset);
    return remember(byPreset, preset as NormalizePreset, compileResolved(resolved));
  }
  // Read once, safely: a Proxy or a getter cannot change the options between the check and the compile.
  const snapshot = snapshotNormalizeOptions(preset);
  const key = signature(snapshot);
  if (key !== undefined) {
    const cached = bySignature.get(key);
    if (cached) return cached;
  }
  const compiled = compileResolved(resolveOverrides(checkNormalizeOptions(snapshot)));
  return key === undefined ? compiled : remember(bySignature, key, compiled);
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`Text to normalise must be a string, got ${typeof text}`);
}

/**
 * Whether `text` may give the repair or punctuation pass of `compiled`
 * something to do: one native scan for the units that can start a repair or
 * make the engine write a stop of the punctuation pass. When it may not, the
 * table engine alone gives the same result, without the passes' per-call costs.
 */
export function needsPasses(compiled: CompiledNormalizer, text: string): boolean {
  return compiled.triggers !== null && compiled.triggers(text);
}

// Before its first long text, a compiled normaliser runs once over a sample (see warm-up.ts); short
// texts, as most callers pass them one line at a time, gain nothing from it.
const warmedUp = new WeakSet<CompiledNormalizer>();
const warmedUpWithMap = new WeakSet<CompiledNormalizer>();

/** Whether `text` is the first long text of `compiled` for this variant, which the warm-up run precedes. */
function firstLongText(warmed: WeakSet<CompiledNormalizer>, compiled: CompiledNormalizer, text: string): boolean {
  if (text.length < WARM_UP_FROM || warmed.has(compiled)) return false;
  warmed.add(compiled);
  return true;
}

/**
 * Normalises with compiled options: the engine alone, with the in-place
 * rewrite of ، ؛ ؟ (which finds no work on a text without them, so the scan
 * for the passes' triggers is left to the repair pass's own), or every pass.
 */
function normalizeCompiled(compiled: CompiledNormalizer, text: string): string {
  if (firstLongText(warmedUp, compiled, text)) normalizeCompiled(compiled, WARM_UP_TEXT);
  if (takesInPlacePunctuation(compiled, text)) return runInPlacePunctuation(compiled, text);
  return needsPasses(compiled, text) ? runPipeline(compiled, text) : runPlain(compiled, text, false);
}

function normalizeCompiledWithMap(compiled: CompiledNormalizer, text: string): NormalizedWithMap {
  if (firstLongText(warmedUpWithMap, compiled, text)) normalizeCompiledWithMap(compiled, WARM_UP_TEXT);
  if (takesInPlacePunctuation(compiled, text)) return runInPlacePunctuationWithMap(compiled, text);
  return needsPasses(compiled, text) ? runPipelineWithMap(compiled, text) : runWithMap(compiled, text, false);
}

/**
 * Normalises Arabic text. `options` is a preset name or a preset plus
 * rule-by-rule overrides (default: the `display` preset). Line breaks are
 * always kept; text in other scripts passes through unchanged. Compiled
 * options are cached, so calling this in a loop does not recompile them.
 *
 * @example
 * ```ts
 * normalizeArabic('ﻷن الطالبَ'); // 'لأن الطالبَ' (display: letters and harakat kept)
 * normalizeArabic('إلى المدرسةِ', 'search'); // 'الي المدرسه'
 * normalizeArabic('٣٫٥ مليون', { preset: 'search', digits: 'keep' }); // '٣٫٥ مليون'
 * normalizeArabic('قال:"نعم",ثم ذهب...', 'publish'); // 'قال: «نعم»، ثم ذهب…'
 * normalizeArabic('قال "نعم"', { quotes: 'curly' }); // 'قال “نعم”'
 * ```
 */
export function normalizeArabic(text: string, options?: NormalizePreset | NormalizeOptions): string {
  checkText(text);
  return normalizeCompiled(compiledFor(options), text);
}

/**
 * Normalises like {@link normalizeArabic} and also returns, for every output
 * UTF-16 unit, the index of the input character that produced it (plus one
 * extra last entry: the input length). The map never decreases; units copied
 * unchanged point at themselves. Use {@link mapOutputRange} to map a range.
 *
 * @example
 * ```ts
 * const { text, sourceIndex } = normalizeArabicWithMap('كَتَبَ', 'search');
 * text; // 'كتب'
 * Array.from(sourceIndex); // [0, 2, 4, 6]
 * ```
 */
export function normalizeArabicWithMap(
  text: string,
  options?: NormalizePreset | NormalizeOptions,
): NormalizedWithMap {
  checkText(text);
  return normalizeCompiledWithMap(compiledFor(options), text);
}

/**
 * A normaliser with its options compiled once: call it with a text. It also
 * carries the resolved options and a variant returning the offset map.
 *
 * @example
 * ```ts
 * const toKey: Normalizer = createNormalizer('search');
 * toKey('مدرسةٌ'); // 'مدرسه'
 * toKey.withMap('مدرسةٌ').sourceIndex; // Uint32Array [0, 1, 2, 3, 4, 6]
 * toKey.options.digits; // 'western'
 * ```
 */
export interface Normalizer {
  /** Normalises one text. */
  (text: string): string;
  /** Normalises one text and returns the offset map too. */
  withMap(text: string): NormalizedWithMap;
  /** The resolved options. */
  readonly options: Readonly<ResolvedNormalizeOptions>;
}

/**
 * Compiles options once and returns a {@link Normalizer}. Invalid options
 * throw {@link NormalizeOptionsError} here, not on every call.
 *
 * @example
 * ```ts
 * const normalize = createNormalizer({ preset: 'search', superscriptAlef: 'alef' });
 * normalize('كِتَٰب'); // 'كتاب'
 * ```
 */
export function createNormalizer(options?: NormalizePreset | NormalizeOptions): Normalizer {
  const compiled = compileResolved(resolveNormalizeOptions(options));
  const normalize = (text: string): string => {
    checkText(text);
    return normalizeCompiled(compiled, text);
  };
  const withMap = (text: string): NormalizedWithMap => {
    checkText(text);
    return normalizeCompiledWithMap(compiled, text);
  };
  return Object.assign(normalize, { withMap, options: compiled.options });
}

