/**
 * The command line against a hostile user (issue 11, findings 1, 2 and 6):
 * `--out` onto an input, inputs that never end, and command lines that are
 * wrong in ways a parser lets through. Each finding keeps its regression test
 * under its own name; the built CLI runs as a child process on temporary trees.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/run';
import { CLI, GOOD_ARTICLE, STACK_TRACE, khabar, makeTree, removeTree, requireCli } from '../cli/cli';

const TITLE = 'افتتاح مكتبة عامة جديدة في المدينة';
const OLD = 'كان هنا نص قديم\n';

let tree: string;

/** Runs `sh -c script` in the tree with the built CLI as $KHABAR (for redirections and devices). */
function shell(script: string): ReturnType<typeof run> {
  return run('sh', ['-c', script], { cwd: tree, env: { KHABAR: `${process.execPath} ${CLI}` } });
}

/** Temporary files `--out` may have left in a directory of the tree. */
function leftovers(dir = tree): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

function expectUsageError(result: ReturnType<typeof run>, message: string): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

beforeAll(() => {
  requireCli();
  tree = makeTree({
    'a.txt': GOOD_ARTICLE,
    'c.txt': GOOD_ARTICLE,
    'binary.txt': new Uint8Array([0x41, 0x00, 0x42, 0x0a]),
    'bad-utf8.txt': new Uint8Array([...new TextEncoder().encode('نص صحيح\n'), 0xff, 0x0a]),
    'walk/one.txt': GOOD_ARTICLE,
    'walk/sub/two.txt': GOOD_ARTICLE,
    'outside/far.txt': GOOD_ARTICLE,
  });
  symlinkSync('a.txt', join(tree, 'link-to-a.txt'));
});

afterAll(() => removeTree(tree));

