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
 *    paragraph separators), a character of either code page (ƒ Œ ˆ …, what
 *    text misread once holds), a C1 control only in text that decodes once
 *    more (windows-1252 leaves one of some bytes);
 * 3. the piece is *self-sufficient*: it decodes to two or more characters of
 *    U+0600–067F (letters, digits and harakat of the basic block), or to a
 *    character of U+0600–06FF whose mojibake shows a *marker* (a
 *    windows-1256 symbol that Arabic text never writes after a letter, or
 *    one of Ø Ù Ú Û), or to text that passes these rules as a line of its
 *    own (the mistake made twice); or another piece of its *segment* is
 *    self-sufficient; or two or more pieces of its segment each decode to a letter of U+0621–064A whose
 *    second character is not punctuation Arabic writes after a letter
 *    (one-letter words: `طھ ظ…` is ت م, but `ط،` may be ط and a comma); or
 *    the line is white space apart from pieces that decode to white space
 *    (`آ` + NBSP is a no-break space).
 *
 * Clean Arabic never passes: its letters are lead bytes, so two of them in a
 * row are invalid UTF-8, and a lone letter before punctuation (فقط، reads as
 * ط + ، = ء) is one sequence without a marker. The decoded line is decoded
 * again, up to four levels, while it still holds mojibake (text that went
 * through the same mistake twice). Where pieces of the two code pages overlap, a self-sufficient piece
 * wins over a dependent one, then a longer one, then the code page most of
 * the segment's self-sufficient pieces use.
 *
 * A segment is the stretch of a line between two *clean words*: runs of
 * characters other than ASCII, ended by an ASCII one, that hold an Arabic
 * letter and no unit of a valid piece. Mojibake has no clean word, so a line
 * of it is one segment; a clean word in a line of clean text keeps a lone
 * dependent piece there (`أ،` is á in Latin-1 mojibake) from being decoded
 * because some mojibake stands elsewhere on the line, and keeps the reach of
 * the evidence short enough for a stream to cut a long line.
 */
import { inArabicBlock } from '../unicode/arabic';
import { isBlankUnit } from '../unicode/blank';
import { CategoryClass, categoryClass } from '../unicode/category-class';
import {
  LATIN_1_ARABIC_LEADS,
  WINDOWS_1252_C1,
  WINDOWS_1256_HIGH,
  WINDOWS_1256_MARKERS,
  mojibakeCodepages,
  type Codepage,
} from './codepages';

/** How deep double mojibake is undone. */
const MAX_LEVELS = 4;

const Status = { Dependent: 1, SelfSufficient: 2 } as const;

let markers: Uint8Array | undefined;

function markerTable(): Uint8Array {
  if (markers) return markers;
  markers = new Uint8Array(0x10000);
  for (const unit of [...WINDOWS_1256_MARKERS, ...LATIN_1_ARABIC_LEADS]) markers[unit] = 1;
  return markers;
}

let repertoire: Set<number> | undefined;

/** Whether a decoded code point is plausible in repaired text (rule 2). */
function isPlausible(codePoint: number): boolean {
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  // Any character of the two code pages (ƒ Œ š ˆ …): what text misread once holds, on its way to a second repair.
  repertoire ??= new Set([...WINDOWS_1256_HIGH, ...WINDOWS_1252_C1]);
  if (repertoire.has(codePoint)) return true;
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return codePoint !== 0x2028 && codePoint !== 0x2029 && categoryClass(codePoint) !== CategoryClass.Unassigned;
  return inArabicBlock(codePoint) && categoryClass(codePoint) !== CategoryClass.Unassigned;
}

/** ، ؛ ؟ « » “ ” ‘ ’ – — NBSP SHY ZWNJ ZWJ: continuation characters that clean Arabic writes after a letter. */
function isWeakContinuation(unit: number): boolean {
  switch (unit) {
    case 0x060c: case 0x061b: case 0x061f: case 0xab: case 0xbb: case 0x201c: case 0x201d: case 0x2018: case 0x2019:
    case 0x2013: case 0x2014: case 0xa0: case 0xad: case 0x200c: case 0x200d:
      return true;
    default:
      return false;
  }
}

