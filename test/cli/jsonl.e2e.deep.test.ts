/**
 * `khabar parse --input jsonl` and `khabar normalize --input jsonl` through
 * the built CLI, as a line-in, line-out filter: one output line per input
 * line in input order, an error record in a bad line's place, input cut at
 * random points across writes, and answers that come back line by line.
 * The 100,000-line run is in jsonl.deep.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabic, safeParseArticle } from '../../src';
import { askLineByLine, pipeInPieces } from '../helpers/line-filter';
import { CLI, khabar, makeTree, removeTree, requireCli, STACK_TRACE } from './cli';
import { BROKEN_LINE, articleLine, articleText, checkOutput, jsonlInput } from './jsonl-input';

beforeAll(requireCli);

function records(stdout: string): Array<Record<string, unknown> & { error?: { code: string; line: number; path: string; message: string } }> {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

describe('khabar parse --input jsonl', () => {
  it('writes the record of each line with its other fields, in their order, the text field left out', () => {
    const input = `${JSON.stringify({ id: 7, url: 'https://example.com/7', raw: articleText(7), crawled: { at: '2015-08-02' } })}\n`;
    const result = khabar(['parse', '--input', 'jsonl'], { input });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const [record] = records(result.stdout);
    expect(Object.keys(record!)).toEqual(['id', 'url', 'crawled', 'article', 'diagnostics']);
    const expected = safeParseArticle(articleText(7));
    expect(expected.success).toBe(true);
    if (expected.success) {
      expect(record!['article']).toEqual(JSON.parse(JSON.stringify(expected.data)));
      expect(record!['diagnostics']).toEqual(JSON.parse(JSON.stringify(expected.diagnostics)));
    }
  });

  it('turns every kind of bad line into an error record at its position, and still exits with 0', () => {
    const lines = [
      articleLine(0),
      BROKEN_LINE,
      '',
      '[1, 2]',
      '{"id": 4}',
      '{"id": 5, "raw": 5}',
      '{"id": 6, "raw": "عنوان\\n\\nنص.", "article": "old"}',
      '{"id": 7, "raw": "\\u0000\\u0001binary"}',
      '{"id": 8, "raw": ""}',
      articleLine(9),
    ];
    const bytes = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(`${articleLine(11)}\n`)]);
    const result = khabar(['parse', '--input', 'jsonl'], { input: bytes });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const output = records(result.stdout);
    expect(output).toHaveLength(12);
    const codes = output.map((record) => record.error?.code ?? 'ok');
    expect(codes).toEqual([
      'ok',
      'invalid-json',
      'invalid-json',
      'not-an-object',
      'missing-field',
      'field-not-string',
      'reserved-field',
      'binary',
      'parse-failed',
      'ok',
      'invalid-encoding',
      'ok',
    ]);
    expect(output.map((record) => record['id'])).toEqual(['a-0', null, null, null, 4, 5, 6, 7, 8, 'a-9', null, 'a-11']);
    output.forEach((record, index) => {
      if (record.error) {
        expect(record.error.line).toBe(index + 1);
        expect(record.error.path).toBe('<stdin>');
        expect(result.stderr).toContain(`khabar: <stdin>:${index + 1}: `);
      }
    });
    expect(output[8]!.error).toHaveProperty('diagnostics');
    expect(result.stderr).toContain('khabar: 9 of 12 lines became error records');
  });

  it('reads the field --field names, a BOM, CRLF line ends and a last line without a line feed', () => {
    const line = (index: number) => JSON.stringify({ key: index, body: articleText(index) });
    const input = `\uFEFF${line(1)}\r\n${line(2)}\r\n${line(3)}`;
    const result = khabar(['parse', '--input', 'jsonl', '--field', 'body', '--normalize', 'search'], { input });
    expect(result.status).toBe(0);
    const output = records(result.stdout);
    expect(output.map((record) => record['key'])).toEqual([1, 2, 3]);
    const expected = safeParseArticle(articleText(3), { normalize: 'search' });
    expect(expected.success && output[2]!['article']).toEqual(expected.success && JSON.parse(JSON.stringify(expected.data)));
  });

  it('numbers the lines of each file, names the file in error records, and reports a missing file with exit code 1', () => {
    const root = makeTree({ 'a.jsonl': `${articleLine(0)}\nnot json\n`, 'b.jsonl': `oops\n${articleLine(1)}\n` });
    try {
      const result = khabar(['parse', '--input', 'jsonl', 'a.jsonl', 'missing.jsonl', '-', 'b.jsonl'], { cwd: root, input: `${articleLine(2)}\n` });
      expect(result.status).toBe(1);
      const output = records(result.stdout);
      expect(output.map((record) => record['id'] ?? `${record.error!.path}:${record.error!.line}`)).toEqual([
        'a-0',
        'a.jsonl:2',
        'a-2',
        'b.jsonl:1',
        'a-1',
      ]);
      expect(result.stderr).toContain('missing.jsonl: no such file or directory');
      expect(result.stderr).toContain('1 of 4 inputs could not be read');
    } finally {
      removeTree(root);
    }
  });

  it('gives the same output with --jobs 2 on input cut at random points across writes', async () => {
    const count = 3000;
    const broken = 1500;
    const input = Buffer.from(jsonlInput(count, broken));
    const whole = khabar(['parse', '--input', 'jsonl'], { input });
    expect(checkOutput(whole.stdout, count, broken)).toBeUndefined();
    for (const [jobs, seed] of [
      ['1', 1],
      ['2', 2],
    ] as const) {
      const cut = await pipeInPieces(process.execPath, [CLI, 'parse', '--input', 'jsonl', '--jobs', jobs], input, { seed, maxPiece: 1000 });
      expect(cut.writes).toBeGreaterThan(500);
      expect(cut.status).toBe(0);
      expect(cut.stdout).toBe(whole.stdout);
    }
  });

  it('answers each line before the next is written, as a queue worker needs', async () => {
    const lines = [articleLine(0), BROKEN_LINE, articleLine(2), articleLine(3), articleLine(4)];
    for (const jobs of ['1', '2']) {
      const { answers, status } = await askLineByLine(process.execPath, [CLI, 'parse', '--input', 'jsonl', '--jobs', jobs, '--quiet'], lines);
      expect(status).toBe(0);
      expect(answers.map((answer) => (JSON.parse(answer) as { id: unknown }).id)).toEqual(['a-0', null, 'a-2', 'a-3', 'a-4']);
    }
  });

  it('refuses options that do not fit JSON Lines', () => {
    const cases: Array<[string[], RegExp]> = [
      [['parse', '--field', 'body', '-'], /--field .*--input jsonl/],
      [['parse', '--input', 'jsonl', '--format', 'json', '-'], /--format json does not apply/],
      [['parse', '--input', 'csv', '-'], /invalid value 'csv' for --input/],
      [['parse', '--input', 'jsonl', '--field', 'error', '-'], /--field cannot be 'error'/],
      [['normalize', '--input', 'jsonl', '--encoding', 'windows-1256', '-'], /reads UTF-8/],
      [['normalize', '--jobs', '2', '-'], /--jobs applies to --input jsonl/],
    ];
    for (const [args, message] of cases) {
      const result = khabar(args, { input: '' });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('khabar normalize --input jsonl', () => {
  it('writes each object with its field normalised, in place, and an error record for a bad line', () => {
    const texts = ['إلى المدرسةِ الجديدةِ', 'كَتَبَ الطالبُ ٣ دروس', 'ﻷن الطقس جميل'];
    const lines = texts.map((text, index) => JSON.stringify({ id: index, text, lang: 'ar' }));
    lines.splice(1, 0, '{"id": "x", "text": null}');
    const result = khabar(['normalize', '--input', 'jsonl', '--field', 'text', '--preset', 'search', '--jobs', '2'], { input: `${lines.join('\n')}\n` });
    expect(result.status).toBe(0);
    const output = records(result.stdout);
    expect(output[1]).toMatchObject({ id: 'x', error: { code: 'field-not-string', line: 2 } });
    const good = output.filter((record) => !record.error);
    expect(good).toEqual(texts.map((text, index) => ({ id: index, text: normalizeArabic(text, 'search'), lang: 'ar' })));
    expect(Object.keys(good[0]!)).toEqual(['id', 'text', 'lang']);
  });

  it('takes rule options over the preset, as for plain text', () => {
    const input = `${JSON.stringify({ raw: 'رقم ٣٫٥ كَتَبَ' })}\n`;
    const result = khabar(['normalize', '--input', 'jsonl', '--preset', 'search', '--digits', 'keep'], { input });
    expect(records(result.stdout)).toEqual([{ raw: normalizeArabic('رقم ٣٫٥ كَتَبَ', { preset: 'search', digits: 'keep' }) }]);
  });
});
