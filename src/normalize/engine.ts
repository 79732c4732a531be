/**
 * The engine: one pass over the UTF-16 code units, one table lookup per
 * unit. Runs of units whose entry is a plain code unit (or a deletion, a
 * space rule, a lone mark) are written by the loops of table-runs.ts; the
 * engine takes the unit where one stops: a mark pair, or the {@link Machine}
 * for everything else. With the offset map or without it, the engine is the
 * same; only those loops come in two copies, so that the plain one carries
 * no per-unit branch for the map.
 */
import { Kind, type CompiledNormalizer } from './compile';
import { Machine } from './machine';
import { StopList, expectedStops } from './stop-list';
import { UnitFlag } from '../unicode/tables';
import { stringFromUnits } from '../unicode/string-from-units';
import { UNIT_CHUNK, unitsOfText } from '../unicode/units-of-text';
import { OUTPUT_SCRATCH_LENGTH, mapScratchBuffer, outputScratch, runInto, runState } from './table-runs';
import { LITTLE_ENDIAN, hasUcs2Methods, nodeBuffer, type NodeBytes } from '../unicode/node-buffer';
import { copyMap, identityMap } from './map-pool';
import { alignedRun, endsCluster, keptPrefix } from './kept-prefix';
import { writeMarkPair } from './mark-pair';

/**
 * Result of a normalisation with an offset map.
 *
 * @example
 * ```ts
 * const { text, sourceIndex }: NormalizedWithMap = normalizeArabicWithMap('كتـــاب', 'search');
 * text; // 'كتاب'
 * sourceIndex; // Uint32Array [0, 1, 5, 6, 7]: 'ا' came from input offset 5
 * ```
 */
export interface NormalizedWithMap {
  /** The normalised text. */
  readonly text: string;
  /**
   * `sourceIndex[i]` is the index in the input of the character that produced
   * output unit `i`; one extra last entry holds the input length. A short map
   * may be a view of a larger buffer shared with other maps (as Node's pooled
   * Buffers are): read it through the view, and `slice()` it to keep it alone.
   */
  readonly sourceIndex: Uint32Array;
}

// ignoreBOM: a leading U+FEFF is text here, not a byte order mark to drop.
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

// Reused output buffers: the shared scratch (table-runs.ts) for a short text, else a big one held
// only weakly, so it can be collected between calls.
const SCRATCH = outputScratch();
let bigScratch: WeakRef<Uint16Array> | undefined;

function outputBuffer(length: number): Uint16Array {
  if (length <= OUTPUT_SCRATCH_LENGTH) return SCRATCH;
  const held = bigScratch?.deref();
  if (held && held.length >= length) return held;
  const buffer = new Uint16Array(length);
  bigScratch = new WeakRef(buffer);
  return buffer;
}

// The kinds the engine compares with, read once.
const NOTED = Kind.Noted;
const SIMPLE_MARK = Kind.SimpleMark;
const MARK = Kind.Mark;

// The stop list of the last call, reused by the next when small: the pass reads it before the engine runs again.
const REUSED_STOPS_LIMIT = 4096;
let reusedStops: StopList | undefined;

function stopList(length: number): StopList {
  const expected = expectedStops(length);
  if (expected > REUSED_STOPS_LIMIT) return new StopList(expected, length);
  const stops = (reusedStops ??= new StopList(REUSED_STOPS_LIMIT));
  // It may have grown past the limit on a busy text: keep only a small one.
  if (stops.data.length > REUSED_STOPS_LIMIT || stops.overflowed) reusedStops = new StopList(REUSED_STOPS_LIMIT);
  reusedStops.count = 0;
  return reusedStops;
}

// A Buffer over the strong output scratch, made once, not once per call. Others are not
// kept: the big scratch must stay collectable between calls.
let scratchBytes: NodeBytes | undefined;
const UCS2_SLICE = nodeBuffer !== undefined && hasUcs2Methods(nodeBuffer.alloc(0));

