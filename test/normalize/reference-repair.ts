/**
 * A slow, obvious implementation of text repair (HTML references and
 * mojibake) for the property tests: code pages from the runtime's own
 * `TextDecoder`, UTF-8 validity from `TextDecoder('utf-8', { fatal: true })`,
 * plausibility from `\p{…}` regular expressions, one line at a time.
 */
import { NAMED_ENTITIES } from '../../src/repair/entities';

/** windows-1252's 0x80–0x9F (Node's 'windows-1252' decoder gives Latin-1 there, so it is written out). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function highHalf(decode: (byte: number) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (let byte = 0x80; byte < 0x100; byte++) map.set(decode(byte), byte);
  return map;
}

const windows1256 = new TextDecoder('windows-1256');
const CODEPAGES: ReadonlyArray<{ name: string; bytes: Map<string, number> }> = [
  { name: 'windows-1256', bytes: highHalf((byte) => windows1256.decode(Uint8Array.of(byte))) },
  {
    name: 'latin-1',
    bytes: (() => {
      const map = highHalf((byte) => String.fromCharCode(byte));
      for (let k = 0; k < 32; k++) map.set(WINDOWS_1252[k]!, 0x80 + k);
      return map;
    })(),
  },
];

/** Windows-1256 bytes 0x80–0xBF that never follow a letter in Arabic text, and Ø Ù Ú Û. */
const MARKERS = /[€‚ƒ„†‡ˆ‰‹Œ•™›œ¢£¤¥¦§¨©¬®¯°±²³´µ¶·¸¹¼½¾ØÙÚÛ]/;
const PLAUSIBLE = /^[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u2000-\u2027\u202a-\u206f\u20ac\u2122\u{10ec0}-\u{10eff}]$/u;
const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Piece {
  start: number;
  end: number;
  text: string;
  selfSufficient: boolean;
  letter: boolean;
  codepage: number;
}

function decodePieces(line: string, codepage: number, level: number): Piece[] {
  const { bytes } = CODEPAGES[codepage]!;
  const pieces: Piece[] = [];
  const units = line.split('');
  let k = 0;
  while (k < units.length) {
    if (!bytes.has(units[k]!)) {
      k++;
      continue;
    }
    const start = k;
    while (k < units.length && bytes.has(units[k]!)) k++;
    let text: string;
    try {
      text = utf8.decode(Uint8Array.from(units.slice(start, k), (unit) => bytes.get(unit)!));
    } catch {
      continue;
    }
    const chars = Array.from(text);
    if (/[\u0080-\u009f]/.test(text)) {
      // Misread twice through windows-1252: only the next level, judged on its own, may decode it.
      const inner = level + 1 < 4 ? repairLevel(text, level + 1) : text;
      if (inner === text || /[\u0080-\u009f]/.test(inner)) continue;
      pieces.push({ start, end: k, text: inner, selfSufficient: true, letter: false, codepage });
      continue;
    }
    if (!chars.every((ch) => PLAUSIBLE.test(ch) && !/\p{Cn}/u.test(ch))) continue;
    // Characters of U+0600–06FF are the two-byte sequences with lead byte 0xD8–0xDB; 0xD8–0xD9 give U+0600–067F.
    const leads: number[] = [];
    for (let j = start; j < k; j++) if (bytes.get(units[j]!)! >= 0xd8 && bytes.get(units[j]!)! <= 0xdb) leads.push(j);
    const basic = leads.filter((j) => bytes.get(units[j]!)! <= 0xd9).length;
    const marked = leads.some((j) => MARKERS.test(units[j]! + units[j + 1]!));
    const selfSufficient = marked || basic >= 2 || (level + 1 < 4 && repairLevel(text, level + 1) !== text);
    // A letter counts unless its second character is punctuation Arabic writes after letters (ط، is ء).
    const letter = leads.some((j) => {
      const ch = String.fromCharCode(((bytes.get(units[j]!)! & 0x1f) << 6) | (bytes.get(units[j + 1]!)! & 0x3f));
      return ch >= '\u0621' && ch <= '\u064a' && !'،؛؟«»“”‘’–—\u00a0\u00ad\u200c\u200d'.includes(units[j + 1]!);
    });
    pieces.push({ start, end: k, text, selfSufficient, letter, codepage });
  }
  return pieces;
}

const BLANK = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]*$/u;

