/**
 * Finding the lines that may need repair without walking every character in
 * JavaScript: native regular-expression scans for the places repair starts
 * from, then a look at their neighbours.
 *
 * - `&` followed by `#` or an ASCII letter: maybe an HTML reference.
 * - ط ظ ع غ (the windows-1256 spelling of UTF-8's lead bytes for U+0600–06FF)
 *   followed by a continuation character that is a marker; or two pairs of
 *   ط or ظ and any continuation character on one line.
 * - Ø Ù Ú Û ï Â Ã followed by a Latin-1 continuation character.
 * - آ followed by NBSP: a no-break space (alone on its line, it is repaired).
 *
 * Mojibake is only decoded on a line with a self-sufficient piece, and such a
 * piece always holds one of these, so lines without a trigger never change.
 * With a set of *transparent* units (what the normaliser removes anyway), the
 * same scan also says whether the normaliser's removals could bring the two
 * halves of a trigger together.
 */
import { LINE_BREAK_CHARACTERS } from '../unicode/arabic';
import { characterClass, unitEscape } from '../unicode/contains-unit';

/**
 * The line breaks repair splits at: the normaliser's, but NEL. In text read
 * as Latin-1, U+0085 is byte 0x85, the second byte of م (D9 85 reads `Ù` +
 * U+0085), not a line break.
 */
export const REPAIR_LINE_BREAKS: readonly number[] = LINE_BREAK_CHARACTERS.filter((unit) => unit !== 0x0085);
import {
  LATIN_1_ARABIC_LEADS,
  WINDOWS_1256_ARABIC_LEADS,
  WINDOWS_1256_HIGH,
  WINDOWS_1256_MARKERS,
  mojibakeCodepages,
} from './codepages';
import { mayStartEntityBody } from './entities';

/** What to look for. */
export interface TriggerOptions {
  /** HTML references. */
  readonly entities: boolean;
  /** Mojibake. */
  readonly mojibake: boolean;
  /** Units a later step removes (looked through when checking neighbours), or undefined. */
  readonly transparent?: TransparentUnits;
}

/** Units to look through, as a table and as the scanners built from it. */
export interface TransparentUnits {
  /** 1 for each transparent UTF-16 unit. */
  readonly table: Uint8Array;
  /** The scanners for these units (see {@link createTransparentUnits}). */
  readonly scanners: Scanners;
}

/**
 * The native scans for the places repair starts from: each with the length of
 * its matches, and `any`, their alternation, which tells in one scan whether
 * a text has a place at all.
 */
interface Scanners {
  readonly each: ReadonlyArray<readonly [RegExp, number]>;
  readonly any: RegExp;
}

/** Lines that need a repair pass, and whether a trigger may appear once transparent units are gone. */
export interface TriggerScan {
  /** `[start, end)` of each line with a trigger, in order; `end` is the line break's offset or the text length. */
  readonly lines: ReadonlyArray<readonly [number, number]>;
  /** A trigger exists, with or without transparent units between its parts. */
  readonly suspicious: boolean;
}

const Kind = { Lead: 1, Entity: 2, LatinLead: 3, SpaceLead: 4 } as const;
// Presentation forms of ط ظ ع غ: once the normaliser turns them into letters they are lead bytes too.
const FORM_LEADS_FIRST = 0xfec1;
const FORM_LEADS_LAST = 0xfed0;

interface Tables {
  kind: Uint8Array;
  continuation: Uint8Array;
  marker: Uint8Array;
  latinContinuation: Uint8Array;
  lineBreak: Uint8Array;
}

let tables: Tables | undefined;
let plainScanners: Scanners | undefined;
const ENTITY_SCANNERS: Scanners = { each: [[/&/g, 1]], any: /&/ };

function buildTables(): Tables {
  const kind = new Uint8Array(0x10000);
  for (const unit of WINDOWS_1256_ARABIC_LEADS) kind[unit] = Kind.Lead;
  kind[0x26] = Kind.Entity;
  // ï leads U+F000–FFFF (presentation forms); Â and Ã lead U+0080–00FF (mojibake of mojibake, NBSP).
  for (const unit of [...LATIN_1_ARABIC_LEADS, 0x00ef, 0x00c2, 0x00c3]) kind[unit] = Kind.LatinLead;
  kind[0x0622] = Kind.SpaceLead; // آ, windows-1256 for 0xC2: with NBSP after it, a no-break space
  const continuation = new Uint8Array(0x10000);
  for (const unit of WINDOWS_1256_HIGH.slice(0, 0x40)) continuation[unit] = 1;
  const marker = new Uint8Array(0x10000);
  for (const unit of WINDOWS_1256_MARKERS) marker[unit] = 1;
  const latin = mojibakeCodepages()[1]!;
  const latinContinuation = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const byte = latin.byteOf[unit]! - 1;
    if (byte >= 0x80 && byte <= 0xbf) latinContinuation[unit] = 1;
  }
  const lineBreak = new Uint8Array(0x10000);
  for (const unit of REPAIR_LINE_BREAKS) lineBreak[unit] = 1;
  return { kind, continuation, marker, latinContinuation, lineBreak };
}