function hasControl(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit >= 0x80 && unit <= 0x9f) return true;
  }
  return false;
}

// The shapes of UTF-8 sequences, made once: a piece is checked for every word of clean Arabic.
const TWO: readonly [number, number, number] = [2, 0x80, 0xbf];
const THREE_E0: readonly [number, number, number] = [3, 0xa0, 0xbf];
const THREE_ED: readonly [number, number, number] = [3, 0x80, 0x9f];
const THREE: readonly [number, number, number] = [3, 0x80, 0xbf];
const FOUR_F0: readonly [number, number, number] = [4, 0x90, 0xbf];
const FOUR: readonly [number, number, number] = [4, 0x80, 0xbf];
const FOUR_F4: readonly [number, number, number] = [4, 0x80, 0x8f];

/** Length of the UTF-8 sequence a lead byte starts and the allowed range of its second byte, or undefined. */
function sequenceShape(lead: number): readonly [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return TWO;
  if (lead === 0xe0) return THREE_E0;
  if (lead === 0xed) return THREE_ED;
  if (lead >= 0xe1 && lead <= 0xef) return THREE;
  if (lead === 0xf0) return FOUR_F0;
  if (lead >= 0xf1 && lead <= 0xf3) return FOUR;
  if (lead === 0xf4) return FOUR_F4;
  return undefined;
}

/** A valid piece of a line. */
interface Piece {
  codepage: Codepage['name'];
  start: number;
  end: number;
  status: number;
  /** It decodes to a letter of U+0621–064A. */
  letter: boolean;
  /** The decoded text (further levels of mojibake undone once `deeper` is true). */
  text: string;
  /** For each unit of `text`, the line offset of the bytes it came from. */
  sources: number[];
}

/** Decodes `line[start..end)` (every unit a high byte of `codepage`) and judges it; undefined when invalid. */
/** Whether the bytes of `line[start..end)` under `byteOf` are valid UTF-8: checked before anything is decoded, as most pieces are clean words that fail at once. */
function isValidUtf8(line: string, start: number, end: number, byteOf: Uint16Array): boolean {
  for (let k = start; k < end; ) {
    const shape = sequenceShape(byteOf[line.charCodeAt(k)]! - 1);
    if (!shape || k + shape[0] > end) return false;
    const second = byteOf[line.charCodeAt(k + 1)]! - 1;
    if (second < shape[1] || second > shape[2]) return false;
    for (let j = 2; j < shape[0]; j++) {
      const byte = byteOf[line.charCodeAt(k + j)]! - 1;
      if (byte < 0x80 || byte > 0xbf) return false;
    }
    k += shape[0];
  }
  return true;
}

function decodePiece(line: string, start: number, end: number, codepage: Codepage, level: number): Piece | undefined {
  const { byteOf } = codepage;
  if (!isValidUtf8(line, start, end, byteOf)) return undefined;
  const marker = markerTable();
  let text = '';
  const sources: number[] = [];
  let marked = false;
  let basic = 0;
  let letter = false;
  let control = false;
  for (let k = start; k < end; ) {
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
    // A C1 control is what windows-1252 leaves of some bytes: only text that decodes once more may hold it.
    if (codePoint >= 0x80 && codePoint <= 0x9f) control = true;
    else if (!isPlausible(codePoint)) return undefined;
    // A letter counts when its mojibake is not a letter and punctuation Arabic writes after letters (ط، is ء).
    letter ||= codePoint >= 0x0621 && codePoint <= 0x064a && !isWeakContinuation(line.charCodeAt(k + 1));
    if (lead === 0xd8 || lead === 0xd9) basic++;
    // U+0600–06FF: the lead is ط ظ ع غ or Ø Ù Ú Û, and a marker may show in the pair.
    if (lead >= 0xd8 && lead <= 0xdb) marked ||= marker[line.charCodeAt(k)] === 1 || marker[line.charCodeAt(k + 1)] === 1;
    const written = String.fromCodePoint(codePoint);
    text += written;
    for (let j = 0; j < written.length; j++) sources.push(k);
    k += length;
  }
  // Text that is itself mojibake with its own evidence went through the mistake twice: that is evidence too.
  const twice = (): boolean => level + 1 < MAX_LEVELS && findMojibake(text, level + 1).length > 0;
  const status = marked || basic >= 2 || twice() ? Status.SelfSufficient : Status.Dependent;
  if (!control) return { codepage: codepage.name, start, end, status, letter, text, sources };
  // A C1 control: the text was misread twice through windows-1252, and only the next level, judged on its own, may decode it.
  const inner = level + 1 < MAX_LEVELS ? applyMojibake(text, level + 1) : undefined;
  if (!inner || hasControl(inner.text)) return undefined;
  return { codepage: codepage.name, start, end, status: Status.SelfSufficient, letter, text: inner.text, sources: Array.from(inner.sources, (k) => sources[k]!) };
}

