/**
 * Checking a value against the shape of a record schema without copying it.
 * `safeParse` of an object schema builds a new object for every object it
 * reads, so validating a record of 100,000 paragraphs allocates a second
 * record of that size, only to throw it away; on large inputs that copy was
 * half of the parse time.
 *
 * The validator is compiled from a {@link RecordShape}: plain data that
 * `shapeOfSchema` reads from a zod schema, generated at build time for the
 * records (`src/schema/generated/record-shapes.ts`), so that checking a record
 * never loads zod. The schemas stay the one statement of what a record is.
 */
import type { RecordShape } from './record-shape';
import { RECORD_SHAPES } from './generated/record-shapes';

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

function compileObject(shape: Extract<RecordShape, { kind: 'object' }>): Check {
  const keys = shape.keys;
  const checks = shape.values.map(compile);
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

function compile(shape: RecordShape): Check {
  switch (shape.kind) {
    case 'string': {
      const minimum = shape.minLength;
      return (value) => {
        if (typeof value !== 'string') return 'expected a string';
        return value.length < minimum ? `expected at least ${minimum} characters` : undefined;
      };
    }
    case 'number': {
      const { integer, minimum, inclusive } = shape;
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a finite number';
        if (integer && !Number.isSafeInteger(value)) return 'expected a safe integer';
        if (inclusive ? value < minimum : value <= minimum) return `expected a number ${inclusive ? '>=' : '>'} ${minimum}`;
        return undefined;
      };
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean');
    case 'nullable': {
      const inner = compile(shape.inner);
      return (value, path) => (value === null ? undefined : inner(value, path));
    }
    case 'array': {
      const element = compile(shape.element);
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
      return compileObject(shape);
    case 'enum': {
      const values = shape.values;
      const expected = `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
      return (value) => (values.includes(value as string | number) ? undefined : expected);
    }
  }
}

/**
 * Compiles a shape into a function that checks a value against it without
 * copying the value. For the shape of a schema (`shapeOfSchema`), it accepts
 * exactly what the schema's `safeParse` accepts.
 *
 * @example
 * ```ts
 * const checkArticle = compileValidator(RECORD_SHAPES.article);
 * checkArticle(article); // undefined when valid, else { path: ['paragraphs', 3], message: … }
 * ```
 */
export function compileValidator(shape: RecordShape): Validator {
  const check = compile(shape);
  return (value) => {
    const path: Array<string | number> = [];
    const message = check(value, path);
    return message === undefined ? undefined : { path, message };
  };
}

let articleValidator: Validator | undefined;

/**
 * Checks a value against `ArticleSchema` (through its generated shape, so
 * without zod); the validator is compiled on first use.
 *
 * @example
 * ```ts
 * validateArticle(parseArticle(specimen)); // undefined
 * validateArticle({ title: '' })?.path; // ['title']
 * ```
 */
export function validateArticle(value: unknown): ValidationIssue | undefined {
  return (articleValidator ??= compileValidator(RECORD_SHAPES.article))(value);
}