/**
 * The scanners: a lead (ط ظ ع غ) followed by a continuation character or a
 * transparent unit; one of Ø Ù Ú Û ï Â Ã or a presentation form of a lead;
 * `&`; آ before a no-break space. Every match is at most two units long, so
 * the engine scans natively and never backtracks; the units a trigger looks
 * through are walked in JavaScript. To find every place, four simple scans
 * are faster than one alternation of them: each keeps the engine's quick
 * first-character filter. To tell whether there is one at all, as on most
 * lines there is not, one scan of the alternation is faster than four.
 * (Markers, as a class of their own, would cost the scan its fast path: they
 * are checked after a lead.)
 */
function scannersFor(transparent: string): Scanners {
  const t = (tables ??= buildTables());
  const forms = `${unitEscape(FORM_LEADS_FIRST)}-${unitEscape(FORM_LEADS_LAST)}`;
  const each: Array<readonly [RegExp, number]> = [
    [new RegExp(`[\\u0637-\\u063a][${characterClass(t.continuation)}${transparent}]`, 'g'), 2],
    [new RegExp(`[\\u00c2\\u00c3\\u00d8-\\u00db\\u00ef${forms}]`, 'g'), 1],
    [/&/g, 1],
    [/\u0622\u00a0/g, 2],
  ];
  return { each, any: new RegExp(each.map(([scanner]) => scanner.source).join('|')) };
}

/**
 * The matches of several scanners in text order, as one stream. Their first
 * characters are disjoint, and a match's second unit never starts another:
 * the stream is what one alternation of them would find.
 */
class Matches {
  private readonly next: number[];
  private readonly text: string;

  constructor(
    private readonly scanners: ReadonlyArray<readonly [RegExp, number]>,
    text: string,
  ) {
    this.text = text;
    this.next = scanners.map((_, k) => this.find(k, 0));
  }

  private find(k: number, from: number): number {
    const [scanner, length] = this.scanners[k]!;
    scanner.lastIndex = from;
    return scanner.test(this.text) ? scanner.lastIndex - length : -1;
  }

  /** The offset of the next match, or -1; the matches after it are looked for from its end. */
  take(): number {
    let best = -1;
    let which = -1;
    for (let k = 0; k < this.next.length; k++) {
      const at = this.next[k]!;
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        which = k;
      }
    }
    if (best >= 0) this.skipTo(best + this.scanners[which]![1]);
    return best;
  }

  /** Drops the matches that start before `from`. */
  skipTo(from: number): void {
    for (let k = 0; k < this.next.length; k++) {
      const at = this.next[k]!;
      if (at >= 0 && at < from) this.next[k] = this.find(k, from);
    }
  }
}

/**
 * Every unit a trigger can start with, whatever follows it: `&` for
 * references; ط ظ ع غ, their presentation forms, Ø Ù Ú Û ï Â Ã and آ for
 * mojibake. A text holding none of them has nothing for the repair pass, and
 * its removals cannot make a trigger either (both halves of a trigger are in
 * the text), so one native scan for them decides whether the pass can be
 * skipped.
 */
export function repairTriggerUnits(options: Pick<TriggerOptions, 'entities' | 'mojibake'>): number[] {
  const units: number[] = [];
  if (options.entities) units.push(0x26);
  if (options.mojibake) {
    units.push(...WINDOWS_1256_ARABIC_LEADS, ...LATIN_1_ARABIC_LEADS, 0x00ef, 0x00c2, 0x00c3, 0x0622);
    for (let unit = FORM_LEADS_FIRST; unit <= FORM_LEADS_LAST; unit++) units.push(unit);
  }
  return units;
}

/** Builds the transparent units for a table of them (1 = transparent; a lead must not be transparent). */
export function createTransparentUnits(table: Uint8Array): TransparentUnits {
  return { table, scanners: scannersFor(characterClass(table)) };
}

/** ط ظ ع غ, and their presentation forms when looking through transparent units (the normaliser turns them into letters). */
function isLead(unit: number, extended: boolean, t: Tables): boolean {
  return t.kind[unit] === Kind.Lead || (extended && unit >= FORM_LEADS_FIRST && unit <= FORM_LEADS_LAST);
}

/** ط ظ, the leads of U+0600–067F, and their presentation forms when looking through. */
function isBasicLead(unit: number, extended: boolean): boolean {
  return unit === 0x0637 || unit === 0x0638 || (extended && unit >= FORM_LEADS_FIRST && unit <= FORM_LEADS_FIRST + 7);
}

/**
 * The first unit from `at` on that `wanted` accepts, or that is not
 * transparent; -1 at a line end. A transparent unit the normaliser may keep
 * (a joiner) can be the wanted unit itself, so it is asked about before it
 * is looked through.
 */
function unitFrom(text: string, at: number, skip: Uint8Array | undefined, lineBreak: Uint8Array, wanted?: Uint8Array): number {
  for (let k = at; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (lineBreak[unit] === 1) return -1;
    if (!skip || skip[unit] !== 1 || (wanted && wanted[unit] === 1)) return k;
  }
  return -1;
}

