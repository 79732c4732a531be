/**
 * What `npm publish` would upload, read from `npm pack --dry-run --json`:
 * the file list of the tarball, with modes. Cached per test file, since each
 * call spawns npm.
 */
import { expect } from 'vitest';
import { run } from './run';

/** One file of the packed tarball. */
export interface PackedFile {
  readonly path: string;
  readonly mode: number;
}

let cached: PackedFile[] | undefined;

/** The files the packed tarball holds (paths relative to the package root, `/`-separated). */
export function packedFiles(): PackedFile[] {
  if (cached) return cached;
  const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { env: { npm_config_loglevel: 'error' } });
  expect(result.status, result.stderr).toBe(0);
  cached = (JSON.parse(result.stdout) as Array<{ files: PackedFile[] }>)[0]!.files;
  return cached;
}
