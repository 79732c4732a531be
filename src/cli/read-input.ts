/**
 * Reading one input of `khabar parse` whole, with a limit: a device, a FIFO
 * or standard input may never end, and a huge file would be held in memory
 * whole, so reading stops at `--max-bytes` (an error naming the input) and
 * at the first 8,000 bytes when they look binary. Files found by a walk are
 * opened without blocking and read only while still regular files, so one
 * swapped for a FIFO after the walk cannot hang the run.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError, inputErrorFromSystem } from './errors';
import { STDIN_LABEL, looksBinary, type InputOrigin, type Location } from './inputs';

/** Default of `--max-bytes`: 64 MiB per article, far above any news article. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Bytes the binary test looks at. */
const BINARY_WINDOW = 8000;

/** Bytes read at a time from a device, a FIFO or standard input. */
const CHUNK = 1 << 16;

/** A file to read: what {@link readInputFile} needs, sent as is to worker threads. */
export interface FileRef {
  /** The path shown in messages and output. */
  readonly path: string;
  /** The path to open; bytes (a `Uint8Array` after crossing to a worker) when a name is not valid UTF-8. */
  readonly location: Location | Uint8Array;
  readonly origin: InputOrigin;
}

/** `1 MiB`, `64 MiB`, `100 bytes`: a size for messages. */
export function describeBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1 << 30], ['MiB', 1 << 20], ['KiB', 1 << 10]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** The error of an input that holds NUL bytes near its start. */
export function binaryInputError(label: string): InputError {
  return new InputError('binary', label, `${label}: looks like a binary file (it holds NUL or other control bytes), not article text`);
}

function tooLargeError(label: string, maxBytes: number): InputError {
  const message = `${label}: more than ${describeBytes(maxBytes)}, the limit for one article; not parsed (raise it with --max-bytes)`;
  return new InputError('too-large', label, message);
}

/** Collects chunks, failing as soon as they pass the limit or their start looks binary. */
class BoundedBytes {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;
  private checked = false;

  constructor(
    private readonly label: string,
    private readonly maxBytes: number,
  ) {}

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.total += chunk.length;
    if (this.total > this.maxBytes) throw tooLargeError(this.label, this.maxBytes);
    if (!this.checked && this.total >= BINARY_WINDOW) {
      this.checked = true;
      if (looksBinary(this.bytes())) throw binaryInputError(this.label);
    }
  }

  bytes(): Uint8Array {
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.total);
  }
}

function openFlags(origin: InputOrigin): number {
  if (origin === 'named') return constants.O_RDONLY;
  // Not blocking: a FIFO put in a walked file's place opens at once, and fstat then refuses it.
  const nonBlocking = constants.O_NONBLOCK ?? 0;
  return constants.O_RDONLY | nonBlocking | (origin === 'walk' ? (constants.O_NOFOLLOW ?? 0) : 0);
}

/** Reads a whole input file, or throws an {@link InputError} naming it. */
export function readInputFile(file: FileRef, maxBytes: number): Uint8Array {
  const { path, location, origin } = file;
  const openable = typeof location === 'string' || Buffer.isBuffer(location) ? location : Buffer.from(location.buffer, location.byteOffset, location.byteLength);
  let fd: number;
  try {
    fd = openSync(openable, openFlags(origin));
  } catch (error) {
    throw inputErrorFromSystem(error, path);
  }
  try {
    const stats = fstatSync(fd);
    if (origin !== 'named' && !stats.isFile()) {
      throw new InputError('unreadable', path, `${path}: no longer a regular file since the directory was read; not read`);
    }
    if (stats.isFile() && stats.size > maxBytes) throw tooLargeError(path, maxBytes);
    const collected = new BoundedBytes(path, maxBytes);
    // A regular file is read in one piece (one more byte shows whether it grew); anything else in chunks.
    let size = stats.isFile() ? Math.min(stats.size, maxBytes) + 1 : CHUNK;
    for (;;) {
      const buffer = Buffer.allocUnsafe(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) break;
      collected.add(buffer.subarray(0, read));
      size = CHUNK;
    }
    return collected.bytes();
  } catch (error) {
    throw error instanceof InputError ? error : inputErrorFromSystem(error, path);
  } finally {
    closeSync(fd);
  }
}

/** Reads all of standard input, or throws an {@link InputError} naming it. */
export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let stats;
  try {
    stats = fstatSync(0);
  } catch {
    stats = undefined;
  }
  // A file redirected into standard input says its size before a byte is read.
  if (stats?.isFile() && stats.size > maxBytes) throw tooLargeError(STDIN_LABEL, maxBytes);
  const collected = new BoundedBytes(STDIN_LABEL, maxBytes);
  try {
    for await (const chunk of process.stdin) collected.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    throw error instanceof InputError ? error : inputErrorFromSystem(error, STDIN_LABEL);
  }
  return collected.bytes();
}
