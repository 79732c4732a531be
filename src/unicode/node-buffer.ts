/**
 * Node's `Buffer`, when the runtime has one, for the two UTF-16 copies it
 * makes natively: a string's units into bytes, and bytes back into a string.
 * Browsers have none, and the callers fall back to loops. The library never
 * imports a Node built-in: it looks for the global.
 */

/** The parts of a `Buffer` the library uses. */
export interface NodeBytes {
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
  /** Writes `text` as UTF-16LE from `offset`; returns the bytes written. */
  write(text: string, offset: number, encoding: 'utf16le'): number;
  /** The bytes `[start, end)` read as UTF-16LE. */
  toString(encoding: 'utf16le', start: number, end: number): string;
  /**
   * Node's own method behind `write(…, 'utf16le')`, without its argument
   * checks: writes at most `length` bytes. Undocumented, so looked for, never
   * assumed (see {@link hasUcs2Methods}).
   */
  ucs2Write?(text: string, offset: number, length: number): number;
  /** Node's own method behind `toString('utf16le', …)`, without its checks; looked for as `ucs2Write`. */
  ucs2Slice?(start: number, end: number): string;
}

/** The parts of Node's `Buffer` class the library uses. */
export interface NodeBufferClass {
  /** Zero-filled bytes of its own. */
  alloc(size: number): NodeBytes;
  /** A view of all of `buffer`, without a copy. */
  from(buffer: ArrayBufferLike): NodeBytes;
}

/**
 * Node's `Buffer`, or undefined where there is none.
 *
 * @example
 * ```ts
 * const bytes = nodeBuffer?.alloc(8);
 * ```
 */
export const nodeBuffer: NodeBufferClass | undefined = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/**
 * Whether this host stores a `Uint16Array` little-endian: only then are its
 * bytes the UTF-16LE that `Buffer` reads and writes.
 *
 * @example
 * ```ts
 * if (nodeBuffer && LITTLE_ENDIAN) nodeBuffer.from(units.buffer).toString('utf16le', 0, 2 * length);
 * ```
 */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Whether `bytes` has Node's `ucs2Write` and `ucs2Slice`, the methods behind
 * `write` and `toString` for UTF-16LE. On a line of a hundred units the
 * argument checks of `write` and `toString` cost about as much as the copies
 * themselves; callers that have checked their offsets call these directly.
 *
 * @example
 * ```ts
 * const bytes = nodeBuffer!.alloc(8);
 * if (hasUcs2Methods(bytes)) bytes.ucs2Write!('خبر', 0, 6);
 * else bytes.write('خبر', 0, 'utf16le');
 * ```
 */
export function hasUcs2Methods(bytes: NodeBytes): boolean {
  return typeof bytes.ucs2Write === 'function' && typeof bytes.ucs2Slice === 'function';
}
