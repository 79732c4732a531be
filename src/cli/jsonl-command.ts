/**
 * `khabar parse --input jsonl` and `khabar normalize --input jsonl`: a
 * line-in, line-out filter over JSON Lines, for the engines that feed a
 * command through its standard input (Hadoop Streaming, Spark's `RDD.pipe`,
 * GNU parallel, queue workers). Every input line gets exactly one output
 * line, at the same position: a record, or an error record for a bad line.
 * A bad line is data, not a failed input, so it leaves the exit code at 0
 * (engines fail a whole task on any other code); only an input that cannot
 * be read sets it to 1.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { NormalizeOptions, NormalizePreset } from '../normalize/option-values';
import { oneOf, positiveInteger } from './args';
import { UsageError, EXIT, InputError, inputErrorFromSystem } from './errors';
import { STDIN_LABEL, expandInputs, type Input } from './inputs';
import { splitLines } from './jsonl-lines';
import { transformInOrder, type JsonlItem } from './jsonl-pool';
import { ERROR_KEY, type BatchResult, type JsonlSettings } from './jsonl-transform';
import { openOutput, type Output } from './output';
import { refuseOutputAmongInputs } from './output-guard';

/** What `--input` accepts: `raw` (each input is one text, the default) or `jsonl`. */
export const INPUT_KINDS = ['raw', 'jsonl'] as const;

/** The field `--field` names by default. */
export const DEFAULT_FIELD = 'raw';

/** One `--input jsonl` run. */
export interface JsonlRun {
  readonly settings: JsonlSettings;
  /** The command line's paths; standard input when empty. */
  readonly paths: readonly string[];
  /** Worker threads; 1 transforms on the main thread. */
  readonly jobs: number;
  /** `--out`, or standard output. */
  readonly out: string | undefined;
  /** The CLI's own module, which worker threads start from. */
  readonly entry: URL;
}

/** Checks `--field`: any key but the one error records are told apart by. */
export function checkField(field: string | undefined): string {
  if (field === undefined) return DEFAULT_FIELD;
  if (field.length === 0) throw new UsageError('--field needs the name of a field');
  if (field === ERROR_KEY) throw new UsageError(`--field cannot be '${ERROR_KEY}': error records are told apart by that key`);
  return field;
}

/**
 * Standard output is written batch by batch, unbuffered, so that whoever
 * feeds the command line by line gets each answer at once; `--out` goes
 * through the usual buffered file output.
 */
function openLineOutput(out: string | undefined): Output {
  if (out !== undefined) return openOutput(out);
  const stream = process.stdout;
  return {
    write: async (text) => {
      if (text.length > 0 && !stream.write(text, 'utf8')) await once(stream, 'drain');
    },
    close: async () => {
      if (stream.writableNeedDrain) await once(stream, 'drain');
    },
    discard: async () => {
      if (stream.writableNeedDrain) await once(stream, 'drain');
    },
  };
}

function failedInput(error: InputError): BatchResult {
  return { output: '', messages: `khabar: ${error.message}\n`, lines: 0, failedLines: 0, failedInputs: 1 };
}

async function* itemsOf(inputs: readonly Input[], maxLineBytes: number | undefined): AsyncGenerator<JsonlItem> {
  for (const input of inputs) {
    if (input.kind === 'error') {
      yield { ready: failedInput(input.error) };
      continue;
    }
    const label = input.kind === 'stdin' ? STDIN_LABEL : input.path;
    const chunks = input.kind === 'stdin' ? process.stdin : createReadStream(input.path, { highWaterMark: 1 << 16 });
    try {
      for await (const batch of splitLines(chunks, label, maxLineBytes)) yield { batch };
    } catch (error) {
      // The lines before a read error have their records; the error names the input.
      yield { ready: failedInput(error instanceof InputError ? error : inputErrorFromSystem(error, label)) };
    }
  }
}