/** One level: the pieces of the line that pass, decoded. */
function repairLevel(line: string, level: number): string {
  const pieces = [...decodePieces(line, 0, level), ...decodePieces(line, 1, level)];
  const covered = new Set(pieces.flatMap((piece) => Array.from({ length: piece.end - piece.start }, (_, j) => piece.start + j)));
  const blankLine =
    pieces.length > 0 &&
    pieces.every((piece) => BLANK.test(piece.text)) &&
    line.split('').every((unit, j) => covered.has(j) || unit === ' ' || unit === '\t');
  // Clean words (runs of non-ASCII units ended by an ASCII one, with an Arabic letter and no unit
  // of a valid piece) split the line into segments; the evidence for a piece comes from its own.
  const cleanWordEnds = [...line.matchAll(/[^\x00-\x7f]+(?=[\x00-\x7f])/gu)]
    .filter((run) => /[\u0621-\u064a]/u.test(run[0]) && Array.from(run[0], (_, j) => run.index + j).every((j) => !covered.has(j)))
    .map((run) => run.index + run[0].length);
  const segmentOf = (piece: Piece): number => cleanWordEnds.filter((end) => end <= piece.start).length;
  const inSegment = (piece: Piece): Piece[] => pieces.filter((other) => segmentOf(other) === segmentOf(piece));
  const decodes = (piece: Piece): boolean => {
    const segment = inSegment(piece);
    return segment.some((other) => other.selfSufficient) || segment.filter((other) => other.letter).length >= 2 || blankLine;
  };
  const preferred = (piece: Piece): number => {
    const selfSufficient = inSegment(piece).filter((other) => other.selfSufficient);
    return selfSufficient.filter((other) => other.codepage === 1).length * 2 > selfSufficient.length ? 1 : 0;
  };
  const ranked = pieces.filter(decodes).sort(
    (a, b) =>
      Number(b.selfSufficient) - Number(a.selfSufficient) ||
      b.end - b.start - (a.end - a.start) ||
      Number(b.codepage === preferred(b)) - Number(a.codepage === preferred(a)) ||
      a.codepage - b.codepage ||
      a.start - b.start,
  );
  const taken: typeof pieces = [];
  const chosen: Piece[] = [];
  for (const piece of ranked) {
    if (!taken.every((other) => piece.end <= other.start || other.end <= piece.start)) continue;
    taken.push(piece);
    chosen.push(piece);
  }
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const piece of chosen) {
    out += line.slice(at, piece.start) + piece.text;
    at = piece.end;
  }
  return out + line.slice(at);
}

/** Every level, while the line still changes (four at most). */
function repairMojibake(line: string): string {
  let current = line;
  for (let level = 0; level < 4; level++) {
    const next = repairLevel(current, level);
    if (next === current) break;
    current = next;
  }
  return current;
}

const C1_AS_1252 = WINDOWS_1252;

function entityValue(body: string): number | undefined {
  let value: number | undefined;
  const numeric = /^#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}))$/.exec(body);
  if (numeric) {
    value = numeric[1] !== undefined ? Number(numeric[1]) : parseInt(numeric[2]!, 16);
    if (value >= 0x80 && value <= 0x9f) {
      const mapped = C1_AS_1252[value - 0x80]!;
      value = /[\u0080-\u009f]/.test(mapped) ? undefined : mapped.charCodeAt(0);
    }
  } else if (/^[A-Za-z0-9]{1,9}$/.test(body)) value = NAMED_ENTITIES.get(body);
  if (value === undefined || value === 0x26) return value;
  const forbidden =
    value < 0x20 || (value >= 0x7f && value <= 0x9f) || /[A-Za-z0-9#;]/.test(String.fromCharCode(value)) ||
    (value >= 0xd800 && value <= 0xdfff) || value === 0x2028 || value === 0x2029 || value > 0x10ffff ||
    (value >= 0xfdd0 && value <= 0xfdef) || (value & 0xfffe) === 0xfffe;
  return forbidden ? undefined : value;
}

function decodeEntities(line: string): string {
  let out = '';
  let k = 0;
  while (k < line.length) {
    if (line[k] !== '&') {
      out += line[k++];
      continue;
    }
    // Read `&body;`, following `&amp;` into the reference after it.
    let end = k + 1;
    let value: number | undefined;
    for (;;) {
      const semicolon = line.indexOf(';', end);
      if (semicolon < 0 || semicolon - end > 11) break;
      const next = entityValue(line.slice(end, semicolon));
      if (next === undefined) break;
      value = next;
      end = semicolon + 1;
      if (next !== 0x26) break;
    }
    if (value === undefined) {
      out += line[k++];
      continue;
    }
    out += String.fromCodePoint(value);
    k = end;
  }
  return out;
}

/** Repair's line breaks: not NEL, which Latin-1 mojibake holds as byte 0x85 (م reads Ù + U+0085). */
const LINE_BREAK = /(\r\n|[\n\u000b\u000c\r\u2028\u2029])/;

/** The reference repair of a text: references, then mojibake, line by line. */
export function referenceRepair(text: string, entities: boolean, mojibake: boolean): string {
  return text
    .split(LINE_BREAK)
    .map((part, k) => {
      if (k % 2 === 1) return part;
      const decoded = entities ? decodeEntities(part) : part;
      return mojibake ? repairMojibake(decoded) : decoded;
    })
    .join('');
}