/** The string of `out[0..length)`, read by Node's Buffer. */
function bufferString(out: Uint16Array, length: number): string {
  let bytes: NodeBytes;
  let start = 0;
  // The array itself is compared: reading its `.buffer` costs a short line more than the test saves.
  if (out === SCRATCH) bytes = scratchBytes ??= nodeBuffer!.from(SCRATCH.buffer);
  else {
    bytes = nodeBuffer!.from(out.buffer);
    start = out.byteOffset;
  }
  // The range lies within the buffer: `toString`'s checks can be skipped.
  return UCS2_SLICE ? bytes.ucs2Slice!(start, start + length * 2) : bytes.toString('utf16le', start, start + length * 2);
}

/** How output units become a string: 'buffer' and 'decoder' are the fast paths, 'chars' always works. */
export type DecodeStrategy = 'buffer' | 'decoder' | 'chars';

/** The fastest way to turn `length` units into a string that keeps every unit, lone surrogates and BOMs included. */
export function decodeStrategy(length: number, loneSurrogate: boolean): DecodeStrategy {
  // Node's Buffer decodes UTF-16 by a plain copy, many times faster than TextDecoder; both read the
  // bytes as UTF-16LE, which is what a Uint16Array holds on little-endian hosts.
  if (length < 16 || !LITTLE_ENDIAN) return 'chars';
  if (nodeBuffer) return 'buffer';
  // TextDecoder would turn lone surrogates into U+FFFD; below 32 units a plain call is as fast.
  return loneSurrogate || length < 32 ? 'chars' : 'decoder';
}

/** Turns output units into a string with the given strategy. */
export function decodeUnits(out: Uint16Array, length: number, strategy: DecodeStrategy): string {
  if (strategy === 'buffer') return bufferString(out, length);
  if (strategy === 'decoder') return decoder.decode(out.subarray(0, length));
  return stringFromUnits(out, length);
}

/** The string of output units, by the fastest strategy that keeps them (see {@link decodeStrategy}). */
export function decodeOutput(out: Uint16Array, length: number, loneSurrogate: boolean): string {
  return decodeUnits(out, length, decodeStrategy(length, loneSurrogate));
}

