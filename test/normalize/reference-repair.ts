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
const PLAUSIBLE = /^[\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u2000-\u2027\u202a-\u206f\u20ac\u2122\u{10ec0}-\u{10eff}]$/u;
const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Piece {
  start: number;
  end: number;
  text: string;
  selfSufficient: boolean;
  letter: boolean;
  codepage: number;
}

function decodePieces(line: string, codepage: number): Piece[] {
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
    if (!chars.every((ch) => PLAUSIBLE.test(ch) && !/\p{Cn}/u.test(ch))) continue;
    // Characters of U+0600–06FF are the two-byte sequences with lead byte 0xD8–0xDB.
    const leads: number[] = [];
    for (let j = start; j < k; j++) if (bytes.get(units[j]!)! >= 0xd8 && bytes.get(units[j]!)! <= 0xdb) leads.push(j);
    const marked = leads.some((j) => MARKERS.test(units[j]! + units[j + 1]!));
    const selfSufficient = marked || leads.length >= 2;
    const letter = chars.some((ch) => ch >= '\u0621' && ch <= '\u064a');
    pieces.push({ start, end: k, text, selfSufficient, letter, codepage });
  }
  return pieces;
}

function repairMojibake(line: string, level: number): string {
  const pieces = [...decodePieces(line, 0), ...decodePieces(line, 1)];
  const covered = new Set(pieces.flatMap((piece) => Array.from({ length: piece.end - piece.start }, (_, j) => piece.start + j)));
  const blankLine =
    pieces.length > 0 &&
    pieces.every((piece) => /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]*$/u.test(piece.text)) &&
    line.split('').every((unit, j) => covered.has(j) || unit === ' ' || unit === '\t');
  const context = pieces.some((piece) => piece.selfSufficient) || pieces.filter((piece) => piece.letter).length >= 2 || blankLine;
  if (!context) return line;
  const ranked = [...pieces].sort(
    (a, b) =>
      Number(b.selfSufficient) - Number(a.selfSufficient) || b.end - b.start - (a.end - a.start) || a.codepage - b.codepage || a.start - b.start,
  );
  const chosen: Piece[] = [];
  for (const piece of ranked) {
    if (chosen.every((other) => piece.end <= other.start || other.end <= piece.start)) chosen.push(piece);
  }
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const piece of chosen) {
    out += line.slice(at, piece.start) + (level + 1 < 4 ? repairMojibake(piece.text, level + 1) : piece.text);
    at = piece.end;
  }
  return out + line.slice(at);
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

const LINE_BREAK = /(\r\n|[\n\u000b\u000c\r\u0085\u2028\u2029])/;

/** The reference repair of a text: references, then mojibake, line by line. */
export function referenceRepair(text: string, entities: boolean, mojibake: boolean): string {
  return text
    .split(LINE_BREAK)
    .map((part, k) => {
      if (k % 2 === 1) return part;
      const decoded = entities ? decodeEntities(part) : part;
      return mojibake ? repairMojibake(decoded, 0) : decoded;
    })
    .join('');
}
