/**
 * `khabar dedupe`: groups of near-duplicate articles among raw article files
 * or JSON Lines of records, one JSON line per group: the article to keep
 * (the first read) and its duplicates with their similarity to it.
 */
import { createDuplicateIndex, DEFAULT_DUPLICATE_THRESHOLD } from '../compare/duplicate-index';
import { fingerprint, type Fingerprint } from '../compare/fingerprint';
import { estimateSimilarity } from '../compare/similarity';
import { parseCommandLine } from './args';
import { readArticles, readLimits } from './article-records';
import { EXIT, UsageError } from './errors';
import { DEDUPE_HELP } from './compare-help';
import { openOutput } from './output';
import { Progress } from './progress';

const OPTIONS = {
  threshold: { type: 'string', short: 't' },
  'max-bytes': { type: 'string' },
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads `--threshold`: a number from 0 to 1. */
export function thresholdOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new UsageError(`invalid value '${value}' for --threshold; expected a number from 0 to 1`);
  }
  return number;
}

/** The inputs' paths, standard input when there are none and it is not a terminal. */
export function comparePaths(positionals: readonly string[]): string[] {
  if (positionals.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (positionals.length > 0) return [...positionals];
  if (process.stdin.isTTY) throw new UsageError('no input: give files or directories, or pipe JSON Lines records into standard input');
  return ['-'];
}

/** Runs `khabar dedupe` with its arguments; resolves to the exit code. */
export async function dedupeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) {
    process.stdout.write(DEDUPE_HELP);
    return EXIT.ok;
  }
  const threshold = thresholdOption(values.threshold, DEFAULT_DUPLICATE_THRESHOLD);
  const paths = comparePaths(positionals);
  const output = openOutput(values.out);
  const { records, failures } = await readArticles(paths, readLimits(values['max-bytes']));
  const totalBytes = records.reduce((sum, record) => sum + record.bytes, 0);
  const progress = new Progress(process.stderr, Boolean(process.stderr.isTTY) && !values.quiet && records.length > 1, records.length, totalBytes);
  for (const failure of failures) progress.message(`khabar: ${failure}`);

  const index = createDuplicateIndex({ threshold });
  const prints = new Map<string, Fingerprint>();
  for (const record of records) {
    const print = fingerprint(record.article);
    prints.set(record.id, print);
    index.addFingerprint(record.id, print);
    progress.advance(record.bytes);
  }
  progress.finish();
  for (const [keep, ...others] of index.clusters()) {
    const kept = prints.get(keep!)!;
    const duplicates = others.map((id) => ({ id, similarity: Number(estimateSimilarity(kept, prints.get(id)!).toFixed(4)) }));
    await output.write(`${JSON.stringify({ keep, duplicates })}\n`);
  }
  await output.close();
  if (failures.length > 0) {
    process.stderr.write(`khabar: ${failures.length} input${failures.length === 1 ? '' : 's'} gave no article\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}
