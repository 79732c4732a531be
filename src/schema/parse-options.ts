import * as z from 'zod';
import type { ParseOptions } from '../parse/options';
import { NormalizeOptionsSchema, NormalizePresetSchema } from './normalize-options';

const ParseOptionsObjectSchema = /* @__PURE__ */ (() =>
  z
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
 * Validates {@link ParseOptions}, for users who embed them in their own
 * schemas (`parseArticle` checks its options by hand, with the same rules).
 * Unknown keys are rejected.
 *
 * @example
 * ```ts
 * ParseOptionsSchema.parse({ strict: true, normalize: false, labels: ['تابع أيضا'] });
 * ```
 */
export const ParseOptionsSchema: z.ZodType<ParseOptions, ParseOptions> = ParseOptionsObjectSchema;

// The schema and the interface must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<z.input<typeof ParseOptionsObjectSchema>, ParseOptions> = true;
void schemaMatchesInterface;
