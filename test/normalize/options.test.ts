/**
 * Options: validation with typed errors, preset resolution, the diacritics
 * shorthand, caching of compiled options and the createNormalizer API.
 */
import { describe, expect, it } from 'vitest';
import {
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_OPTIONS_ERROR_CODES,
  NORMALIZE_PRESETS,
  NORMALIZE_PRESET_OPTIONS,
  NormalizeOptionsError,
  createNormalizer,
  normalizeArabic,
  resolveNormalizeOptions,
  type NormalizeOptions,
} from '../../src/normalize';
import { compiledFor } from '../../src/normalize/normalizer';
import { NormalizeOptionsSchema, NormalizePresetSchema } from '../../src/schema/index';

function errorOf(run: () => unknown): NormalizeOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof NormalizeOptionsError) return error;
    throw error;
  }
  throw new Error('expected a NormalizeOptionsError');
}

describe('option validation', () => {
  it('rejects an unknown option with its name and the known names', () => {
    const error = errorOf(() => normalizeArabic('نص', { digit: 'keep' } as NormalizeOptions));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('unknown-option');
    expect(error.path).toEqual(['digit']);
    expect(error.allowed).toContain('digits');
    expect(error.allowed).toContain('preset');
  });

  it('rejects an unknown value of a punctuation or repair option', () => {
    for (const [name, value] of [['quotes', 'french'], ['spacing', 'loose'], ['mojibake', true], ['htmlEntities', 'encode']] as const) {
      const error = errorOf(() => normalizeArabic('نص', { [name]: value } as unknown as NormalizeOptions));
      expect([error.code, error.path, error.allowed]).toEqual(['invalid-value', [name], NORMALIZE_OPTION_VALUES[name]]);
    }
  });

  it('rejects an unknown value with the allowed values', () => {
    const error = errorOf(() => normalizeArabic('نص', { digits: 'roman' } as unknown as NormalizeOptions));
    expect(error.code).toBe('invalid-value');
    expect(error.path).toEqual(['digits']);
    expect(error.allowed).toEqual(NORMALIZE_OPTION_VALUES.digits);
  });

  it('rejects a value of the wrong type', () => {
    const error = errorOf(() => normalizeArabic('نص', { tatweel: false } as unknown as NormalizeOptions));
    expect([error.code, error.path]).toEqual(['invalid-value', ['tatweel']]);
  });

  it('rejects an unknown preset, as a string or inside an object', () => {
    for (const options of ['serach', { preset: 'serach' }] as unknown as NormalizeOptions[]) {
      const error = errorOf(() => normalizeArabic('نص', options));
      expect([error.code, error.path, error.allowed]).toEqual(['invalid-value', ['preset'], NORMALIZE_PRESETS]);
    }
  });

  it('rejects an argument that is neither a preset nor an object', () => {
    for (const options of [42, null, ['search']] as unknown as NormalizeOptions[]) {
      expect(errorOf(() => normalizeArabic('نص', options)).code).toBe('invalid-options');
    }
  });

  it('uses only documented codes', () => {
    expect([...NORMALIZE_OPTIONS_ERROR_CODES].sort()).toEqual(['invalid-options', 'invalid-value', 'unknown-option']);
  });

  it('accepts every documented value of every option', () => {
    for (const name of NORMALIZE_OPTION_NAMES) {
      for (const value of NORMALIZE_OPTION_VALUES[name]) {
        expect(() => normalizeArabic('نصٌّ', { [name]: value })).not.toThrow();
      }
    }
  });

  it('rejects a non-string text', () => {
    expect(() => normalizeArabic(42 as unknown as string)).toThrow(TypeError);
  });

  it('exposes a strict zod schema', () => {
    expect(NormalizeOptionsSchema.safeParse({ preset: 'search', digits: 'keep' }).success).toBe(true);
    expect(NormalizeOptionsSchema.safeParse({ digit: 'keep' }).success).toBe(false);
    expect(NormalizeOptionsSchema.safeParse({ whitespace: 'squash' }).success).toBe(false);
  });
});

