/**
 * The line splitter and the batch transform of `--input jsonl`, in process:
 * however the bytes are cut into chunks, the lines are those of the whole
 * input, each numbered from 1; a line over the limit is a mark, not bytes;
 * and a batch gives exactly one output line per input line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lineBytes, splitLines, type LineBatch } from '../../src/cli/jsonl-lines';
import { JSONL_LINE_ERROR_CODES } from '../../src/cli/jsonl-record';
import { createBatchTransform } from '../../src/cli/jsonl-transform';
import { ROOT } from '../helpers/run';

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= start || cut >= bytes.length) continue;
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function batchesOf(bytes: Uint8Array, cuts: readonly number[], maxLineBytes?: number): Promise<LineBatch[]> {
  const batches: LineBatch[] = [];
  for await (const batch of splitLines(chunksOf(bytes, cuts), 'test', maxLineBytes)) batches.push(batch);
  return batches;
}

/** The lines of `text` as an input of lines: a last line feed ends the last line, it does not open another. */
function expectedLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

// ignoreBOM: a line may begin with U+FEFF, which is text here, not a mark to drop.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

describe('splitLines', () => {
  test.prop([fc.array(fc.string({ unit: 'binary' }), { maxLength: 12 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 })])(
    'yields the lines of the whole input, numbered in order, however it is cut',
    async (lines, finalLineFeed, cuts) => {
      const text = lines.join('\n') + (finalLineFeed && lines.length > 0 ? '\n' : '');
      const bytes = new TextEncoder().encode(text);
      const batches = await batchesOf(bytes, cuts.map((cut) => cut % (bytes.length + 1)));
      const found: string[] = [];
      for (const batch of batches) {
        expect(batch.firstLine).toBe(found.length + 1);
        expect(batch.overlong).toEqual([]);
        for (let index = 0; index < batch.ends.length; index++) found.push(decoder.decode(lineBytes(batch, index)));
      }
      expect(found).toEqual(expectedLines(text));
    },
  );

  test.prop([fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat({ max: 500 }), { maxLength: 10 })])(
    'keeps a line over the limit as a mark at its place, whatever chunks it spans',
    async (lengths, cuts) => {
      const limit = 20;
      const text = lengths.map((length, index) => String.fromCharCode(97 + (index % 26)).repeat(length)).join('\n');
      const bytes = new TextEncoder().encode(text);
      const batches = await batchesOf(bytes, cuts, limit);
      const marks: boolean[] = [];
      const kept: string[] = [];
      for (const batch of batches) {
        for (let index = 0; index < batch.ends.length; index++) {
          const overlong = batch.overlong.includes(index);
          marks.push(overlong);
          kept.push(overlong ? '' : decoder.decode(lineBytes(batch, index)));
          if (overlong) expect(lineBytes(batch, index).length).toBe(0);
        }
      }
      const lines = expectedLines(text);
      expect(marks).toEqual(lines.map((line) => line.length > limit));
      expect(kept).toEqual(lines.map((line) => (line.length > limit ? '' : line)));
    },
  );

  it('gives each batch a buffer of its own, so it can move to a worker thread', async () => {
    const bytes = new TextEncoder().encode('{"a":1}\n{"a":2}\n');
    const [batch] = await batchesOf(bytes, []);
    expect(batch!.bytes.byteOffset).toBe(0);
    expect(batch!.bytes.buffer.byteLength).toBe(batch!.bytes.length);
  });
});

describe('createBatchTransform', () => {
  const parse = createBatchTransform({ command: 'parse', field: 'raw', normalize: 'display', strict: false, labels: [], maxLineBytes: 30 });

  test.prop([fc.array(fc.oneof(fc.string(), fc.json(), fc.constant('{"raw":"عنوان\\n\\nنص."}')), { maxLength: 8 })])(
    'writes exactly one JSON line per input line, an error record where no record can be made',
    async (lines) => {
      const text = lines.map((line) => line.replace(/\n/g, ' ')).join('\n');
      const results = (await batchesOf(new TextEncoder().encode(`${text}\n`), [])).map(parse);
      const output = results.map((result) => result.output).join('');
      const written = output.split('\n');
      expect(written.pop()).toBe('');
      expect(written).toHaveLength(expectedLines(`${text}\n`).length);
      let failed = 0;
      written.forEach((line, index) => {
        const record = JSON.parse(line) as { error?: { line: number; code: string } };
        if (record.error) {
          failed++;
          expect(record.error.line).toBe(index + 1);
        }
      });
      expect(results.reduce((sum, result) => sum + result.failedLines, 0)).toBe(failed);
    },
  );

  it('writes a line-too-long error record for a line over the limit', async () => {
    const [batch] = await batchesOf(new TextEncoder().encode(`${'x'.repeat(40)}\n{"raw":"t"}\n`), [], 30);
    const lines = parse(batch!).output.split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: null, error: { code: 'line-too-long', line: 1 } });
    expect(JSON.parse(lines[1]!)).toHaveProperty('article');
  });

  it('keeps a key named __proto__ as a plain field', async () => {
    const [batch] = await batchesOf(new TextEncoder().encode('{"__proto__":{"x":1},"raw":"عنوان"}\n'), []);
    const normalize = createBatchTransform({ command: 'normalize', field: 'raw', options: { preset: 'search' } });
    expect(normalize(batch!).output).toBe('{"__proto__":{"x":1},"raw":"عنوان"}\n');
  });
});

describe('docs/cli.md', () => {
  it('lists every error code of a JSON Lines line in its table', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const code of JSONL_LINE_ERROR_CODES) expect(doc).toContain(`| \`${code}\` |`);
  });
});
