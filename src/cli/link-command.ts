/**
 * `khabar link`: resolves the related stories of every article read (raw
 * article files or JSON Lines of records) to the articles they point at,
 * one JSON line per link.
 */
import { DEFAULT_LINK_THRESHOLD, linkRelatedStories } from '../compare/linking';
import { parseCommandLine } from './args';
import { readArticles, readLimits } from './article-records';
import { LINK_HELP } from './compare-help';
import { comparePaths, thresholdOption } from './dedupe-command';
import { EXIT } from './errors';
import { openOutput } from './output';
import { Progress } from './progress';

const OPTIONS = {
  threshold: { type: 'string', short: 't' },
  'max-bytes': { type: 'string' },
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `khabar link` with its arguments; resolves to the exit code. */
export async function linkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) {
    process.stdout.write(LINK_HELP);
    return EXIT.ok;
  }
  const threshold = thresholdOption(values.threshold, DEFAULT_LINK_THRESHOLD);
  const paths = comparePaths(positionals);
  const output = openOutput(values.out);
  const { records, failures } = await readArticles(paths, readLimits(values['max-bytes']));
  const totalBytes = records.reduce((sum, record) => sum + record.bytes, 0);
  const progress = new Progress(process.stderr, Boolean(process.stderr.isTTY) && !values.quiet && records.length > 1, records.length, totalBytes);
  for (const failure of failures) progress.message(`khabar: ${failure}`);
  // Linking reads the whole collection at once; the line shows the articles read.
  for (const record of records) progress.advance(record.bytes);
  const links = linkRelatedStories(records.map(({ id, article }) => ({ id, article })), { threshold });
  progress.finish();
  const byId = new Map(records.map((record) => [record.id, record.article]));
  for (const link of links) {
    const title = byId.get(link.from)!.related[link.story]!.title;
    await output.write(`${JSON.stringify({ from: link.from, story: link.story, title, to: link.to, score: Number(link.score.toFixed(4)) })}\n`);
  }
  await output.close();
  if (failures.length > 0) {
    process.stderr.write(`khabar: ${failures.length} input${failures.length === 1 ? '' : 's'} gave no article\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}