function sameAsInput(text: string, out: Uint16Array, length: number): boolean {
  if (length !== text.length) return false;
  for (let k = 0; k < length; k++) if (out[k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * The engine's output before it becomes a string: units in a buffer the next
 * call reuses, so read them before normalising again.
 */
export interface CoreUnits {
  /**
   * The output units (only the first `length` count). Under options without a
   * punctuation pass they are not written for a text the table keeps whole
   * (`sameAsText`): the text itself is the output.
   */
  readonly out: Uint16Array;
  /** How many units were written. */
  readonly length: number;
  /** A lone surrogate was copied (it decides how the units may become a string). */
  readonly loneSurrogate: boolean;
  /** Whether the units spell the input as it was, when the engine knows it without comparing; undefined when it does not. */
  readonly sameAsText?: boolean;
  /** With a punctuation pass: the offsets, ascending, where a unit it stops at was written (its `view()`, unless only counted). */
  readonly stops: StopList | undefined;
}

/** The string of some units: `text` itself when they spell it (no copy), else a new string. */
export function unitsToText(text: string, units: CoreUnits): string {
  if (units.sameAsText ?? sameAsInput(text, units.out, units.length)) return text;
  return decodeOutput(units.out, units.length, units.loneSurrogate);
}

/**
 * Whether the engine's output is its input, known without comparing when the
 * machine never ran: every unit then went through the fast paths, so if none
 * was dropped (`length === n`) output offset `k` holds what unit `k` became,
 * and `changed` tells whether any became another. The machine may reorder or
 * expand, so after it the units are compared.
 */
function knownSame(ranMachine: boolean, changed: number, length: number, n: number): boolean | undefined {
  return ranMachine ? undefined : changed === 0 && length === n;
}

/** Writes the kept units `units[from, to)` to `out` from `at`: natively when they are many. */
function copyKept(out: Uint16Array, at: number, units: Uint16Array, from: number, to: number): void {
  if (to - from > 64) out.set(units.subarray(from, to), at);
  else for (let k = from; k < to; k++) out[at++] = units[k]!;
}

/**
 * Normalises `text` with compiled options. `recordStops: false` skips the
 * record of the punctuation pass's stops, for a text known to write none.
 */
export function runPlain(compiled: CompiledNormalizer, text: string, recordStops = true): string {
  if (text.length === 0) return text;
  return unitsToText(text, runPlainUnits(compiled, text, recordStops));
}

/** What the engine's pass leaves: the units, and the map it wrote (`src`), null without one or when the text was kept whole. */
interface EngineOutput extends CoreUnits {
  readonly src: Uint32Array | null;
}

/** Told, after each piece of a long text but the last, how much of the output is written (see ascii.ts). */
export interface PieceWatcher {
  /** `out[0..written)` is written and final; `stops` is the stop list as it stands. */
  piece(out: Uint16Array, written: number, stops: StopList | undefined): void;
}

/**
 * The engine's pass over `text` into `out`, and into `src`, the map, when
 * given: both with room for one unit per input unit, the machine growing
 * them past that. The loops of table-runs.ts write the runs; this takes the
 * unit where one stops.
 */
function runEngine(
  compiled: CompiledNormalizer,
  text: string,
  out: Uint16Array,
  src: Uint32Array | null,
  stops: StopList | undefined,
  watcher?: PieceWatcher,
): EngineOutput {
  const n = text.length;
  const table = compiled.table;
  const flags = compiled.unicode.flags;
  const stripped = compiled.strippedMarks;
  // Created at the first unit the loop cannot handle: many texts never need it.
  let machine: Machine | undefined;
  let o = 0;
  // Nonzero once a fast path writes a unit as another (see knownSame).
  runState.changed = 0;
  // Units are read from a copy, a piece at a time (see unitsOfText); the machine may step past a piece's end.
  for (let i = 0; i < n; ) {
    const base = i;
    const end = n - i > UNIT_CHUNK ? i + UNIT_CHUNK : n;
    const units = unitsOfText(text, base, end);
    // With a punctuation pass, a kept prefix gains nothing: the text is never returned as it came
    // (the pass reads the units), and the loop writes what the scan and its copy would, in one go.
    if (base === 0 && compiled.punctuation === null) {
      const kept = keptPrefix(compiled, 0, end, n);
      // The whole text is kept.
      if (kept === n) return { out, length: n, loneSurrogate: false, sameAsText: true, stops, src: null };
      if (kept < end && compiled.sparseChanges) {
        // What follows is mostly kept too: the piece is copied whole, and the units written one
        // for one are patched in the copy, up to the first unit dropped or added.
        copyKept(out, 0, units, 0, end);
        i = o = alignedRun(compiled, units, out, kept, end, n);
        // The unit that ended the kept prefix was written as another.
        if (i > kept) runState.changed = 1;
      } else {
        copyKept(out, 0, units, 0, kept);
        i = o = kept;
      }
      // Those units stay at their offsets: the map is the identity so far.
      if (src) for (let k = 0; k < o; k++) src[k] = k;
    }
    while (i < end) {
      i = runInto(compiled, stops, out, src, i, end, base, o);
      o = runState.out;
      if (i === end) break;
      const unit = units[i - base]!;
      const value = table[unit]!;
      if (value === NOTED) {
        // The stop list is full.
        stops!.grow();
        continue;
      }
      let paired = -1;
      // One mark between a letter and a character that ends the cluster: nothing to order, compose or drop.
      if ((value === SIMPLE_MARK || (value === MARK && stripped[unit] === 1)) && o > 0 && (flags[out[o - 1]!]! & UnitFlag.Carrier) !== 0) {
        if (i + 1 === n || endsCluster(table[text.charCodeAt(i + 1)]!)) {
          // A stripped one blocks no composition there: it goes (Uthmani text has one behind most letters).
          if (value === SIMPLE_MARK) {
            out[o] = unit;
            if (src) src[o] = i;
            o++;
          }
          i++;
          continue;
        }
        // Two, as pointed text puts a shadda and a vowel on a letter: at most a swap (mark-pair.ts).
        if (value === SIMPLE_MARK) paired = writeMarkPair(compiled, text, i, n, out, o, src);
      }
      if (paired >= 0) {
        // Swapped, the first unit written is the second mark (a repeated mark shortens the output).
        runState.changed |= out[o]! ^ unit;
        o = paired;
        i += 2;
      } else {
        machine ??= new Machine(compiled, text, out, src, stops);
        machine.o = o;
        i = machine.step(i) + 1;
        o = machine.o;
        out = machine.out;
        src = machine.src;
      }
      // Text after a mark cluster mostly goes on unchanged: what the table keeps is copied in one go.
      if (i < end) {
        const from = i - base;
        const kept = keptPrefix(compiled, from, end - base, n - base, o > 0 ? out[o - 1]! : -1);
        if (kept > from) {
          copyKept(out, o, units, from, kept);
          if (src) for (let k = from; k < kept; k++) src[o + k - from] = base + k;
          o += kept - from;
          i = base + kept;
        }
      }
    }
    if (watcher && i < n) watcher.piece(out, o, stops);
  }
  if (machine) {
    machine.o = o;
    machine.finish();
    // Finishing may write the last pending units and grow the buffers.
    o = machine.o;
    out = machine.out;
    src = machine.src;
  } else if (compiled.trim && o > 0 && out[o - 1] === 0x20) o--;
  return { out, length: o, loneSurrogate: machine?.loneSurrogate ?? false, sameAsText: knownSame(machine !== undefined, runState.changed, o, n), stops, src };
}

/**
 * Normalises `text` into units, for a pass that works on them before they
 * become a string; `watcher` follows a long text's output piece by piece.
 */
export function runPlainUnits(compiled: CompiledNormalizer, text: string, recordStops = true, watcher?: PieceWatcher): CoreUnits {
  const n = text.length;
  return runEngine(compiled, text, outputBuffer(n), null, compiled.noted && recordStops ? stopList(n) : undefined, watcher);
}

/** Normalises `text` with compiled options and records the source of every output unit. */
export function runWithMap(compiled: CompiledNormalizer, text: string, recordStops = true): NormalizedWithMap {
  const units = runWithMapUnits(compiled, text, recordStops, false, true);
  return { text: unitsToText(text, units), sourceIndex: units.sourceIndex };
}

/**
 * {@link runWithMap} into units, for a pass that works on them before they
 * become a string. `pooled`: the map goes straight to the caller, so a short
 * one may be a view of the shared pool (see map-pool.ts); a pass that
 * rewrites the map in place needs its own.
 */
export function runWithMapUnits(
  compiled: CompiledNormalizer,
  text: string,
  recordStops = true,
  roomToGrow = false,
  pooled = false,
  watcher?: PieceWatcher,
): CoreUnits & { readonly sourceIndex: Uint32Array } {
  const n = text.length;
  // The loops and the machine write the map wherever `out` has room, so
  // the map is always exactly one entry longer. Short texts use scratch
  // buffers shared by every call: the map returned is then the only typed
  // array a call makes.
  const scratchMap = n + 16 <= OUTPUT_SCRATCH_LENGTH;
  // A long text's output buffer is the one held weakly between calls, so a
  // second round reuses it. With `roomToGrow` its buffers have a little more
  // room, so that a pass that inserts units (the punctuation pass's spaces)
  // can rewrite the units and the map where they are instead of copying both.
  const out = outputBuffer(scratchMap ? OUTPUT_SCRATCH_LENGTH : n + 16 + (roomToGrow ? n >> 6 : 0));
  const sharedMap = mapScratchBuffer();
  const stops = compiled.noted && recordStops ? stopList(n) : undefined;
  const units = runEngine(compiled, text, out, scratchMap ? sharedMap : new Uint32Array(out.length + 1), stops, watcher);
  const { src, length: o } = units;
  let sourceIndex: Uint32Array;
  // Pooled whatever `pooled` says: only the punctuation pass rewrites a map past its length.
  if (src === null) sourceIndex = identityMap(n);
  else {
    src[o] = n;
    // A copy out of a scratch buffer (from the pool when it goes straight to the caller); else the
    // map's own buffer, unless much of it would be wasted.
    if (src === sharedMap) sourceIndex = pooled ? copyMap(src, o + 1) : src.slice(0, o + 1);
    else sourceIndex = src.length - (o + 1) > o >> 3 ? src.slice(0, o + 1) : src.subarray(0, o + 1);
  }
  return { out: units.out, length: o, loneSurrogate: units.loneSurrogate, sameAsText: units.sameAsText, sourceIndex, stops };
}
