/**
 * The inputs named on the command line, in order: files, the `.txt` files of
 * directories (see `walk-folder.ts`), standard input, and the paths that
 * failed, kept in place so that `--format jsonl` reports them in order.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { InputError, inputErrorFromSystem, systemErrorCode } from './errors';
import { walkFolder } from './walk-folder';

/** Label of standard input in messages and in `--format jsonl`. */
export const STDIN_LABEL = '<stdin>';

/** Where a file is: its path, or the path's bytes when a name in it is not valid UTF-8. */
export type Location = string | Buffer;

/**
 * How a file was found: named on the command line (read whatever it is, a
 * device or FIFO included), or by a walk (read only while it is still a
 * regular file; `walk` entries were not links, `walk-link` ones were).
 */
export type InputOrigin = 'named' | 'walk' | 'walk-link';

/** One input: a file to read, standard input, or a path that already failed. */
export type Input =
  | {
      readonly kind: 'file';
      /** The path shown in messages and output. */
      readonly path: string;
      readonly location: Location;
      readonly size: number;
      /** Device and inode, to tell whether `--out` names this file. */
      readonly dev: number;
      readonly ino: number;
      readonly origin: InputOrigin;
    }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'error'; readonly error: InputError };

/** How {@link expandInputs} treats directories. */
export interface ExpandOptions {
  /** Walk directories for `.txt` files (`khabar parse`), or refuse them (`khabar normalize`). */
  readonly directories: boolean;
  /** Read links out of a walked directory too (`--follow-links`). */
  readonly followLinks?: boolean;
  /** Receives a line for each entry a walk skipped. */
  readonly notices?: string[];
}

/**
 * Node receives command-line arguments as text, with U+FFFD in place of bytes
 * that are not UTF-8, so such a name opens nothing. Each component holding
 * U+FFFD is matched against its directory's entries read as bytes; the path
 * is found when exactly one entry matches each.
 */
function recoverName(path: string): Buffer | undefined {
  const parts = path.split(sep);
  let found: Buffer = Buffer.alloc(0);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    let name: Buffer = Buffer.from(part);
    if (part.includes('\uFFFD')) {
      const dir = index === 0 ? '.' : found.length === 0 ? sep : found;
      let names: Buffer[];
      try {
        names = readdirSync(dir, { encoding: 'buffer' });
      } catch {
        return undefined;
      }
      const matches = names.filter((entry) => entry.toString('utf8') === part);
      if (matches.length !== 1) return undefined;
      name = matches[0]!;
    }
    found = index === 0 ? name : Buffer.concat([found, Buffer.from(sep), name]);
  }
  return found;
}

/** A path named on the command line, found (maybe by its bytes) or failed. */
function locate(path: string): { location: Location; stats: Stats } | InputError {
  if (path === '') return new InputError('not-found', path, "'': an empty path names no file");
  try {
    return { location: path, stats: statSync(path) };
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT' || !path.includes('\uFFFD')) return inputErrorFromSystem(error, path);
    const location = recoverName(path);
    if (location !== undefined) {
      try {
        return { location, stats: statSync(location) };
      } catch (again) {
        return inputErrorFromSystem(again, path);
      }
    }
    const message = `${path}: no file by this name; its name holds U+FFFD, which stands for bytes that are not valid UTF-8, and no single file matches it byte for byte (name its directory instead, or rename the file)`;
    return new InputError('invalid-name', path, message);
  }
}

/**
 * Expands command-line paths into inputs. `-` is standard input. With
 * `directories: false` a directory is an `is-directory` error, otherwise its
 * `.txt` files are read, and a directory without any is a `no-text-files` error.
 */
export function expandInputs(paths: readonly string[], options: ExpandOptions): Input[] {
  const inputs: Input[] = [];
  const notices = options.notices ?? [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const found = locate(path);
    if (found instanceof InputError) {
      inputs.push({ kind: 'error', error: found });
      continue;
    }
    const { location, stats } = found;
    if (!stats.isDirectory()) {
      inputs.push({ kind: 'file', path, location, size: stats.size, dev: stats.dev, ino: stats.ino, origin: 'named' });
      continue;
    }
    if (!options.directories) {
      inputs.push({ kind: 'error', error: new InputError('is-directory', path, `${path}: is a directory, not a file`) });
      continue;
    }
    const before = inputs.length;
    const noticesBefore = notices.length;
    walkFolder(location, path, inputs, { followLinks: options.followLinks ?? false, notices });
    if (inputs.length === before) {
      const skipped = notices.length - noticesBefore;
      const message = `${path}: no .txt files in this directory or its subdirectories${skipped > 0 ? ` that can be read (${skipped} skipped)` : ''}`;
      inputs.push({ kind: 'error', error: new InputError('no-text-files', path, message) });
    }
  }
  return inputs;
}

/** The binary test is the library's own, so the CLI refuses exactly what `safeParseArticle` refuses. */
export { looksBinary } from '../decode/binary';
