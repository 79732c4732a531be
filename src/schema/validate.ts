/**
 * Checking a value against a zod schema without copying it. `safeParse` of an
 * object schema builds a new object for every object it reads, so validating
 * a record of 100,000 paragraphs allocates a second record of that size,
 * only to throw it away; on large inputs that copy was half of the parse time.
 *
 * `compileValidator` turns the subset of zod that the record schemas use —
 * strict objects, strings with a minimum length, safe integers with a
 * minimum, booleans, enums of strings, nullable values and arrays — into a plain checking
 * function. A schema outside that subset is refused when it is compiled, so
 * the schemas stay the one statement of what a record is: a new kind of
 * field fails loudly instead of going unchecked.
 */
import type * as z from 'zod';

/** The first thing wrong with a value, and where. */
export interface ValidationIssue {
  /** Keys and indices from the root to the value at fault. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, for people. */
  readonly message: string;
}

/** Checks a value; returns the first issue, or undefined when it is valid. */
export type Validator = (value: unknown) => ValidationIssue | undefined;

/** A compiled check: `path` is extended only when an issue is reported. */
type Check = (value: unknown, path: Array<string | number>) => string | undefined;

/** The parts of zod's public schema definition (`schema._zod.def`) this module reads. */
interface Definition {
  type: string;
  checks?: Array<{ _zod: { def: CheckDefinition } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
}

interface CheckDefinition {
  check: string;
  minimum?: number;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

function unsupported(what: string): never {
  throw new Error(`compileValidator does not support ${what}; extend it or validate with safeParse`);
}

function compileString(definition: Definition): Check {
  let minimum = 0;
  for (const { _zod } of definition.checks ?? []) {
    if (_zod.def.check !== 'min_length') unsupported(`the string check ${_zod.def.check}`);
    minimum = Math.max(minimum, _zod.def.minimum ?? 0);
  }
  return (value) => {
    if (typeof value !== 'string') return 'expected a string';
    return value.length < minimum ? `expected at least ${minimum} characters` : undefined;
  };
}

function compileNumber(definition: Definition): Check {
  let integer = false;
  let minimum = -Infinity;
  let inclusive = true;
  for (const { _zod } of definition.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'number_format' && check.format === 'safeint') integer = true;
    else if (check.check === 'greater_than' && check.value !== undefined) {
      minimum = check.value;
      inclusive = check.inclusive === true;
    } else unsupported(`the number check ${check.check}${check.format ? ` (${check.format})` : ''}`);
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a finite number';
    if (integer && !Number.isSafeInteger(value)) return 'expected a safe integer';
    if (inclusive ? value < minimum : value <= minimum) return `expected a number ${inclusive ? '>=' : '>'} ${minimum}`;
    return undefined;
  };
}

function compileObject(definition: Definition): Check {
  if (definition.checks?.length) unsupported('checks on an object');
  if (!definition.catchall || definitionOf(definition.catchall).type !== 'never') unsupported('an object that is not strict');
  const keys = Object.keys(definition.shape ?? {});
  const checks = keys.map((key) => compile(definition.shape![key]!));
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object';
    const record = value as Record<string, unknown>;
    for (let k = 0; k < keys.length; k++) {
      const problem = checks[k]!(record[keys[k]!], path);
      if (problem !== undefined) {
        path.unshift(keys[k]!);
        return problem;
      }
    }
    // A handful of known keys: a linear search beats a set, and records are many small objects.
    for (const key in record) {
      if (!keys.includes(key) && Object.prototype.hasOwnProperty.call(record, key)) {
        path.unshift(key);
        return 'unrecognized key';
      }
    }
    return undefined;
  };
}

function compile(schema: z.ZodType): Check {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string':
      return compileString(definition);
    case 'number':
      return compileNumber(definition);
    case 'boolean':
      if (definition.checks?.length) unsupported('checks on a boolean');
      return (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean');
    case 'nullable': {
      const inner = compile(definition.innerType!);
      return (value, path) => (value === null ? undefined : inner(value, path));
    }
    case 'array': {
      if (definition.checks?.length) unsupported('checks on an array');
      const element = compile(definition.element!);
      return (value, path) => {
        if (!Array.isArray(value)) return 'expected an array';
        for (let index = 0; index < value.length; index++) {
          const problem = element(value[index], path);
          if (problem !== undefined) {
            path.unshift(index);
            return problem;
          }
        }
        return undefined;
      };
    }
    case 'object':
      return compileObject(definition);
    case 'enum': {
      if (definition.checks?.length) unsupported('checks on an enum');
      const values = Object.values(definition.entries ?? {});
      const expected = `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
      return (value) => (values.includes(value as string | number) ? undefined : expected);
    }
    default:
      return unsupported(`the schema type ${definition.type}`);
  }
}

/**
 * Compiles `schema` into a function that checks a value against it without
 * copying the value. Accepts exactly what `schema.safeParse` accepts, for
 * the subset of zod described above; throws for any other schema.
 *
 * @example
 * ```ts
 * const checkArticle = compileValidator(ArticleSchema);
 * checkArticle(article); // undefined when valid, else { path: ['paragraphs', 3], message: … }
 * ```
 */
export function compileValidator(schema: z.ZodType): Validator {
  const check = compile(schema);
  return (value) => {
    const path: Array<string | number> = [];
    const message = check(value, path);
    return message === undefined ? undefined : { path, message };
  };
}