/** Whether the match at `at` is a trigger, looking through `skip`. */
function fires(text: string, at: number, options: TriggerOptions, skip: Uint8Array | undefined, t: Tables): boolean {
  const unit = text.charCodeAt(at);
  switch (t.kind[unit]) {
    case Kind.Entity: {
      const next = unitFrom(text, at + 1, skip, t.lineBreak);
      return options.entities && next >= 0 && mayStartEntityBody(text.charCodeAt(next));
    }
    case Kind.LatinLead: {
      const next = unitFrom(text, at + 1, skip, t.lineBreak, t.latinContinuation);
      return options.mojibake && next >= 0 && t.latinContinuation[text.charCodeAt(next)] === 1;
    }
    case Kind.SpaceLead:
      return options.mojibake;
    default:
      return markerPairAt(text, at, options, skip, t);
  }
}

const Pair = { None: 0, Plain: 1, Marker: 2 } as const;

/** Whether a lead (ط ظ ع غ, or a presentation form of one when looking through) and a marker start at `at`. */
function markerPairAt(text: string, at: number, options: TriggerOptions, skip: Uint8Array | undefined, t: Tables): boolean {
  if (!options.mojibake || !isLead(text.charCodeAt(at), skip !== undefined, t)) return false;
  const second = unitFrom(text, at + 1, skip, t.lineBreak, t.marker);
  return second >= 0 && t.marker[text.charCodeAt(second)] === 1;
}

/** Whether ط or ظ (or a presentation form of one when looking through) and a continuation start at `at`. */
function pairAt(text: string, at: number, options: TriggerOptions, skip: Uint8Array | undefined, t: Tables): number {
  if (!options.mojibake || !isBasicLead(text.charCodeAt(at), skip !== undefined)) return Pair.None;
  const second = unitFrom(text, at + 1, skip, t.lineBreak, t.continuation);
  if (second < 0 || t.continuation[text.charCodeAt(second)] !== 1) return Pair.None;
  return t.marker[text.charCodeAt(second)] === 1 ? Pair.Marker : Pair.Plain;
}

/** The first line break at or after a position, found by a native scan and remembered while it stays ahead. */
let lineBreakScanner: RegExp | undefined;

class NextLineBreak {
  // One compiled scanner for every instance: each sets lastIndex before it scans.
  private readonly scanner = (lineBreakScanner ??= new RegExp(`[${REPAIR_LINE_BREAKS.map(unitEscape).join('')}]`, 'g'));
  private from = 0;
  private at = -1;

  constructor(private readonly text: string) {}

  /** Offset of the first line break at or after `from` (the text length when there is none); `from` never decreases. */
  after(from: number): number {
    if (from < this.from || from > this.at) {
      this.scanner.lastIndex = from;
      this.at = this.scanner.test(this.text) ? this.scanner.lastIndex - 1 : this.text.length;
    }
    this.from = from;
    return this.at;
  }
}

/** What a text without a place repair starts from scans to (shared: nobody writes to it). */
const NO_TRIGGER: TriggerScan = Object.freeze({ lines: Object.freeze([]), suspicious: false });

/** Finds the lines with a trigger. Linear: each line is bounded once, each transparent run walked a bounded number of times. */
export function scanTriggers(text: string, options: TriggerOptions): TriggerScan {
  const t = (tables ??= buildTables());
  // Without mojibake repair only references are looked for: one scan for `&`.
  const scanners = options.mojibake ? (options.transparent?.scanners ?? (plainScanners ??= scannersFor(''))) : ENTITY_SCANNERS;
  if (!scanners.any.test(text)) return NO_TRIGGER;
  const matches = new Matches(scanners.each, text);
  const skip = options.transparent?.table;
  const lines: Array<readonly [number, number]> = [];
  let suspicious = false;
  // The last lead-and-continuation pair without a marker, raw and looking through: a second one on its line fires.
  let rawPair = -1;
  let skipPair = -1;
  const rawBreaks = new NextLineBreak(text);
  const skipBreaks = new NextLineBreak(text);
  for (let at = matches.take(); at >= 0; at = matches.take()) {
    let raw = fires(text, at, options, undefined, t);
    let looking = raw || (skip !== undefined && fires(text, at, options, skip, t));
    if (!raw && pairAt(text, at, options, undefined, t) === Pair.Plain) {
      raw = rawPair >= 0 && rawBreaks.after(rawPair) > at;
      rawPair = at;
    }
    if (!looking && skip !== undefined && pairAt(text, at, options, skip, t) === Pair.Plain) {
      looking = skipPair >= 0 && skipBreaks.after(skipPair) > at;
      skipPair = at;
    }
    suspicious ||= raw || looking;
    if (!raw) continue;
    let start = at;
    while (start > 0 && t.lineBreak[text.charCodeAt(start - 1)] !== 1) start--;
    let lineEnd = at;
    while (lineEnd < text.length && t.lineBreak[text.charCodeAt(lineEnd)] !== 1) lineEnd++;
    lines.push([start, lineEnd]);
    matches.skipTo(lineEnd);
    rawPair = -1;
    skipPair = -1;
  }
  return { lines, suspicious };
}
