/**
 * Runs a command of the package (built CLI, example, release tool) as a child
 * process from the repository root and captures what it printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a finished child process left behind. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args…` in the repository root (or `cwd`), with optional standard input. */
export function run(command: string, args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Path of a binary installed in `node_modules/.bin`. */
export function bin(name: string): string {
  return join(ROOT, 'node_modules', '.bin', name);
}

/** Throws a clear error when the package has not been built yet. */
export function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist', 'index.cjs'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it)');
  }
}
