/**
 * `khabar normalize`: Arabic normalisation of files or standard input as
 * they stream, in constant memory whatever their size; each input is
 * normalised on its own and the outputs follow each other in input order.
 */
import { createReadStream } from 'node:fs';
import {
  NORMALIZE_OPTION_NAMES,
  NORMALIZE_OPTION_VALUES,
  NORMALIZE_PRESETS,
  type NormalizeOptions,
} from '../normalize/option-values';
import { createIncrementalNormalizer } from '../stream/incremental-normalizer';
import { flagOf, oneOf, parseCommandLine } from './args';
import { decodeChunks, STREAM_ENCODINGS, type StreamEncoding } from './decode-stream';
import { EXIT, InputError, OutputError, UsageError, inputErrorFromSystem } from './errors';
import { NORMALIZE_HELP } from './help';
import { runNormalizeJsonl, wantsJsonl } from './jsonl-command';
import { STDIN_LABEL, expandInputs, type Location } from './inputs';
import { openOutput, type Output } from './output';
import { refuseOutputAmongInputs } from './output-guard';
import { printError } from './terminal-text';

const RULE_FLAGS = Object.fromEntries(NORMALIZE_OPTION_NAMES.map((name) => [flagOf(name).slice(2), { type: 'string' }])) as Record<
  string,
  { type: 'string' }
>;

const OPTIONS = {
  preset: { type: 'string', short: 'p' },
  encoding: { type: 'string', short: 'e' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  input: { type: 'string' },
  field: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  ...RULE_FLAGS,
} as const;

function normalizeOptions(values: Record<string, string | boolean | undefined>): NormalizeOptions {
  const options: Record<string, string> = {};
  if (typeof values['preset'] === 'string') options['preset'] = oneOf(values['preset'], NORMALIZE_PRESETS, '--preset');
  for (const name of NORMALIZE_OPTION_NAMES) {
    const flag = flagOf(name);
    const value = values[flag.slice(2)];
    if (typeof value === 'string') options[name] = oneOf(value, NORMALIZE_OPTION_VALUES[name], flag);
  }
  return options as NormalizeOptions;
}

async function normalizeOne(
  chunks: AsyncIterable<Uint8Array | string>,
  label: string,
  options: NormalizeOptions,
  encoding: StreamEncoding | undefined,
  output: Output,
): Promise<void> {
  const normalizer = createIncrementalNormalizer(options);
  try {
    for await (const text of decodeChunks(chunks, label, encoding)) await output.write(normalizer.push(text));
  } finally {
    // On a bad byte or a read error, what came before it is still written.
    await output.write(normalizer.end());
  }
}

function fileChunks(location: Location): AsyncIterable<Buffer> {
  return createReadStream(location, { highWaterMark: 1 << 16 });
}

/** Runs `khabar normalize` with its arguments; resolves to the exit code. */
export async function normalizeCommand(args: string[], entry: URL): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) {
    process.stdout.write(NORMALIZE_HELP);
    return EXIT.ok;
  }
  const options = normalizeOptions(values as Record<string, string | boolean | undefined>);
  const encoding = values.encoding === undefined ? undefined : oneOf(values.encoding, STREAM_ENCODINGS, '--encoding');
  if (wantsJsonl(values.input, values.field)) return runNormalizeJsonl({ ...values, encoding }, options, positionals, entry);
  if (values.jobs !== undefined) throw new UsageError('--jobs applies to --input jsonl; one stream is normalised in order');
  if (positionals.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (positionals.length === 0 && process.stdin.isTTY) {
    throw new UsageError('no input: give files, or pipe text into standard input');
  }
  const paths = positionals.length > 0 ? positionals : ['-'];
  const inputs = expandInputs(paths, { directories: false });
  refuseOutputAmongInputs(values.out, paths, inputs, false);
  const output = openOutput(values.out);

  let failed = 0;
  try {
    for (const input of inputs) {
      try {
        if (input.kind === 'error') throw input.error;
        if (input.kind === 'stdin') await normalizeOne(process.stdin, STDIN_LABEL, options, encoding, output);
        else await normalizeOne(fileChunks(input.location), input.path, options, encoding, output);
      } catch (error) {
        if (error instanceof OutputError) throw error; // the run cannot go on
        const path = input.kind === 'file' ? input.path : STDIN_LABEL;
        const problem = error instanceof InputError ? error : inputErrorFromSystem(error, path);
        failed++;
        printError(`khabar: ${problem.message}\n`);
      }
    }
  } catch (error) {
    await output.discard();
    throw error;
  }
  // A file given as --out holds only complete output: an input that stopped part way leaves it unwritten.
  if (failed === 0) await output.close();
  else {
    await output.discard();
    if (values.out !== undefined && values.out !== '-') printError(`khabar: ${values.out} not written, since an input failed; a file already there is unchanged\n`);
  }
  if (failed > 0) {
    process.stderr.write(`khabar: ${failed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} failed\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}
