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
 * `count` entries belong to the current line.
 *
 * A line can hold millions of marks, so a mark costs one byte here: its role
 * and how it is written. Their offsets are not kept: whoever reads the plan
 * visits the line's marks in the same order (mark `k` is the `k`-th). The
 * pairing's stack grows with how deep the quotes nest, not with their number.
 */
// Shared empty buffers: a write past the end of a typed array is dropped, and reset() replaces them before any use.
const NO_INT32 = new Int32Array(0);
const NO_UINT8 = new Uint8Array(0);

export class QuotePlan {
  /** How many quotation marks the line has (not counting those in addresses). */
  count = 0;
  /** Each mark's {@link Role} (see role()), with flags: how it is restyled, or that it has no partner (see isUnpaired()). */
  roles = NO_UINT8;
  /** The style the line's pairs are restyled in, as {@link planQuotes} was given it. */
  style: readonly number[] | null = null;
  /** How many marks found no partner; 0 when the line balances. */
  unpaired = 0;
  /** The marks still open while pairing, innermost last: each mark's number, doubled, plus 1 for a `«`. */
  stack = NO_INT32;

  /** How many marks the plan has room for. */
  get capacity(): number {
    return this.roles.length;
  }

  /** Empties the plan for a line of at most `count` marks. */
  reset(count: number): void {
    if (this.roles.length < count) {
      // Lines of similar sizes reuse one buffer; a much longer line gets exactly what it needs.
      this.roles = new Uint8Array(Math.max(16, count, this.roles.length + (this.roles.length >> 1)));
    }
    this.count = 0;
    this.unpaired = 0;
  }

  /** The {@link Role} of mark `k`: `None` for every mark when the line does not balance. */
  role(k: number): number {
    return this.roles[k]! & ROLE_BITS;
  }

  /** The unit mark `k`, now `unit`, is written as: itself unless its pair is restyled. */
  writtenAs(k: number, unit: number): number {
    const flags = this.roles[k]!;
    if ((flags & RESTYLED) === 0) return unit;
    return this.style![((flags & SECONDARY) !== 0 ? 2 : 0) + ((flags & CLOSE) !== 0 ? 1 : 0)]!;
  }

  /** Whether mark `k` found no partner (meaningful only while `unpaired` is not 0). */
  isUnpaired(k: number): boolean {
    return (this.roles[k]! & UNPAIRED) !== 0;
  }

  /** Pushes mark `k`, a `«` or not, on the stack of open marks; returns the stack's new height. */
  push(k: number, guillemet: boolean, height: number): number {
    if (height === this.stack.length) {
      const bigger = new Int32Array(Math.max(16, height + (height >> 1)));
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[height] = (k << 1) | (guillemet ? 1 : 0);
    return height + 1;
  }
}

const Flank = { Left: 1, Right: 2, Either: 3 } as const;
const NONE = Role.None;
const OPEN = Role.Open;
const CLOSE = Role.Close;
/** A role entry's flag while pairing: a letter next to the mark is Arabic. */
const ARABIC_SIDE = 4;
/** A role entry's flag once the line is found not to balance: this mark has no partner. */
const UNPAIRED = 8;
/** Role flags: the pair is written in the style, in its secondary marks. */
const RESTYLED = 16;
const SECONDARY = 32;
const ROLE_BITS = 3;
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

/** The line's quotation marks to pair, in order. */
export interface QuoteWalk {
  /** The offset of the first one at or after `from`, or the line's end. */
  nextQuote(from: number): number;
}

/**
 * Pairs the quotes of a line `[start, end)` into `plan` and decides how each
 * is written. `quotes` gives the offsets of the line's quotation marks to
 * pair. `style` is null for `quotes: 'keep'`. A pair is restyled only when a
 * letter just inside or just outside it is Arabic, so Latin text keeps its own
 * quotes.
 */
export function planQuotes(
  units: Uint16Array,
  plan: QuotePlan,
  start: number,
  end: number,
  classes: Uint8Array,
  letters: LetterCursor,
  style: readonly number[] | null,
  quotes: QuoteWalk,
): void {
  const { roles } = plan;
  plan.style = style;
  // Each pair is decided when its closing mark is found: its depth is then the stack's height.
  let height = 0;
  let k = 0;
  letters.reset(start, end);
  for (let at = quotes.nextQuote(start); at < end; at = quotes.nextQuote(at + 1), k++) {
    const unit = units[at]!;
    // Until the mark's role is known, its entry says whether a letter next to it is Arabic.
    roles[k] = letters.left(at) === ARABIC || letters.right(at) === ARABIC ? ARABIC_SIDE : NONE;
    const top = height > 0 ? plan.stack[height - 1]! : -1;
    const open = top >> 1;
    const openIsDouble = top >= 0 && (top & 1) === 0;
    let closes: boolean;
    if (unit === 0xab || unit === 0x201c) closes = false;
    else if (unit === 0xbb) {
      if (open < 0 || openIsDouble) {
        roles[k] = UNPAIRED;
        plan.unpaired++;
        continue;
      }
      closes = true;
    } else {
      const side = flank(units, at, start, end, classes);
      if (openIsDouble && side !== Flank.Left) closes = true;
      else if (side !== Flank.Right) closes = false;
      else {
        roles[k] = UNPAIRED;
        plan.unpaired++;
        continue;
      }
    }
    if (!closes) {
      height = plan.push(k, unit === 0xab, height);
      continue;
    }
    height--;
    // Every nested level takes the secondary style: a third level back in the primary one would
    // read, once the secondary marks are written, as a second level.
    const restyled = style && ((roles[open]! | roles[k]!) & ARABIC_SIDE) !== 0 ? RESTYLED | (height > 0 ? SECONDARY : 0) : 0;
    roles[open] = OPEN | restyled;
    roles[k] = CLOSE | restyled;
  }
  plan.count = k;
  if (height === 0 && plan.unpaired === 0) return;
  // Not balanced: nothing is restyled, and every mark left open has no partner either.
  plan.unpaired += height;
  for (let depth = 0; depth < height; depth++) roles[plan.stack[depth]! >> 1] = UNPAIRED;
  for (let j = 0; j < k; j++) roles[j] = roles[j] === UNPAIRED ? UNPAIRED : NONE;
}
