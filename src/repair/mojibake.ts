/**
 * Mojibake of Arabic: UTF-8 bytes that were read as windows-1256
 * (`ظ…ط±ط­ط¨ط§`) or as Latin-1/windows-1252 (`Ù…Ø±Ø­Ø¨Ø§`), within one line.
 *
 * A *piece* is a maximal run of characters that each stand for one byte of
 * 0x80–0xFF in the code page (ASCII never takes part in a UTF-8 sequence, so
 * it always ends a piece and is never changed). A piece is decoded only when
 * all of this holds, which is what "more plausible Arabic than the input"
 * means here:
 *
 * 1. its bytes are valid UTF-8 from the first to the last (no stray byte, no
 *    overlong form, no surrogate);
 * 2. every decoded character is one that such text holds: a character of the
 *    Arabic blocks that Unicode assigns, a Latin-1 letter or sign
 *    (U+00A0–00FF), general punctuation (U+2000–206F but the line and
 *    paragraph separators), `€` or `™`;
 * 3. the piece is *self-sufficient*: it decodes to two or more characters
 *    of U+0600–06FF, or to one whose mojibake shows a *marker* (a
 *    windows-1256 symbol that Arabic text never writes after a letter, or
 *    one of Ø Ù Ú Û); or another piece of the same line is self-sufficient;
 *    or two or more pieces of the line each decode to a letter of the basic
 *    alphabet U+0621–064A (one-letter words: `طھ ظ…` is ت م); or the line
 *    is white space apart from pieces that decode to white space.
 *
 * Clean Arabic never passes: its letters are lead bytes, so two of them in a
 * row are invalid UTF-8, and a lone letter before punctuation (فقط، reads as
 * ط + ، = ء) is one sequence without a marker. A decoded piece is decoded again while it still
 * passes (text that went through the same mistake twice).
 */
import { inArabicBlock } from '../unicode/arabic';
import { isBlankUnit } from '../unicode/blank';
import { generalCategory } from '../unicode/ucd';
import { LATIN_1_ARABIC_LEADS, WINDOWS_1256_MARKERS, mojibakeCodepages, type Codepage } from './codepages';

/** How deep double mojibake is undone. */
const MAX_LEVELS = 4;

const Status = { Invalid: 0, Dependent: 1, SelfSufficient: 2 } as const;

let markers: Uint8Array | undefined;

function markerTable(): Uint8Array {
  if (markers) return markers;
  markers = new Uint8Array(0x10000);
  for (const unit of [...WINDOWS_1256_MARKERS, ...LATIN_1_ARABIC_LEADS]) markers[unit] = 1;
  return markers;
}

/** Whether a decoded code point is plausible in repaired text (rule 2). */
function isPlausible(codePoint: number): boolean {
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  if (codePoint === 0x20ac || codePoint === 0x2122) return true;
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return codePoint !== 0x2028 && codePoint !== 0x2029 && generalCategory(codePoint) !== 'Cn';
  return inArabicBlock(codePoint) && generalCategory(codePoint) !== 'Cn';
}

/** One piece decoded: the text, and for each of its units the piece-relative offset it came from. */
interface DecodedPiece {
  status: number;
  /** It decodes to at least one letter of the basic Arabic alphabet (U+0621–064A). */
  letter: boolean;
  text: string;
  sources: number[];
}

/** Length of the UTF-8 sequence a lead byte starts and the allowed range of its second byte, or 0. */
function sequenceShape(lead: number): readonly [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}

