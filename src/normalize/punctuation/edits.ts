/**
 * The changes the punctuation pass makes: ranges of the input replaced by
 * new units, recorded in order (in typed arrays: a busy text has one every
 * few dozen units) and applied at the end, moving unchanged text in blocks.
 */

/** What replaces a range: nothing, one unit, or the three dots of an ellipsis. */
const NOTHING = -1;
const THREE_DOTS = -2;
const NO_EDITS = new Int32Array(0);

function replacementLength(code: number): number {
  return code === NOTHING ? 0 : code === THREE_DOTS ? 3 : 1;
}

/** The edits of one pass over `input[0..length)`. */
export class Edits {
  // Empty until the first edit: most lines a pass visits need none, and a call per line must not pay for buffers.
  private starts: Int32Array = NO_EDITS;
  private ends: Int32Array = NO_EDITS;
  private codes: Int32Array = NO_EDITS;
  private sources: Int32Array = NO_EDITS;
  private size = 0;
  private delta = 0;
  /** A continuation unit ended up next to a mojibake lead because of an edit. */
  suspicious = false;

  /**
   * @param input - the units being edited (`length` of them)
   * @param length - how many
   * @param roles - `mojibakeUnitRoles()`: 1 for continuation units, 2 for mojibake leads
   */
  constructor(
    private readonly input: Uint16Array,
    private readonly length: number,
    private readonly roles: Uint8Array,
  ) {}

  /** How many edits there are. */
  get count(): number {
    return this.size;
  }

  private grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      const bigger = new Int32Array(Math.max(16, array.length * 2));
      bigger.set(array);
      return bigger;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.codes = grown(this.codes);
    this.sources = grown(this.sources);
  }

  private push(start: number, end: number, code: number, source: number): void {
    if (this.size === this.starts.length) this.grow();
    const k = this.size++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.codes[k] = code;
    this.sources[k] = source;
    this.delta += replacementLength(code) - (end - start);
  }

  /** Replaces `[start, end)` by one unit; edits must come in order and not overlap. */
  replaceWith(start: number, end: number, unit: number, source: number): void {
    this.push(start, end, unit, source);
  }

  /** Removes `[start, end)`. */
  remove(start: number, end: number): void {
    this.push(start, end, NOTHING, start);
  }

  /** Replaces `[start, end)` by three dots. */
  replaceWithDots(start: number, end: number, source: number): void {
    this.push(start, end, THREE_DOTS, source);
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
    // How far the output runs ahead of the input at most: the room needed in front of the input.
    let ahead = 0;
    let delta = 0;
    for (let k = 0; k < this.size; k++) {
      delta += replacementLength(codes[k]!) - (ends[k]! - starts[k]!);
      if (delta > ahead) ahead = delta;
    }
    const length = this.length + delta;
    // The input is moved `ahead` units along so that the output, written from 0, never overtakes it.
    const shift = ahead;
    let out: Uint16Array;
    if (this.input.length >= this.length + ahead) {
      out = this.input;
      if (shift > 0) out.copyWithin(shift, 0, this.length);
    } else {
      out = new Uint16Array(this.length + ahead);
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

  /**
   * For each output unit the offset `inner` gives for the input unit it came
   * from, plus `inner`'s last entry: the pass's own map composed with the
   * map of the text it ran on, in one go (copied stretches are native copies).
   */
  composeMap(inner: Uint32Array): Uint32Array {
    const map = new Uint32Array(this.length + this.delta + 1);
    let o = 0;
    let copied = 0;
    for (let k = 0; k < this.size; k++) {
      const start = this.starts[k]!;
      map.set(inner.subarray(copied, start), o);
      o += start - copied;
      const units = replacementLength(this.codes[k]!);
      for (let j = 0; j < units; j++) map[o++] = inner[this.sources[k]!]!;
      copied = this.ends[k]!;
    }
    map.set(inner.subarray(copied, this.length + 1), o);
    return map;
  }
}
