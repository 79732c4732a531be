/**
 * Bytes to text. A byte-order mark decides the encoding when there is one;
 * otherwise the bytes are UTF-8 if they are valid UTF-8, and windows-1256
 * (the Arabic code page older sites still serve) if they are not.
 */
import { createDiagnostic } from '../diagnostics/diagnostic';
import { locate } from '../parse/line-table';
import type { Diagnostic } from '../schema/diagnostic';
import { firstInvalidUtf8 } from './utf8';

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
  /** The encoding the bytes were read as. */
  encoding: ArticleEncoding;
  /** Whether the bytes started with a byte-order mark (it is not part of `text`). */
  bom: boolean;
  /** `decoded-as-windows-1256` or `malformed-bytes` when the bytes were not clean; positions index into `text`. */
  diagnostics: Diagnostic[];
}

/** Encodings announced by a byte-order mark, and the mark's length. */
function sniffBom(bytes: Uint8Array): { encoding: ArticleEncoding; length: number } | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes the bytes of a raw article.
 *
 * - A UTF-8, UTF-16LE or UTF-16BE byte-order mark selects that encoding; bytes
 *   that are then invalid become U+FFFD and a `malformed-bytes` warning.
 * - Without a mark, valid UTF-8 is UTF-8; anything else is decoded as
 *   windows-1256, with a `decoded-as-windows-1256` warning at the first byte
 *   that is not UTF-8 (windows-1256 maps each byte to one code unit, so the
 *   byte offset is also the text offset).
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('\uFEFFعنوان');
 * decodeArticleBytes(bytes); // { text: 'عنوان', encoding: 'utf-8', bom: true, diagnostics: [] }
 * ```
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  const mark = sniffBom(bytes);
  if (mark) {
    const body = bytes.subarray(mark.length);
    try {
      const text = new TextDecoder(mark.encoding, { fatal: true, ignoreBOM: true }).decode(body);
      return { text, encoding: mark.encoding, bom: true, diagnostics: [] };
    } catch {
      const text = new TextDecoder(mark.encoding, { ignoreBOM: true }).decode(body);
      const at = locate(text, Math.max(0, text.indexOf('\uFFFD')));
      const end = { ...at, column: at.column + 1, offset: at.offset + 1 };
      const message = `The bytes start with a ${mark.encoding} byte-order mark but are not valid ${mark.encoding}; unreadable bytes became U+FFFD.`;
      return { text, encoding: mark.encoding, bom: true, diagnostics: [createDiagnostic('malformed-bytes', message, at, end)] };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false, diagnostics: [] };
  } catch {
    const text = new TextDecoder('windows-1256').decode(bytes);
    const byte = Math.max(0, firstInvalidUtf8(bytes));
    const at = locate(text, byte);
    const end = { ...at, column: at.column + 1, offset: at.offset + 1 };
    const message = `Byte ${byte} is not valid UTF-8, so the input was decoded as windows-1256; check that the text reads correctly.`;
    return { text, encoding: 'windows-1256', bom: false, diagnostics: [createDiagnostic('decoded-as-windows-1256', message, at, end)] };
  }
}
