/**
 * examples/dask/parse_jsonl.py runs for real: a local Dask cluster of two
 * worker processes pipes the partitions of a JSON Lines file through the
 * built CLI, and the records it gathers are byte for byte what the CLI
 * writes on its own — same lines, same order, the bad line's error record
 * in its place and naming its line in the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI, khabar, requireCli } from '../cli/cli';
import { checkOutput, jsonlInput } from '../cli/jsonl-input';
import { describeWithDask } from '../helpers/dask';
import { run } from '../helpers/run';

describeWithDask('examples/dask/parse_jsonl.py', (python) => {
  let folder: string;

  beforeAll(() => {
    requireCli();
    folder = mkdtempSync(join(tmpdir(), 'khabar-dask-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gathers, from partitions run on two workers, exactly what the CLI writes', () => {
    const count = 1500;
    const broken = 700;
    const path = join(folder, 'articles.jsonl');
    writeFileSync(path, jsonlInput(count, broken));
    const alone = khabar(['parse', '--input', 'jsonl', path]);
    expect(alone.status).toBe(0);
    expect(checkOutput(alone.stdout, count, broken)).toBeUndefined();

    // About 480 kB in 64 kB blocks: eight partitions or so, on two worker processes.
    const args = ['examples/dask/parse_jsonl.py', '--workers', '2', '--blocksize', '64kB', '--khabar', `"${process.execPath}" "${CLI}"`, path];
    const dask = run(python, args);
    expect(dask.status).toBe(0);
    // Error records name the file's line, not the partition's, in the output and on standard error.
    expect(dask.stderr).toBe(`khabar: ${path}:${broken + 1}: not valid JSON (Unterminated string in JSON at position 33)\n`);
    expect(dask.stdout).toBe(alone.stdout);
  });
});
