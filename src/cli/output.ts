/**
 * Where a command writes its result: standard output, or the file of
 * `--out`. A file is written to a temporary file beside it and renamed into
 * place only when the command commits it, so a run that fails or is stopped
 * leaves the file as it was (the temporary file is removed, even on Ctrl-C).
 * A device or FIFO given as `--out` is written directly. Writes wait when the
 * destination is slow, so memory stays flat however much is written.
 */
import { accessSync, chmodSync, constants, createWriteStream, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { OutputError, UsageError, systemErrorCode } from './errors';

/** A destination for text. */
export interface Output {
  /** Writes text, waiting while the destination's buffer is full. */
  write(text: string): Promise<void>;
  /** Flushes and closes the destination; a file takes its place now (standard output is only flushed). */
  close(): Promise<void>;
  /** Drops what was written to a file, leaving the file as it was (standard output is only flushed). */
  discard(): Promise<void>;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text, 'utf8')) await once(stream, 'drain');
}

/** Text gathered before one write: many small records cost one system call. */
const BUFFER_UNITS = 1 << 16;

/**
 * Gathers writes into pieces of about {@link BUFFER_UNITS} before passing
 * them on. Text still gathered is dropped by `discard` for a file, and
 * written for standard output, where what came before a failure is kept.
 */
function buffered(output: Output, dropOnDiscard: boolean): Output {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    await output.write(text);
  };
  return {
    write: async (text) => {
      pending.push(text);
      size += text.length;
      if (size >= BUFFER_UNITS) await flush();
    },
    close: async () => {
      await flush();
      await output.close();
    },
    discard: async () => {
      if (dropOnDiscard) {
        pending = [];
        size = 0;
      } else await flush();
      await output.discard();
    },
  };
}

/**
 * Opens the output: for a file, the temporary file beside it is created at
 * once, so that a path that cannot be written is a usage error before any
 * input is read. `-` is standard output. Writes are gathered into pieces of 64 Ki units.
 */
export function openOutput(path: string | undefined): Output {
  if (path === '') throw new UsageError('--out needs a file name (or - for standard output)');
  const toStandardOutput = path === undefined || path === '-';
  return buffered(toStandardOutput ? standardOutput() : openFile(path), !toStandardOutput);
}

function standardOutput(): Output {
  const stream = process.stdout;
  const flush = async (): Promise<void> => {
    if (stream.writableNeedDrain) await once(stream, 'drain');
  };
  return { write: (text) => writeTo(stream, text), close: flush, discard: flush };
}

/** Temporary files not yet renamed or removed; removed when the process exits or is interrupted. */
const temporaryFiles = new Set<string>();

function removeTemporaryFiles(): void {
  for (const path of temporaryFiles) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  temporaryFiles.clear();
}

let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removeTemporaryFiles);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.kill(process.pid, signal); // the handler is gone: the signal now ends the process as usual
    });
  }
}

/** Why a file cannot be created, without naming the temporary file (which the user never named). */
const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'name too long',
};

function cannotWrite(path: string, error: unknown): UsageError {
  const code = systemErrorCode(error);
  const reason = (code === undefined ? undefined : WRITE_FAILURES[code]) ?? code ?? String(error);
  return new UsageError(`cannot write to ${path}: ${reason}`);
}

/** The file `path` names once links are resolved (itself when it does not exist yet), and its stats. */
function resolveTarget(path: string): { target: string; stats: Stats | undefined } {
  try {
    const target = lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
    return { target, stats: statSync(target) };
  } catch {
    return { target: path, stats: undefined }; // does not exist yet (or is a broken link, which the file replaces)
  }
}

function openFile(path: string): Output {
  const { target, stats } = resolveTarget(path);
  if (stats?.isDirectory()) throw new UsageError(`cannot write to ${path}: is a directory`);
  const direct = stats !== undefined && !stats.isFile(); // a device or FIFO: nothing to replace
  try {
    // A rename needs only the directory's permission; a file its owner made read-only stays so.
    if (stats !== undefined) accessSync(target, constants.W_OK);
  } catch (error) {
    throw cannotWrite(path, error);
  }
  // The name's start only: a name near the length limit would not leave room for the suffix.
  const stem = [...basename(target)].slice(0, 40).join('');
  const temporary = direct ? target : join(dirname(target), `.${stem}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  if (!direct) {
    // Registered before it exists, so that no moment leaves it behind on Ctrl-C.
    installCleanup();
    temporaryFiles.add(temporary);
  }
  let fd: number;
  try {
    fd = openSync(temporary, direct ? 'w' : 'wx', 0o666);
  } catch (error) {
    temporaryFiles.delete(temporary); // not created, or not by this run: not to be removed
    throw cannotWrite(path, error);
  }
  try {
    // The file keeps its permissions when it is replaced.
    if (!direct && stats !== undefined) chmodSync(temporary, stats.mode & 0o7777);
  } catch (error) {
    removeTemporaryFiles();
    throw cannotWrite(path, error);
  }
  const stream = createWriteStream(temporary, { fd, autoClose: true });
  let failed: OutputError | undefined;
  stream.on('error', (error) => {
    failed ??= new OutputError(path, error);
  });
  const end = async (): Promise<void> => {
    if (!stream.closed) {
      stream.end();
      await once(stream, 'close');
    }
  };
  const remove = (): void => {
    if (direct) return;
    temporaryFiles.delete(temporary);
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
  };
  return {
    write: async (text) => {
      if (failed) throw failed;
      await writeTo(stream, text).catch((error: unknown) => {
        throw (failed ??= new OutputError(path, error));
      });
    },
    close: async () => {
      await end().catch(() => undefined);
      if (failed) {
        remove();
        throw failed;
      }
      if (direct) return;
      try {
        renameSync(temporary, target);
      } finally {
        remove();
      }
    },
    discard: async () => {
      await end().catch(() => undefined);
      remove();
    },
  };
}
