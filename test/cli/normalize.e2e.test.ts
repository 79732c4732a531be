/**
 * `khabar normalize` end to end: files and standard input through the built
 * CLI equal one-shot `normalizeArabic` of their text, under every preset and
 * with rule options; inputs follow each other in order; encodings are read
 * from a byte-order mark or `--encoding`; bad inputs get a message and exit
 * code 1 while the others are still written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORMALIZE_PRESETS, normalizeArabic } from '../../src/normalize';
import { LEGACY_TEXT, STACK_TRACE, VOCALISED_ARTICLE, encodeWindows1256, khabar, makeTree, removeTree, requireCli } from './cli';

/**
 * Text that exercises the rules that look at neighbours, with CRLF line
 * ends, a line far longer than the stream's segment, runs of spaces and
 * marks, joiners, digit separators and ligatures.
 */
const MIXED_TEXT = [
  'قَالَ الْمُدِيرُ إِنَّ الْمَدْرَسَةَ سَتَفْتَحُ أَبْوَابَهَا ﻻستقبال الطلاب\u200c\u200cالجدد.',
  'بلغت النسبة ٣٫٥ في المئة و١٬٢٠٠ طالب      في الصف.',
  'هٰذا الكتاب ذٰلك العام لٰكن ﷺ عَلَىٰ',
  `${'سطر طويل جدا بلا فواصل '.repeat(6000)}نهاية`,
  '\u200f\u200e\u00ad\u0640\u0640\u0640 نص بعلامات خفية   ',
].join('\r\n');

let tree: string;

beforeAll(() => {
  requireCli();
  tree = makeTree({
    'mixed.txt': MIXED_TEXT,
    'vocalised.txt': VOCALISED_ARTICLE,
    'bom-utf8.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('نص بعلامة ترتيب')]),
    'utf16le.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('نص بالترميز الموسع', 'utf16le')]),
    'legacy.txt': encodeWindows1256(LEGACY_TEXT),
    'invalid.txt': new Uint8Array([...new TextEncoder().encode('بداية سليمة '), 0xd8, 0x41, 0x42]),
    // Past the first 64 KiB read, and cut inside a character at the very end.
    'invalid-late.txt': new Uint8Array([...new TextEncoder().encode('ب'.repeat(50_000) + 'x'), 0xff, 0x41]),
    'truncated.txt': new Uint8Array([...new TextEncoder().encode('نص ينتهي بحرف مقطوع'), 0xd8]),
    'binary.bin': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
    'folder/inner.txt': 'نص',
  });
});

afterAll(() => removeTree(tree));

describe('khabar normalize', () => {
  it.each(NORMALIZE_PRESETS)('streams a file to exactly what normalizeArabic gives, preset %s', (preset) => {
    const result = khabar(['normalize', '--preset', preset, 'mixed.txt'], { cwd: tree });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(normalizeArabic(MIXED_TEXT, preset));
  });

  it('applies rule options over the preset', () => {
    const args = ['normalize', '--preset', 'search', '--digits', 'keep', '--tatweel', 'keep', '--superscript-alef', 'alef'];
    const result = khabar([...args, 'mixed.txt'], { cwd: tree });
    const options = { preset: 'search', digits: 'keep', tatweel: 'keep', superscriptAlef: 'alef' } as const;
    expect(result.stdout).toBe(normalizeArabic(MIXED_TEXT, options));
  });

  it('reads standard input, given as - or by default', () => {
    const dash = khabar(['normalize', '--preset', 'search', '-'], { input: VOCALISED_ARTICLE });
    const none = khabar(['normalize', '--preset', 'search'], { input: VOCALISED_ARTICLE });
    expect(dash.stdout).toBe(normalizeArabic(VOCALISED_ARTICLE, 'search'));
    expect(none.stdout).toBe(dash.stdout);
  });

  it('writes several inputs one after the other, each normalised on its own', () => {
    const result = khabar(['normalize', 'vocalised.txt', '-', 'mixed.txt'], { cwd: tree, input: 'من المدخل القياسي\n' });
    expect(result.stdout).toBe(
      normalizeArabic(VOCALISED_ARTICLE) + normalizeArabic('من المدخل القياسي\n') + normalizeArabic(MIXED_TEXT),
    );
  });

  it('reads UTF-8 and UTF-16 with a byte-order mark, and windows-1256 when asked', () => {
    expect(khabar(['normalize', 'bom-utf8.txt'], { cwd: tree }).stdout).toBe('نص بعلامة ترتيب');
    expect(khabar(['normalize', 'utf16le.txt'], { cwd: tree }).stdout).toBe('نص بالترميز الموسع');
    const legacy = khabar(['normalize', '--encoding', 'windows-1256', 'legacy.txt'], { cwd: tree });
    expect(legacy.status).toBe(0);
    expect(legacy.stdout).toBe(normalizeArabic(LEGACY_TEXT));
  });

  it('stops an input at its first invalid byte, names the offset, and goes on with the next', () => {
    const result = khabar(['normalize', 'invalid.txt', 'vocalised.txt'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('khabar: invalid.txt: not valid utf-8 at byte 22');
    expect(result.stderr).toContain('--encoding windows-1256');
    // Everything before the bad byte is written, nothing after it.
    expect(result.stdout).toBe(normalizeArabic('بداية سليمة ') + normalizeArabic(VOCALISED_ARTICLE));
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('finds the offset of a bad byte in any chunk, and of a character cut off at the end', () => {
    const late = khabar(['normalize', 'invalid-late.txt'], { cwd: tree });
    expect(late.stderr).toContain('khabar: invalid-late.txt: not valid utf-8 at byte 100001');
    expect(late.stdout).toBe(normalizeArabic(`${'ب'.repeat(50_000)}x`));
    const truncated = khabar(['normalize', 'truncated.txt'], { cwd: tree });
    expect(truncated.stderr).toContain(`khabar: truncated.txt: not valid utf-8 at byte ${new TextEncoder().encode('نص ينتهي بحرف مقطوع').length}`);
    expect(truncated.stdout).toBe(normalizeArabic('نص ينتهي بحرف مقطوع'));
  });

  it('refuses binary files, directories and missing files with a message and exit code 1', () => {
    const result = khabar(['normalize', 'binary.bin', 'folder', 'missing.txt', 'vocalised.txt'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('khabar: binary.bin: looks like a binary file');
    expect(result.stderr).toContain('khabar: folder: is a directory, not a file');
    expect(result.stderr).toContain('khabar: missing.txt: no such file or directory');
    expect(result.stderr).toContain('khabar: 3 of 4 inputs failed');
    expect(result.stdout).toBe(normalizeArabic(VOCALISED_ARTICLE));
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('writes to --out', () => {
    const out = join(tree, 'out.txt');
    expect(khabar(['normalize', '--out', out, 'vocalised.txt'], { cwd: tree }).stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(normalizeArabic(VOCALISED_ARTICLE));
  });

  it('writes nothing for empty input, and exits 0', () => {
    const result = khabar(['normalize', '-'], { input: '' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['normalize', '--preset', 'loud'], "invalid value 'loud' for --preset"],
    [['normalize', '--digits', 'roman'], "invalid value 'roman' for --digits; allowed: keep, western, arabic-indic, persian"],
    [['normalize', '--encoding', 'latin-1'], "invalid value 'latin-1' for --encoding"],
    [['normalize', '--diacritic', 'strip'], "unknown option '--diacritic'"],
  ])('khabar %j exits 2 with a message', (args, message) => {
    const result = khabar(args, { input: 'نص' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
