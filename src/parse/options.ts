/**
 * Options of `parseArticle`, checked once per call. A mistake in the options
 * is a programming error, so it throws a `TypeError` naming the option rather
 * than becoming a diagnostic about the article.
 */
import type { NormalizeOptions, NormalizePreset } from '../normalize';
import { NORMALIZE_PRESETS } from '../normalize/option-values';
import { NormalizeOptionsError } from '../normalize/errors';
import { checkNormalizeOptions, snapshotNormalizeOptions } from '../normalize/presets';
import { describeValue as describeOptionValue } from '../normalize/read-options';
import { nearestName } from '../diagnostics/nearest-name';
import { labelKey } from './fold';
import { createLabelMatcher, type LabelMatcher } from './labels';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The options of `parseArticle` and `safeParseArticle`. Unknown keys are
 * rejected, so a misspelt option fails loudly instead of being ignored.
 * `ParseOptionsSchema` (from `khabar/schema`) is the same as a zod schema.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { strict: true, normalize: 'search' };
 * ```
 */
export interface ParseOptions {
  /**
   * When `true`, any warning fails the parse with an `ArticleParseError`
   * (info diagnostics never do). Default `false`.
   */
  strict?: boolean | undefined;
  /**
   * How field text is normalised: `false` keeps each field as found (only
   * trimmed of surrounding white space and invisible marks); a preset name or
   * an options object is passed to `normalizeArabic`. Default `'display'`.
   */
  normalize?: false | NormalizePreset | NormalizeOptions | undefined;
  /** More read-more labels, recognised with the same folding as the built-in ones. */
  labels?: readonly string[] | undefined;
}

/** The name of a parse option. */
export type ParseOptionName = keyof ParseOptions;

/** Every parse option, in documentation order. */
export const PARSE_OPTION_NAMES: readonly ParseOptionName[] = ['strict', 'normalize', 'labels'];

/** Options after validation, with defaults filled in and labels compiled. */
export interface ResolvedOptions {
  readonly strict: boolean;
  readonly normalize: false | NormalizePreset | NormalizeOptions;
  readonly labels: LabelMatcher;
}

let defaults: ResolvedOptions | undefined;

/**
 * Checks options by hand (the rules of `ParseOptionsSchema`, without loading
 * zod), reading each of the `known` keys (all of them by default) once, and
 * fills in defaults. Throws a `TypeError` that names the option at fault; an
 * unknown key also names the valid key nearest to it (`normalise` →
 * `normalize`), down to the keys inside `normalize`.
 *
 * @example
 * ```ts
 * resolveOptions({ strict: 'yes' }, 'parseArticle'); // throws TypeError: parseArticle: option `strict` is invalid: …
 * ```
 */
export function resolveOptions(
  options: unknown,
  caller: string,
  known: readonly ParseOptionName[] = PARSE_OPTION_NAMES,
): ResolvedOptions {
  if (options === undefined) return (defaults ??= { strict: false, normalize: 'display', labels: createLabelMatcher() });
  if (!isPlainObject(options)) {
    throw new TypeError(`${caller} expects its options to be an object, got ${describeValue(options)}`);
  }
  const keys = Object.keys(options);
  const values = new Map<string, unknown>();
  for (const key of keys) if ((known as readonly string[]).includes(key)) values.set(key, options[key]);
  const invalid = (path: string, expected: string): TypeError => new TypeError(`${caller}: option \`${path}\` is invalid: ${expected}`);

  // Only `undefined` stands for a missing option: `null` is a wrong value.
  const valueOf = (key: ParseOptionName, missing: unknown): unknown => (values.get(key) === undefined ? missing : values.get(key));
  const strict = valueOf('strict', false);
  if (typeof strict !== 'boolean') throw invalid('strict', `expected a boolean, got ${describeOptionValue(strict)}`);
  const normalize = checkNormalizeOption(valueOf('normalize', 'display'), caller, invalid);
  const labels = checkLabels(valueOf('labels', []), caller, invalid);

  const unknown = keys.filter((key) => !(known as readonly string[]).includes(key));
  if (unknown.length > 0) throw unknownOptions(caller, [], unknown, known);
  return { strict, normalize, labels: createLabelMatcher(labels) };
}

type Invalid = (path: string, expected: string) => TypeError;

function unknownOptions(caller: string, path: readonly string[], keys: readonly string[], known: readonly string[]): TypeError {
  const names = keys.map((key) => {
    const near = nearestName(key, known);
    const hint = near === undefined ? '' : ` (did you mean '${[...path, near].join('.')}'?)`;
    return `\`${[...path, key].join('.')}\`${hint}`;
  });
  return new TypeError(`${caller}: unknown option ${names.join(', ')}`);
}

/** `false`, a preset name, or normalisation options (checked as `normalizeArabic` checks them). */
function checkNormalizeOption(value: unknown, caller: string, invalid: Invalid): false | NormalizePreset | NormalizeOptions {
  if (value === false || (typeof value === 'string' && (NORMALIZE_PRESETS as readonly string[]).includes(value))) {
    return value as false | NormalizePreset;
  }
  if (!isPlainObject(value)) throw invalid('normalize', 'expected false, a preset name or a normalisation options object');
  try {
    return checkNormalizeOptions(snapshotNormalizeOptions(value));
  } catch (error) {
    if (!(error instanceof NormalizeOptionsError)) throw error;
    if (error.code === 'unknown-option') {
      // Every unknown key, as for the options themselves.
      const unknown = Object.keys(value).filter((key) => !error.allowed.includes(key));
      throw unknownOptions(caller, ['normalize'], unknown, error.allowed);
    }
    throw invalid(['normalize', ...error.path].join('.'), error.message);
  }
}

function checkLabels(value: unknown, caller: string, invalid: Invalid): readonly string[] {
  if (!Array.isArray(value)) throw invalid('labels', `expected an array of strings, got ${describeOptionValue(value)}`);
  value.forEach((label: unknown, index) => {
    if (typeof label !== 'string') throw invalid(`labels.${index}`, `expected a string, got ${describeOptionValue(label)}`);
    if (hasLineBreak(label)) throw new TypeError(`${caller}: option \`labels.${index}\` holds a line break`);
    if (!labelKey(label)) {
      throw new TypeError(`${caller}: option \`labels.${index}\` has no letters (only space, marks or colons)`);
    }
  });
  return value as string[];
}

/**
 * Whether a string holds one of the line ends the parser splits on.
 *
 * @example
 * ```ts
 * hasLineBreak('سطر\u2028آخر'); // true
 * ```
 */
export function hasLineBreak(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) return true;
  }
  return false;
}

/**
 * A short description of a value's type for error messages: `number`,
 * `null`, `array`, `Date` …
 *
 * @example
 * ```ts
 * describeValue(42); // 'number'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'object') return typeof value;
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : 'object';
}
