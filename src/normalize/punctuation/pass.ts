/**
 * The punctuation pass: quotes, Arabic comma/semicolon/question mark,
 * spacing, ellipsis, runs of marks, dashes, percent and decimal signs. It
 * runs on the normaliser's output, one line at a time.
 *
 * Only the *marks* (units some rule looks at) are visited: one native scan
 * with a single character class finds them, the line breaks, and the units
 * that hint at a URL or e-mail address. Everything between marks is copied as
 * a slice. A mark reads its neighbours, the spaces around it, the nearest
 * letter on either side and the token it sits in; quotes read the whole line.
 * So lines never affect each other, and each unit of a line is read a
 * constant number of times: linear.
 */
import { mojibakeUnitRoles } from '../../repair/codepages';
import { P, punctuationClasses } from './classes';
import { AddressCursor, LetterCursor, Script, isAddress } from './line-view';
import { onlyAsciiPunctuation, stopUnits, type PunctuationOptions } from './options';
import { QuotePlan, Role, planQuotes } from './quotes';
import { rewriteMark, type Rewrite } from './rewrite';
import { Edits } from './edits';

/** What the pass produced. */
export interface PunctuationResult {
  /** The units after the pass, or null when nothing changed. */
  readonly out: Uint16Array | null;
  /** How many units `out` holds. */
  readonly length: number;
  /** `inner` (the map of the pass's input) composed with the pass's own map; only when `inner` was given and something changed. */
  readonly sourceIndex: Uint32Array | undefined;
  /** Input offsets of quotation marks left alone because their line does not balance (when quotes are restyled). */
  readonly unbalanced: readonly number[];
  /** A unit that stands for a continuation byte was written next to a mojibake lead where the input had none. */
  readonly suspicious: boolean;
  /** How many changes were made (a restyled quote, a converted mark, a removed run of spaces, an inserted space …). */
  readonly edits: number;
}

/** What a mark is to the spacing rule. */
const LINE_START = 0;
const OTHER = 1;
const CLOSING = 2;
const OPENING = 3;
const FROZEN = 4;

const SPACE_BIT = P.Space;
const LINE_BREAK_BIT = P.LineBreak;
const TOKEN_END_BITS = P.Space | P.LineBreak;
const INTERESTING_BIT = P.Interesting;
const QUOTE_BIT = P.Quote;
const LETTER_BITS = P.ArabicLetter | P.OtherLetter;
const DIGIT_BIT = P.Digit;
const ARABIC = Script.Arabic;
const OPEN = Role.Open;
const CLOSE = Role.Close;
const SPACE = 0x20;

const stops: Array<Uint8Array | undefined> = [];
const NONE = new Int32Array(0);

/** 1 for the units the scan stops at (see `stopUnits`). */
function stopTable(options: PunctuationOptions): Uint8Array {
  const key = onlyAsciiPunctuation(options) ? 1 : 0;
  const cached = stops[key];
  if (cached) return cached;
  const table = new Uint8Array(0x10000);
  for (const unit of stopUnits(options)) table[unit] = 1;
  stops[key] = table;
  return table;
}

/** A buffer twice as long holding the same first entries. */
function doubled(buffer: Int32Array): Int32Array {
  const bigger = new Int32Array(Math.max(16, buffer.length * 2));
  bigger.set(buffer);
  return bigger;
}

class Pass {
  readonly edits: Edits;
  readonly unbalanced: number[] = [];
  private readonly classes = punctuationClasses();
  private readonly letters: LetterCursor;
  private readonly addresses: AddressCursor;
  // The marks and quotation marks of the current line: buffers reused line after line, with counts.
  // Typed and doubled when full: one line can hold millions of marks, and a plain array of them
  // costs twice the memory, grows in smaller steps (each leaving a copy behind) and is traced by the collector.
  // Empty until a line has a mark: a call per line must not pay for buffers it does not use.
  private marks: Int32Array = NONE;
  private markCount = 0;
  private quotes: Int32Array = NONE;
  private quoteCount = 0;
  private readonly plan = new QuotePlan();
  private readonly rewrite: Rewrite = { written: 0, consumed: 1, kind: OTHER, extra: 0 };
  private readonly asciiOnly: boolean;
  /** Marks rewritten in `units` itself, unit for unit (`punctuation: 'ascii'` alone). */
  rewrittenInPlace = 0;

  constructor(
    private readonly units: Uint16Array,
    private readonly length: number,
    private readonly options: PunctuationOptions,
  ) {
    this.edits = new Edits(units, length, mojibakeUnitRoles());
    this.asciiOnly = onlyAsciiPunctuation(options);
    this.letters = new LetterCursor(units, this.classes);
    this.addresses = new AddressCursor(units, this.classes);
  }

  private bits(at: number): number {
    return at >= 0 && at < this.length ? this.classes[this.units[at]!]! : 0;
  }