/** Valid pieces of `line` under one code page. */
function piecesOf(line: string, codepage: Codepage, level: number, into: Piece[]): void {
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
    const piece = decodePiece(line, start, k, codepage, level);
    if (piece) into.push(piece);
  }
}

/** Valid pieces of `line` under both code pages (windows-1256's first). */
function validPieces(line: string, level: number): Piece[] {
  const found: Piece[] = [];
  for (const codepage of mojibakeCodepages()) piecesOf(line, codepage, level, found);
  return found;
}

/**
 * Whether the line is white space apart from pieces that decode to white
 * space or invisible marks: no Arabic line looks like that.
 */
function isBlankLine(line: string, pieces: readonly Piece[]): boolean {
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

/**
 * Ends of the *clean words* of a line, in order: runs of characters other
 * than ASCII that hold an Arabic letter and no unit of a valid piece, ended
 * by an ASCII character (a run the line's end cuts short does not count).
 * Text misread as a code page has none (every run of it is a valid piece, or
 * holds no Arabic letter), so a clean word marks where the line is not
 * mojibake: the pieces on either side are judged apart.
 */
function cleanWordEnds(line: string, pieces: readonly Piece[]): number[] {
  const covered = new Uint8Array(line.length);
  for (const piece of pieces) covered.fill(1, piece.start, piece.end);
  const ends: number[] = [];
  let k = 0;
  while (k < line.length) {
    if (line.charCodeAt(k) < 0x80) {
      k++;
      continue;
    }
    let clean = true;
    let letter = false;
    for (; k < line.length && line.charCodeAt(k) >= 0x80; k++) {
      const unit = line.charCodeAt(k);
      if (covered[k] === 1) clean = false;
      else if (unit >= 0x0621 && unit <= 0x064a) letter = true;
    }
    if (clean && letter && k < line.length) ends.push(k);
  }
  return ends;
}

/**
 * Whether repair could decode something in `text` (a stretch of a line that
 * ends at an ASCII character) differently depending on what follows it: a
 * valid, plausible piece of either code page after its last clean word. A
 * stretch without one is never changed by what follows, and changes nothing
 * about it (but for the blank-line rule, which any character outside a
 * valid piece other than a space or tab settles).
 */
export function hasOpenMojibakeCandidates(text: string): boolean {
  const found = validPieces(text, 0);
  if (found.length === 0) return false;
  const ends = cleanWordEnds(text, found);
  const lastEnd = ends.length > 0 ? ends[ends.length - 1]! : -1;
  return found.some((piece) => piece.start >= lastEnd);
}

/** A repaired piece of a line: `[start, end)` in the line and what replaces it. */
export type MojibakeEdit = Readonly<Pick<Piece, 'codepage' | 'start' | 'end' | 'text' | 'sources'>>;

/**
 * The pieces of one line to decode, in line order, or an empty list. The
 * evidence that makes a dependent piece decoded (a self-sufficient piece, a
 * second one-letter piece, the code page most pieces use) is gathered within
 * a *segment*: the stretch of the line between two clean words.
 */
export function findMojibake(line: string, level = 0): MojibakeEdit[] {
  const found = validPieces(line, level);
  if (found.length === 0) return [];
  const blank = isBlankLine(line, found);
  const ends = cleanWordEnds(line, found);
  // Each piece's segment (how many clean words end before it), taking the pieces in line order.
  const segmentOf = new Map<Piece, number>();
  const segments: Array<{ selfSufficient: number; latin: number; letters: number }> = [];
  let segment = 0;
  for (const piece of [...found].sort((a, b) => a.start - b.start)) {
    while (segment < ends.length && ends[segment]! <= piece.start) segment++;
    segmentOf.set(piece, segment);
    const stats = (segments[segment] ??= { selfSufficient: 0, latin: 0, letters: 0 });
    if (piece.status === Status.SelfSufficient) {
      stats.selfSufficient++;
      if (piece.codepage === 'latin-1') stats.latin++;
    }
    if (piece.letter) stats.letters++;
  }
  const decodes = (piece: Piece): boolean => {
    const stats = segments[segmentOf.get(piece)!]!;
    return blank || stats.selfSufficient > 0 || stats.letters >= 2;
  };
  const preferred = (piece: Piece): boolean => {
    const stats = segments[segmentOf.get(piece)!]!;
    return piece.codepage === (stats.latin * 2 > stats.selfSufficient ? 'latin-1' : 'windows-1256');
  };
  const candidates = found.filter(decodes);
  candidates.sort(
    (a, b) => b.status - a.status || b.end - b.start - (a.end - a.start) || Number(preferred(b)) - Number(preferred(a)),
  );
  // Pieces of one code page never overlap, so each unit is checked and marked at most twice.
  const taken = new Uint8Array(line.length);
  const chosen: Piece[] = [];
  for (const piece of candidates) {
    if (taken.subarray(piece.start, piece.end).includes(1)) continue;
    taken.fill(1, piece.start, piece.end);
    chosen.push(piece);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** `line` with one level of mojibake decoded and the source offset of every unit, or undefined when nothing changes. */
function applyMojibake(line: string, level: number): { text: string; sources: Uint32Array; edits: MojibakeEdit[] } | undefined {
  const edits = findMojibake(line, level);
  if (edits.length === 0) return undefined;
  let text = '';
  // Decoding never lengthens a line: a typed array of its length holds the map.
  const sources = new Uint32Array(line.length);
  let o = 0;
  let at = 0;
  for (const edit of edits) {
    text += line.slice(at, edit.start) + edit.text;
    for (let k = at; k < edit.start; k++) sources[o++] = k;
    for (const source of edit.sources) sources[o++] = source;
    at = edit.end;
  }
  text += line.slice(at);
  for (let k = at; k < line.length; k++) sources[o++] = k;
  return { text, sources: sources.subarray(0, o), edits };
}

/** A stretch of a line that mojibake repair replaced, and the code page of its first level. */
export interface MojibakeRange {
  /** Code page the stretch was first read back through. */
  readonly codepage: Codepage['name'];
  /** Line offset of the stretch. */
  readonly start: number;
  /** Line offset just past it. */
  readonly end: number;
}

/**
 * Decodes the mojibake of one line, again and again (four levels at most)
 * while the result still holds some: text that went through the same
 * mistake twice comes back in two rounds, each judged with the whole line.
 * Returns the text, the line offset behind each of its units, and the
 * repaired stretches of the line in order; undefined when nothing changes.
 */
export function repairMojibake(line: string): { text: string; sources: Uint32Array; ranges: MojibakeRange[] } | undefined {
  let text = line;
  let sources: Uint32Array | undefined;
  let ranges: MojibakeRange[] = [];
  for (let level = 0; level < MAX_LEVELS; level++) {
    const round = applyMojibake(text, level);
    if (!round) break;
    const before = sources;
    const lineOffset = (k: number): number => (k >= text.length ? line.length : before ? before[k]! : k);
    const found = round.edits.map((edit) => ({ codepage: edit.codepage, start: lineOffset(edit.start), end: lineOffset(edit.end) }));
    ranges = mergeRanges(ranges, found);
    sources = before ? round.sources.map((k) => before[k]!) : round.sources;
    text = round.text;
  }
  return sources ? { text, sources, ranges } : undefined;
}

/** The union of two sorted lists of disjoint ranges; a range keeps the code page of the earliest one it absorbs. */
function mergeRanges(earlier: readonly MojibakeRange[], later: readonly MojibakeRange[]): MojibakeRange[] {
  const all = [...earlier, ...later].sort((a, b) => a.start - b.start);
  const merged: MojibakeRange[] = [];
  for (const range of all) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}