/** Runs one `--input jsonl` command; resolves to the exit code. */
export async function runJsonl(run: JsonlRun): Promise<number> {
  const paths = run.paths.length > 0 ? run.paths : ['-'];
  if (paths.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (run.paths.length === 0 && process.stdin.isTTY) {
    throw new UsageError('no input: give JSON Lines files, or pipe JSON Lines into standard input');
  }
  const inputs = expandInputs(paths, { directories: false });
  refuseOutputAmongInputs(run.out, paths, inputs, false);
  const output = openLineOutput(run.out);

  let lines = 0;
  let failedLines = 0;
  let failedInputs = 0;
  const consume = async (result: BatchResult): Promise<void> => {
    lines += result.lines;
    failedLines += result.failedLines;
    failedInputs += result.failedInputs;
    if (result.messages.length > 0) process.stderr.write(result.messages);
    await output.write(result.output);
  };
  try {
    await transformInOrder(itemsOf(inputs, run.settings.maxLineBytes), run.settings, run.jobs, run.entry, consume);
  } catch (error) {
    // Nothing more will be read: let standard input go, so the process can end.
    process.stdin.destroy();
    await output.discard();
    throw error;
  }
  await output.close();
  if (failedLines > 0) {
    process.stderr.write(`khabar: ${failedLines} of ${lines} line${lines === 1 ? '' : 's'} became error records\n`);
  }
  if (failedInputs > 0) {
    process.stderr.write(`khabar: ${failedInputs} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} could not be read\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}

/**
 * Whether `--input` asks for JSON Lines; `--field` without it is a usage
 * error, since it would be ignored.
 */
export function wantsJsonl(input: string | undefined, field: string | undefined): boolean {
  const kind = input === undefined ? 'raw' : oneOf(input, INPUT_KINDS, '--input');
  if (kind === 'raw' && field !== undefined) throw new UsageError('--field names the text field of --input jsonl; add --input jsonl');
  return kind === 'jsonl';
}

/** `--jobs` under `--input jsonl`: 1 by default, since the engines feeding the command run one per core already. */
export function jsonlJobs(jobs: string | undefined): number {
  if (jobs === undefined) return 1;
  const asked = positiveInteger(jobs, '--jobs');
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  process.stderr.write(`khabar: --jobs ${asked} is more than the ${cores} CPU core${cores === 1 ? '' : 's'} here; using ${cores}\n`);
  return cores;
}

/** The command-line values `khabar parse --input jsonl` reads. */
export interface ParseJsonlValues {
  readonly format?: string | undefined;
  readonly field?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly label?: string[] | undefined;
  readonly out?: string | undefined;
  readonly jobs?: string | undefined;
}

/** Runs `khabar parse --input jsonl`, `normalize` being the preset `--normalize` chose. */
export function runParseJsonl(values: ParseJsonlValues, normalize: false | NormalizePreset, paths: readonly string[], entry: URL): Promise<number> {
  if (values.format !== undefined && values.format !== 'jsonl') {
    throw new UsageError(`--input jsonl writes JSON Lines: --format ${values.format} does not apply`);
  }
  const settings: JsonlSettings = {
    command: 'parse',
    field: checkField(values.field),
    normalize,
    strict: values.strict ?? false,
    labels: values.label ?? [],
  };
  return runJsonl({ settings, paths, jobs: jsonlJobs(values.jobs), out: values.out, entry });
}

/** The command-line values `khabar normalize --input jsonl` reads. */
export interface NormalizeJsonlValues {
  readonly field?: string | undefined;
  readonly encoding?: string | undefined;
  readonly out?: string | undefined;
  readonly jobs?: string | undefined;
}

/** Runs `khabar normalize --input jsonl` with the rule options the command line chose. */
export function runNormalizeJsonl(
  values: NormalizeJsonlValues,
  options: NormalizeOptions,
  paths: readonly string[],
  entry: URL,
): Promise<number> {
  if (values.encoding !== undefined && values.encoding !== 'utf-8') {
    throw new UsageError(`--input jsonl reads UTF-8, as JSON Lines are: --encoding ${values.encoding} does not apply`);
  }
  const settings: JsonlSettings = { command: 'normalize', field: checkField(values.field), options };
  return runJsonl({ settings, paths, jobs: jsonlJobs(values.jobs), out: values.out, entry });
}
