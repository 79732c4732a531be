/**
 * `khabar parse` end to end: the built CLI run as a child process on
 * temporary trees of good, damaged, windows-1256, empty, blank, binary and
 * missing inputs. Checks the output of every format, the order of results
 * whatever the number of jobs, the exit codes, and the messages on standard
 * error (positions and codes, never a stack trace).
 */
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse';
import { CLI, DAMAGED_ARTICLE, GOOD_ARTICLE, LEGACY_TEXT, STACK_TRACE, VOCALISED_ARTICLE, encodeWindows1256, khabar, makeTree, removeTree, requireCli } from './cli';

interface JsonlLine {
  path: string;
  article?: { title: string; paragraphs: string[] };
  diagnostics?: Array<{ code: string }>;
  error?: { code: string; message: string; diagnostics?: Array<{ code: string }> };
}

function jsonl(stdout: string): JsonlLine[] {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as JsonlLine);
}

let tree: string;

beforeAll(() => {
  requireCli();
  tree = makeTree({
    'batch/01-good.txt': GOOD_ARTICLE,
    'batch/02-damaged.txt': DAMAGED_ARTICLE,
    'batch/03-legacy.txt': encodeWindows1256(LEGACY_TEXT),
    'batch/04-empty.txt': '',
    'batch/05-blank.txt': '  \n\u200f\n\t\n',
    'batch/06-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'batch/nested/07-vocalised.txt': VOCALISED_ARTICLE,
    'batch/notes.md': 'not an article',
    'empty-dir/readme.md': 'no text files here',
    'single.txt': GOOD_ARTICLE,
  });
  symlinkSync(join(tree, 'nowhere.txt'), join(tree, 'batch', '08-broken-link.txt'));
});

afterAll(() => removeTree(tree));

describe('khabar parse on a directory', () => {
  it('writes one JSON line per .txt file, in name order, with a record or an error code', () => {
    const result = khabar(['parse', '--format', 'jsonl', '--jobs', '1', 'batch'], { cwd: tree });
    expect(result.status).toBe(1);
    const lines = jsonl(result.stdout);
    expect(lines.map((line) => line.path)).toEqual([
      join('batch', '01-good.txt'),
      join('batch', '02-damaged.txt'),
      join('batch', '03-legacy.txt'),
      join('batch', '04-empty.txt'),
      join('batch', '05-blank.txt'),
      join('batch', '06-binary.txt'),
      join('batch', '08-broken-link.txt'),
      join('batch', 'nested', '07-vocalised.txt'),
    ]);
    expect(lines.map((line) => line.error?.code ?? 'ok')).toEqual([
      'ok',
      'ok',
      'ok',
      'parse-failed',
      'parse-failed',
      'binary',
      'not-found',
      'ok',
    ]);
    expect(lines[0]!.article).toEqual(JSON.parse(JSON.stringify(parseArticle(GOOD_ARTICLE))));
    expect(lines[1]!.diagnostics!.map((d) => d.code)).toContain('replacement-character');
    expect(lines[2]!.article!.title).toBe('خبر قديم من موقع عربي');
    expect(lines[2]!.diagnostics!.map((d) => d.code)).toContain('decoded-as-windows-1256');
    expect(lines[3]!.error!.diagnostics!.map((d) => d.code)).toEqual(['empty-input']);
    expect(lines[4]!.error!.diagnostics!.map((d) => d.code)).toEqual(['empty-input']);
  });

  it('gives the same output and messages with one job and with two', () => {
    const one = khabar(['parse', '--format', 'jsonl', '--jobs', '1', 'batch'], { cwd: tree });
    const two = khabar(['parse', '--format', 'jsonl', '--jobs', '2', 'batch'], { cwd: tree });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
    const markdownOne = khabar(['parse', '--format', 'markdown', '--jobs', '1', 'batch', 'single.txt'], { cwd: tree });
    const markdownTwo = khabar(['parse', '--format', 'markdown', '--jobs', '2', 'batch', 'single.txt'], { cwd: tree });
    expect(markdownTwo.stdout).toBe(markdownOne.stdout);
  });

  it('names every failed input on standard error, with a count, and no stack trace', () => {
    const { stderr } = khabar(['parse', '--format', 'jsonl', 'batch'], { cwd: tree });
    expect(stderr).toContain(`${join('batch', '04-empty.txt')}:1:1 empty-input`);
    expect(stderr).toContain(`khabar: ${join('batch', '04-empty.txt')}: no article could be read`);
    expect(stderr).toContain(`khabar: ${join('batch', '06-binary.txt')}: looks like a binary file`);
    expect(stderr).toContain(`khabar: ${join('batch', '08-broken-link.txt')}: no such file or directory`);
    expect(stderr).toContain('khabar: 4 of 8 inputs failed');
    expect(stderr).not.toMatch(STACK_TRACE);
    // Standard error is not a terminal here: no progress line.
    expect(stderr).not.toContain('\r');
    expect(stderr).not.toContain('MB/s');
  });

  it('prints warnings as file:line:column code message, with the line and a caret under the column', () => {
    const { stderr } = khabar(['parse', '--format', 'jsonl', join('batch', '02-damaged.txt')], { cwd: tree });
    const lines = stderr.split('\n');
    const header = lines.findIndex((line) => line.startsWith(`${join('batch', '02-damaged.txt')}:3:11 replacement-character `));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe('  3 | فقرة فيها \uFFFD حرف تالف.');
    // The caret sits under column 11: the gutter, then ten columns of text.
    expect(lines[header + 2]).toBe(`    | ${' '.repeat(10)}^`);
  });

  it('reports a directory without .txt files and a missing path, and still parses the rest', () => {
    const result = khabar(['parse', '--format', 'jsonl', 'empty-dir', 'missing.txt', 'single.txt'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(jsonl(result.stdout).map((line) => line.error?.code ?? 'ok')).toEqual(['no-text-files', 'not-found', 'ok']);
    expect(result.stderr).toContain('khabar: empty-dir: no .txt files in this directory or its subdirectories');
    expect(result.stderr).toContain('khabar: missing.txt: no such file or directory');
  });

  // Root reads any file, so the permission case can only be checked as another user.
  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const file = join(tree, 'locked.txt');
    writeFileSync(file, GOOD_ARTICLE);
    chmodSync(file, 0o000);
    try {
      const result = khabar(['parse', '--format', 'jsonl', file]);
      expect(result.status).toBe(1);
      expect(jsonl(result.stdout)[0]!.error!.code).toBe('unreadable');
      expect(result.stderr).toContain(`khabar: ${file}: permission denied`);
    } finally {
      chmodSync(file, 0o644);
    }
  });
});

