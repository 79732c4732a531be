/**
 * The inputs named on the command line, in order: files, the `.txt` files of
 * directories (depth first, in name order), standard input, and the paths
 * that failed, kept in place so that `--format jsonl` reports them in order.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InputError, inputErrorFromSystem } from './errors';

/** Label of standard input in messages and in `--format jsonl`. */
export const STDIN_LABEL = '<stdin>';

/** One input: a file to read, standard input, or a path that already failed. */
export type Input =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'error'; readonly error: InputError };

function isTextFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The `.txt` files under `dir`, depth first in name order. Links to files are
 * followed; links to directories are not, so a cycle cannot trap the walk.
 */
function walk(dir: string, into: Input[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    into.push({ kind: 'error', error: inputErrorFromSystem(error, dir) });
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(path, into);
      continue;
    }
    if (!isTextFileName(entry.name)) continue;
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) continue;
      into.push({ kind: 'file', path, size: stats.size });
    } catch (error) {
      into.push({ kind: 'error', error: inputErrorFromSystem(error, path) });
    }
  }
}

/**
 * Expands command-line paths into inputs. `-` is standard input. With
 * `directories: false` a directory is an `is-directory` error, otherwise its
 * `.txt` files are read, and a directory without any is a `no-text-files` error.
 */
export function expandInputs(paths: readonly string[], options: { directories: boolean }): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      inputs.push({ kind: 'error', error: inputErrorFromSystem(error, path) });
      continue;
    }
    if (!stats.isDirectory()) {
      inputs.push({ kind: 'file', path, size: stats.size });
      continue;
    }
    if (!options.directories) {
      inputs.push({ kind: 'error', error: new InputError('is-directory', path, `${path}: is a directory, not a file`) });
      continue;
    }
    const before = inputs.length;
    walk(path, inputs);
    if (inputs.length === before) {
      const message = `${path}: no .txt files in this directory or its subdirectories`;
      inputs.push({ kind: 'error', error: new InputError('no-text-files', path, message) });
    }
  }
  return inputs;
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The binary test is the library's own, so the CLI refuses exactly what `safeParseArticle` refuses. */
export { looksBinary } from '../decode/binary';
