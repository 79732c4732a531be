/**
 * `khabar parse`: raw article files to records, in JSON, JSON Lines or
 * Markdown, on the main thread or in worker threads, always in input order.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { NORMALIZE_PRESETS, type NormalizePreset } from '../normalize/options';
import { oneOf, parseCommandLine, positiveInteger } from './args';
import { EXIT, UsageError } from './errors';
import { PARSE_HELP } from './help';
import { runParseJsonl, wantsJsonl } from './jsonl-command';
import { STDIN_LABEL, expandInputs, readStdin, type Input } from './inputs';
import { openOutput } from './output';
import { PARSE_FORMATS, failedInput, parseBytes, parseFile, type ParseFormat, type ParseResult, type ParseSettings } from './parse-job';
import { Progress } from './progress';
import { parseInWorkers } from './worker-pool';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  normalize: { type: 'string', short: 'n' },
  strict: { type: 'boolean' },
  label: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
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
    labels: values.label ?? [],
    quiet: values.quiet ?? false,
  };
  const jobs = values.jobs === undefined ? availableParallelism() : positiveInteger(values.jobs, '--jobs');
  const output = openOutput(values.out);

  const inputs = expandInputs(paths, { directories: true });
  const items = await Promise.all(inputs.map((input) => itemOf(input, settings)));
  const files = items.filter((item) => typeof item === 'string').length;
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
      await consume(index, typeof item === 'string' ? parseFile(item, settings) : item);
    }
  }
  progress.finish();
  await output.close();
  if (failed > 0) {
    process.stderr.write(`khabar: ${failed} of ${items.length} input${items.length === 1 ? '' : 's'} failed\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}

/** A file's path, to be parsed later (maybe in a worker), or the result of an input known now. */
async function itemOf(input: Input, settings: ParseSettings): Promise<string | ParseResult> {
  if (input.kind === 'file') return input.path;
  if (input.kind === 'error') return failedInput(input.error, settings);
  return parseBytes(await readStdin(), STDIN_LABEL, settings);
}
