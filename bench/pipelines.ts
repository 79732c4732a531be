/**
 * `khabar parse --input jsonl` as pipelines run it, through the built
 * `dist/cli.js`, on JSON Lines made from the news corpus laid out as pages
 * (`{"id", "url", "raw"}`, the raw text in the article format):
 *
 * - the command alone on the file, with `--jobs 1` and `--jobs 2`;
 * - the Dask recipe (`examples/dask/parse_jsonl.py`) on a local cluster of
 *   two worker processes, the file cut into 4 MB partitions; the cluster's
 *   start is measured on its own (the recipe on a one-line file) and shown
 *   apart, since a long-lived cluster pays it once.
 *
 * Records/s and MB/s of JSON Lines input, and CPU seconds (user + system,
 * from GNU time when present): on a shared machine the wall time says more
 * about the neighbours than about khabar. Run alone with
 * `npx tsx bench/pipelines.ts [lines]` (after `npm run build`); Dask is
 * skipped, with the reason, when no Python has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './measure';

const CLI = process.env['KHABAR_CLI'] ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const RECIPE = fileURLToPath(new URL('../examples/dask/parse_jsonl.py', import.meta.url));
const NEWS_PATH = fileURLToPath(new URL('../../shared/corpus/news.jsonl', import.meta.url));
const LINES = Number(process.argv[2] ?? 20_000);
const PYTHONS = [process.env['KHABAR_PYTHON'], '/usr/bin/python3', 'python3'].filter((path): path is string => path !== undefined);

interface NewsRecord {
  id: string;
  title: string;
  paragraphs: string[];
}

function readNews(): NewsRecord[] {
  return readFileSync(NEWS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as NewsRecord);
}

/**
 * Page `index` as a crawler stores it: a corpus article (paragraphs rotated
 * so that copies differ) laid out with its echoed title, and a related block
 * of two other articles' titles.
 */
function pageLine(news: readonly NewsRecord[], index: number): string {
  const record = news[index % news.length]!;
  const turn = Math.floor(index / news.length) % Math.max(1, record.paragraphs.length);
  const paragraphs = [...record.paragraphs.slice(turn), ...record.paragraphs.slice(0, turn)];
  const related = [news[(index * 7 + 1) % news.length]!, news[(index * 13 + 2) % news.length]!];
  const lines = [record.title, '', record.title, '', ...paragraphs, '', 'اقرأ أيضا', ''];
  for (const story of related) lines.push(story.title, '', story.title, '');
  return JSON.stringify({ id: `${record.id}-${index}`, url: `https://example.com/${index}`, raw: lines.join('\n') });
}

/** Wall and CPU seconds (user + system, the command and every child it waited for) of one run. */
interface Timing {
  wall: number;
  cpu: number;
}

const GNU_TIME = '/usr/bin/time';

function timed(command: string, args: string[]): Timing {
  const useTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = useTime
    ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  const match = /cpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr);
  return { wall, cpu: match ? Number(match[1]) + Number(match[2]) : Number.NaN };
}

function daskPython(): string | undefined {
  const probe = "import importlib.util as u, sys; sys.exit(0 if u.find_spec('distributed') else 1)";
  return PYTHONS.find((python) => spawnSync(python, ['-c', probe], { stdio: 'ignore' }).status === 0);
}

/** Runs the pipeline benchmarks and prints their table. */
export function runPipelineBench(): void {
  if (!existsSync(CLI)) {
    console.error(`benchmark skipped: ${CLI} is missing (run \`npm run build\` first)`);
    return;
  }
  if (!existsSync(NEWS_PATH)) {
    console.error(`benchmark input missing: ${NEWS_PATH} (the shared corpus folder must sit beside the repository)`);
    return;
  }
  const news = readNews();
  const dir = mkdtempSync(join(tmpdir(), 'khabar-pipelines-'));
  try {
    const path = join(dir, 'pages.jsonl');
    writeFileSync(path, `${Array.from({ length: LINES }, (_, index) => pageLine(news, index)).join('\n')}\n`);
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, `${pageLine(news, 0)}\n`);
    const megabytes = statSync(path).size / 1e6;
    const rows: Array<Array<string | number>> = [];
    const row = (name: string, time: Timing, note = ''): void => {
      rows.push([name, time.wall, LINES / time.wall, megabytes / time.wall, time.cpu, LINES / time.cpu, note]);
    };
    for (const jobs of ['1', '2']) {
      row(`khabar --jobs ${jobs}`, timed(process.execPath, [CLI, 'parse', '--input', 'jsonl', '--jobs', jobs, '--out', '/dev/null', path]));
    }
    const python = daskPython();
    if (python === undefined) console.error(`Dask skipped: no Python with Dask distributed (tried ${PYTHONS.join(', ')})`);
    else {
      const recipe = (file: string): Timing =>
        timed(python, [RECIPE, '--workers', '2', '--blocksize', '4MB', '--khabar', `"${process.execPath}" "${CLI}"`, '--out', '/dev/null', file]);
      const startup = recipe(one);
      const total = recipe(path);
      row('Dask, 2 workers', total, 'cluster start included');
      const net = { wall: total.wall - startup.wall, cpu: total.cpu - startup.cpu };
      row('Dask, 2 workers', net, `less the start (${startup.wall.toFixed(1)} s, ${startup.cpu.toFixed(1)} s CPU)`);
    }
    printTable(
      `khabar parse --input jsonl: ${LINES} pages, ${megabytes.toFixed(1)} MB of JSON Lines`,
      ['run', 'seconds', 'records/s', 'MB/s', 'CPU s', 'records/CPU s', 'note'],
      rows,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runPipelineBench();
