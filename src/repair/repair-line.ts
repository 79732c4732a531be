/**
 * Repair of one line: HTML references first, then mojibake in what they
 * leave (so `&#216;&#167;` is read like `Ø§`), with the line offset behind
 * every output unit and a list of what was repaired.
 */
import { readEntity } from './entities';
import { hasOpenMojibakeCandidates, repairMojibake } from './mojibake';
import type { TextRepair } from './types';

/** A repaired line. */
export interface RepairedLine {
  /** The repaired text. */
  readonly text: string;
  /** For each unit of `text`, the offset in the line of the character that produced it. */
  readonly sources: Uint32Array;
  /** What was repaired, with line-relative ranges, in order and not overlapping. */
  readonly repairs: readonly TextRepair[];
}

interface Stage {
  text: string;
  sources: Uint32Array;
  repairs: TextRepair[];
}

function decodeEntities(line: string): Stage | undefined {
  let text = '';
  // Made at the first reference, which is longer than the one or two units it stands for: the map never outgrows the line.
  let sources: Uint32Array | undefined;
  let o = 0;
  const repairs: TextRepair[] = [];
  let copied = 0;
  for (let at = line.indexOf('&'); at >= 0; ) {
    const match = readEntity(line, at);
    if (!match) {
      at = line.indexOf('&', at + 1);
      continue;
    }
    sources ??= new Uint32Array(line.length);
    const replacement = String.fromCodePoint(match.codePoint);
    text += line.slice(copied, at) + replacement;
    for (let k = copied; k < at; k++) sources[o++] = k;
    for (let k = 0; k < replacement.length; k++) sources[o++] = at;
    repairs.push({ kind: 'html-entity', start: at, end: match.end, replacement });
    copied = match.end;
    at = line.indexOf('&', copied);
  }
  if (!sources) return undefined;
  text += line.slice(copied);
  for (let k = copied; k < line.length; k++) sources[o++] = k;
  return { text, sources: sources.subarray(0, o), repairs };
}

/** Repairs one line (no line breaks inside); undefined when nothing changes. */
export function repairLine(line: string, entities: boolean, mojibake: boolean): RepairedLine | undefined {
  const first = entities ? decodeEntities(line) : undefined;
  const middle = first?.text ?? line;
  const decoded = mojibake ? repairMojibake(middle) : undefined;
  if (!decoded) return first;

  // The line offset behind a unit of the middle text (no map is built when references changed nothing).
  const back = first?.sources;
  const lineOffset = (k: number): number => (k >= middle.length ? line.length : back ? back[k]! : k);
  const { text } = decoded;
  const sources = back ? decoded.sources.map((k) => back[k]!) : decoded.sources;
  const mojibakeRepairs: TextRepair[] = [];
  let o = 0;
  for (const range of decoded.ranges) {
    // The output units that came from the range: the sources are in order, so one sweep finds them all.
    while (o < text.length && decoded.sources[o]! < range.start) o++;
    const from = o;
    while (o < text.length && decoded.sources[o]! < range.end) o++;
    const kind = range.codepage === 'windows-1256' ? 'mojibake-windows-1256' : 'mojibake-latin-1';
    mojibakeRepairs.push({ kind, start: lineOffset(range.start), end: lineOffset(range.end), replacement: text.slice(from, o) });
  }

  // A reference inside a decoded piece is part of that piece's repair.
  const repairs: TextRepair[] = [];
  let m = 0;
  for (const repair of first?.repairs ?? []) {
    while (m < mojibakeRepairs.length && mojibakeRepairs[m]!.end <= repair.start) repairs.push(mojibakeRepairs[m++]!);
    const inside = m < mojibakeRepairs.length && mojibakeRepairs[m]!.start <= repair.start;
    if (!inside) repairs.push(repair);
  }
  while (m < mojibakeRepairs.length) repairs.push(mojibakeRepairs[m++]!);
  return { text, sources, repairs };
}

/**
 * Whether repairing a line of which `text` is a stretch (cut at an ASCII
 * character) could treat the stretch differently depending on what follows:
 * references are decoded where they stand, but whether a piece of mojibake is
 * decoded depends on the other pieces of its segment of the line, and the
 * stretch's last segment is still open.
 */
export function stretchMayDependOnLine(text: string, entities: boolean): boolean {
  return hasOpenMojibakeCandidates((entities ? decodeEntities(text) : undefined)?.text ?? text);
}
