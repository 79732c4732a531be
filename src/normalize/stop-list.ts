/**
 * The output offsets the engine records for the punctuation pass: a growable
 * typed array, because a busy text has one every few dozen units and a plain
 * array's `push` costs several times a typed-array store in the engine's hot
 * loop.
 */
export class StopList {
  /** The offsets, ascending; only the first `count` are meaningful. */
  data: Int32Array;
  /** How many offsets are recorded. */
  count = 0;

  /** @param expected - a guess at how many offsets will come (the buffer grows past it) */
  constructor(expected: number) {
    this.data = new Int32Array(Math.max(64, expected));
  }

  /** Appends an offset. */
  push(offset: number): void {
    if (this.count === this.data.length) this.grow();
    this.data[this.count++] = offset;
  }

  /** Doubles the buffer. */
  grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** The recorded offsets. */
  view(): Int32Array {
    return this.data.subarray(0, this.count);
  }
}

/** A first guess at the number of stops in a text of `length` units: one in 32. */
export function expectedStops(length: number): number {
  return length >> 5;
}
