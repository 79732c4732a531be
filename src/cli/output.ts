/**
 * Where a command writes its result: standard output, or the file of
 * `--out`. Writes wait when the destination is slow, so memory stays flat
 * however much is written.
 */
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UsageError, systemErrorCode } from './errors';

/** A destination for text. */
export interface Output {
  /** Writes text, waiting while the destination's buffer is full. */
  write(text: string): Promise<void>;
  /** Flushes and closes the destination (standard output is only flushed). */
  close(): Promise<void>;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text, 'utf8')) await once(stream, 'drain');
}

/** Text gathered before one write: many small records cost one system call. */
const BUFFER_UNITS = 1 << 16;

/** Gathers writes into pieces of about {@link BUFFER_UNITS} before passing them on. */
function buffered(output: Output): Output {
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
  };
}

/**
 * Opens the output: `path` is created (or truncated) at once, so that a path
 * that cannot be written is a usage error before any input is read. Writes
 * are gathered into pieces of 64 Ki units.
 */
export function openOutput(path: string | undefined): Output {
  return buffered(openDestination(path));
}

function openDestination(path: string | undefined): Output {
  if (path === undefined) {
    const stream = process.stdout;
    return {
      write: (text) => writeTo(stream, text),
      close: async () => {
        if (stream.writableNeedDrain) await once(stream, 'drain');
      },
    };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = systemErrorCode(error);
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((error as Error).message);
    throw new UsageError(`cannot write to ${path}: ${reason}`);
  }
  const stream = createWriteStream(path, { fd, autoClose: true });
  let failed: Error | undefined;
  stream.on('error', (error) => {
    failed = error;
  });
  return {
    write: async (text) => {
      if (failed) throw failed;
      await writeTo(stream, text);
    },
    close: async () => {
      if (failed) throw failed;
      stream.end();
      await once(stream, 'close');
    },
  };
}
