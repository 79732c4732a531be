/**
 * The engine's inner loops: runs of units the table writes as at most one
 * unit each, with and without the offset map. Each reads the engine's buffer
 * of units and writes the shared output scratch (and the map's), all three
 * held as constants of its closure: V8 then compiles the loop with their
 * addresses and lengths fixed. With the arrays passed in, or held in module
 * variables (which the bundler declares with `var`), or with a call anywhere
 * in the loop, it reloaded and checked them at every unit, at about twice the
 * cost. So each loop is its own function, made once (a second closure of
 * the same function loses this for both), calls nothing, and stops at what it
 * does not handle: the engine (engine.ts) takes that unit and calls it again.
 */
import { Kind, type CompiledNormalizer } from './compile';
import type { StopList } from './stop-list';
import { endsCluster } from './kept-prefix';
import { UnitFlag } from '../unicode/tables';
import { SHARED_UNITS } from '../unicode/units-of-text';

/** Length of the shared output scratch: the output of a text up to this long is written there. */
export const OUTPUT_SCRATCH_LENGTH = 1 << 16;

// The shared output scratch. The loops write it by name; output elsewhere (a long text's, or one
// the machine grew) is written through it (see runInto).
const OUTPUT_SCRATCH = new Uint16Array(OUTPUT_SCRATCH_LENGTH);

/**
 * The shared output scratch (see {@link OUTPUT_SCRATCH_LENGTH}).
 *
 * @example
 * ```ts
 * outputScratch().length; // 65536
 * ```
 */
export function outputScratch(): Uint16Array {
  return OUTPUT_SCRATCH;
}

// The kinds, read once: a read of `Kind` in a loop is repeated, with a check of the object, at every unit.
const NOTED = Kind.Noted;
const DELETE = Kind.Delete;
const SPACE = Kind.Space;
const SIMPLE_MARK = Kind.SimpleMark;
const MARK = Kind.Mark;

/**
 * What a run hands back besides the input offset where it stopped: the next
 * output offset, and a nonzero `changed` once any run since the engine reset
 * it wrote a unit as another.
 *
 * @example
 * ```ts
 * runState.changed = 0; // before the first run of a text
 * ```
 */
export const runState = { out: 0, changed: 0 };

/**
 * A run: reads the units of input offsets `[from, end)` from the engine's
 * buffer (which starts at input offset `base`), writes the output scratch
 * from `start` (and the map scratch, with the input offset of each unit),
 * and stops at `end` or at the first unit it leaves to the engine: a mark
 * that is not alone, a unit for the machine, or a full stop list. Returns
 * where it stopped. A stop written at `o` is recorded as `o + shift`.
 */
type Run = (compiled: CompiledNormalizer, stops: StopList | undefined, from: number, end: number, base: number, start: number, shift: number) => number;

// The loop without the map, over the buffers it names.
function makePlainRun(units: Uint16Array, output: Uint16Array): Run {
  const UNITS = units;
  const OUT = output;
  return function plainRun(compiled, stops, from, end, base, start, shift) {
    const table = compiled.table;
    const flags = compiled.unicode.flags;
    const collapse = compiled.collapse;
    const notedValue = compiled.notedValue;
    const stripped = compiled.strippedMarks;
    // Offsets as int32 locals (`| 0`): a parameter carried through the loop is kept in a slower form.
    let o = start | 0;
    let k = (from - base) | 0;
    const stop = (end - base) | 0;
    let changed = 0;
    for (; k < stop; k++) {
      const unit = UNITS[k]!;
      const value = table[unit]!;
      // Written before it is known to stay: the commonest case is then one test and an increment.
      OUT[o] = value;
      if (value < 0x10000 && value !== 0x20) {
        o++;
        changed |= value ^ unit;
        continue;
      }
      if (value === 0x20) {
        // With `collapse` a U+0020 right after another is dropped.
        if (collapse && o > 0 && OUT[o - 1] === 0x20) continue;
        o++;
        changed |= unit ^ 0x20;
        continue;
      }
      if (value === NOTED) {
        // A unit the punctuation pass stops at: never a space, so it is always written.
        if (stops) {
          if (stops.count === stops.data.length) break;
          stops.data[stops.count] = o + shift;
          stops.count++;
        }
        const written = notedValue![unit]!;
        changed |= written ^ unit;
        OUT[o++] = written;
        continue;
      }
      if (value === DELETE) continue;
      if (value === SIMPLE_MARK || (value === MARK && stripped[unit] === 1)) {
        // One mark between a letter and a unit that ends the cluster: nothing to order, compose or
        // drop. A stripped one blocks no composition there: it goes. (Pointed text has one behind most
        // letters.) Others, and one before the end of the piece, are the engine's.
        if (k + 1 === stop || o === 0 || (flags[OUT[o - 1]!]! & UnitFlag.Carrier) === 0 || !endsCluster(table[UNITS[k + 1]!]!)) break;
        if (value === SIMPLE_MARK) OUT[o++] = unit;
        continue;
      }
      if (value !== SPACE) break;
      // Only under whitespace: 'trim': one space at most, none at a line start.
      if (o === 0) continue;
      const before = OUT[o - 1]!;
      if (before === 0x20 || (flags[before]! & UnitFlag.LineBreak) !== 0) continue;
      OUT[o++] = 0x20;
      changed |= unit ^ 0x20;
    }
    runState.out = o;
    runState.changed |= changed;
    return base + k;
  };
}

