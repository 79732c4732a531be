/**
 * Bytes to text. A byte-order mark decides the encoding when there is one;
 * otherwise zero bytes at every other position mean UTF-16, valid UTF-8 is
 * UTF-8, and anything else is read line by line as UTF-8 or windows-1256 (the
 * Arabic code page older sites still serve). Whatever was guessed or damaged
 * is named by a diagnostic, so no garbage passes as clean text.
 */
import { createDiagnostic, INPUT_START } from '../diagnostics/diagnostic';
import type { Diagnostic } from '../schema/diagnostic';
import { decodeByLines } from './by-lines';
import { createLocator } from './locator';
import { firstInvalidUtf16, sniffUtf16 } from './utf16';
import { measureUtf8, newEvidence } from './utf8';

/**
 * The encodings `decodeArticleBytes` reads.
 *
 * @example
 * ```ts
 * const encoding: ArticleEncoding = decodeArticleBytes(bytes).encoding;
 * ```
 */
export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/**
 * The text decoded from bytes, and how.
 *
 * @example
 * ```ts
 * const { text, encoding, bom, diagnostics } = decodeArticleBytes(bytes);
 * ```
 */
export interface DecodedArticle {
  /**
   * The decoded text without the byte-order mark. Spans of an article parsed
   * from the same bytes index into this string.
   */
  text: string;
  /**
   * The encoding the bytes were read as. For input read line by line, the one
   * most of it speaks for; each run of lines read otherwise has a diagnostic.
   */
  encoding: ArticleEncoding;
  /** Whether the bytes started with a byte-order mark (it is not part of `text`). */
  bom: boolean;
  /**
   * `decoded-as-utf-16`, `decoded-as-windows-1256` or `malformed-bytes` when
   * the encoding was guessed or the bytes were damaged; positions index into `text`.
   */
  diagnostics: Diagnostic[];
}

/** Encodings announced by a byte-order mark, and the mark's length. */
function sniffBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes the bytes of a raw article.
 *
 * - A UTF-8, UTF-16LE or UTF-16BE byte-order mark selects that encoding.
 * - Without a mark, bytes whose zero bytes sit at every other position (the
 *   high byte of spaces and Latin letters) are UTF-16 in that byte order:
 *   `decoded-as-utf-16`.
 * - Otherwise valid UTF-8 is UTF-8, and anything else is read line by line:
 *   a line with more well-formed multi-byte UTF-8 sequences than ill-formed
 *   ones is UTF-8, other lines windows-1256, one `decoded-as-windows-1256`
 *   per run of such lines (the whole input, when no line is UTF-8).
 * - Bytes that are invalid in the encoding they are read in (a damaged UTF-8
 *   line, a character cut off by the end of the input, an unpaired UTF-16
 *   surrogate or odd last byte) become U+FFFD and a `malformed-bytes` warning.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('\uFEFFعنوان');
 * decodeArticleBytes(bytes); // { text: 'عنوان', encoding: 'utf-8', bom: true, diagnostics: [] }
 * ```
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (isDetached(bytes)) {
    const message = 'The bytes cannot be read: their ArrayBuffer was detached (transferred to a worker or shrunk below the view), so there is no text.';
    return { text: '', encoding: 'utf-8', bom: false, diagnostics: [createDiagnostic('unreadable-bytes', message, INPUT_START, INPUT_START)] };
  }
  // A shared buffer may change while it is read, and TextDecoder refuses one in browsers: read a private copy.
  if (isShared(bytes)) bytes = bytes.slice();
  const mark = sniffBom(bytes);
  if (mark) {
    const { text, diagnostics } = decodeIn(mark.encoding, bytes.subarray(mark.length));
    return { text, encoding: mark.encoding, bom: true, diagnostics };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const { text, diagnostics } = decodeIn(utf16, bytes);
    const message = `The bytes have no byte-order mark, but their zero bytes are those of ${utf16.toUpperCase()}, so they were decoded as ${utf16.toUpperCase()}; check that the text reads correctly.`;
    diagnostics.unshift(createDiagnostic('decoded-as-utf-16', message, INPUT_START, INPUT_START));
    return { text, encoding: utf16, bom: false, diagnostics };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false, diagnostics: [] };
  } catch {
    const { text, encoding, diagnostics } = decodeByLines(bytes);
    return { text, encoding, bom: false, diagnostics };
  }
}

/**
 * Whether the view cannot be read: its buffer was detached (transferred), or
 * a resizable buffer shrank below it. Such a view reads as empty, but any
 * method that reads it throws; `values()` checks exactly this and nothing else.
 */
function isDetached(bytes: Uint8Array): boolean {
  if (bytes.length !== 0) return false;
  try {
    bytes.values();
    return false;
  } catch {
    return true;
  }
}

/** Whether the view sits on a SharedArrayBuffer (the name is checked: SharedArrayBuffer may be absent). */
function isShared(bytes: Uint8Array): boolean {
  return Object.prototype.toString.call(bytes.buffer) === '[object SharedArrayBuffer]';
}

/** Decodes `bytes` in a known encoding; ill-formed parts become U+FFFD and one `malformed-bytes`. */
function decodeIn(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), diagnostics: [] };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    let offset: number;
    let what: string;
    if (encoding === 'utf-8') {
      const evidence = measureUtf8(bytes, 0, bytes.length, newEvidence());
      offset = evidence.unitsBefore;
      what = evidence.illFormed === 1 ? 'one ill-formed sequence' : `${evidence.illFormed} ill-formed sequences`;
    } else {
      offset = Math.max(0, firstInvalidUtf16(bytes, encoding === 'utf-16le'));
      what = bytes.length % 2 === 1 ? 'an odd number of bytes or unpaired surrogates' : 'unpaired surrogates';
    }
    const at = createLocator(text)(offset);
    const end = { ...at, column: at.column + 1, offset: at.offset + 1 };
    const message = `The bytes are not valid ${encoding} (${what}); each unreadable part became U+FFFD.`;
    return { text, diagnostics: [createDiagnostic('malformed-bytes', message, at, end)] };
  }
}
