/**
 * The hot loop: one pass over the UTF-16 code units, one table lookup per
 * unit. Units whose entry is a plain code unit are written straight away;
 * everything else goes to the {@link Machine}. There are two copies of the
 * loop, with and without the offset map, so that the plain one carries no
 * per-unit branch for it.
 */
import { Kind, type CompiledNormalizer } from './compile';
import { Machine } from './machine';
import { UnitFlag } from '../unicode/tables';

/** Result of a normalisation with an offset map. */
export interface NormalizedWithMap {
  /** The normalised text. */
  readonly text: string;
  /**
   * `sourceIndex[i]` is the index in the input of the character that produced
   * output unit `i`; one extra last entry holds the input length.
   */
  readonly sourceIndex: Uint32Array;
}

const decoder = new TextDecoder('utf-16le');

// Reused output buffer for the plain variant, up to this many units.
const SCRATCH_LIMIT = 1 << 30;
let scratch = new Uint16Array(1024);

function outputBuffer(length: number): Uint16Array {
  if (length > SCRATCH_LIMIT) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  return scratch;
}

function decode(out: Uint16Array, length: number, loneSurrogate: boolean): string {
  if (length < 64 || loneSurrogate) {
    // TextDecoder would turn lone surrogates into U+FFFD; fromCharCode keeps them.
    let result = '';
    for (let k = 0; k < length; k += 8192) {
      result += String.fromCharCode.apply(null, out.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
    }
    return result;
  }
  return decoder.decode(out.subarray(0, length));
}

function sameAsInput(text: string, out: Uint16Array, length: number): boolean {
  if (length !== text.length) return false;
  for (let k = 0; k < length; k++) if (out[k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Normalises `text` with compiled options. */
export function runPlain(compiled: CompiledNormalizer, text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const table = compiled.table;
  const flags = compiled.unicode.flags;
  const trim = compiled.trim;
  const machine = new Machine(compiled, text, outputBuffer(n), null);
  let out = machine.out;
  let o = 0;
  let pending = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const value = table[text.charCodeAt(i)]!;
    if (value < 0x10000) {
      if (pending === 0) {
        out[o++] = value;
        last = i;
        continue;
      }
    } else if (value === Kind.Delete) continue;
    else if (value === Kind.Space && pending === 0) {
      const previous = o > 0 ? out[o - 1]! : 0x0a;
      if (previous === 0x20 || (trim && (flags[previous]! & UnitFlag.LineBreak) !== 0)) continue;
      out[o++] = 0x20;
      continue;
    }
    machine.o = o;
    machine.lastCopy = last;
    i = machine.step(i);
    o = machine.o;
    out = machine.out;
    pending = machine.pending;
  }
  machine.o = o;
  machine.finish();
  if (sameAsInput(text, machine.out, machine.o)) return text;
  return decode(machine.out, machine.o, machine.loneSurrogate);
}

/** Normalises `text` with compiled options and records the source of every output unit. */
export function runWithMap(compiled: CompiledNormalizer, text: string): NormalizedWithMap {
  const n = text.length;
  const table = compiled.table;
  const flags = compiled.unicode.flags;
  const trim = compiled.trim;
  const machine = new Machine(compiled, text, new Uint16Array(n + 16), new Uint32Array(n + 17));
  let out = machine.out;
  let src = machine.src!;
  let o = 0;
  let pending = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const value = table[text.charCodeAt(i)]!;
    if (value < 0x10000) {
      if (pending === 0) {
        out[o] = value;
        src[o] = i;
        o++;
        last = i;
        continue;
      }
    } else if (value === Kind.Delete) continue;
    else if (value === Kind.Space && pending === 0) {
      const previous = o > 0 ? out[o - 1]! : 0x0a;
      if (previous === 0x20 || (trim && (flags[previous]! & UnitFlag.LineBreak) !== 0)) continue;
      out[o] = 0x20;
      src[o] = i;
      o++;
      continue;
    }
    machine.o = o;
    machine.lastCopy = last;
    i = machine.step(i);
    o = machine.o;
    out = machine.out;
    src = machine.src!;
    pending = machine.pending;
  }
  machine.o = o;
  machine.finish();
  const length = machine.o;
  const map = machine.src!;
  map[length] = n;
  const sourceIndex = map.length - (length + 1) > (length >> 3) ? map.slice(0, length + 1) : map.subarray(0, length + 1);
  const normalized = sameAsInput(text, machine.out, length) ? text : decode(machine.out, length, machine.loneSurrogate);
  return { text: normalized, sourceIndex };
}