describe('option resolution', () => {
  it('defaults to display', () => {
    expect(resolveNormalizeOptions()).toEqual(NORMALIZE_PRESET_OPTIONS.display);
    expect(resolveNormalizeOptions({})).toEqual(NORMALIZE_PRESET_OPTIONS.display);
  });

  it('resolves every preset to a complete option object', () => {
    for (const preset of NORMALIZE_PRESETS) {
      const resolved = resolveNormalizeOptions(preset);
      expect(Object.keys(resolved).sort()).toEqual(['preset', ...NORMALIZE_OPTION_NAMES].sort());
      expect(resolved.preset).toBe(preset);
    }
  });

  it('overrides one rule of a preset', () => {
    const resolved = resolveNormalizeOptions({ preset: 'search', digits: 'keep' });
    expect(resolved).toEqual({ ...NORMALIZE_PRESET_OPTIONS.search, digits: 'keep' });
  });

  it('lets diacritics set the mark classes that are not set explicitly', () => {
    expect(resolveNormalizeOptions({ diacritics: 'strip' })).toMatchObject({
      tanween: 'strip', shadda: 'strip', quranicMarks: 'strip', otherMarks: 'strip', superscriptAlef: 'remove',
    });
    expect(resolveNormalizeOptions({ preset: 'search', diacritics: 'keep', shadda: 'strip' })).toMatchObject({
      tanween: 'keep', shadda: 'strip', superscriptAlef: 'keep',
    });
  });

  it('ignores options given as undefined', () => {
    expect(resolveNormalizeOptions({ preset: 'search', digits: undefined })).toEqual(NORMALIZE_PRESET_OPTIONS.search);
  });

  it('keeps the documented preset differences', () => {
    const { display, search, publish, lucene, camel } = NORMALIZE_PRESET_OPTIONS;
    expect(publish).toEqual({
      ...display, preset: 'publish', mojibake: 'repair', htmlEntities: 'decode', quotes: 'guillemets', punctuation: 'arabic', spacing: 'tidy', ellipsis: 'character',
    });
    for (const preset of [display, lucene, camel]) {
      expect(preset).toMatchObject({ mojibake: 'keep', htmlEntities: 'keep', quotes: 'keep', punctuation: 'keep', spacing: 'keep', ellipsis: 'keep' });
    }
    // Search keys: references decoded, Arabic and ASCII punctuation one key, nothing restyled; mojibake repair opt-in.
    expect(search).toMatchObject({ mojibake: 'keep', htmlEntities: 'decode', punctuation: 'ascii', quotes: 'keep', spacing: 'keep', ellipsis: 'keep' });
    expect(display).toMatchObject({ compose: 'nfc', diacritics: 'canonical', tatweel: 'keep', digits: 'keep', whitespace: 'collapse', joiners: 'contextual' });
    expect(search).toMatchObject({ diacritics: 'strip', tatweel: 'remove', alef: 'all', alefMaksura: 'yeh', tehMarbuta: 'heh', persianLetters: 'arabic', hamzaCarriers: 'keep', digits: 'western', superscriptAlef: 'contextual' });
    expect(lucene).toMatchObject({ compose: 'keep', alef: 'hamza', superscriptAlef: 'keep', tatweel: 'remove', whitespace: 'keep' });
    expect(camel).toEqual({ ...lucene, preset: 'camel', alef: 'hamza-wasla', superscriptAlef: 'remove', tatweel: 'keep' });
    expect(Object.isFrozen(search)).toBe(true);
  });
});

describe('compiled options', () => {
  it('compiles a preset once', () => {
    expect(compiledFor('search')).toBe(compiledFor('search'));
    expect(compiledFor()).toBe(compiledFor('display'));
  });

  it('compiles an options object once, even as a new object with the same values', () => {
    expect(compiledFor({ preset: 'search', digits: 'keep' })).toBe(compiledFor({ preset: 'search', digits: 'keep' }));
    expect(compiledFor({ preset: 'search' })).toBe(compiledFor('search'));
  });

  it('still validates an object that looks like a cached one', () => {
    compiledFor({ digits: 'keep' });
    expect(() => compiledFor({ digits: { toString: () => 'keep' } } as unknown as NormalizeOptions)).toThrow(NormalizeOptionsError);
  });
});

describe('createNormalizer', () => {
  it('normalises with its compiled options and exposes them', () => {
    const toKey = createNormalizer('search');
    expect(toKey('مدرسةٌ')).toBe('مدرسه');
    expect(toKey.options).toEqual(NORMALIZE_PRESET_OPTIONS.search);
    expect(toKey.withMap('مدرسةٌ')).toEqual({ text: 'مدرسه', sourceIndex: Uint32Array.from([0, 1, 2, 3, 4, 6]) });
  });

  it('throws on invalid options when created, not when called', () => {
    expect(() => createNormalizer({ tatweel: 'delete' } as unknown as NormalizeOptions)).toThrow(NormalizeOptionsError);
  });
});

describe('NormalizePresetSchema', () => {
  it('accepts the preset names only', () => {
    for (const preset of NORMALIZE_PRESETS) expect(NormalizePresetSchema.safeParse(preset).success).toBe(true);
    expect(NormalizePresetSchema.safeParse('serach').success).toBe(false);
  });
});
