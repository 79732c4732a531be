/**
 * Bytes without a byte-order mark that are not valid UTF-8, read line by
 * line: a scraped page may be UTF-8 with a few damaged bytes, windows-1256
 * throughout, or a mix of the two (a teaser pasted from a legacy page). Each
 * line (ended by an LF byte, which both encodings share) is read in the
 * encoding its bytes speak for, so neither half of a mixed input turns into
 * mojibake, and every line that was not clean UTF-8 gets a diagnostic.
 *
 * The evidence is the number of well-formed multi-byte UTF-8 sequences
 * against ill-formed ones. Arabic UTF-8 is almost all well-formed sequences;
 * windows-1256 Arabic almost never forms one (measured on the news corpus:
 * at most one for eight ill-formed ones in any paragraph).
 */
import { createDiagnostic } from '../diagnostics/diagnostic';
import type { DiagnosticCode } from '../diagnostics/codes';
import type { Diagnostic } from '../schema/diagnostic';
import type { Point } from '../schema/position';
import { createLocator } from './locator';
import { measureUtf8, newEvidence, unfinishedUtf8Tail, type Utf8Evidence } from './utf8';

/** How a line is read: ASCII reads the same either way and joins its neighbours. */
const ASCII = 0;
const UTF8 = 1;
const LEGACY = 2;
type Reading = typeof ASCII | typeof UTF8 | typeof LEGACY;

/** The text of bytes read by {@link decodeByLines}. */
export interface LinesDecoded {
  /** The decoded text. */
  text: string;
  /** The encoding most of the evidence speaks for; single lines may have been read in the other. */
  encoding: 'utf-8' | 'windows-1256';
  /** `malformed-bytes` and `decoded-as-windows-1256` diagnostics, in text order. */
  diagnostics: Diagnostic[];
}

/** A diagnostic whose points are computed once the text is complete. */
interface Pending {
  code: DiagnosticCode;
  /** Text offset of the first unit it is about; it covers one unit. */
  offset: number;
  /** Text offset at which a run of legacy lines ends (updated as the run grows). */
  runEnd: number;
  /** The byte offset the message names. */
  byte: number;
  what: 'damaged-line' | 'truncated' | 'legacy-run';
}

let utf8Decoder: TextDecoder | undefined;
let legacyDecoder: TextDecoder | undefined;

function decoderFor(reading: Reading): TextDecoder {
  if (reading === LEGACY) return (legacyDecoder ??= new TextDecoder('windows-1256'));
  // ignoreBOM: a U+FEFF inside the input is text, even where a piece starts.
  return (utf8Decoder ??= new TextDecoder('utf-8', { ignoreBOM: true }));
}

/**
 * How to read one line. In a UTF-8 input, a line is windows-1256 when more of
 * its sequences are ill-formed than well-formed; in a windows-1256 input, a
 * line is UTF-8 only when it has two or more well-formed sequences and at
 * least four times as many as ill-formed ones (short legacy words do form a
 * well-formed pair by chance: `ك،` is DF A1).
 */
function readingOf(evidence: Utf8Evidence, utf8Input: boolean): Reading {
  const { multiByte, illFormed } = evidence;
  if (multiByte === 0 && illFormed === 0) return ASCII;
  if (utf8Input) return illFormed > multiByte ? LEGACY : UTF8;
  return multiByte >= 2 && multiByte >= 4 * illFormed ? UTF8 : LEGACY;
}

/**
 * Decodes bytes that are not valid UTF-8, line by line, in UTF-8 or
 * windows-1256 as each line's bytes speak for. Ill-formed sequences of a line
 * read as UTF-8 become U+FFFD (`malformed-bytes` at the first of them); each
 * run of lines read as windows-1256 gets one `decoded-as-windows-1256` at its
 * first byte that is not UTF-8. A last character cut off by the end of the
 * input becomes U+FFFD (`malformed-bytes`) unless the input is windows-1256.
 *
 * @example
 * ```ts
 * decodeByLines(new Uint8Array([0xc7, 0xe1, 0xce, 0xc8, 0xd1])).text; // 'الخبر'
 * ```
 */
