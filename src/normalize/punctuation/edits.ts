/**
 * The changes the punctuation pass makes: ranges of the input replaced by
 * new units, recorded in order (in typed arrays: a busy text has one every
 * few dozen units) and applied at the end, copying unchanged text in blocks.
 */

/** What replaces a range: nothing, one unit, or the three dots of an ellipsis. */
const NOTHING = -1;
const THREE_DOTS = -2;

function replacementLength(code: number): number {
  return code === NOTHING ? 0 : code === THREE_DOTS ? 3 : 1;
}

/** The edits of one pass over `input[0..length)`. */
export class Edits {
  private starts: Int32Array = new Int32Array(256);
  private ends: Int32Array = new Int32Array(256);
  private codes: Int32Array = new Int32Array(256);
  private sources: Int32Array = new Int32Array(256);
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
      const bigger = new Int32Array(array.length * 2);
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

  /** The edited units, in a new buffer. */
  apply(): { out: Uint16Array; length: number } {
    const { input, starts, ends, codes } = this;
    const length = this.length + this.delta;
    const out = new Uint16Array(length);
    let o = 0;
    let copied = 0;
    let last = -1;
    for (let k = 0; k < this.size; k++) {
      const start = starts[k]!;
      // Short runs by hand: a subarray per edit would cost more than the copy.
      if (start - copied > 64) out.set(input.subarray(copied, start), o);
      else for (let i = copied; i < start; i++) out[o + i - copied] = input[i]!;
      o += start - copied;
      if (start > copied) last = input[start - 1]!;
      const end = ends[k]!;
      const following = end < this.length ? input[end]! : -1;
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
        last = unit;
        this.watch(last, following);
      }
      copied = end;
    }
    out.set(input.subarray(copied, this.length), o);
    return { out, length };
  }

  /** For each output unit the input offset it came from, plus the input length. */
  map(): Uint32Array {
    const map = new Uint32Array(this.length + this.delta + 1);
    let o = 0;
    let i = 0;
    for (let k = 0; k < this.size; k++) {
      const start = this.starts[k]!;
      while (i < start) map[o++] = i++;
      const units = replacementLength(this.codes[k]!);
      for (let j = 0; j < units; j++) map[o++] = this.sources[k]!;
      i = this.ends[k]!;
    }
    while (i < this.length) map[o++] = i++;
    map[o] = this.length;
    return map;
  }
}
