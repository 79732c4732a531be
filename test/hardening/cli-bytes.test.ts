/**
 * The command line on hostile bytes: UTF-16 without a byte-order mark is
 * parsed with a warning by `khabar parse` and refused, naming the flag to
 * pass, by `khabar normalize` (which has no way to attach a warning to
 * streamed text); a mixed UTF-8 / windows-1256 file parses with the
 * windows-1256 line named. Never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, khabar, makeTree, removeTree, requireCli } from '../cli/cli';
import { concatBytes, encodeUtf16, encodeWindows1256 } from '../fuzz/generators';

const ARTICLE = 'افتتاح مكتبة جديدة\n\nافتتاح مكتبة جديدة\nزوار في القاعة\n\nافتتحت البلدية مكتبة تضم عشرين ألف كتاب.\n';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

let tree: string;

beforeAll(() => {
  requireCli();
  tree = makeTree({
    'utf16le.txt': encodeUtf16(ARTICLE, true),
    'utf16be.txt': encodeUtf16(ARTICLE, false),
    'mixed.txt': concatBytes([utf8('عنوان الخبر\n\nعنوان الخبر\n\nفقرة أولى.\n'), encodeWindows1256('نص قديم منقول من موقع آخر، بترميز مختلف\n')]),
    // Ends inside the last letter of كتاب.
    'cut.txt': utf8(ARTICLE.slice(0, -2)).subarray(0, utf8(ARTICLE.slice(0, -2)).length - 1),
  });
});

afterAll(() => removeTree(tree));

describe('khabar parse', () => {
  it.each(['utf16le.txt', 'utf16be.txt'])('reads %s without a byte-order mark, with a decoded-as-utf-16 warning', (file) => {
    const result = khabar(['parse', '--format', 'jsonl', file], { cwd: tree });
    expect(result.status, result.stderr).toBe(0);
    const line = JSON.parse(result.stdout) as { article: { title: string }; diagnostics: Array<{ code: string }> };
    expect(line.article.title).toBe('افتتاح مكتبة جديدة');
    expect(line.diagnostics.map((d) => d.code)).toEqual(['decoded-as-utf-16']);
    expect(result.stderr).toContain(`${file}:1:1 decoded-as-utf-16`);
  });

  it('reads a mixed file, naming the windows-1256 line, and a file cut inside a character', () => {
    const mixed = khabar(['parse', '--format', 'jsonl', 'mixed.txt'], { cwd: tree });
    expect(mixed.status).toBe(0);
    expect(JSON.parse(mixed.stdout).article.paragraphs).toEqual(['فقرة أولى.', 'نص قديم منقول من موقع آخر، بترميز مختلف']);
    expect(mixed.stderr).toContain('mixed.txt:6:1 decoded-as-windows-1256');
    const cut = khabar(['parse', '--format', 'jsonl', 'cut.txt'], { cwd: tree });
    expect(cut.status).toBe(0);
    expect(JSON.parse(cut.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['malformed-bytes', 'replacement-character']);
    expect(STACK_TRACE.test(mixed.stderr + cut.stderr)).toBe(false);
  });

  it('rejects them under --strict, with the reason', () => {
    const result = khabar(['parse', '--strict', 'utf16le.txt'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('rejected by --strict');
  });
});

describe('khabar normalize', () => {
  it('refuses UTF-16 without a byte-order mark with invalid-encoding, naming --encoding', () => {
    const result = khabar(['normalize', 'utf16le.txt'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('utf16le.txt: looks like utf-16le without a byte-order mark');
    expect(result.stderr).toContain('--encoding utf-16le');
    expect(STACK_TRACE.test(result.stderr)).toBe(false);
  });

  it('reads it with the flag', () => {
    const result = khabar(['normalize', '--encoding', 'utf-16be', 'utf16be.txt'], { cwd: tree });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(ARTICLE);
  });
});