/** Runs the CLI with a terminal as standard error (and output), through util-linux `script`. */
function khabarInTerminal(args: string[], cwd: string): string {
  const quote = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  return spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd, encoding: 'utf8' }).stdout;
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('khabar parse with a terminal', () => {
  it('shows progress (files, MB/s, ETA) on standard error, and erases it at the end', () => {
    const out = join(tree, 'progress.jsonl');
    const screen = khabarInTerminal(['parse', '--format', 'jsonl', '--jobs', '1', '--out', out, 'batch'], tree);
    expect(screen).toMatch(/\d+\/8 files · \d+\.\d MB\/s · ETA \S+/);
    expect(screen).toContain('\u001b[2K');
    expect(screen.trimEnd().endsWith('khabar: 4 of 8 inputs failed')).toBe(true);
  });

  it('shows no progress with --quiet', () => {
    const out = join(tree, 'quiet.jsonl');
    const screen = khabarInTerminal(['parse', '--quiet', '--format', 'jsonl', '--out', out, 'batch'], tree);
    expect(screen).not.toContain('MB/s');
  });
});

describe('khabar parse on one input', () => {
  it('prints the record as pretty JSON for one file, and exits 0', () => {
    const result = khabar(['parse', 'single.txt'], { cwd: tree });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${JSON.stringify(parseArticle(GOOD_ARTICLE), null, 2)}\n`);
  });

  it('reads standard input, given as - or by default', () => {
    const dash = khabar(['parse', '-'], { input: GOOD_ARTICLE });
    const none = khabar(['parse'], { input: GOOD_ARTICLE });
    expect(dash.status).toBe(0);
    expect(JSON.parse(dash.stdout)).toEqual(JSON.parse(JSON.stringify(parseArticle(GOOD_ARTICLE))));
    expect(none.stdout).toBe(dash.stdout);
    const lines = jsonl(khabar(['parse', '--format', 'jsonl', '-'], { input: DAMAGED_ARTICLE }).stdout);
    expect(lines.map((line) => line.path)).toEqual(['<stdin>']);
  });

  it('fails an input with warnings under --strict', () => {
    const result = khabar(['parse', '--strict', '--format', 'jsonl', join('batch', '02-damaged.txt')], { cwd: tree });
    expect(result.status).toBe(1);
    expect(jsonl(result.stdout)[0]!.error!.code).toBe('parse-failed');
    expect(result.stderr).toContain('rejected by --strict (1 warning)');
  });

  it('normalises fields with --normalize, or keeps them as found with none', () => {
    const search = JSON.parse(khabar(['parse', '--normalize', 'search', '-'], { input: VOCALISED_ARTICLE }).stdout);
    const none = JSON.parse(khabar(['parse', '--normalize', 'none', '-'], { input: VOCALISED_ARTICLE }).stdout);
    expect(search.title).toBe('المدرسه الجديده');
    expect(none.title).toBe('اَلْمَدْرَسَةُ الْجَدِيدَةُ');
  });

  it('recognises extra read-more labels given with --label', () => {
    const raw = 'عنوان\n\nفقرة أولى.\n\nطالع كذلك\n\nخبر آخر\n\nمقتطف من الخبر';
    const plain = JSON.parse(khabar(['parse', '-'], { input: raw }).stdout);
    const labelled = JSON.parse(khabar(['parse', '--label', 'طالع كذلك', '-'], { input: raw }).stdout);
    expect(plain.readMoreLabel).toBeNull();
    expect(labelled.readMoreLabel).toBe('طالع كذلك');
    expect(labelled.related[0].title).toBe('خبر آخر');
  });

  it('renders Markdown with the headline, caption, paragraphs and related stories', () => {
    const { stdout, status } = khabar(['parse', '--format', 'markdown', 'single.txt'], { cwd: tree });
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        '<!-- single.txt -->',
        '',
        '# افتتاح مكتبة عامة جديدة في المدينة',
        '',
        '*زوار يتصفحون الكتب في القاعة الرئيسية*',
        '',
        'افتتحت البلدية صباح اليوم مكتبة عامة تضم عشرين ألف كتاب.',
        '',
        'وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى المساء.',
        '',
        '## اقرأ أيضا',
        '',
        '- **حملة لتشجير الشوارع الرئيسية** — بدأت البلدية حملة لزراعة ألف شجرة على جانبي …',
        '',
      ].join('\n'),
    );
  });

  it('writes to --out instead of standard output', () => {
    const out = join(tree, 'out.jsonl');
    const result = khabar(['parse', '--format', 'jsonl', '--out', out, 'batch'], { cwd: tree });
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(khabar(['parse', '--format', 'jsonl', 'batch'], { cwd: tree }).stdout);
  });

  it('keeps warnings off standard error with --quiet, but still names failures', () => {
    const result = khabar(['parse', '--quiet', '--format', 'jsonl', 'batch'], { cwd: tree });
    expect(result.stderr).not.toContain('replacement-character');
    expect(result.stderr).toContain('khabar: 4 of 8 inputs failed');
  });
});

describe('khabar parse usage errors', () => {
  it.each([
    [['parse', '--format', 'json', 'batch'], '--format json writes the record of one input'],
    [['parse', '--format', 'xml', 'single.txt'], "invalid value 'xml' for --format"],
    [['parse', '--normalize', 'loud', 'single.txt'], "invalid value 'loud' for --normalize"],
    [['parse', '--jobs', '0', 'batch'], "invalid value '0' for --jobs"],
    [['parse', '--frobnicate', 'batch'], "unknown option '--frobnicate'"],
    [['parse', '-', '-'], 'standard input (-) can be read only once'],
    [['parse', '--out', join('no', 'such', 'dir', 'x.json'), 'single.txt'], 'cannot write to'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('khabar %j exits 2 with a message', (args, message) => {
    const result = khabar(args, { cwd: tree, input: '' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Run 'khabar --help' for usage.");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('khabar --help and --version', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(CLI, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(khabar(['--version']).stdout).toBe(`${version}\n`);
    expect(khabar(['-v']).status).toBe(0);
  });

  it.each([['--help'], ['help'], ['help', 'parse'], ['parse', '--help'], ['normalize', '--help'], ['schema', '--help']])(
    'khabar %j prints help and exits 0',
    (...args) => {
      const result = khabar(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^(khabar|Usage): /);
    },
  );

  it('prints the help on standard error and exits 2 without a command', () => {
    const result = khabar([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
