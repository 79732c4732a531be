/**
 * Finding 7 of the adversarial audit: whatever an options argument holds or
 * does, every normalising entry point refuses it with one error shape, a
 * `NormalizeOptionsError` (a `TypeError`) whose message names the option and
 * says what was given.
 */
import { describe, expect, it } from 'vitest';
import {
  NormalizeOptionsError,
  createIncrementalNormalizer,
  createNormalizeStream,
  createNormalizer,
  normalizeArabic,
  normalizeArabicWithMap,
  resolveNormalizeOptions,
} from '../../src/index';

type Entry = (options: unknown) => unknown;

const ENTRY_POINTS: Array<[string, Entry]> = [
  ['normalizeArabic', (options) => normalizeArabic('نص', options as never)],
  ['normalizeArabicWithMap', (options) => normalizeArabicWithMap('نص', options as never)],
  ['createNormalizer', (options) => createNormalizer(options as never)],
  ['resolveNormalizeOptions', (options) => resolveNormalizeOptions(options as never)],
  ['createIncrementalNormalizer', (options) => createIncrementalNormalizer(options as never)],
  ['createNormalizeStream', (options) => createNormalizeStream(options as never)],
];

function errorOf(run: () => unknown): NormalizeOptionsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NormalizeOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    return error as NormalizeOptionsError;
  }
  throw new Error('expected a NormalizeOptionsError');
}

class HouseStyle {
  preset = 'search';
}

const throwingGetter = Object.defineProperty({}, 'digits', {
  enumerable: true,
  get() {
    throw new RangeError('getter exploded');
  },
});

const throwingProxy = new Proxy(
  {},
  {
    ownKeys() {
      throw new RangeError('ownKeys exploded');
    },
  },
);

const proxyWithThrowingGet = new Proxy(
  { preset: 'search' },
  {
    get() {
      throw new RangeError('get exploded');
    },
  },
);

const prototypeThrowingProxy = new Proxy(
  {},
  {
    getPrototypeOf() {
      throw new RangeError('getPrototypeOf exploded');
    },
  },
);

describe('finding 7: option values', () => {
  const cases: Array<[string, unknown, NormalizeOptionsError['code'], readonly string[], RegExp]> = [
    ['a BigInt value', { digits: 12n }, 'invalid-value', ['digits'], /Invalid value 12n for normalisation option "digits"/],
    ['a BigInt as the options', 12n, 'invalid-options', [], /must be a preset name .* or a plain object; got 12n/],
    ['new String("search")', new String('search'), 'invalid-options', [], /got a String/],
    ['an object with another prototype', Object.create({ preset: 'search' }), 'invalid-options', [], /got an object with another prototype/],
    ['a Date', new Date(0), 'invalid-options', [], /got a Date/],
    ['a Map', new Map([['preset', 'search']]), 'invalid-options', [], /got a Map/],
    ['a class instance', new HouseStyle(), 'invalid-options', [], /got a HouseStyle/],
    ['a function', () => 'search', 'invalid-options', [], /got a function/],
    ['a number', 7, 'invalid-options', [], /got 7/],
    ['a symbol value', { preset: Symbol('search') }, 'invalid-value', ['preset'], /Invalid value Symbol\(search\) for normalisation option "preset"/],
    ['an object value', { digits: { toString: () => 'keep' } }, 'invalid-value', ['digits'], /Invalid value an object for normalisation option "digits"/],
    ['a throwing getter', throwingGetter, 'invalid-value', ['digits'], /Reading normalisation option "digits" threw: getter exploded/],
    ['a Proxy whose ownKeys throws', throwingProxy, 'invalid-options', [], /threw when read \(ownKeys exploded\)/],
    ['a Proxy whose get throws', proxyWithThrowingGet, 'invalid-value', ['preset'], /Reading normalisation option "preset" threw: get exploded/],
    ['a Proxy whose getPrototypeOf throws', prototypeThrowingProxy, 'invalid-options', [], /threw when read \(getPrototypeOf exploded\)/],
  ];

  for (const [entry, call] of ENTRY_POINTS) {
    it.each(cases)(`${entry} refuses %s with one error shape`, (_, options, code, path, message) => {
      const error = errorOf(() => call(options));
      expect(error.code).toBe(code);
      expect(error.path).toEqual(path);
      expect(error.message).toMatch(message);
    });
  }

  it('misspelt option names and values get a "did you mean"', () => {
    const unknown = errorOf(() => normalizeArabic('نص', { diacritic: 'strip' } as never));
    expect(unknown.code).toBe('unknown-option');
    expect(unknown.path).toEqual(['diacritic']);
    expect(unknown.message).toMatch(/^Unknown normalisation option "diacritic"; did you mean "diacritics"\?/);
    expect(errorOf(() => normalizeArabic('نص', { normalise: 'x' } as never)).message).not.toMatch(/did you mean/);
    expect(errorOf(() => normalizeArabic('نص', 'serach' as never)).message).toMatch(/Invalid value "serach" for normalisation option "preset"; did you mean "search"\?/);
    expect(errorOf(() => normalizeArabic('نص', { digits: 'westren' } as never)).message).toMatch(/did you mean "western"\?/);
  });

  it('objects without a prototype are plain options', () => {
    const options = Object.assign(Object.create(null) as object, { preset: 'search' as const });
    expect(normalizeArabic('إلى', options)).toBe('الي');
  });

  it('a getter is read once: the options cannot change between the check and the compile', () => {
    let reads = 0;
    const options: { preset?: 'search' } = Object.defineProperty({}, 'preset', {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? 'search' : 'nonsense';
      },
    });
    expect(normalizeArabic('إلى', options)).toBe('الي');
    expect(reads).toBe(1);
  });

  it('unknown keys and bad values of the stream options are refused', () => {
    for (const create of [createIncrementalNormalizer, createNormalizeStream]) {
      const unknown = errorOf(() => create('display', { segmentLenght: 10 } as never));
      expect(unknown.code).toBe('unknown-option');
      expect(unknown.message).toMatch(/Unknown stream option "segmentLenght"; did you mean "segmentLength"\?/);
      expect(errorOf(() => create('display', { segmentLength: 10n } as never)).message).toMatch(/segmentLength must be a positive integer, got 10n/);
      expect(errorOf(() => create('display', new Date() as never)).code).toBe('invalid-options');
      expect(errorOf(() => create('display', throwingProxy as never)).message).toMatch(/Stream options must be a plain object; got an object that threw/);
    }
    expect(createIncrementalNormalizer('display', { segmentLength: 8 }).push('نص')).toBeTypeOf('string');
  });
});
