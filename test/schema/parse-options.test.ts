/**
 * `parseArticle` checks its options by hand, without zod: it must accept
 * exactly what `ParseOptionsSchema` (khabar/schema) accepts, beyond the two
 * rules on label text the schema cannot state (no line break, some letter).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTION_VALUES, NORMALIZE_PRESETS } from '../../src/normalize';
import { resolveOptions } from '../../src/parse/options';
import { ParseOptionsSchema } from '../../src/schema/index';
import { arabicWord } from '../arbitraries';
import { propertyRuns } from '../helpers/tier';

const numRuns = propertyRuns(2000);

const wrong = fc.constantFrom<unknown>(null, 1, 'x', true, [], {}, ['a'], undefined);
const validNormalizeOptions = fc.record(
  { preset: fc.constantFrom(...NORMALIZE_PRESETS), digits: fc.constantFrom(...NORMALIZE_OPTION_VALUES.digits), alef: fc.constantFrom(...NORMALIZE_OPTION_VALUES.alef) },
  { requiredKeys: [] },
);
const validOptions = fc.record(
  {
    strict: fc.boolean(),
    normalize: fc.oneof(fc.constant(false), fc.constantFrom(...NORMALIZE_PRESETS), validNormalizeOptions),
    labels: fc.array(arabicWord(), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
/** A value for any key: right for some, wrong for others, and normalisation options with one key or value wrong. */
const anyValue = fc.oneof(
  wrong,
  fc.boolean(),
  fc.constantFrom<unknown>('loud', ...NORMALIZE_PRESETS),
  fc.tuple(validNormalizeOptions, fc.constantFrom('digits', 'digit', 'preset', 'colour'), fc.oneof(wrong, fc.constantFrom('keep', 'search'))).map(([object, key, value]) => ({ ...object, [key]: value })),
  fc.array(fc.oneof(arabicWord(), wrong), { maxLength: 3 }),
);
/** Valid options, or valid options with one key set to any value (known or not). */
const options = fc
  .tuple(validOptions, fc.option(fc.tuple(fc.constantFrom('strict', 'normalize', 'labels', 'normalise', 'extra'), anyValue)))
  .map(([object, change]) => (change ? { ...object, [change[0]]: change[1] } : object));

function accepted(value: unknown): boolean {
  try {
    resolveOptions(value, 'parseArticle');
    return true;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return false;
  }
}

describe('the hand check of ParseOptions', () => {
  it('accepts exactly what ParseOptionsSchema accepts', () => {
    fc.assert(
      // `undefined` is no options at all, which parseArticle takes and the schema (of an options object) does not.
      fc.property(fc.oneof(options, fc.anything({ withNullPrototype: true })).filter((value) => value !== undefined), (value) => {
        expect(accepted(value)).toBe(ParseOptionsSchema.safeParse(value).success);
      }),
      { numRuns },
    );
  });

  it('names the first wrong option and every unknown key', () => {
    expect(() => resolveOptions({ strict: 'yes', extra: 1 }, 'parseArticle')).toThrow(new TypeError('parseArticle: option `strict` is invalid: expected a boolean, got "yes"'));
    expect(() => resolveOptions({ normalise: 'search', stict: true }, 'parseArticle')).toThrow(
      new TypeError("parseArticle: unknown option `normalise` (did you mean 'normalize'?), `stict` (did you mean 'strict'?)"),
    );
    expect(() => resolveOptions({ normalize: { digit: 'keep', alif: 'all' } }, 'parseArticle')).toThrow(
      new TypeError("parseArticle: unknown option `normalize.digit` (did you mean 'normalize.digits'?), `normalize.alif` (did you mean 'normalize.alef'?)"),
    );
  });
});
