/**
 * `--out` must not name an input: the output would replace the text it is
 * made from, or, inside a directory `khabar parse` walks, be read as an input
 * on the next run. Paths are compared once links are resolved (the same
 * device and inode, or the resolved directory), before any output is opened.
 */
import { fstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { UsageError } from './errors';
import type { Input } from './inputs';

function statOrUndefined(read: () => Stats): Stats | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The resolved path `out` will have: its own when it exists, else its resolved directory's joined with its name. */
function resolvedOutput(out: string, exists: boolean): string | undefined {
  try {
    return exists ? realpathSync(out) : join(realpathSync(dirname(out)), basename(out));
  } catch {
    return undefined; // its directory does not exist: opening the output says so
  }
}

function isInside(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * Throws a usage error when `out` is one of `inputs` (a file, or the file
 * standard input reads), or a `.txt` path inside one of the directories of
 * `paths` that is walked (`walks`). A FIFO that is also an input is refused
 * too: writing to it would wait for a reader that is the run itself.
 */
export function refuseOutputAmongInputs(out: string | undefined, paths: readonly string[], inputs: readonly Input[], walks: boolean): void {
  if (out === undefined || out === '-') return;
  const stats = statOrUndefined(() => statSync(out));
  const same = (other: { dev: number; ino: number }): boolean => stats !== undefined && other.dev === stats.dev && other.ino === stats.ino;
  for (const input of inputs) {
    if (input.kind === 'file' && same(input)) {
      throw new UsageError(`--out ${out} is also an input (${input.path}): it would be replaced by its own output; write to another file`);
    }
    if (input.kind === 'stdin') {
      const stdin = statOrUndefined(() => fstatSync(0));
      if (stdin?.isFile() && same(stdin)) {
        throw new UsageError(`--out ${out} is the file standard input reads: it would be replaced by its own output; write to another file`);
      }
    }
  }
  if (!walks || (stats !== undefined && !stats.isFile()) || !basename(out).toLowerCase().endsWith('.txt')) return;
  const resolved = resolvedOutput(out, stats !== undefined);
  if (resolved === undefined) return;
  for (const path of paths) {
    if (path === '-' || !statOrUndefined(() => statSync(path))?.isDirectory()) continue;
    let dir: string;
    try {
      dir = realpathSync(path);
    } catch {
      continue;
    }
    if (isInside(resolved, dir)) {
      throw new UsageError(`--out ${out} is inside ${path}, whose .txt files are inputs: the output would be read as one; write it elsewhere or name it other than *.txt`);
    }
  }
}
