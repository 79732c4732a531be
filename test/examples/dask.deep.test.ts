/**
 * examples/dask/parse_jsonl.py runs for real: a local Dask cluster of two
 * worker processes pipes the partitions of a JSON Lines file through the
 * built CLI, and the records it gathers are byte for byte what the CLI
 * writes on its own — same lines, same order, the bad lines' error records
 * in their places and naming their lines in the file. In the deep tier:
 * starting a cluster costs several CPU seconds.
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
    // The input ends with a line that is not UTF-8, which must reach khabar as it is.
    writeFileSync(path, Buffer.concat([Buffer.from(jsonlInput(count, broken)), Buffer.from([0x62, 0x61, 0x64, 0xff, 0x0a])]));
    const alone = khabar(['parse', '--input', 'jsonl', path]);
    expect(alone.status).toBe(0);
    const lastLine = alone.stdout.lastIndexOf('\n', alone.stdout.length - 2) + 1;
    expect(checkOutput(alone.stdout.slice(0, lastLine), count, broken)).toBeUndefined();
    expect(JSON.parse(alone.stdout.slice(lastLine))).toMatchObject({ id: null, error: { code: 'invalid-encoding', line: count + 1 } });

    // About 480 kB in 128 kB blocks: four partitions, on two worker processes.
    const args = ['examples/dask/parse_jsonl.py', '--workers', '2', '--blocksize', '128kB', '--khabar', `"${process.execPath}" "${CLI}"`, path];
    const dask = run(python, args);
    expect(dask.status).toBe(0);
    // Error records name the file's line, not the partition's, in the output and on standard error.
    expect(dask.stderr).toBe(
      `khabar: ${path}:${broken + 1}: not valid JSON (Unterminated string in JSON at position 33)\n` +
        `khabar: ${path}:${count + 1}: not valid UTF-8 (JSON Lines are UTF-8)\n`,
    );
    expect(dask.stdout).toBe(alone.stdout);
  });
});
