/**
 * Bytes to text, chunk by chunk, for `khabar normalize`: the encoding comes
 * from `--encoding` or a byte-order mark (UTF-8 otherwise), binary input is
 * refused before anything is written, and an invalid byte stops the input
 * with its offset.
 */
import { firstInvalidUtf8 } from '../decode/utf8';
import { InputError } from './errors';
import { looksBinary } from './inputs';

/** Encodings `khabar normalize --encoding` accepts. */
export const STREAM_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;

/** One of {@link STREAM_ENCODINGS}. */
export type StreamEncoding = (typeof STREAM_ENCODINGS)[number];

/** Bytes looked at before the first decision: enough for a byte-order mark and the binary test. */
const HEAD_BYTES = 8000;

function sniffEncoding(head: Uint8Array): StreamEncoding {
  const [b0, b1, b2] = head;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  return 'utf-8';
}

/** Bytes at the end of `bytes` that start a UTF-8 sequence they do not finish (0–3). */
function unfinishedUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * Decodes `chunks` and passes the text on in pieces. Throws an
 * {@link InputError} (`binary` or `invalid-encoding`) naming `label`.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  label: string,
  encoding: StreamEncoding | undefined,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let chosen: StreamEncoding = 'utf-8';
  let head: Uint8Array[] = [];
  let headLength = 0;
  let offset = 0; // bytes decoded before the current chunk
  let carried: Uint8Array = new Uint8Array(0); // the unfinished UTF-8 sequence at the end of the last chunk

  const decode = (bytes: Uint8Array, last: boolean): string => {
    try {
      const text = decoder!.decode(bytes, { stream: !last });
      offset += bytes.length;
      if (chosen === 'utf-8') carried = bytes.subarray(bytes.length - unfinishedUtf8Tail(bytes));
      return text;
    } catch {
      let at = offset;
      if (chosen === 'utf-8') {
        const window = new Uint8Array(carried.length + bytes.length);
        window.set(carried);
        window.set(bytes, carried.length);
        const bad = firstInvalidUtf8(window);
        at = offset - carried.length + (bad < 0 ? window.length : bad);
      }
      const hint = chosen === 'utf-8' ? ' (for legacy Arabic files, try --encoding windows-1256)' : '';
      throw new InputError('invalid-encoding', label, `${label}: not valid ${chosen} at byte ${at}${hint}; its output stops there`);
    }
  };

  const start = (): Uint8Array => {
    const bytes = Buffer.concat(head, headLength);
    head = [];
    chosen = encoding ?? sniffEncoding(bytes);
    if (!chosen.startsWith('utf-16') && looksBinary(bytes)) {
      throw new InputError('binary', label, `${label}: looks like a binary file (it holds NUL bytes), not text`);
    }
    decoder = new TextDecoder(chosen, { fatal: true });
    return bytes;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decoder === undefined) {
      head.push(bytes);
      headLength += bytes.length;
      if (headLength < HEAD_BYTES) continue;
      yield decode(start(), false);
      continue;
    }
    yield decode(bytes, false);
  }
  if (decoder === undefined) yield decode(start(), false);
  yield decode(new Uint8Array(0), true);
}
