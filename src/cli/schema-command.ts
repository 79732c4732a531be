/**
 * `khabar schema`: the JSON Schema of the record, exactly the document the
 * package ships as `khabar/schema.json`.
 */
import { articleJsonSchema } from '../schema/json-schema';
import { parseCommandLine } from './args';
import { EXIT, UsageError } from './errors';
import { SCHEMA_HELP } from './help';
import { openOutput } from './output';

/** The schema document as the CLI prints it and as `schema.json` holds it. */
export function schemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}

/** Runs `khabar schema` with its arguments; resolves to the exit code. */
export async function schemaCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(SCHEMA_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`khabar schema takes no input, got '${positionals[0]}'`);
  const output = openOutput(values.out);
  await output.write(schemaText());
  await output.close();
  return EXIT.ok;
}
