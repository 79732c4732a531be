/**
 * Bytes to text, chunk by chunk, for `khabar normalize`: the encoding comes
 * from `--encoding` or a byte-order mark (UTF-8 otherwise), binary input,
 * UTF-16 without a mark and a mark that contradicts `--encoding` are refused
 * before anything is decoded, and an
 * invalid byte ends the input:
 * the text before it is passed on, then the error names its offset.
 */
import { sniffUtf16 } from '../decode/utf16';
import { firstInvalidUtf8 } from '../decode/utf8';
import { InputError } from './errors';
import { looksBinary } from './inputs';

/** Encodings `khabar normalize --encoding` accepts. */
export const STREAM_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;

/** One of {@link STREAM_ENCODINGS}. */
export type StreamEncoding = (typeof STREAM_ENCODINGS)[number];

/** Bytes looked at before the first decision: enough for a byte-order mark and the binary test. */
const HEAD_BYTES = 8000;

/** The encoding a byte-order mark at the start of `head` names, if there is one. */
function markedEncoding(head: Uint8Array): StreamEncoding | undefined {
  const [b0, b1, b2] = head;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  return undefined;
}

function sniffEncoding(head: Uint8Array): StreamEncoding {
  return markedEncoding(head) ?? 'utf-8'; // the decoder drops a byte-order mark
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

/** A decoder that reports where the bytes went wrong instead of throwing. */
class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private offset = 0; // bytes decoded before the current chunk
  private carried: Uint8Array = new Uint8Array(0); // an unfinished UTF-8 sequence the decoder holds

  constructor(
    private readonly encoding: StreamEncoding,
    private readonly label: string,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal: true });
  }

  /** The text of `bytes`, or the text before the first invalid byte and the error. */
  decode(bytes: Uint8Array, last: boolean): { text: string; error?: InputError } {
    try {
      const text = this.decoder.decode(bytes, { stream: !last });
      this.offset += bytes.length;
      if (this.encoding === 'utf-8') this.carried = bytes.subarray(bytes.length - unfinishedUtf8Tail(bytes));
      return { text };
    } catch {
      return this.failure(bytes);
    }
  }

  private failure(bytes: Uint8Array): { text: string; error: InputError } {
    const { encoding, label } = this;
    if (encoding !== 'utf-8') {
      const message = `${label}: not valid ${encoding} in the bytes from ${this.offset}; its output stops there`;
      return { text: '', error: new InputError('invalid-encoding', label, message) };
    }
    const window = new Uint8Array(this.carried.length + bytes.length);
    window.set(this.carried);
    window.set(bytes, this.carried.length);
    const bad = firstInvalidUtf8(window);
    const valid = bad < 0 ? window.length : bad;
    const at = this.offset - this.carried.length + valid;
    const message = `${label}: not valid utf-8 at byte ${at} (for legacy Arabic files, try --encoding windows-1256); its output stops there`;
    return {
      text: new TextDecoder('utf-8').decode(window.subarray(0, valid)),
      error: new InputError('invalid-encoding', label, message),
    };
  }
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
  let decoder: ChunkDecoder | undefined;
  const head: Uint8Array[] = [];
  let headLength = 0;
  const start = (): Uint8Array => {
    const bytes = Buffer.concat(head, headLength);
    const chosen = encoding ?? sniffEncoding(bytes);
    const marked = markedEncoding(bytes);
    if (marked !== undefined && marked !== chosen) {
      // Decoding as asked would turn every character into another one, and no diagnostic could say so.
      const message = `${label}: starts with a ${marked} byte-order mark, but --encoding says ${chosen}; pass --encoding ${marked}, or leave it out`;
      throw new InputError('invalid-encoding', label, message);
    }
    const unmarked = encoding === undefined && chosen === 'utf-8' ? sniffUtf16(bytes) : undefined;
    if (unmarked) {
      // Guessing would put text through the normaliser that no diagnostic can flag; the flag is one word.
      const message = `${label}: looks like ${unmarked} without a byte-order mark (zero bytes at every other position); pass --encoding ${unmarked}`;
      throw new InputError('invalid-encoding', label, message);
    }
    if (!chosen.startsWith('utf-16') && looksBinary(bytes)) {
      throw new InputError('binary', label, `${label}: looks like a binary file (it holds NUL or other control bytes), not text`);
    }
    decoder = new ChunkDecoder(chosen, label);
    return bytes;
  };
  const pass = function* (bytes: Uint8Array, last: boolean): Generator<string> {
    const { text, error } = decoder!.decode(bytes, last);
    yield text;
    if (error) throw error;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decoder) {
      yield* pass(bytes, false);
      continue;
    }
    head.push(bytes);
    headLength += bytes.length;
    if (headLength >= HEAD_BYTES) yield* pass(start(), false);
  }
  if (!decoder) yield* pass(start(), false);
  yield* pass(new Uint8Array(0), true);
}
