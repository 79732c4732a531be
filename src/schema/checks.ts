/**
 * The checks that the generated record validator
 * (`src/schema/generated/record-checks.ts`) is written in: one per kind of
 * value, each returning the problem as a message, or undefined. The messages
 * are part of the `invalid-record` diagnostic.
 */

/** Keys and indices from a record's root to the value at fault, filled innermost first. */
export type CheckPath = Array<string | number>;

/**
 * Whether `value` is an object that is neither null nor an array.
 *
 * @example
 * ```ts
 * isRecord({ line: 1 }); // true
 * isRecord([1]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A problem found below `key`: the key goes in front of the path.
 *
 * @example
 * ```ts
 * const path: CheckPath = ['column'];
 * within(path, 'end', 'expected a number >= 1'); // path is now ['end', 'column']
 * ```
 */
export function within(path: CheckPath, key: string | number, problem: string): string {
  path.unshift(key);
  return problem;
}

/**
 * A string of at least `minimum` units.
 *
 * @example
 * ```ts
 * checkString('', 1); // 'expected at least 1 characters'
 * ```
 */
export function checkString(value: unknown, minimum: number): string | undefined {
  if (typeof value !== 'string') return 'expected a string';
  return value.length < minimum ? `expected at least ${minimum} characters` : undefined;
}

/**
 * A finite number, a safe integer when `integer`, not below `minimum` (or,
 * unless `inclusive`, above it).
 *
 * @example
 * ```ts
 * checkNumber(0, true, 1, true); // 'expected a number >= 1'
 * ```
 */
export function checkNumber(value: unknown, integer: boolean, minimum: number, inclusive: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a finite number';
  if (integer && !Number.isSafeInteger(value)) return 'expected a safe integer';
  if (inclusive ? value < minimum : value <= minimum) return `expected a number ${inclusive ? '>=' : '>'} ${minimum}`;
  return undefined;
}

/**
 * A boolean.
 *
 * @example
 * ```ts
 * checkBoolean('yes'); // 'expected a boolean'
 * ```
 */
export function checkBoolean(value: unknown): string | undefined {
  return typeof value === 'boolean' ? undefined : 'expected a boolean';
}

/**
 * One of `values`.
 *
 * @example
 * ```ts
 * checkEnum('side', ['inline', 'block']); // 'expected one of "inline", "block"'
 * ```
 */
export function checkEnum(value: unknown, values: ReadonlyArray<string | number>): string | undefined {
  return values.includes(value as string | number) ? undefined : `expected one of ${values.map((item) => JSON.stringify(item)).join(', ')}`;
}

/**
 * No enumerable key outside `keys`, inherited ones included (zod's strict
 * objects read keys with `for…in` too).
 *
 * @example
 * ```ts
 * const path: CheckPath = [];
 * unknownKey({ line: 1, extra: 2 }, ['line'], path); // 'unrecognized key', path ['extra']
 * ```
 */
export function unknownKey(record: Record<string, unknown>, keys: readonly string[], path: CheckPath): string | undefined {
  let index = 0;
  for (const key in record) {
    // Records list their keys in the schema's order: one comparison each, and a search only otherwise.
    if (key === keys[index++] || keys.includes(key)) continue;
    return within(path, key, 'unrecognized key');
  }
  return undefined;
}
