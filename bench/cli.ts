/**
 * The command line on real workloads, through the built `dist/cli.js`:
 *
 * - `khabar parse --format jsonl` on 10,000 article files made from the news
 *   corpus (in a temporary folder), with 1 and 2 jobs: files/s and MB/s;
 * - `khabar normalize` on 1 GB of generated text piped into standard input,
 *   once as ordinary lines and once as a single line without a break: MB/s
 *   and the peak resident memory of the process, which must stay under 200 MB.
 *
 * Run alone with `npx tsx bench/cli.ts` (after `npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printTable } from './measure';

const CLI = process.env['KHABAR_CLI'] ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NEWS_PATH = fileURLToPath(new URL('../../shared/corpus/news.jsonl', import.meta.url));
const FILES = 10_000;
const GIGABYTE = 1e9;
const MEMORY_LIMIT_MB = 200;

interface NewsRecord {
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
 * Article `index` in the raw format: a corpus article (its paragraphs rotated
 * so that copies differ), with an echo, and a related block of two other
 * articles' titles and the start of their first paragraph.
 */
function articleText(news: readonly NewsRecord[], index: number): string {
  const record = news[index % news.length]!;
  const turn = Math.floor(index / news.length) % Math.max(1, record.paragraphs.length);
  const paragraphs = [...record.paragraphs.slice(turn), ...record.paragraphs.slice(0, turn)];
  const related = [news[(index * 7 + 1) % news.length]!, news[(index * 13 + 2) % news.length]!];
  const lines = [record.title, '', record.title, '', ...paragraphs, '', 'اقرأ أيضا', ''];
  for (const story of related) {
    const teaser = (story.paragraphs.find((paragraph) => paragraph.trim().length > 0) ?? story.title).slice(0, 120);
    lines.push(story.title, '', story.title, '', teaser, '');
  }
  return lines.join('\n');
}

function makeBatch(news: readonly NewsRecord[]): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  let bytes = 0;
  for (let index = 0; index < FILES; index++) {
    const text = articleText(news, index);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(index).padStart(5, '0')}.txt`), text);
  }
  return { dir, bytes };
}

function timeParse(dir: string, jobs: number): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'parse', '--format', 'jsonl', '--jobs', String(jobs), '--out', '/dev/null', dir], {
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`khabar parse failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return ms;
}

async function benchParse(news: readonly NewsRecord[]): Promise<void> {
  const { dir, bytes } = makeBatch(news);
  try {
    const rows: Array<Array<string | number>> = [];
    for (const jobs of [1, 2]) {
      timeParse(dir, jobs); // warm the file cache
      const ms = median([timeParse(dir, jobs), timeParse(dir, jobs), timeParse(dir, jobs)]);
      rows.push([`${jobs}`, ms / 1000, FILES / (ms / 1000), bytes / 1e6 / (ms / 1000)]);
    }
    printTable(
      `khabar parse --format jsonl: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB (median of 3 runs)`,
      ['jobs', 'seconds', 'files/s', 'MB/s'],
      rows,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak resident memory in MB from GNU time's report, or NaN. */
function peakFromTime(report: string): number {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * Pipes `total` bytes made of `unit` (repeated, written in 1 MiB chunks as
 * the child takes them, never held whole) into `khabar normalize`; returns
 * seconds and peak memory.
 */
async function timeNormalize(unit: string, total: number, preset: string): Promise<{ seconds: number; peakMb: number }> {
  const useTime = existsSync('/usr/bin/time');
  const args = [CLI, 'normalize', '--preset', preset, '-'];
  const child = useTime
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio: ['pipe', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let report = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    report += text;
  });
  let peakPolled = 0;
  const poll = setInterval(() => {
    // Without GNU time, read the high-water mark of the child's resident set from /proc (Linux).
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/.exec(status);
      if (match) peakPolled = Math.max(peakPolled, Number(match[1]) / 1024);
    } catch {
      // The child has exited.
    }
  }, 50);
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / Buffer.byteLength(unit))));
  const start = performance.now();
  const exited = once(child, 'exit');
  for (let written = 0; written < total; written += chunk.length) {
    if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [code] = (await exited) as [number | null];
  const seconds = (performance.now() - start) / 1000;
  clearInterval(poll);
  if (code !== 0) throw new Error(`khabar normalize failed (${code}): ${report.slice(0, 500)}`);
  return { seconds, peakMb: useTime ? peakFromTime(report) : peakPolled };
}

async function benchNormalize(news: readonly NewsRecord[]): Promise<void> {
  const lines = news.map((record) => [record.title, ...record.paragraphs].join('\n')).join('\n') + '\n';
  const oneLine = news.map((record) => [record.title, ...record.paragraphs].join(' ')).join(' ') + ' ';
  const rows: Array<Array<string | number>> = [];
  for (const [shape, unit] of [
    ['corpus lines', lines],
    ['one line, no break', oneLine],
  ] as const) {
    for (const preset of ['display', 'search']) {
      const { seconds, peakMb } = await timeNormalize(unit, GIGABYTE, preset);
      rows.push([shape, preset, seconds, GIGABYTE / 1e6 / seconds, peakMb, peakMb < MEMORY_LIMIT_MB ? 'yes' : 'NO']);
    }
  }
  printTable(
    `khabar normalize: 1 GB piped into standard input (peak RSS must stay under ${MEMORY_LIMIT_MB} MB)`,
    ['input', 'preset', 'seconds', 'MB/s', 'peak RSS MB', 'under limit'],
    rows,
  );
}

/** Runs the CLI benchmarks and prints their tables. */
export async function runCliBench(): Promise<void> {
  if (!existsSync(CLI)) {
    console.error(`benchmark skipped: ${CLI} is missing (run \`npm run build\` first)`);
    return;
  }
  if (!existsSync(NEWS_PATH)) {
    console.error(`benchmark input missing: ${NEWS_PATH} (the shared corpus folder must sit beside the repository)`);
    return;
  }
  const news = readNews();
  await benchParse(news);
  await benchNormalize(news);
}

if (import.meta.url === `file://${process.argv[1]}`) await runCliBench();
