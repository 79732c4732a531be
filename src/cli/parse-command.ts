/**
 * `khabar parse`: raw article files to records, in JSON, JSON Lines or
 * Markdown, on the main thread or in worker threads, always in input order.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { NORMALIZE_PRESETS, type NormalizePreset } from '../normalize/option-values';
import { hasLineBreak, resolveOptions } from '../parse/options';
import { byteSize, oneOf, parseCommandLine, positiveInteger } from './args';
import { EXIT, InputError, UsageError } from './errors';
import { PARSE_HELP } from './help';
import { runParseJsonl, wantsJsonl } from './jsonl-command';
import { STDIN_LABEL, expandInputs, type Input } from './inputs';
import { openOutput, type Output } from './output';
import { refuseOutputAmongInputs } from './output-guard';
import {
  PARSE_FORMATS,
  failedInput,
  isFileRef,
  parseBytes,
  parseFile,
  type ParseFormat,
  type ParseResult,
  type ParseSettings,
} from './parse-job';
import { DEFAULT_MAX_BYTES, readStdin, type FileRef } from './read-input';
import { Progress } from './progress';
import { parseInWorkers } from './worker-pool';
import { printError } from './terminal-text';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  normalize: { type: 'string', short: 'n' },
  strict: { type: 'boolean' },
  label: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  'max-bytes': { type: 'string' },
  'follow-links': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  input: { type: 'string' },
  field: { type: 'string' },
} as const;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The format asked for, or the default: json for one file or standard input, jsonl otherwise. */
function chooseFormat(asked: string | undefined, paths: readonly string[]): ParseFormat {
  const single = paths.length === 1 && !isDirectory(paths[0]!);
  if (asked === undefined) return single ? 'json' : 'jsonl';
  const format = oneOf(asked, PARSE_FORMATS, '--format');
  if (format === 'json' && !single) {
    throw new UsageError('--format json writes the record of one input; give one file or -, or use --format jsonl');
  }
  return format;
}

function chooseNormalize(asked: string | undefined): false | NormalizePreset {
  if (asked === undefined) return 'display';
  if (asked === 'none') return false;
  return oneOf(asked, NORMALIZE_PRESETS, '--normalize');
}

/** The `--label` values, each one line with a letter in it, as `parseArticle`'s `labels` need. */
function readMoreLabels(labels: readonly string[]): string[] {
  for (const label of labels) {
    if (hasLineBreak(label)) throw new UsageError(`invalid value ${JSON.stringify(label)} for --label: a label is one line, without line breaks`);
    try {
      resolveOptions({ labels: [label] }, 'khabar parse');
    } catch {
      throw new UsageError(`invalid value ${JSON.stringify(label)} for --label: a label needs a letter (it holds only spaces, marks or colons)`);
    }
  }
  return [...labels];
}

/** `--jobs`, capped at the number of cores (more workers only take memory), saying so unless quiet. */
function chooseJobs(asked: string | undefined, quiet: boolean): number {
  const cores = availableParallelism();
  if (asked === undefined) return cores;
  const jobs = positiveInteger(asked, '--jobs');
  if (jobs <= cores) return jobs;
  if (!quiet) process.stderr.write(`khabar: --jobs ${jobs} is more than the ${cores} CPU core${cores === 1 ? '' : 's'} here; using ${cores}\n`);
  return cores;
}

/** The inputs' paths, standard input when there are none and it is not a terminal. */
function inputPaths(positionals: readonly string[]): string[] {
  if (positionals.length > 0) {
    if (positionals.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    return [...positionals];
  }
  if (process.stdin.isTTY) throw new UsageError('no input: give files or directories, or pipe text into standard input');
  return ['-'];
}

/** Runs `khabar parse` with its arguments; resolves to the exit code. */
export async function parseCommand(args: string[], entry: URL): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) {
    process.stdout.write(PARSE_HELP);
    return EXIT.ok;
  }
  if (wantsJsonl(values.input, values.field)) return runParseJsonl(values, chooseNormalize(values.normalize), positionals, entry);
  const paths = inputPaths(positionals);
  const settings: ParseSettings = {
    format: chooseFormat(values.format, paths),
    normalize: chooseNormalize(values.normalize),
    strict: values.strict ?? false,
    labels: readMoreLabels(values.label ?? []),
    quiet: values.quiet ?? false,
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : byteSize(values['max-bytes'], '--max-bytes'),
  };
  const jobs = chooseJobs(values.jobs, settings.quiet);
  const notices: string[] = [];
  const inputs = expandInputs(paths, { directories: true, followLinks: values['follow-links'] ?? false, notices });
  refuseOutputAmongInputs(values.out, paths, inputs, true);
  const output = openOutput(values.out);
  try {
    if (!settings.quiet) for (const notice of notices) printError(`khabar: warning: ${notice}\n`);
    const failed = await parseAll(inputs, settings, jobs, entry, output);
    // JSON Lines names every failed input on its line, so the output is complete; the other formats would lack them.
    if (failed === 0 || settings.format === 'jsonl') await output.close();
    else {
      await output.discard();
      if (values.out !== undefined && values.out !== '-') printError(`khabar: ${values.out} not written, since an input failed; a file already there is unchanged\n`);
    }
    if (failed > 0) {
      process.stderr.write(`khabar: ${failed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} failed\n`);
      return EXIT.inputFailed;
    }
    return EXIT.ok;
  } catch (error) {
    await output.discard();
    throw error;
  }
}

/** Parses every input in order, writing the results to `output`; resolves to the number that failed. */
async function parseAll(inputs: readonly Input[], settings: ParseSettings, jobs: number, entry: URL, output: Output): Promise<number> {
  const items = await Promise.all(inputs.map((input) => itemOf(input, settings)));
  const files = items.filter(isFileRef).length;
  const totalBytes = inputs.reduce((sum, input) => sum + (input.kind === 'file' ? input.size : 0), 0);
  const progress = new Progress(process.stderr, Boolean(process.stderr.isTTY) && !settings.quiet && items.length > 1, items.length, totalBytes);

  let failed = 0;
  let blocks = 0;
  const consume = async (_index: number, result: ParseResult): Promise<void> => {
    if (!result.ok) failed++;
    progress.message(result.messages);
    if (result.output.length > 0) {
      // Markdown articles are separated by a rule; JSON and JSON Lines end each record with a line feed.
      const separator = settings.format === 'markdown' && blocks > 0 ? '\n---\n\n' : '';
      await output.write(separator + result.output);
      blocks++;
    }
    progress.advance(result.bytes);
  };

  const workers = Math.min(jobs, files);
  if (workers > 1) await parseInWorkers(entry, workers, items, settings, consume);
  else {
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      await consume(index, isFileRef(item) ? parseFile(item, settings) : item);
    }
  }
  progress.finish();
  return failed;
}

/** A file to parse later (maybe in a worker), or the result of an input known now. */
async function itemOf(input: Input, settings: ParseSettings): Promise<FileRef | ParseResult> {
  if (input.kind === 'file') return { path: input.path, location: input.location, origin: input.origin };
  if (input.kind === 'error') return failedInput(input.error, settings);
  try {
    return parseBytes(await readStdin(settings.maxBytes), STDIN_LABEL, settings);
  } catch (error) {
    if (error instanceof InputError) return failedInput(error, settings);
    throw error;
  }
}
