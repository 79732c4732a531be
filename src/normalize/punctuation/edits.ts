/**
 * The changes the punctuation pass makes: ranges of the input replaced by
 * new units, recorded in order (in typed arrays: a busy text has one every
 * few dozen units) and applied at the end, moving unchanged text in blocks.
 */

/** What replaces a range: nothing, one unit, or the three dots of an ellipsis. */
const NOTHING = -1;
const THREE_DOTS = -2;
const NO_EDITS = new Int32Array(0);
const NO_INPUT = new Uint16Array(0);

function replacementLength(code: number): number {
  return code === NOTHING ? 0 : code === THREE_DOTS ? 3 : 1;
}

/** Edits held between passes up to this many: a pass per line then allocates nothing for them. */
const KEPT_CAPACITY = 1 << 12;

/** The edits of one pass over `input[0..length)`; one instance serves pass after pass (see {@link Edits.begin}). */
export class Edits {
  // Empty until the first edit: most lines a pass visits need none, and a call per line must not pay for buffers.
  private starts: Int32Array = NO_EDITS;
  private ends: Int32Array = NO_EDITS;
  private codes: Int32Array = NO_EDITS;
  private size = 0;
  private delta = 0;
  private input: Uint16Array = NO_INPUT;
  private length = 0;
  /** A continuation unit ended up next to a mojibake lead because of an edit. */
  suspicious = false;

  /** @param roles - `mojibakeUnitRoles()`: 1 for continuation units, 2 for mojibake leads */
  constructor(private readonly roles: Uint8Array) {}

  /** Starts the edits of a pass over `input[0..length)`, forgetting the last pass's. */
  begin(input: Uint16Array, length: number): void {
    this.input = input;
    this.length = length;
    this.size = 0;
    this.delta = 0;
    this.suspicious = false;
  }

  /** Lets the input go (a long text's buffer is not held between passes); the edits and their map stay. */
  forgetInput(): void {
    this.input = NO_INPUT;
  }

  /** How many edits there are. */
  get count(): number {
    return this.size;
  }

  /** Whether the buffers are small enough to keep for the next pass (a line of millions of edits leaves them big). */
  get keepable(): boolean {
    return this.starts.length <= KEPT_CAPACITY;
  }

