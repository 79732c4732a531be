/**
 * The shape of a record schema as plain data, from which the check of records
 * is generated (tools/generate-record-shapes.ts). `shapeOfSchema` reads it from a zod schema's
 * public definition (`schema._zod.def`) without loading zod, for the subset
 * of zod the record schemas use — strict objects, strings with a minimum
 * length, safe integers with a minimum, booleans, enums, nullable values and
 * arrays. A schema outside that subset is refused, so a new kind of field
 * fails loudly instead of going unchecked.
 */
import type * as z from 'zod';

/** One node of a record's shape. */
export type RecordShape =
  | { readonly kind: 'string'; readonly minLength: number }
  | { readonly kind: 'number'; readonly integer: boolean; readonly minimum: number; readonly inclusive: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'nullable'; readonly inner: RecordShape }
  | { readonly kind: 'array'; readonly element: RecordShape }
  | { readonly kind: 'object'; readonly keys: readonly string[]; readonly values: readonly RecordShape[] }
  | { readonly kind: 'enum'; readonly values: ReadonlyArray<string | number> };

/** The parts of zod's public schema definition this module reads. */
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
  throw new Error(`shapeOfSchema does not support ${what}; extend it or validate with safeParse`);
}

function noChecks(definition: Definition, what: string): void {
  if (definition.checks?.length) unsupported(`checks on ${what}`);
}

/**
 * The shape of a zod schema of the supported subset; throws for any other.
 *
 * @example
 * ```ts
 * shapeOfSchema(z.string().min(1)); // { kind: 'string', minLength: 1 }
 * ```
 */
export function shapeOfSchema(schema: z.ZodType): RecordShape {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string': {
      let minLength = 0;
      for (const { _zod } of definition.checks ?? []) {
        if (_zod.def.check !== 'min_length') unsupported(`the string check ${_zod.def.check}`);
        minLength = Math.max(minLength, _zod.def.minimum ?? 0);
      }
      return { kind: 'string', minLength };
    }
    case 'number': {
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
      return { kind: 'number', integer, minimum, inclusive };
    }
    case 'boolean':
      noChecks(definition, 'a boolean');
      return { kind: 'boolean' };
    case 'nullable':
      return { kind: 'nullable', inner: shapeOfSchema(definition.innerType!) };
    case 'array':
      noChecks(definition, 'an array');
      return { kind: 'array', element: shapeOfSchema(definition.element!) };
    case 'object': {
      noChecks(definition, 'an object');
      if (!definition.catchall || definitionOf(definition.catchall).type !== 'never') unsupported('an object that is not strict');
      const keys = Object.keys(definition.shape ?? {});
      return { kind: 'object', keys, values: keys.map((key) => shapeOfSchema(definition.shape![key]!)) };
    }
    case 'enum':
      noChecks(definition, 'an enum');
      return { kind: 'enum', values: Object.values(definition.entries ?? {}) };
    default:
      return unsupported(`the schema type ${definition.type}`);
  }
}
