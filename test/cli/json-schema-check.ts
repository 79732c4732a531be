/**
 * A small JSON Schema checker for the keywords `schema.json` uses, so that a
 * test can validate real records against the shipped document without a
 * validator dependency. An unknown keyword is an error: if the schema ever
 * uses one, this check must learn it rather than silently pass.
 */

type Schema = Record<string, unknown>;

/** Keywords that only describe, never constrain. */
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);
const CONSTRAINTS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minLength',
  'minimum',
  'maximum',
  'anyOf',
  '$ref',
  'const',
  'enum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolve(root: Schema, ref: string): Schema {
  const prefix = '#/$defs/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  const target = (root['$defs'] as Record<string, Schema> | undefined)?.[ref.slice(prefix.length)];
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  return target;
}

function check(value: unknown, schema: Schema, root: Schema, path: string, problems: string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CONSTRAINTS.has(keyword)) throw new Error(`unsupported keyword ${keyword} at ${path}`);
  }
  if (typeof schema['$ref'] === 'string') check(value, resolve(root, schema['$ref']), root, path, problems);
  if (Array.isArray(schema['anyOf'])) {
    const passes = (schema['anyOf'] as Schema[]).some((option) => {
      const inner: string[] = [];
      check(value, option, root, path, inner);
      return inner.length === 0;
    });
    if (!passes) problems.push(`${path}: matches no anyOf option`);
  }
  const type = schema['type'];
  if (typeof type === 'string') {
    const actual = typeOf(value);
    if (actual !== type && !(type === 'number' && actual === 'integer')) {
      problems.push(`${path}: expected ${type}, got ${actual}`);
      return;
    }
  }
  if ('const' in schema && value !== schema['const']) problems.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) problems.push(`${path}: not in enum`);
  if (typeof value === 'string' && typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) {
    problems.push(`${path}: shorter than ${schema['minLength']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) problems.push(`${path}: below ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) problems.push(`${path}: above ${schema['maximum']}`);
  }
  if (Array.isArray(value) && schema['items']) {
    value.forEach((item, index) => check(item, schema['items'] as Schema, root, `${path}[${index}]`, problems));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const name of (schema['required'] ?? []) as string[]) {
      if (!(name in object)) problems.push(`${path}: missing ${name}`);
    }
    for (const [name, item] of Object.entries(object)) {
      if (properties[name]) check(item, properties[name], root, `${path}.${name}`, problems);
      else if (schema['additionalProperties'] === false) problems.push(`${path}: unexpected property ${name}`);
    }
  }
}

/** The ways `value` breaks `schema` (empty when it conforms). */
export function schemaProblems(value: unknown, schema: Schema): string[] {
  const problems: string[] = [];
  check(value, schema, schema, '$', problems);
  return problems;
}
