/**
 * The `khabar` command: dispatches to `parse`, `normalize`, `schema`, `dedupe` and `link`,
 * turns every failure into a one-line message and an exit code (never a
 * stack trace), and doubles as the module worker threads start from.
 */
import { nearestName } from '../diagnostics/nearest-name';
import { DEDUPE_HELP, LINK_HELP } from './compare-help';
import { dedupeCommand } from './dedupe-command';
import { EXIT, OutputError, UsageError } from './errors';
import { linkCommand } from './link-command';
import { MAIN_HELP, NORMALIZE_HELP, PARSE_HELP, SCHEMA_HELP } from './help';
import { normalizeCommand } from './normalize-command';
import { parseCommand } from './parse-command';
import { schemaCommand } from './schema-command';
import { packageVersion } from './version';
import { isJsonlWorker, runJsonlWorker } from './jsonl-pool';
import { isParseWorker, runParseWorker } from './worker-pool';
import { printError } from './terminal-text';

const COMMAND_HELP: Record<string, string> = { parse: PARSE_HELP, normalize: NORMALIZE_HELP, schema: SCHEMA_HELP, dedupe: DEDUPE_HELP, link: LINK_HELP };

/** Runs the command line `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: string[], entry: URL): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'parse':
      return parseCommand(rest, entry);
    case 'normalize':
      return normalizeCommand(rest, entry);
    case 'schema':
      return schemaCommand(rest);
    case 'dedupe':
      return dedupeCommand(rest);
    case 'link':
      return linkCommand(rest);
    case undefined:
      process.stderr.write(MAIN_HELP);
      return EXIT.usage;
    case '-h':
    case '--help':
      process.stdout.write(MAIN_HELP);
      return EXIT.ok;
    case 'help': {
      const topic = rest[0];
      if (topic !== undefined && COMMAND_HELP[topic] === undefined) {
        throw new UsageError(`no help for '${topic}': not a command${didYouMean(topic, Object.keys(COMMAND_HELP))}`);
      }
      process.stdout.write(topic === undefined ? MAIN_HELP : COMMAND_HELP[topic]!);
      return EXIT.ok;
    }
    case '-v':
    case '--version':
      process.stdout.write(`${packageVersion(entry.href)}\n`);
      return EXIT.ok;
    default:
      throw new UsageError(`unknown command '${command}'${didYouMean(command, TOP_LEVEL)} (commands: parse, normalize, schema, dedupe, link)`);
  }
}

/** What may come first on the command line, for "did you mean" hints. */
const TOP_LEVEL = ['parse', 'normalize', 'schema', 'dedupe', 'link', 'help', '--help', '--version'];

function didYouMean(given: string, candidates: readonly string[]): string {
  const meant = nearestName(given, candidates);
  return meant === undefined ? '' : ` (did you mean ${meant}?)`;
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    printError(`khabar: ${error.message}\nRun 'khabar --help' for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputError) {
    printError(`khabar: ${error.message}\n`);
    return EXIT.inputFailed;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(`khabar: unexpected error: ${message}\n`);
  return EXIT.inputFailed;
}

/** Exits quietly when the reader of standard output goes away (`khabar parse … | head`). */
function exitOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`khabar: cannot write to standard output: ${error.message}\n`);
    process.exit(EXIT.inputFailed);
  });
}

if (isParseWorker()) runParseWorker();
else if (isJsonlWorker()) runJsonlWorker();
else {
  exitOnClosedPipe();
  const entry = new URL(import.meta.url);
  process.exitCode = await main(process.argv.slice(2), entry).catch(report);
}
