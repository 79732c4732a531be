/**
 * The output offsets the engine records for the punctuation pass: a growable
 * typed array, because a busy text has one every few dozen units and a plain
 * array's `push` costs several times a typed-array store in the engine's hot
 * loop.
 *
 * The list is a shortcut, not a need: the pass finds the same offsets with a
 * scan of its own. So it stops growing at one offset in 16 units of the text
 * (a quarter of a byte a unit): a text that is mostly line breaks or marks
 * would otherwise hold 4 bytes a unit, twice the text, for it.
 */
export class StopList {
  /** The offsets, ascending; only the first `count` are meaningful. */
  data: Int32Array;
  /** How many offsets are recorded. */
  count = 0;
  /** More offsets came than the list keeps: `view()` has none, and the pass scans. */
  overflowed = false;
  private readonly limit: number;

  /**
   * @param expected - a guess at how many offsets will come (the buffer grows past it)
   * @param length - the text's length, which bounds the list
   */
  constructor(expected: number, length = Infinity) {
    this.data = new Int32Array(Math.max(64, expected));
    this.limit = Math.max(64, length / 16);
  }

  /** Appends an offset. */
  push(offset: number): void {
    if (this.count === this.data.length) this.grow();
    this.data[this.count++] = offset;
  }

  /** Doubles the buffer, or past the limit gives up: later offsets overwrite the buffer, which no one reads. */
  grow(): void {
    if (this.data.length * 2 > this.limit) {
      this.overflowed = true;
      this.count = 0;
      return;
    }
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** The recorded offsets; undefined when the list overflowed. */
  view(): Int32Array | undefined {
    return this.overflowed ? undefined : this.data.subarray(0, this.count);
  }
}

/** A first guess at the number of stops in a text of `length` units: one in 32. */
export function expectedStops(length: number): number {
  return length >> 5;
}
