/**
 * The two kinds of failure the command line reports: a usage error (exit
 * code 2, nothing was processed) and an input that could not be processed
 * (exit code 1, the other inputs still are). Input errors carry a code from a
 * closed list, which `--format jsonl` writes for the failed input.
 */

/** Exit codes of `khabar`: every input processed, some input failed, bad usage. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** A mistake in the command line itself: unknown option, bad value, wrong number of inputs. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The output file could not be written (disk full, I/O error): the run stops, exit code 1. */
export class OutputError extends Error {
  constructor(path: string, cause: unknown) {
    const code = systemErrorCode(cause);
    const reason = code === 'ENOSPC' ? 'no space left on the device' : code === 'EDQUOT' ? 'disk quota exceeded' : cause instanceof Error ? cause.message : String(cause);
    super(`cannot write to ${path}: ${reason}`);
    this.name = 'OutputError';
  }
}

/**
 * Why an input could not be processed:
 *
 * - `not-found`: no file or directory at that path (or a broken link).
 * - `invalid-name`: a path named on the command line whose name is not valid
 *   UTF-8 and could not be found byte for byte (Node receives it with U+FFFD in place of the bad bytes).
 * - `unreadable`: the file or directory exists but cannot be read (permissions, I/O error).
 * - `is-directory`: a directory where a file is needed (`khabar normalize`).
 * - `no-text-files`: a directory holding no `.txt` file, even in subdirectories.
 * - `binary`: the file holds NUL bytes near its start, so it is not text.
 * - `too-large`: more bytes than `khabar parse --max-bytes` allows for one article.
 * - `invalid-encoding`: bytes that are not valid in the input encoding (`khabar normalize`).
 * - `parse-failed`: the parser found no article, or `--strict` rejected a warning.
 */
export type InputErrorCode =
  | 'not-found'
  | 'invalid-name'
  | 'unreadable'
  | 'is-directory'
  | 'no-text-files'
  | 'binary'
  | 'too-large'
  | 'invalid-encoding'
  | 'parse-failed';

/** Every {@link InputErrorCode}, for the documentation and the tests. */
export const INPUT_ERROR_CODES: readonly InputErrorCode[] = [
  'not-found',
  'invalid-name',
  'unreadable',
  'is-directory',
  'no-text-files',
  'binary',
  'too-large',
  'invalid-encoding',
  'parse-failed',
];

/** An input that could not be processed; the message names the input. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The `code` of a Node system error (`ENOENT`, `EACCES` …), if it is one. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a failed file-system call on `path` into an {@link InputError} with a sentence for people. */
export function inputErrorFromSystem(error: unknown, path: string, label = path): InputError {
  const code = systemErrorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not-found', path, `${label}: no such file or directory`);
  if (code === 'ELOOP') return new InputError('not-found', path, `${label}: too many levels of symbolic links`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', path, `${label}: permission denied`);
  if (code === 'EISDIR') return new InputError('is-directory', path, `${label}: is a directory`);
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError('unreadable', path, `${label}: cannot be read (${reason})`);
}
