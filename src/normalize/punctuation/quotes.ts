/**
 * Pairing the double quotation marks of one line (a paragraph).
 *
 * `«` and `“` always open, `»` always closes. `"` and `”` are decided by
 * what surrounds them (Arabic text uses `”` to open as often as to close):
 * one that is *left-flanking* (white space, an opening bracket or quote, or a
 * one-letter prefix word و ف ب ل ك before it; text after it) opens; one that is *right-flanking* (text before,
 * white space, closing punctuation or a quote after) closes the open `"`-type
 * quote on top of the stack; one with the same kind of thing on both sides
 * closes an open `"`-type quote if there is one and opens otherwise. A line
 * is balanced when every mark finds its partner in properly nested pairs. A
 * pair at the top level takes the primary style, a nested one the secondary
 * style. One pass over the line's quotes with a stack: linear.
 */
import { P } from './classes';
import { LetterCursor, Script } from './line-view';

/** Roles of {@link QuotePlan.roles}. */
export const Role = { None: 0, Open: 1, Close: 2 } as const;

/** Quote styles: primary opening, primary closing, secondary opening, secondary closing. */
export const QUOTE_STYLES = {
  guillemets: [0xab, 0xbb, 0x201c, 0x201d],
  curly: [0x201c, 0x201d, 0x2018, 0x2019],
  ascii: [0x22, 0x22, 0x27, 0x27],
} as const;

/**
 * What the rules do with the quotes of one line. One plan is reused line
 * after line (a busy text has thousands of quoted lines): only the first
 * `count` entries of each array belong to the current line.
 */
// Shared empty buffers: a write past the end of a typed array is dropped, and reset() replaces them before any use.
const NO_INT32 = new Int32Array(0);
const NO_UINT8 = new Uint8Array(0);
const NO_UINT16 = new Uint16Array(0);

export class QuotePlan {
  /** How many quotation marks the line has (not counting those in addresses). */
  count = 0;
  // Empty until a line has a quotation mark (reset() grows them): most calls have none.
  /** Line offsets of the marks, in order. */
  positions = NO_INT32;
  /** {@link Role} of each mark: all `None` when the line does not balance. */
  roles = NO_UINT8;
  /** The unit each mark is written as (itself when not restyled). */
  written = NO_UINT16;
  /** Offsets of the marks that found no partner; empty when the line balances. */
  readonly unpaired: number[] = [];
  // Scratch of the pairing.
  partner = NO_INT32;
  arabicSide = NO_UINT8;
  stack = NO_INT32;

  /** Empties the plan for a line of `count` marks. */
  reset(count: number): void {
    if (this.positions.length < count) {
      const size = Math.max(16, count, this.positions.length * 2);
      this.positions = new Int32Array(size);
      this.roles = new Uint8Array(size);
      this.written = new Uint16Array(size);
      this.partner = new Int32Array(size);
      this.arabicSide = new Uint8Array(size);
      this.stack = new Int32Array(size);
    }
    this.count = count;
    // Truncating an array costs a runtime call even when it is empty, which most lines' is.
    if (this.unpaired.length > 0) this.unpaired.length = 0;
  }
}

const Flank = { Left: 1, Right: 2, Either: 3 } as const;
const NONE = Role.None;
const OPEN = Role.Open;
const CLOSE = Role.Close;
const ARABIC = Script.Arabic;
const BLANK_BITS = P.Space | P.Quote;

function isBlankBefore(unit: number, classes: Uint8Array): boolean {
  return (classes[unit]! & BLANK_BITS) !== 0 || unit === 0x28 || unit === 0x5b || unit === 0x7b;
}

function isBlankAfter(unit: number, classes: Uint8Array): boolean {
  if ((classes[unit]! & BLANK_BITS) !== 0) return true;
  switch (unit) {
    case 0x29: case 0x5d: case 0x7d: case 0x2e: case 0x2c: case 0x060c: case 0x061b: case 0x061f:
    case 0x3f: case 0x21: case 0x3a: case 0x3b: case 0x2026:
      return true;
    default:
      return false;
  }
}

