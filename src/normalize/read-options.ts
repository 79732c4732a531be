/**
 * Reading an options argument safely: a plain object only (its prototype
 * `Object.prototype` or null), its own keys checked against the known names,
 * every value read exactly once into a snapshot. Whatever the argument does —
 * a Proxy or a getter that throws, a `Date`, a `Map`, a `String` object, a
 * BigInt value — the caller gets a {@link NormalizeOptionsError} that names
 * the option and says what was given, never the argument's own error.
 */
import { nearestName } from '../diagnostics/nearest-name';
import { NormalizeOptionsError } from './errors';

/**
 * A short description of any value for an error message, which never throws:
 * strings quoted, numbers, booleans, BigInts (`12n`) and symbols spelt out,
 * objects named by their kind (`a Date`, `a Map`, `an array`).
 *
 * @example
 * ```ts
 * describeValue('serach'); // '"serach"'
 * describeValue(12n); // '12n'
 * describeValue(new Date()); // 'a Date'
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
      case 'bigint':
        return `${value}n`;
      case 'symbol':
        return value.toString();
      case 'function':
        return 'a function';
      case 'object':
        return value === null ? 'null' : describeObject(value);
      default:
        return String(value);
    }
  } catch {
    return `a value of type ${typeof value}`;
  }
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return 'an array';
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null) return 'an object without a prototype';
  if (prototype === Object.prototype) return 'an object';
  const name = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name === 'string' && name !== '' && name !== 'Object') return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
  return 'an object with another prototype';
}

/** The message of an error thrown by the argument itself (a Proxy trap, a getter). */
function thrownMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error';
  }
}

/** What {@link readPlainOptions} needs to know about one kind of options. */
export interface OptionsShape {
  /** What the options are, for messages: `normalisation options`. */
  readonly what: string;
  /** Every known key, in documentation order. */
  readonly known: readonly string[];
  /** What else the argument may be, for the message when it is none of them: `a preset name (…) or`. */
  readonly orElse?: string;
}

/**
 * The own enumerable string keys of `options` and their values, read once
 * each, after checking that `options` is a plain object and that every key is
 * known. Throws {@link NormalizeOptionsError}: `invalid-options` for anything
 * but a plain object (or when reading it throws), `unknown-option` for an
 * unknown key (with the nearest known name when one is close), and
 * `invalid-value` when reading a known option throws.
 *
 * @example
 * ```ts
 * readPlainOptions({ preset: 'search' }, { what: 'normalisation options', known: ['preset'] }); // { preset: 'search' }
 * readPlainOptions(new Date(), { what: 'normalisation options', known: ['preset'] }); // throws NormalizeOptionsError
 * ```
 */
export function readPlainOptions(options: unknown, shape: OptionsShape): Record<string, unknown> {
  const { what, known } = shape;
  const invalid = (got: string): NormalizeOptionsError =>
    new NormalizeOptionsError(
      'invalid-options',
      [],
      shape.orElse ? ['a preset name', 'an options object'] : ['an options object'],
      `${capitalise(what)} must be ${shape.orElse ? `${shape.orElse} ` : ''}a plain object; got ${got}`,
    );
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalid(describeValue(options));
  let keys: string[];
  try {
    const prototype: unknown = Object.getPrototypeOf(options);
    if (prototype !== Object.prototype && prototype !== null) throw invalid(describeValue(options));
    keys = Object.keys(options);
  } catch (error) {
    if (error instanceof NormalizeOptionsError) throw error;
    throw invalid(`an object that threw when read (${thrownMessage(error)})`);
  }
  const snapshot: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (!known.includes(key)) {
      const near = nearestName(key, known);
      throw new NormalizeOptionsError(
        'unknown-option',
        [key],
        known,
        `Unknown ${singular(what)} ${JSON.stringify(key)}${near ? `; did you mean "${near}"?` : ''}; known options: ${known.join(', ')}`,
      );
    }
    try {
      snapshot[key] = (options as Record<string, unknown>)[key];
    } catch (error) {
      throw new NormalizeOptionsError('invalid-value', [key], [], `Reading ${singular(what)} "${key}" threw: ${thrownMessage(error)}`);
    }
  }
  return snapshot;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `normalisation options` → `normalisation option`. */
function singular(what: string): string {
  return what.endsWith('options') ? what.slice(0, -1) : what;
}
