/**
 * `--input jsonl`: the bytes of one input cut into lines, and the lines
 * gathered into batches. A batch is every line a chunk completes, so a slow
 * writer (a queue worker sending one line and waiting for its answer) gets
 * each line handled as soon as it arrives, and a fast one gets batches of a
 * read's size. Memory is bounded by the chunk size and the longest line
 * allowed: the bytes of a longer line are dropped as they come, and the line
 * is marked so that it still gets its error record, at its place.
 */

/** Lines longer than this many bytes become a `line-too-long` error record. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** A run of whole lines from one input, handled as one piece. */
export interface LineBatch {
  /** The input's name in messages: a path, or `<stdin>`. */
  readonly source: string;
  /** The number (from 1) of the batch's first line in its input. */
  readonly firstLine: number;
  /**
   * The lines' bytes, each followed by a line feed. Its buffer belongs to the
   * batch alone, so it can be moved to a worker thread without a copy.
   */
  readonly bytes: Uint8Array;
  /** Where each line ends in `bytes`: the offset of its line feed. */
  readonly ends: readonly number[];
  /** Indexes (within the batch) of the lines over the limit; their bytes are gone, their span is empty. */
  readonly overlong: readonly number[];
}

const LINE_FEED = 0x0a;
const EMPTY = new Uint8Array(0);

/** The lines of one batch as they are found, then copied into one buffer of their own. */
class BatchBuilder {
  private pieces: Uint8Array[] = [];
  private length = 0;
  private ends: number[] = [];
  private overlong: number[] = [];

  /** Adds a line made of `parts` (its line feed not included). */
  line(parts: readonly Uint8Array[]): void {
    for (const part of parts) {
      if (part.length === 0) continue;
      this.pieces.push(part);
      this.length += part.length;
    }
    this.endLine();
  }

  /** Adds a line whose bytes were over the limit. */
  tooLong(): void {
    this.overlong.push(this.ends.length);
    this.endLine();
  }

  get lines(): number {
    return this.ends.length;
  }

  build(source: string, firstLine: number): LineBatch {
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const piece of this.pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    const batch: LineBatch = { source, firstLine, bytes, ends: this.ends, overlong: this.overlong };
    this.pieces = [];
    this.length = 0;
    this.ends = [];
    this.overlong = [];
    return batch;
  }

  private endLine(): void {
    this.pieces.push(NEWLINE);
    this.ends.push(this.length);
    this.length += 1;
  }
}

const NEWLINE = new Uint8Array([LINE_FEED]);

/**
 * Cuts `chunks` into lines and yields them in batches, one per chunk that
 * completes a line. A last line without a line feed is still a line; an
 * input that ends with a line feed has no empty line after it.
 *
 * @param maxLineBytes lines longer than this are kept only as a mark in {@link LineBatch.overlong}
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
  maxLineBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<LineBatch> {
  // The start of a line that no chunk has ended yet.
  let carried: Uint8Array[] = [];
  let carriedLength = 0;
  let carriedTooLong = false;
  let nextLine = 1;
  const builder = new BatchBuilder();

  const carry = (bytes: Uint8Array): void => {
    if (carriedTooLong || bytes.length === 0) return;
    if (carriedLength + bytes.length > maxLineBytes) {
      carried = [];
      carriedLength = 0;
      carriedTooLong = true;
      return;
    }
    carried.push(bytes);
    carriedLength += bytes.length;
  };
  const endCarriedLine = (tail: Uint8Array): void => {
    if (carriedTooLong || carriedLength + tail.length > maxLineBytes) builder.tooLong();
    else builder.line([...carried, tail]);
    carried = [];
    carriedLength = 0;
    carriedTooLong = false;
  };
  const flush = (): LineBatch => {
    const batch = builder.build(source, nextLine);
    nextLine += batch.ends.length;
    return batch;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let newline = bytes.indexOf(LINE_FEED);
    if (newline < 0) {
      carry(bytes);
      continue;
    }
    endCarriedLine(bytes.subarray(0, newline));
    let start = newline + 1;
    newline = bytes.indexOf(LINE_FEED, start);
    while (newline >= 0) {
      if (newline - start > maxLineBytes) builder.tooLong();
      else builder.line([bytes.subarray(start, newline)]);
      start = newline + 1;
      newline = bytes.indexOf(LINE_FEED, start);
    }
    // Streams hand out fresh buffers, so the unfinished tail can be kept without a copy.
    carry(start < bytes.length ? bytes.subarray(start) : EMPTY);
    yield flush();
  }
  if (carriedLength > 0 || carriedTooLong) {
    endCarriedLine(EMPTY);
    yield flush();
  }
}

/** The bytes of line `index` of `batch` (without its line feed). */
export function lineBytes(batch: LineBatch, index: number): Uint8Array {
  const start = index === 0 ? 0 : batch.ends[index - 1]! + 1;
  return batch.bytes.subarray(start, batch.ends[index]);
}