  private grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      // Half as long again, not double: a line of millions of edits would leave up to half unused.
      const bigger = new Int32Array(Math.max(16, array.length + (array.length >> 1)));
      bigger.set(array);
      return bigger;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.codes = grown(this.codes);
  }

  private push(start: number, end: number, code: number): void {
    if (this.size === this.starts.length) this.grow();
    const k = this.size++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.codes[k] = code;
    this.delta += replacementLength(code) - (end - start);
  }

  /** Replaces `[start, end)` (a mark, or a run of them) by one unit, which maps to `start`; edits must come in order and not overlap. */
  replaceWith(start: number, end: number, unit: number): void {
    this.push(start, end, unit);
  }

  /** Puts `unit` in front of the unit at `at`; it maps to the unit before, the mark it follows. */
  insertAfterMark(at: number, unit: number): void {
    this.push(at, at, unit);
  }

  /** Removes `[start, end)`. */
  remove(start: number, end: number): void {
    this.push(start, end, NOTHING);
  }

  /** Replaces `[start, end)` by three dots, which map to `start`. */
  replaceWithDots(start: number, end: number): void {
    this.push(start, end, THREE_DOTS);
  }

  /** The input offset the units of edit `k` map to: an insertion's, the mark before it; any other's, its start. */
  private sourceOf(k: number): number {
    const start = this.starts[k]!;
    return start === this.ends[k] ? start - 1 : start;
  }

  /** Checks a unit the pass rewrites where it stands, unit for unit, between the units that will be its neighbours (-1 for none). */
  checkRewritten(before: number, unit: number, after: number): void {
    this.watch(before, unit);
    this.watch(unit, after);
  }

  private watch(before: number, after: number): void {
    if (before >= 0 && after >= 0 && this.roles[before] === 2 && this.roles[after] === 1) this.suspicious = true;
  }

  /**
   * The edited units. They are written into the input's own buffer when it
   * has room for the output to run ahead of the input, otherwise into a new
   * buffer with that room; the unchanged stretches move with `copyWithin`, and
   * nothing is allocated per edit.
   */
  apply(): { out: Uint16Array; length: number } {
    const { starts, ends, codes } = this;
    const length = this.length + this.delta;
    // The input is moved `shift` units along so that the output, written from 0, never overtakes it.
    const shift = this.ahead();
    let out: Uint16Array;
    if (this.input.length >= this.length + shift) {
      out = this.input;
      if (shift > 0) out.copyWithin(shift, 0, this.length);
    } else {
      out = new Uint16Array(this.length + shift);
      out.set(this.input.subarray(0, this.length), shift);
    }
    // The input now lies at `shift`; the output is written from 0 and never overtakes what is still to be read.
    let o = 0;
    let copied = 0;
    for (let k = 0; k < this.size; k++) {
      const start = starts[k]!;
      if (start > copied) {
        if (o !== copied + shift) out.copyWithin(o, copied + shift, start + shift);
        o += start - copied;
      }
      const end = ends[k]!;
      const following = end < this.length ? out[end + shift]! : -1;
      const last = o > 0 ? out[o - 1]! : -1;
      const code = codes[k]!;
      if (code === NOTHING) this.watch(last, following);
      else {
        const unit = code === THREE_DOTS ? 0x2e : code;
        this.watch(last, unit);
        out[o++] = unit;
        if (code === THREE_DOTS) {
          out[o++] = 0x2e;
          out[o++] = 0x2e;
        }
        this.watch(unit, following);
      }
      copied = end;
    }
    if (o !== copied + shift) out.copyWithin(o, copied + shift, this.length + shift);
    return { out, length };
  }

  /** How far the output runs ahead of the input at most: the room an in-place rewrite needs in front of the input. */
  private ahead(): number {
    let ahead = 0;
    let delta = 0;
    for (let k = 0; k < this.size; k++) {
      delta += replacementLength(this.codes[k]!) - (this.ends[k]! - this.starts[k]!);
      if (delta > ahead) ahead = delta;
    }
    return ahead;
  }

  /**
   * For each output unit the offset `inner` gives for the input unit it came
   * from, plus `inner`'s last entry: the pass's own map composed with the
   * map of the text it ran on, in one go (copied stretches are native copies).
   *
   * With `reuse`, the map is written over `inner`, whose buffer is then the
   * caller's no longer, as `apply` writes over the units: when the buffer has
   * room for the output to run ahead (a map of a long text is 4 bytes a unit,
   * and a second one would double that). Otherwise a new array.
   */
  composeMap(inner: Uint32Array, reuse = false): Uint32Array {
    const size = this.length + this.delta + 1;
    const shift = reuse ? this.ahead() : 0;
    const capacity = (inner.buffer.byteLength - inner.byteOffset) >> 2;
    if (reuse && capacity >= this.length + 1 + shift && this.readsAhead(shift)) {
      const map = new Uint32Array(inner.buffer, inner.byteOffset, this.length + 1 + shift);
      if (shift > 0) map.copyWithin(shift, 0, this.length + 1);
      // As in apply(): the input entries lie at `shift`, and the output written from 0 never overtakes them.
      this.composeInto(map, map, shift);
      return map.subarray(0, size);
    }
    const map = new Uint32Array(size);
    this.composeInto(map, inner, 0);
    return map;
  }

  /** Whether every edit's source entry is still unwritten when an in-place composition reads it. */
  private readsAhead(shift: number): boolean {
    let delta = 0;
    for (let k = 0; k < this.size; k++) {
      // The output is at starts[k] + delta when edit k is written.
      if (this.sourceOf(k) + shift < this.starts[k]! + delta) return false;
      delta += replacementLength(this.codes[k]!) - (this.ends[k]! - this.starts[k]!);
    }
    return true;
  }

  /** Writes the composed map into `map` from 0, reading `inner`'s entry j at `from[j + shift]` (`from` may be `map` itself). */
  private composeInto(map: Uint32Array, from: Uint32Array, shift: number): void {
    let o = 0;
    // Within one buffer copyWithin moves the entries; set() would copy its source first.
    const copy = (start: number, end: number): void => {
      if (map !== from) map.set(from.subarray(start, end), o);
      else if (o !== start) map.copyWithin(o, start, end);
    };
    let copied = 0;
    for (let k = 0; k < this.size; k++) {
      const start = this.starts[k]!;
      copy(copied + shift, start + shift);
      o += start - copied;
      const source = from[this.sourceOf(k) + shift]!;
      const units = replacementLength(this.codes[k]!);
      for (let j = 0; j < units; j++) map[o++] = source;
      copied = this.ends[k]!;
    }
    copy(copied + shift, this.length + 1 + shift);
  }
}