/** و ف ب ل ك: one-letter words Arabic writes joined to the next word, quotes included (و"نص"، لـ"نص"). */
function isPrefixLetter(unit: number): boolean {
  return unit === 0x0648 || unit === 0x0641 || unit === 0x0628 || unit === 0x0644 || unit === 0x0643;
}

/** Whether a one-letter prefix word (maybe with a tatweel) stands right before `at`, after a blank or the line start. */
function followsPrefix(units: Uint16Array, at: number, start: number, classes: Uint8Array): boolean {
  let k = at - 1;
  if (k > start && units[k] === 0x0640) k--;
  if (k < start || !isPrefixLetter(units[k]!)) return false;
  return k === start || isBlankBefore(units[k - 1]!, classes);
}

function flank(units: Uint16Array, at: number, start: number, end: number, classes: Uint8Array): number {
  const blankBefore = at === start || isBlankBefore(units[at - 1]!, classes) || followsPrefix(units, at, start, classes);
  const blankAfter = at + 1 === end || isBlankAfter(units[at + 1]!, classes);
  if (blankBefore && !blankAfter) return Flank.Left;
  if (!blankBefore && blankAfter) return Flank.Right;
  return Flank.Either;
}

/**
 * Pairs the quotes of `plan` (its `positions`, offsets of paired-quote units
 * in `[start, end)`, in order) and decides how each is written. `style` is
 * null for `quotes: 'keep'`. A pair is restyled only when a letter just
 * inside or just outside it is Arabic, so Latin text keeps its own quotes.
 */
export function planQuotes(
  units: Uint16Array,
  plan: QuotePlan,
  start: number,
  end: number,
  classes: Uint8Array,
  letters: LetterCursor,
  style: readonly number[] | null,
): void {
  const { count, positions, roles, written, partner, arabicSide, stack, unpaired } = plan;
  let top = -1; // index of the top of the stack
  letters.reset(start, end);
  for (let k = 0; k < count; k++) {
    const at = positions[k]!;
    roles[k] = NONE;
    partner[k] = -1;
    written[k] = units[at]!;
    arabicSide[k] = letters.left(at) === ARABIC || letters.right(at) === ARABIC ? 1 : 0;
    const unit = units[at]!;
    const open = top >= 0 ? stack[top]! : -1;
    const openIsDouble = open >= 0 && units[positions[open]!] !== 0xab;
    if (unit === 0xab || unit === 0x201c) {
      stack[++top] = k;
      continue;
    }
    if (unit === 0xbb) {
      if (open >= 0 && !openIsDouble) {
        top--;
        partner[k] = open;
        partner[open] = k;
      } else unpaired.push(at);
      continue;
    }
    const side = flank(units, at, start, end, classes);
    if (openIsDouble && side !== Flank.Left) {
      top--;
      partner[k] = open;
      partner[open] = k;
    } else if (side !== Flank.Right) stack[++top] = k;
    else unpaired.push(at);
  }
  for (let k = 0; k <= top; k++) unpaired.push(positions[stack[k]!]!);
  if (unpaired.length > 0) {
    unpaired.sort((a, b) => a - b);
    return;
  }
  let depth = 0;
  for (let k = 0; k < count; k++) {
    const opens = partner[k]! > k;
    if (!opens) depth--;
    roles[k] = opens ? OPEN : CLOSE;
    if (style && opens && (arabicSide[k] === 1 || arabicSide[partner[k]!] === 1)) {
      // Every nested level takes the secondary style: a third level back in the primary one would
      // read, once the secondary marks are written, as a second level.
      const secondary = depth > 0 ? 2 : 0;
      written[k] = style[secondary]!;
      written[partner[k]!] = style[secondary + 1]!;
    }
    if (opens) depth++;
  }
}