describe('finding 1: --out onto an input', () => {
  it('finding 1: -o onto an input is refused and the input is kept', () => {
    expectUsageError(khabar(['normalize', '--preset', 'search', 'c.txt', '-o', 'c.txt'], { cwd: tree }), '--out c.txt is also an input (c.txt)');
    expectUsageError(khabar(['parse', 'a.txt', '-o', 'a.txt'], { cwd: tree }), '--out a.txt is also an input');
    // The same file under another name, through a link.
    expectUsageError(khabar(['parse', 'a.txt', '-o', 'link-to-a.txt'], { cwd: tree }), 'is also an input');
    expectUsageError(khabar(['normalize', 'link-to-a.txt', '--out', './a.txt'], { cwd: tree }), 'is also an input');
    // The file standard input reads.
    const redirected = shell('$KHABAR normalize -o c.txt < c.txt');
    expect(redirected.status).toBe(2);
    expect(redirected.stderr).toContain('is the file standard input reads');
    expect(readFileSync(join(tree, 'a.txt'), 'utf8')).toBe(GOOD_ARTICLE);
    expect(readFileSync(join(tree, 'c.txt'), 'utf8')).toBe(GOOD_ARTICLE);
    expect(leftovers()).toEqual([]);
  });

  it('finding 1: an output inside a walked folder that the walk would read is refused', () => {
    expectUsageError(khabar(['parse', 'walk', '-o', 'walk/records.txt'], { cwd: tree }), '--out walk/records.txt is inside walk');
    expectUsageError(khabar(['parse', '.', '-o', 'walk/sub/records.TXT'], { cwd: tree }), 'is inside .');
    expect(existsSync(join(tree, 'walk', 'records.txt'))).toBe(false);
    // A name the walk does not read is fine, run after run.
    for (let round = 0; round < 2; round++) {
      const result = khabar(['parse', 'walk', '-o', 'walk/records.jsonl'], { cwd: tree });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(join(tree, 'walk', 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    }
    expect(leftovers(join(tree, 'walk'))).toEqual([]);
  });

  it('finding 1: a failed run leaves the --out file as it was, and no temporary file', () => {
    const out = join(tree, 'kept.txt');
    writeFileSync(out, OLD);
    const parsed = khabar(['parse', 'binary.txt', '-o', out], { cwd: tree });
    expect(parsed.status).toBe(1);
    expect(parsed.stderr).toContain('kept.txt not written, since an input failed');
    const normalized = khabar(['normalize', 'a.txt', 'bad-utf8.txt', '-o', out], { cwd: tree });
    expect(normalized.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
    // JSON Lines records a failed input on its line, so that output is complete and is written.
    const lines = khabar(['parse', '--format', 'jsonl', 'a.txt', 'binary.txt', '-o', out], { cwd: tree });
    expect(lines.status).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((line) => Object.keys(JSON.parse(line) as object))).toEqual([
      ['path', 'article', 'diagnostics'],
      ['path', 'error'],
    ]);
  });

  it('finding 1: a run that cannot write or is interrupted leaves the --out file as it was', async () => {
    expect(khabar(['parse', 'a.txt', '-o', '/dev/full'], { cwd: tree }).stderr).toContain('cannot write to /dev/full: no space left on the device');
    const out = join(tree, 'interrupted.txt');
    writeFileSync(out, OLD);
    const child = spawn(process.execPath, [CLI, 'normalize', '-o', out], { cwd: tree, stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.on('error', () => undefined); // the child may be gone before the write ends
    child.stdin.write('نص '.repeat(100_000)); // more than one write's worth, so the temporary file has text in it
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const written = (): boolean => leftovers().some((name) => (statSync(join(tree, name), { throwIfNoEntry: false })?.size ?? 0) > 0);
    for (let wait = 0; wait < 1200 && !written(); wait++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(leftovers()).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('finding 1: a successful run replaces the file, keeping its permissions, and writes devices directly', () => {
    const out = join(tree, 'replaced.json');
    writeFileSync(out, OLD, { mode: 0o640 });
    expect(khabar(['parse', 'a.txt', '-o', out], { cwd: tree }).status).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { title: string }).title).toBe(TITLE);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(khabar(['parse', 'a.txt', '-o', '/dev/null'], { cwd: tree }).status).toBe(0);
    expect(khabar(['normalize', 'a.txt', '-o', '-'], { cwd: tree }).stdout).toBe(GOOD_ARTICLE);
  });
});

describe('finding 2: unbounded inputs to parse', () => {
  it('finding 2: /dev/zero, named or as standard input, is refused as binary at once', () => {
    for (const result of [khabar(['parse', '/dev/zero'], { cwd: tree }), shell('$KHABAR parse < /dev/zero')]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/(\/dev\/zero|<stdin>): looks like a binary file/);
    }
  });

  it('finding 2: standard input and files are read up to --max-bytes, and an input past it fails by name', () => {
    const piped = khabar(['parse', '--max-bytes', '1K'], { cwd: tree, input: 'ب'.repeat(4096) });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toContain('<stdin>: more than 1 KiB, the limit for one article');
    const streamed = shell('yes ب | $KHABAR parse --max-bytes 64K --format jsonl -');
    expect(streamed.status).toBe(1);
    expect(JSON.parse(streamed.stdout)).toMatchObject({ path: '<stdin>', error: { code: 'too-large' } });
    const file = khabar(['parse', '--max-bytes', '100', '--format', 'jsonl', 'a.txt', 'walk'], { cwd: tree });
    expect(file.stdout.match(/"too-large"/g)).toHaveLength(3);
    expect(khabar(['parse', '--max-bytes', '1M', 'a.txt'], { cwd: tree }).status).toBe(0);
  });

  it('finding 2: a walk reads regular files only, and names what it skipped', () => {
    const dir = join(tree, 'hostile');
    mkdirSync(dir);
    writeFileSync(join(dir, 'real.txt'), GOOD_ARTICLE);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    symlinkSync('real.txt', join(dir, 'inside.txt'));
    symlinkSync(join(tree, 'outside', 'far.txt'), join(dir, 'outside.txt'));
    symlinkSync(tree, join(dir, 'up.txt'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    expect(shell('mkfifo hostile/fifo.txt').status).toBe(0);

    const result = khabar(['parse', '--format', 'jsonl', 'hostile'], { cwd: tree });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { path: string; error?: { code: string } });
    expect(lines.map((line) => [line.path, line.error?.code ?? 'ok'])).toEqual([
      ['hostile/inside.txt', 'ok'],
      ['hostile/loop-a.txt', 'not-found'],
      ['hostile/loop-b.txt', 'not-found'],
      ['hostile/real.txt', 'ok'],
    ]);
    expect(result.stderr).toContain('khabar: warning: hostile/fifo.txt: skipped, a FIFO (named pipe), not a regular file');
    expect(result.stderr).toContain('hostile/zero.txt: skipped, a link to a character device');
    expect(result.stderr).toContain(`hostile/outside.txt: skipped, a link to ${join(tree, 'outside', 'far.txt')}, outside the directory (--follow-links reads it)`);
    expect(result.stderr).toContain('hostile/up.txt: skipped, a link to a directory');
    expect(result.stderr).toContain('too many levels of symbolic links');

    const followed = khabar(['parse', '--format', 'jsonl', '--follow-links', '--quiet', 'hostile'], { cwd: tree });
    expect(followed.stdout).toContain('"path":"hostile/outside.txt","article"');
    expect(followed.stderr).not.toContain('warning');
  });
});

describe('finding 6: command-line usage errors', () => {
  it.each([
    [[''], '"" for --label: a label needs a letter'],
    [[':::'], '":::" for --label: a label needs a letter'],
    [['اقرأ\nأيضا'], 'for --label: a label is one line'],
    [['تابع', ' \u064e '], 'for --label: a label needs a letter'],
  ])('finding 6: --label %j is a usage error', (labels, message) => {
    expectUsageError(khabar(['parse', ...labels.flatMap((label) => ['--label', label]), 'a.txt'], { cwd: tree }), message);
  });

  it.each([
    ['--jobs', '-1'],
    ['-j', '0'],
    ['--jobs', '1.5'],
    ['--jobs', 'two'],
    ['-j', ''],
    ['--jobs', '99999999999999999999'],
  ])('finding 6: %s %j is a usage error', (flag, jobs) => {
    expectUsageError(khabar(['parse', flag, jobs, 'a.txt'], { cwd: tree }), `invalid value '${jobs}' for --jobs`);
  });

  it('finding 6: --jobs above the core count runs on the cores, and says so', () => {
    const cores = availableParallelism();
    const result = khabar(['parse', '--jobs', '200', '--format', 'jsonl', 'walk'], { cwd: tree });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`--jobs 200 is more than the ${cores} CPU core${cores === 1 ? '' : 's'} here; using ${cores}`);
    expect(khabar(['parse', '--jobs', '200', '--quiet', 'a.txt'], { cwd: tree }).stderr).toBe('');
  });

  it('finding 6: a file name that is not valid UTF-8 is read, walked or named', () => {
    const dir = join(tree, 'latin1');
    mkdirSync(dir);
    const name = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(name, GOOD_ARTICLE);
    const walked = khabar(['parse', '--format', 'jsonl', 'latin1'], { cwd: tree });
    expect(walked.status, walked.stderr).toBe(0);
    expect(JSON.parse(walked.stdout)).toMatchObject({ path: 'latin1/caf\uFFFD.txt', article: { title: TITLE } });
    expect(walked.stderr).toContain('its name is not valid UTF-8');
    // Node hands the program U+FFFD for the byte, as a shell would pass it.
    const named = khabar(['parse', 'latin1/caf\uFFFD.txt'], { cwd: tree });
    expect(named.status, named.stderr).toBe(0);
    expect(khabar(['normalize', 'latin1/caf\uFFFD.txt'], { cwd: tree }).stdout).toBe(GOOD_ARTICLE);
    // Two names that differ only in their bad bytes cannot be told apart: the message says why.
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe8]), Buffer.from('.txt')]), GOOD_ARTICLE);
    const ambiguous = khabar(['parse', '--format', 'jsonl', 'latin1/caf\uFFFD.txt', 'latin1/missing\uFFFD.txt'], { cwd: tree });
    const errors = ambiguous.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { error: { code: string } }).error.code);
    expect(errors).toEqual(['invalid-name', 'invalid-name']);
    expect(ambiguous.stderr).toContain('its name holds U+FFFD, which stands for bytes that are not valid UTF-8');
  });

  it('finding 6: a byte-order mark that contradicts --encoding is an error', () => {
    const dir = join(tree, 'marks');
    mkdirSync(dir);
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص', 'utf16le')]));
    writeFileSync(join(dir, 'utf8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('نص')]));
    for (const [file, asked, marked] of [
      ['le.txt', 'utf-16be', 'utf-16le'],
      ['le.txt', 'utf-8', 'utf-16le'],
      ['utf8.txt', 'windows-1256', 'utf-8'],
    ] as const) {
      const result = khabar(['normalize', '--encoding', asked, join('marks', file)], { cwd: tree });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`starts with a ${marked} byte-order mark, but --encoding says ${asked}`);
    }
    expect(khabar(['normalize', '--encoding', 'utf-16le', 'marks/le.txt'], { cwd: tree }).stdout).toBe('نص');
  });

  it.each([
    [['parse', '--format', 'json', '--format', 'jsonl', 'a.txt'], "option '--format' is given more than once ('json', then 'jsonl')"],
    [['parse', '-o', 'x.json', '--out', 'y.json', 'a.txt'], "option '--out' is given more than once"],
    [['parse', '--max-bytes', '1M', '--max-bytes=2M', 'a.txt'], "option '--max-bytes' is given more than once"],
    [['normalize', '--preset', 'search', '-p', 'display', 'a.txt'], "option '--preset' is given more than once"],
    [['normalize', '--digits', 'keep', '--digits', 'western', 'a.txt'], "option '--digits' is given more than once"],
  ])('finding 6: a repeated single-valued flag is a usage error: %j', (args, message) => {
    expectUsageError(khabar(args, { cwd: tree }), message);
  });

  it('finding 6: --label may be repeated, as documented', () => {
    expect(khabar(['parse', '--label', 'تابع', '--label', 'شاهد', 'a.txt'], { cwd: tree }).status).toBe(0);
  });
});

