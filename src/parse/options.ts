/**
 * Options of `parseArticle`, checked once per call. A mistake in the options
 * is a programming error, so it throws a `TypeError` naming the option rather
 * than becoming a diagnostic about the article.
 */
import * as z from 'zod';
import type { NormalizeOptions, NormalizePreset } from '../normalize';
import { NormalizeOptionsSchema, NormalizePresetSchema } from '../normalize/options';
import { nearestName } from '../diagnostics/nearest-name';
import { labelKey } from './fold';
import { createLabelMatcher, type LabelMatcher } from './labels';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The options `parseArticle` and `safeParseArticle` accept. Unknown keys are
 * rejected, so a misspelt option fails loudly instead of being ignored.
 *
 * @example
 * ```ts
 * ParseOptionsSchema.parse({ strict: true, normalize: false, labels: ['تابع أيضا'] });
 * ```
 */
export const ParseOptionsSchema = /* @__PURE__ */ (() => z
  .object({
    /**
     * When `true`, any warning fails the parse with an `ArticleParseError`
     * (info diagnostics never do). Default `false`.
     */
    strict: z.boolean().optional(),
    /**
     * How field text is normalised: `false` keeps each field as found (only
     * trimmed of surrounding white space and invisible marks); a preset name or
     * an options object is passed to `normalizeArabic`. Default `'display'`.
     */
    normalize: z.union([z.literal(false), NormalizePresetSchema, NormalizeOptionsSchema]).optional(),
    /** More read-more labels, recognised with the same folding as the built-in ones. */
    labels: z.array(z.string()).readonly().optional(),
  })
  .strict())();

/**
 * The options of `parseArticle`.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { strict: true, normalize: 'search' };
 * ```
 */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

/** Options after validation, with defaults filled in and labels compiled. */
export interface ResolvedOptions {
  readonly strict: boolean;
  readonly normalize: false | NormalizePreset | NormalizeOptions;
  readonly labels: LabelMatcher;
}

let defaults: ResolvedOptions | undefined;

/**
 * Validates options against `schema` (all of `ParseOptionsSchema` by default,
 * or a `pick` of it) and fills in defaults. Throws a `TypeError` that names
 * the option at fault.
 *
 * @example
 * ```ts
 * resolveOptions({ strict: 'yes' }, 'parseArticle'); // throws TypeError: parseArticle: option `strict` ...
 * ```
 */
export function resolveOptions(
  options: unknown,
  caller: string,
  schema: z.ZodType<ParseOptions> = ParseOptionsSchema,
): ResolvedOptions {
  if (options === undefined) return (defaults ??= { strict: false, normalize: 'display', labels: createLabelMatcher() });
  if (!isPlainObject(options)) {
    throw new TypeError(`${caller} expects its options to be an object, got ${describeValue(options)}`);
  }
  const result = schema.safeParse(options);
  if (!result.success) throw optionError(result.error, options, caller, schema);
  const { strict = false, normalize = 'display', labels = [] } = result.data;
  labels.forEach((label, index) => {
    if (hasLineBreak(label)) throw new TypeError(`${caller}: option \`labels.${index}\` holds a line break`);
    if (!labelKey(label)) {
      throw new TypeError(`${caller}: option \`labels.${index}\` has no letters (only space, marks or colons)`);
    }
  });
  return { strict, normalize, labels: createLabelMatcher(labels) };
}

/** The keys an object schema accepts, for "did you mean" hints. */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * A `TypeError` naming the first bad option, down to the key inside
 * `normalize`; an unknown key also names the valid key nearest to it
 * (`normalise` → `normalize`).
 */
function optionError(error: z.ZodError, options: Record<string, unknown>, caller: string, schema: z.ZodType): TypeError {
  let issue = error.issues[0];
  let prefix: string[] = [];
  if (issue?.path[0] === 'normalize' && isPlainObject(options['normalize'])) {
    // The union's own issue only says "invalid input"; the options schema says which key is wrong.
    const inner = NormalizeOptionsSchema.safeParse(options['normalize']);
    if (!inner.success) {
      issue = inner.error.issues[0];
      prefix = ['normalize'];
    }
  }
  if (issue?.code === 'unrecognized_keys') {
    const path = [...prefix, ...issue.path.map(String)];
    const known = keysOf(prefix.length > 0 ? NormalizeOptionsSchema : schema);
    const names = issue.keys.map((key) => {
      const near = nearestName(key, known);
      const hint = near === undefined ? '' : ` (did you mean '${[...path, near].join('.')}'?)`;
      return `\`${[...path, key].join('.')}\`${hint}`;
    });
    return new TypeError(`${caller}: unknown option ${names.join(', ')}`);
  }
  const path = [...prefix, ...(issue?.path.map(String) ?? [])].join('.');
  const expected = path === 'normalize' ? 'expected false, a preset name or a normalisation options object' : (issue?.message ?? 'unexpected value');
  return new TypeError(`${caller}: option \`${path}\` is invalid: ${expected}`);
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