  /**
   * Visits the stops in order: `stops` when the normaliser recorded them as
   * it wrote its output (their offsets, ascending), else a scan of the units.
   */
  run(stops: ArrayLike<number> | undefined): void {
    if (this.asciiOnly) return this.runAsciiOnly(stops);
    const { units, length, classes } = this;
    const stop = stopTable(this.options);
    let start = 0;
    let hinted = false;
    let next = 0;
    for (let at = 0; at <= length; at++) {
      if (stops) at = next < stops.length ? stops[next++]! : length;
      // The hot loop: one lookup per unit, most of them letters that stop nothing.
      else while (at < length && stop[units[at]!] === 0) at++;
      const bits = at < length ? classes[units[at]!]! : LINE_BREAK_BIT;
      if ((bits & LINE_BREAK_BIT) !== 0) {
        if (this.markCount > 0) this.line(start, at, hinted);
        if (at >= length) return;
        this.markCount = 0;
        this.quoteCount = 0;
        hinted = false;
        start = at + 1;
      } else if ((bits & INTERESTING_BIT) !== 0 && stop[units[at]!] === 1) {
        if (this.markCount === this.marks.length) this.marks = doubled(this.marks);
        this.marks[this.markCount++] = at;
        if ((bits & QUOTE_BIT) !== 0) {
          if (this.quoteCount === this.quotes.length) this.quotes = doubled(this.quotes);
          this.quotes[this.quoteCount++] = at;
        }
      } else hinted = true;
    }
  }

  /** Pairs the line's quotation marks (those outside addresses) into the reused plan. */
  private planLine(start: number, end: number, hinted: boolean): QuotePlan {
    const { quotes, addresses, plan } = this;
    plan.reset(this.quoteCount);
    if (this.quoteCount === 0) return plan;
    if (hinted) addresses.reset(start, end);
    let count = 0;
    for (let k = 0; k < this.quoteCount; k++) {
      if (!hinted || !addresses.covers(quotes[k]!)) plan.positions[count++] = quotes[k]!;
    }
    plan.count = count;
    if (count === 0) return plan;
    planQuotes(this.units, plan, start, end, this.classes, this.letters, this.options.quoteStyle);
    if (this.options.reportQuotes) for (const at of plan.unpaired) this.unbalanced.push(at);
    return plan;
  }

  /**
   * `punctuation: 'ascii'` alone: ، ؛ ؟ become , ; ? unless between digits or
   * in an address; nothing else to decide. The stops are these marks only (no
   * line breaks: a mark's token, which decides whether it is in an address,
   * is found around it, up to white space or a line break). Each mark is one
   * unit for one, so it is rewritten where it stands: the length and the
   * offset map stay as they are, and no rewrite changes what a later mark
   * reads (a digit, or an address sign).
   */
  private runAsciiOnly(stops: ArrayLike<number> | undefined): void {
    const { units, length, classes } = this;
    const stop = stopTable(this.options);
    let next = 0;
    let tokenEnd = -1;
    let inAddress = false;
    for (let at = 0; at < length; at++) {
      if (stops) {
        if (next === stops.length) return;
        at = stops[next++]!;
      } else {
        while (at < length && stop[units[at]!] === 0) at++;
        if (at === length) return;
      }
      if ((this.bits(at - 1) & DIGIT_BIT) !== 0 && (this.bits(at + 1) & DIGIT_BIT) !== 0) continue;
      if (at >= tokenEnd) {
        let from = at;
        while (from > 0 && (classes[units[from - 1]!]! & TOKEN_END_BITS) === 0) from--;
        tokenEnd = at + 1;
        while (tokenEnd < length && (classes[units[tokenEnd]!]! & TOKEN_END_BITS) === 0) tokenEnd++;
        inAddress = isAddress(units, from, tokenEnd);
      }
      if (inAddress) continue;
      const unit = units[at]!;
      units[at] = unit === 0x060c ? 0x2c : unit === 0x061b ? 0x3b : 0x3f;
      this.rewrittenInPlace++;
    }
  }

