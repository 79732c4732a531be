/**
 * Checks of option objects shared by the comparison functions: unknown
 * keys and values out of range are a {@link CompareError}, never ignored.
 */
import { describeValue } from '../normalize/read-options';
import { CompareError } from './errors';

/** Throws `invalid-options` unless `options` is undefined or a plain object with only `allowed` keys. */
export function checkOptionKeys(options: unknown, allowed: readonly string[], what: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CompareError('invalid-options', `${what} options must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new CompareError('invalid-options', `unknown ${what} option '${key}' (known: ${allowed.join(', ')})`);
  }
}

/** A number from `low` to `high` inclusive, or `fallback` when undefined. */
export function numberIn(value: unknown, name: string, low: number, high: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < low || value > high) {
    throw new CompareError('invalid-options', `${name} must be a number from ${low} to ${high}, got ${describeValue(value)}`);
  }
  return value;
}