// The loop with the map: as the plain one, and each unit's input offset written beside it.
function makeMapRun(units: Uint16Array, output: Uint16Array, map: Uint32Array): Run {
  const UNITS = units;
  const OUT = output;
  const SRC = map;
  return function mapRun(compiled, stops, from, end, base, start, shift) {
    const table = compiled.table;
    const flags = compiled.unicode.flags;
    const collapse = compiled.collapse;
    const notedValue = compiled.notedValue;
    const stripped = compiled.strippedMarks;
    let o = start | 0;
    let k = (from - base) | 0;
    const stop = (end - base) | 0;
    const offset = base | 0;
    let changed = 0;
    for (; k < stop; k++) {
      const unit = UNITS[k]!;
      const value = table[unit]!;
      OUT[o] = value;
      if (value < 0x10000 && value !== 0x20) {
        SRC[o++] = offset + k;
        changed |= value ^ unit;
        continue;
      }
      if (value === 0x20) {
        if (collapse && o > 0 && OUT[o - 1] === 0x20) continue;
        SRC[o++] = offset + k;
        changed |= unit ^ 0x20;
        continue;
      }
      if (value === NOTED) {
        if (stops) {
          if (stops.count === stops.data.length) break;
          stops.data[stops.count] = o + shift;
          stops.count++;
        }
        const written = notedValue![unit]!;
        changed |= written ^ unit;
        OUT[o] = written;
        SRC[o++] = offset + k;
        continue;
      }
      if (value === DELETE) continue;
      if (value === SIMPLE_MARK || (value === MARK && stripped[unit] === 1)) {
        if (k + 1 === stop || o === 0 || (flags[OUT[o - 1]!]! & UnitFlag.Carrier) === 0 || !endsCluster(table[UNITS[k + 1]!]!)) break;
        if (value === SIMPLE_MARK) {
          OUT[o] = unit;
          SRC[o++] = offset + k;
        }
        continue;
      }
      if (value !== SPACE) break;
      if (o === 0) continue;
      const before = OUT[o - 1]!;
      if (before === 0x20 || (flags[before]! & UnitFlag.LineBreak) !== 0) continue;
      OUT[o] = 0x20;
      SRC[o++] = offset + k;
      changed |= unit ^ 0x20;
    }
    runState.out = o;
    runState.changed |= changed;
    return base + k;
  };
}

const plainRun = makePlainRun(SHARED_UNITS, OUTPUT_SCRATCH);

// The map scratch (256 KB) and its loop are made at the first call with a map.
let mapScratch: Uint32Array | undefined;
let mapRun: Run | undefined;

/**
 * The shared map scratch, one entry longer than the output scratch: the
 * loop with the map writes it by name, as the output scratch.
 *
 * @example
 * ```ts
 * mapScratchBuffer().length; // 65537
 * ```
 */
export function mapScratchBuffer(): Uint32Array {
  if (!mapScratch) {
    mapScratch = new Uint32Array(OUTPUT_SCRATCH_LENGTH + 1);
    mapRun = makeMapRun(SHARED_UNITS, OUTPUT_SCRATCH, mapScratch);
  }
  return mapScratch;
}

/**
 * Runs the loop (see {@link Run}) into `out` (and `src`, the map, when given)
 * from `o`: in place when they are the scratch buffers, else through them,
 * which then start with the unit written before, so that the loop sees the
 * output behind it. Returns where it stopped; `runState.out` is the next
 * offset in `out`.
 *
 * @example
 * ```ts
 * unitsOfText(text, 0, text.length);
 * runState.changed = 0;
 * const stoppedAt = runInto(compiled, undefined, out, null, 0, text.length, 0, 0);
 * ```
 */
export function runInto(
  compiled: CompiledNormalizer,
  stops: StopList | undefined,
  out: Uint16Array,
  src: Uint32Array | null,
  from: number,
  end: number,
  base: number,
  o: number,
): number {
  const run = src ? (mapRun ?? (mapScratchBuffer(), mapRun!)) : plainRun;
  if (out === OUTPUT_SCRATCH && (src === null || src === mapScratch)) return run(compiled, stops, from, end, base, o, 0);
  // At the start of the output a line feed stands in for what is behind: a space there is dropped
  // where one at a line start is, and a U+0020 is written.
  OUTPUT_SCRATCH[0] = o > 0 ? out[o - 1]! : 0x0a;
  const stop = run(compiled, stops, from, end, base, 1, o - 1);
  const written = runState.out - 1;
  if (written > 0) {
    out.set(OUTPUT_SCRATCH.subarray(1, runState.out), o);
    if (src) src.set(mapScratch!.subarray(1, runState.out), o);
  }
  runState.out = o + written;
  return stop;
}