export function decodeByLines(bytes: Uint8Array): LinesDecoded {
  const length = bytes.length;
  const body = length - unfinishedUtf8Tail(bytes);
  const total = measureUtf8(bytes, 0, body, newEvidence());
  const utf8Input = total.multiByte >= total.illFormed;

  const pieces: string[] = [];
  const pending: Pending[] = [];
  let decodedUnits = 0; // units of the pieces decoded so far
  let segment: Reading = ASCII; // how the lines since `segmentStart` are read
  let segmentStart = 0;
  let segmentUnits = 0; // units the segment's lines decode to
  let run: Pending | undefined; // the open run of legacy lines
  let sawUtf8 = false; // whether some line was read as UTF-8

  const flush = (end: number): void => {
    if (end === segmentStart) return;
    const reading = segment === ASCII ? (utf8Input ? UTF8 : LEGACY) : segment;
    const piece = decoderFor(reading).decode(bytes.subarray(segmentStart, end));
    pieces.push(piece);
    decodedUnits += piece.length;
    segmentStart = end;
    segmentUnits = 0;
  };

  const evidence = newEvidence();
  let lineStart = 0;
  while (lineStart < length) {
    const newline = bytes.indexOf(0x0a, lineStart);
    const lineEnd = newline < 0 ? length : newline;
    const next = newline < 0 ? length : newline + 1;
    measureUtf8(bytes, lineStart, Math.min(lineEnd, body), evidence);
    const reading = readingOf(evidence, utf8Input);
    if (reading !== ASCII && segment !== ASCII && reading !== segment) {
      flush(lineStart);
      segment = ASCII;
    }
    if (reading !== ASCII) segment = reading;
    const lineOffset = decodedUnits + segmentUnits;

    if (reading === UTF8 && evidence.illFormed > 0) {
      const offset = lineOffset + evidence.unitsBefore;
      pending.push({ code: 'malformed-bytes', offset, runEnd: offset, byte: evidence.firstIllFormed, what: 'damaged-line' });
    }
    if (reading === UTF8) {
      run = undefined;
      sawUtf8 = true;
    }
    if (reading === LEGACY && !run) {
      const byte = evidence.firstIllFormed >= 0 ? evidence.firstIllFormed : evidence.firstNonAscii;
      const offset = lineOffset + (byte - lineStart);
      run = { code: 'decoded-as-windows-1256', offset, runEnd: offset, byte, what: 'legacy-run' };
      pending.push(run);
    }
    const measured = Math.min(lineEnd, body) - lineStart;
    segmentUnits += (reading === LEGACY ? measured : evidence.units) + (next - lineEnd);
    if (run && reading !== ASCII) run.runEnd = lineOffset + measured;
    lineStart = next;
  }

  if (body < length) {
    // The last line ends inside a character; its reading decides what that is.
    if (segment === ASCII) segment = utf8Input ? UTF8 : LEGACY;
    const offset = decodedUnits + segmentUnits;
    if (segment === UTF8) {
      pending.push({ code: 'malformed-bytes', offset, runEnd: offset, byte: body, what: 'truncated' });
      sawUtf8 = true;
    } else if (run) run.runEnd = offset + (length - body);
  }
  flush(length);

  const text = pieces.length === 1 ? pieces[0]! : pieces.join('');
  const pointAt = createLocator(text);
  const diagnostics = pending.map((item) => {
    const start = pointAt(item.offset);
    const end: Point = { line: start.line, column: start.column + 1, offset: item.offset + 1 };
    return createDiagnostic(item.code, messageOf(item, start, text, !sawUtf8), start, end);
  });
  return { text, encoding: utf8Input ? 'utf-8' : 'windows-1256', diagnostics };
}

function messageOf(item: Pending, start: Point, text: string, wholeInput: boolean): string {
  if (item.what === 'truncated') {
    return `The input ends inside a UTF-8 character (byte ${item.byte} starts it); the cut character became U+FFFD.`;
  }
  if (item.what === 'damaged-line') {
    return `Line ${start.line} is UTF-8 with ill-formed bytes (byte ${item.byte} is the first); each ill-formed sequence became U+FFFD.`;
  }
  if (wholeInput) {
    return `Byte ${item.byte} is not valid UTF-8, so the input was decoded as windows-1256; check that the text reads correctly.`;
  }
  let lastLine = start.line;
  for (let k = item.offset; k < item.runEnd; k++) {
    const unit = text.charCodeAt(k);
    if ((unit === 0x0a && text.charCodeAt(k - 1) !== 0x0d) || unit === 0x0d || unit === 0x2028 || unit === 0x2029) lastLine++;
  }
  const lines = lastLine === start.line ? `Line ${start.line} is` : `Lines ${start.line}–${lastLine} are`;
  return `${lines} not UTF-8 (byte ${item.byte} is the first byte that is not) and decoded as windows-1256, while other lines were read as UTF-8; check that the text reads correctly.`;
}