describe('further findings of the audit', () => {
  it('file names cannot send escape sequences or bidi overrides to the terminal', () => {
    const dir = join(tree, 'escapes');
    mkdirSync(dir);
    writeFileSync(join(dir, '\u001b]0;pwned\u0007\u001b[2J.txt'), new Uint8Array([0x41, 0x00]));
    writeFileSync(join(dir, 'gpj.\u202etxt'), GOOD_ARTICLE); // shows as "txt.jpg" in a terminal
    symlinkSync('/dev/zero', join(dir, '\u001b[31mzero.txt'));
    const result = khabar(['parse', '--format', 'jsonl', 'escapes', 'escapes/gpj.\u202etxt'], { cwd: tree });
    expect(result.stderr).toContain('escapes/\uFFFD]0;pwned\uFFFD\uFFFD[2J.txt: looks like a binary file');
    expect(result.stderr).toContain('escapes/\uFFFD[31mzero.txt: skipped');
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The output keeps the real names, escaped by JSON.
    expect(result.stdout).toContain('"path":"escapes/\\u001b]0;pwned\\u0007\\u001b[2J.txt"');
    expect(result.stdout).toContain('"path":"escapes/gpj.\u202etxt","article"');
  });

  it('an --out that cannot be made is a usage error that names it, not the temporary file', () => {
    expectUsageError(khabar(['parse', 'a.txt', '-o', ''], { cwd: tree }), '--out needs a file name');
    const result = khabar(['parse', 'a.txt', '-o', 'a.txt/records.json'], { cwd: tree });
    expectUsageError(result, 'cannot write to a.txt/records.json: a part of the path is not a directory');
    expect(result.stderr).not.toContain('.tmp');
    // A name near the length limit leaves no room for a suffix: the temporary file's name is shortened.
    const long = `${'ب'.repeat(120)}.json`;
    expect(khabar(['parse', 'a.txt', '-o', long], { cwd: tree }).status).toBe(0);
    expect((JSON.parse(readFileSync(join(tree, long), 'utf8')) as { title: string }).title).toBe(TITLE);
  });

  it('a full disk under normalize is an output error that stops the run, not a failed input', () => {
    const result = khabar(['normalize', 'a.txt', 'c.txt', '-o', '/dev/full'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('khabar: cannot write to /dev/full: no space left on the device\n');
  });
});