  private line(start: number, end: number, hinted: boolean): void {
    const { units, classes, options, letters, addresses, rewrite, marks, edits } = this;
    const plan = this.planLine(start, end, hinted);
    const frozen = plan.unpaired.length > 0;
    letters.reset(start, end);
    addresses.reset(start, end);
    let quote = 0;
    let done = start; // marks before this were consumed by an earlier one (a run of dots or marks)
    let lastKind = LINE_START;
    let lastEnd = -1; // offset just past the last mark
    const markCount = this.markCount;
    for (let m = 0; m < markCount; m++) {
      const at = marks[m]!;
      const unit = units[at]!;
      const bits = classes[unit]!;
      const isQuote = (bits & QUOTE_BIT) !== 0;
      if (at < done) continue;
      const guarded = hinted && addresses.covers(at);
      if (isQuote && !guarded) quote++;
      rewrite.written = unit;
      rewrite.consumed = 1;
      rewrite.kind = OTHER;
      rewrite.extra = 0;
      if (guarded) {
        // In a URL or e-mail address: nothing changes.
      } else if (isQuote) {
        const k = quote - 1;
        rewrite.written = plan.written[k]!;
        const role = plan.roles[k]!;
        if (frozen) rewrite.kind = FROZEN;
        else if (role === OPEN) rewrite.kind = letters.opening(at) === ARABIC ? OPENING : OTHER;
        else if (role === CLOSE) rewrite.kind = letters.closing(at) === ARABIC ? CLOSING : OTHER;
      } else {
        const arabic = letters.closing(at) === ARABIC;
        const between = (this.bits(at - 1) & DIGIT_BIT) !== 0 && (this.bits(at + 1) & DIGIT_BIT) !== 0;
        rewriteMark(units, unit, at, start, end, arabic, between, options, classes, letters, rewrite);
      }
      const { written, consumed, kind, extra } = rewrite;
      const after = at + consumed;

      // Spaces before the mark, back to the previous unit.
      let from = at;
      while (from > start && (classes[units[from - 1]!]! & SPACE_BIT) !== 0) from--;
      if (options.spacing && from < at) {
        const previous = from === start ? LINE_START : from === lastEnd ? lastKind : OTHER;
        // `…` written as dots starts with a dot that a dot follows: a digit after it guards nothing.
        this.spacesBefore(from, at, previous, kind, extra > 0 ? -1 : after, end);
      }
      if (extra > 0) edits.replaceWithDots(at, after, at);
      else if (written !== unit || consumed !== 1) edits.replaceWith(at, after, written, at);

      // Spaces after the mark, up to the next unit, when that unit is not a mark (which decides them itself).
      if (options.spacing && (kind === CLOSING || kind === OPENING)) {
        let to = after;
        while (to < end && (classes[units[to]!]! & SPACE_BIT) !== 0) to++;
        let next = m + 1;
        while (next < markCount && marks[next]! < after) next++;
        const nextIsMark = next < markCount && marks[next] === to;
        if (to > after && to < end && !nextIsMark) {
          if (kind === OPENING) edits.remove(after, to);
          else if (to - after > 1) edits.remove(after + 1, to);
        } else if (to === after && kind === CLOSING && to < end && this.opensWord(to, nextIsMark, plan, quote, frozen)) {
          edits.replaceWith(after, after, SPACE, after - 1);
        }
      }
      lastKind = kind;
      lastEnd = after;
      done = after;
    }
  }

  /** Whether the unit at `at`, right after a closing mark, needs a space before it: a letter, an opening bracket or quote. */
  private opensWord(at: number, isMark: boolean, plan: QuotePlan, quote: number, frozen: boolean): boolean {
    const unit = this.units[at]!;
    if (!isMark) return (this.classes[unit]! & LETTER_BITS) !== 0;
    if (unit === 0x28 || unit === 0x5b) return true;
    return !frozen && quote < plan.count && plan.positions[quote] === at && plan.roles[quote] === OPEN;
  }

  /** Decides the spaces `[from, to)` between a unit of kind `previous` and a mark of kind `next`. */
  private spacesBefore(from: number, to: number, previous: number, next: number, after: number, end: number): void {
    if (previous === LINE_START || previous === FROZEN || next === FROZEN) return;
    if ((next === CLOSING && !this.guardsSpaceBefore(from, after, end)) || previous === OPENING) {
      this.edits.remove(from, to);
    } else if (previous === CLOSING && to - from > 1) this.edits.remove(from + 1, to);
  }

  /** A space before a closing mark stays when a digit follows the mark (`.5`, `:30`) or the mark sits between numbers (`10 : 30`). */
  private guardsSpaceBefore(from: number, after: number, end: number): boolean {
    if (after < 0) return false;
    if (after < end && (this.bits(after) & DIGIT_BIT) !== 0) return true;
    if ((this.bits(from - 1) & DIGIT_BIT) === 0) return false;
    let k = after;
    while (k < end && (this.bits(k) & SPACE_BIT) !== 0) k++;
    return k < end && (this.bits(k) & DIGIT_BIT) !== 0;
  }
}

/**
 * Runs the punctuation pass over the normaliser's output units
 * `units[0..length)`. `inner`, when given, maps those units to the input
 * (with one extra last entry); the result's map then maps the pass's output
 * to the same input. `stops`, when given, are the offsets of every unit of
 * `stopUnits(options)` in the units, ascending (the engine records them).
 */
export function punctuate(
  units: Uint16Array,
  length: number,
  options: PunctuationOptions,
  inner: Uint32Array | undefined,
  stops?: ArrayLike<number>,
): PunctuationResult {
  const pass = new Pass(units, length, options);
  pass.run(stops);
  const { edits, unbalanced } = pass;
  // ASCII letters and signs for ، ؛ ؟ make no mojibake: nothing suspicious, and the map is the input's.
  if (pass.rewrittenInPlace > 0) return { out: units, length, sourceIndex: inner, unbalanced, suspicious: false, edits: pass.rewrittenInPlace };
  if (edits.count === 0) return { out: null, length, sourceIndex: undefined, unbalanced, suspicious: false, edits: 0 };
  // The map first: apply() may write the output over the input.
  const sourceIndex = inner ? edits.composeMap(inner) : undefined;
  const result = edits.apply();
  return { ...result, sourceIndex, unbalanced, suspicious: edits.suspicious, edits: edits.count };
}
