/**
 * The long run of `khabar parse --input jsonl` as a line filter: 100,000
 * lines reach standard input in pieces cut at random points, one line in the
 * middle is broken, and `--jobs 2` must still write exactly one line per
 * input line, in input order, the broken one an error record at its place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pipeInPieces } from '../helpers/line-filter';
import { CLI, requireCli } from './cli';
import { checkOutput, jsonlInput } from './jsonl-input';

beforeAll(requireCli);

describe('khabar parse --input jsonl on 100,000 lines', () => {
  it('answers every line in order with --jobs 2, whatever the writes', async () => {
    const count = 100_000;
    const broken = count / 2;
    const input = Buffer.from(jsonlInput(count, broken));
    const result = await pipeInPieces(process.execPath, [CLI, 'parse', '--input', 'jsonl', '--jobs', '2'], input, {
      seed: 14,
      maxPiece: 16_384,
      pauseEvery: 8,
    });
    expect(result.status).toBe(0);
    expect(result.writes).toBeGreaterThan(1000);
    expect(checkOutput(result.stdout, count, broken)).toBeUndefined();
    expect(result.stderr).toContain(`<stdin>:${broken + 1}: not valid JSON`);
    expect(result.stderr).toContain(`1 of ${count} lines became error records`);
  });
});