/** Decodes `line[start..end)` (every unit a high byte of `codepage`) and judges it; undefined when invalid. */
function decodePiece(line: string, start: number, end: number, codepage: Codepage): DecodedPiece | undefined {
  const { byteOf } = codepage;
  const marker = markerTable();
  let text = '';
  const sources: number[] = [];
  let marked = false;
  let arabicLetters = 0;
  let letter = false;
  let k = start;
  while (k < end) {
    const lead = byteOf[line.charCodeAt(k)]! - 1;
    const shape = sequenceShape(lead);
    if (!shape || k + shape[0] > end) return undefined;
    const [length, low, high] = shape;
    let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
    for (let j = 1; j < length; j++) {
      const byte = byteOf[line.charCodeAt(k + j)]! - 1;
      if (j === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return undefined;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    if (!isPlausible(codePoint)) return undefined;
    letter ||= codePoint >= 0x0621 && codePoint <= 0x064a;
    if (lead >= 0xd8 && lead <= 0xdb) {
      // U+0600–06FF: its lead is ط ظ ع غ or Ø Ù Ú Û, a marker may follow it.
      arabicLetters++;
      marked ||= marker[line.charCodeAt(k)] === 1 || marker[line.charCodeAt(k + 1)] === 1;
    }
    const written = String.fromCodePoint(codePoint);
    text += written;
    for (let j = 0; j < written.length; j++) sources.push(k - start);
    k += length;
  }
  const status = marked || arabicLetters >= 2 ? Status.SelfSufficient : Status.Dependent;
  return { status, letter, text, sources };
}

/** A repaired piece of a line: `[start, end)` in the line and what replaces it. */
export interface MojibakeEdit {
  /** Code page the piece was read back through (the first level, for double mojibake). */
  readonly codepage: Codepage['name'];
  /** Offset of the piece in the line. */
  readonly start: number;
  /** Offset just past the piece. */
  readonly end: number;
  /** The decoded text. */
  readonly text: string;
  /** For each unit of `text`, the line offset of the bytes it came from. */
  readonly sources: readonly number[];
}

interface Candidate extends DecodedPiece {
  codepage: Codepage['name'];
  start: number;
  end: number;
}

/**
 * Whether the line is white space apart from pieces that decode to white
 * space or invisible marks (a paragraph that held only a no-break space reads
 * `آ` + NBSP or `Â` + NBSP): no Arabic line looks like that.
 */
function isBlankLine(line: string, pieces: readonly Candidate[]): boolean {
  if (pieces.length === 0) return false;
  if (!pieces.every((piece) => Array.from(piece.text).every((ch) => isBlankUnit(ch.charCodeAt(0))))) return false;
  const covered = new Uint8Array(line.length);
  for (const piece of pieces) covered.fill(1, piece.start, piece.end);
  for (let k = 0; k < line.length; k++) {
    const unit = line.charCodeAt(k);
    if (covered[k] === 0 && unit !== 0x20 && unit !== 0x09) return false;
  }
  return true;
}

/** Valid pieces of `line` under one code page. */
function candidates(line: string, codepage: Codepage, into: Candidate[]): void {
  const { byteOf } = codepage;
  const n = line.length;
  let k = 0;
  while (k < n) {
    if (byteOf[line.charCodeAt(k)]! <= 0x80) {
      k++;
      continue;
    }
    const start = k;
    while (k < n && byteOf[line.charCodeAt(k)]! > 0x80) k++;
    const piece = decodePiece(line, start, k, codepage);
    if (piece) into.push({ ...piece, codepage: codepage.name, start, end: k });
  }
}

/**
 * The pieces of one line to decode, in line order, or an empty list. Where
 * pieces of the two code pages overlap, a self-sufficient piece wins over a
 * dependent one, then a longer one over a shorter one, then windows-1256.
 */
export function findMojibake(line: string, level = 0): MojibakeEdit[] {
  const found: Candidate[] = [];
  for (const codepage of mojibakeCodepages()) candidates(line, codepage, found);
  const letters = found.reduce((count, piece) => count + (piece.letter ? 1 : 0), 0);
  if (letters < 2 && !found.some((piece) => piece.status === Status.SelfSufficient) && !isBlankLine(line, found)) return [];
  // Self-sufficient first, then longer; stable, so windows-1256 stays before Latin-1 on a tie.
  found.sort((a, b) => b.status - a.status || b.end - b.start - (a.end - a.start));
  // Pieces of one code page never overlap, so each unit is checked and marked at most twice.
  const taken = new Uint8Array(line.length);
  const chosen: Candidate[] = [];
  for (const piece of found) {
    if (taken.subarray(piece.start, piece.end).includes(1)) continue;
    taken.fill(1, piece.start, piece.end);
    chosen.push(piece);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((piece) => {
    let { text, sources } = piece;
    if (level + 1 < MAX_LEVELS) {
      const inner = applyMojibake(text, level + 1);
      if (inner) {
        sources = inner.sources.map((k) => sources[k]!);
        text = inner.text;
      }
    }
    return { codepage: piece.codepage, start: piece.start, end: piece.end, text, sources: sources.map((k) => k + piece.start) };
  });
}

/** `line` with its mojibake decoded and the source offset of every unit, or undefined when nothing changes. */
function applyMojibake(line: string, level: number): { text: string; sources: number[] } | undefined {
  const edits = findMojibake(line, level);
  if (edits.length === 0) return undefined;
  let text = '';
  const sources: number[] = [];
  let at = 0;
  for (const edit of edits) {
    text += line.slice(at, edit.start) + edit.text;
    for (let k = at; k < edit.start; k++) sources.push(k);
    for (const source of edit.sources) sources.push(source);
    at = edit.end;
  }
  text += line.slice(at);
  for (let k = at; k < line.length; k++) sources.push(k);
  return { text, sources };
}
