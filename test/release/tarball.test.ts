/**
 * The packed tarball holds the build, the JSON Schema and the documents a
 * package page shows, and nothing else: no sources, tests, fixtures,
 * benchmarks or source maps. Read from `npm pack --dry-run --json`, which
 * lists what `npm publish` would upload.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, run } from '../helpers/run';

const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli.js',
  'dist/index.cjs',
  'dist/index.d.cts',
  'dist/index.d.ts',
  'dist/index.js',
  'package.json',
  'schema.json',
];

interface PackEntry {
  files: Array<{ path: string; mode: number }>;
}

let files: Array<{ path: string; mode: number }>;

beforeAll(() => {
  requireBuild();
  const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { env: { npm_config_loglevel: 'error' } });
  expect(result.status, result.stderr).toBe(0);
  files = (JSON.parse(result.stdout) as PackEntry[])[0]!.files;
});

describe('the packed tarball', () => {
  it('holds exactly the build, schema.json, README, CHANGELOG, LICENSE and package.json', () => {
    expect(files.map((file) => file.path).sort()).toEqual(EXPECTED);
  });

  it('ships no source map, test, fixture or TypeScript source', () => {
    const stray = files.map((file) => file.path).filter((path) => /\.map$|(^|\/)(test|tests|fixtures|src|bench)\//.test(path) || (/\.ts$/.test(path) && !path.endsWith('.d.ts')));
    expect(stray).toEqual([]);
  });

  it('marks the command line executable', () => {
    expect(files.find((file) => file.path === 'dist/cli.js')!.mode & 0o111).not.toBe(0);
  });
});
