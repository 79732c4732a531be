/**
 * The engine's scans for what it can leave where it is: the leading units of
 * a text that it writes as they are (its kept prefix), compared, not written
 * one by one, so that a text that is nothing else is returned as it came (the
 * parser asks the same of each field, kept-ranges.ts); and after them, under
 * options that keep the letters, the units written one for one, patched into
 * a copy.
 */
import { Kind, type CompiledNormalizer } from './compile';
import { UnitFlag } from '../unicode/tables';
import { SHARED_UNITS } from '../unicode/units-of-text';

// Read once: a read of `Kind` in a loop is repeated, with a check of the object, at every unit that reaches it.
const SIMPLE_MARK = Kind.SimpleMark;

/**
 * Whether a unit with this table entry closes a mark cluster without adding
 * to it (so a lone mark before it is final).
 *
 * @example
 * ```ts
 * endsCluster(compiled.table[0x20]!); // true: a space ends the cluster
 * ```
 */
export function endsCluster(value: number): boolean {
  return (
    value < 0x10000 || value === Kind.Space || value === Kind.LineBreak || value === Kind.Joiner || value === Kind.Separator ||
    value === Kind.Noted
  );
}

/**
 * Where the units of {@link SHARED_UNITS}`[start, end)` (the text that
 * `unitsOfText` copied last) that the engine would write as they are stop
 * (`end` when none stops them), for a text that ends at `n`, after the output
 * unit `before` (-1 at the start of a text). That is a unit the table keeps,
 * but not a U+0020 right after another where runs collapse, and a lone mark
 * the engine's mark shortcut writes as it is (after a letter, before a unit
 * that ends the cluster), as in most pointed text. Most displayed text is
 * nothing else.
 *
 * The buffer is a constant of the scan's closure: V8 compiles the loop with
 * its address and length fixed, where a buffer passed in, or one held in a
 * module variable (which the bundler declares with `var`), is loaded and
 * checked at every unit. Made once: a second closure of the same function
 * would lose that for both.
 *
 * @example
 * ```ts
 * unitsOfText('قال  الوزير', 0, 11);
 * keptPrefix(compiledFor('display'), 0, 11, 11); // 4: display drops the second space
 * ```
 */
export const keptPrefix = keptPrefixOver(SHARED_UNITS);

// The scan over one buffer, made once (see keptPrefix).
function keptPrefixOver(buffer: Uint16Array) {
  const UNITS = buffer;
  return function keptPrefix(compiled: CompiledNormalizer, start: number, end: number, n: number, before = -1): number {
    const table = compiled.table;
    // Where runs collapse, a U+0020 after another ends the prefix. The inner loop compares the sum of
    // the two units with 0x40, which a few other pairs share (the exact test follows it): one test
    // for both, where testing for a space at every unit made the loop slower.
    const spacePair = compiled.collapse ? 0x40 : -1;
    // Offsets as int32 locals (`| 0`): a parameter carried through the loop is kept in a slower form.
    let k = start | 0;
    const stop = end | 0;
    let previous = before | 0;
    for (;;) {
      // Units the table keeps, in a loop of their own; the rest are looked at below it.
      while (k < stop) {
        const unit = UNITS[k]!;
        if (table[unit] !== unit || unit + previous === spacePair) break;
        previous = unit;
        k++;
      }
      if (k === stop) return k;
      const unit = UNITS[k]!;
      if (table[unit] !== unit) {
        // Marks are looked at in a function of their own: with them in this loop, the engine compiled
        // its whole-text loop about a tenth slower.
        if (!isKeptMark(compiled, UNITS, k, stop, n, previous)) return k;
      } else if (unit === 0x20 && previous === 0x20) return k;
      previous = unit;
      k++;
    }
  };
}

/**
 * Whether `units[k]` is a lone mark after a letter (`previous`, as written),
 * before a unit that ends the cluster: the engine writes it as it is.
 */
function isKeptMark(compiled: CompiledNormalizer, units: Uint16Array, k: number, end: number, n: number, previous: number): boolean {
  const table = compiled.table;
  if (table[units[k]!] !== SIMPLE_MARK || previous < 0 || (compiled.unicode.flags[previous]! & UnitFlag.Carrier) === 0) return false;
  // What follows is read from the piece; at its end (not the text's) the engine decides.
  return k + 1 < end ? endsCluster(table[units[k + 1]!]!) : k + 1 === n;
}

/**
 * Goes on from the end of a kept prefix at `start` while every unit is
 * written as one unit at its own offset: kept units are left in `out`, which
 * holds a copy of `units[0, end)`, and units the table turns into one other
 * (a no-break space into a space) are patched there. Returns where that
 * ends: at the first unit dropped, added to or sent to the engine's machine.
 * Worth it where such units are rare (`CompiledNormalizer.sparseChanges`):
 * where they are frequent, as under `search`, patching costs what writing
 * every unit costs, and the copy comes on top.
 *
 * @example
 * ```ts
 * // display: 'قال\u00a0الوزير' is patched to 'قال الوزير' in `out`, and 10 returned
 * alignedRun(compiledFor('display'), units, out, 3, 10, 10);
 * ```
 */
export function alignedRun(compiled: CompiledNormalizer, units: Uint16Array, out: Uint16Array, start: number, end: number, n: number): number {
  const table = compiled.table;
  const spacePair = compiled.collapse ? 0x40 : -1;
  let k = start;
  let previous = k > 0 ? out[k - 1]! : -1;
  for (;;) {
    // As in keptPrefix, with the units written as another in the same loop.
    while (k < end) {
      const unit = units[k]!;
      const value = table[unit]!;
      if (value >= 0x10000 || value + previous === spacePair) break;
      if (value !== unit) out[k] = value;
      previous = value;
      k++;
    }
    if (k === end) return k;
    const unit = units[k]!;
    const value = table[unit]!;
    if (value < 0x10000) {
      if (value === 0x20 && previous === 0x20) return k;
      if (value !== unit) out[k] = value;
      previous = value;
    } else if (isKeptMark(compiled, units, k, end, n, previous)) previous = unit;
    else return k;
    k++;
  }
}
