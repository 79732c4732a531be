/**
 * The punctuation pass: quotes, Arabic comma/semicolon/question mark,
 * spacing, ellipsis, runs of marks, dashes, percent and decimal signs. It
 * runs on the normaliser's output, one line at a time.
 *
 * Only the *marks* (units some rule looks at) are visited: one native scan
 * with a single character class finds them, the line breaks, and the units
 * that hint at a URL or e-mail address (or the normaliser's list of them is
 * read), and a line with marks is visited once more for its marks alone.
 * Everything between marks is copied as a slice. A mark reads its
 * neighbours, the spaces around it, the nearest letter on either side and the
 * token it sits in; quotes read the whole line.
 * So lines never affect each other, and each unit of a line is read a
 * constant number of times: linear.
 */
import { mojibakeUnitRoles } from '../../repair/codepages';
import { asciiPunctuationInPlace } from './ascii';
import { P, punctuationClasses } from './classes';
import { AddressCursor, LetterCursor, Script } from './line-view';
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
  /** The changes when units moved (their map composes with the input's: `composeMap`); undefined when every unit kept its place. */
  readonly moved: Edits | undefined;
  /** Input offsets of quotation marks left alone because their line does not balance (when quotes are restyled and they were asked for). */
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
const INTERESTING_BIT = P.Interesting;
const QUOTE_BIT = P.Quote;
const LETTER_BITS = P.ArabicLetter | P.OtherLetter;
const DIGIT_BIT = P.Digit;
const ARABIC = Script.Arabic;
const OPEN = Role.Open;
const CLOSE = Role.Close;
const SPACE = 0x20;

const stops: Array<Uint8Array | undefined> = [];

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

/**
 * The quote plan of the last pass whose line needed a big one, held weakly:
 * the normaliser runs the pass again on its own output (a second round), and
 * a line of millions of quotation marks would otherwise have its plan twice in
 * memory until the collector frees the first. A small plan stays with the pass.
 */
let spare: WeakRef<QuotePlan> | undefined;
const SPARE_AT = 1 << 12;

const NO_OFFSETS: readonly number[] = Object.freeze([]);

/**
 * One pass over a text's units. A single instance serves every call (see
 * {@link punctuate}), set up anew by {@link Pass.begin}: a call per line then
 * allocates nothing for the pass's state, only what its edits need.
 */
class Pass {
  private edits: Edits;
  private unbalanced: number[] = [];
  private readonly classes = punctuationClasses();
  private readonly letters: LetterCursor;
  private readonly addresses: AddressCursor;
  // How many marks and quotation marks the current line has. Their offsets are not kept: one line
  // can hold millions, and each visit of the line finds them again (see nextMark); the count sizes
  // the quote plan, one byte a quotation mark, in one step.
  private quoteCount = 0;
  private markCount = 0;
  private stop: Uint8Array;
  // The normaliser's stops, when it recorded them, and the index of the first one of the current line.
  private stops: ArrayLike<number> | undefined;
  private lineStop = 0;
  private stopIndex = 0;
  // The line a walk over quotation marks is on (see startQuoteWalk).
  private lineEnd = 0;
  private lineHinted = false;
  private plan: QuotePlan | undefined;
  private readonly rewrite: Rewrite = { written: 0, consumed: 1, kind: OTHER, extra: 0 };
  private asciiOnly: boolean;
  private units: Uint16Array;
  private length = 0;
  private options: PunctuationOptions;
  /** Whether to list the quotation marks left alone because their line does not balance. */
  private reportUnbalanced = false;
  /** Marks rewritten in `units` itself, unit for unit: restyled quotation marks, and every mark under `punctuation: 'ascii'` alone. */
  rewrittenInPlace = 0;

  constructor(options: PunctuationOptions) {
    this.units = NO_UNITS;
    this.options = options;
    this.stop = stopTable(options);
    this.asciiOnly = onlyAsciiPunctuation(options);
    this.edits = new Edits(mojibakeUnitRoles());
    this.letters = new LetterCursor(this.units, this.classes);
    this.addresses = new AddressCursor(this.units, this.classes);
  }

  /** Sets the pass up for `units[0..length)`, forgetting the last one. */
  begin(units: Uint16Array, length: number, options: PunctuationOptions, reportUnbalanced: boolean): void {
    this.units = units;
    this.length = length;
    if (options !== this.options) {
      this.options = options;
      this.stop = stopTable(options);
      this.asciiOnly = onlyAsciiPunctuation(options);
    }
    this.reportUnbalanced = reportUnbalanced;
    // Only a pass that reports them pushes to it: the shared empty list is never written.
    this.unbalanced = reportUnbalanced ? [] : (NO_OFFSETS as number[]);
    this.rewrittenInPlace = 0;
    this.quoteCount = 0;
    this.markCount = 0;
    this.lineStop = 0;
    this.stopIndex = 0;
    this.edits.begin(units, length);
    this.letters.units = units;
    this.addresses.units = units;
  }

  /** The pass's outcome; its edits stay valid until the next pass begins. */
  result(): PunctuationResult {
    const { edits, unbalanced, length, units } = this;
    const inPlace = this.rewrittenInPlace;
    // Only marks rewritten where they stand: the units are the output, and the map is the input's.
    if (edits.count === 0) {
      return { out: inPlace > 0 ? units : null, length, moved: undefined, unbalanced, suspicious: edits.suspicious, edits: inPlace };
    }
    const applied = edits.apply();
    // The edits go with the result: buffers grown for a huge line are not kept for the next pass.
    if (!edits.keepable) this.edits = new Edits(mojibakeUnitRoles());
    return { out: applied.out, length: applied.length, moved: edits, unbalanced, suspicious: edits.suspicious, edits: edits.count + inPlace };
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
    const { units, length, classes, stop } = this;
    this.stops = stops;
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
        this.lineStop = next;
      } else if ((bits & INTERESTING_BIT) !== 0 && stop[units[at]!] === 1) {
        this.markCount++;
        if ((bits & QUOTE_BIT) !== 0) this.quoteCount++;
      } else hinted = true;
    }
  }

  /** Leaves a big quote plan, held weakly, to the next pass; holds nothing of this pass's text. */
  release(): void {
    const { plan } = this;
    if (plan && plan.capacity >= SPARE_AT) {
      spare = new WeakRef(plan);
      this.plan = undefined;
    }
    this.units = this.letters.units = this.addresses.units = NO_UNITS;
    this.stops = undefined;
    this.unbalanced = NO_OFFSETS as number[];
    this.edits.forgetInput();
  }

  /** The offset of the line's first mark at or after `from`, or `end`: from the normaliser's stops, else a scan. */
  private nextMark(from: number, end: number): number {
    const { stops } = this;
    if (stops) {
      // Offsets before `from` were visited (or skipped, inside a run of marks) already.
      let index = this.stopIndex;
      while (index < stops.length && stops[index]! < from) index++;
      this.stopIndex = index;
      for (; index < stops.length; index++) {
        const at = stops[index]!;
        if (at >= end) return end;
        if (this.isMark(at)) return at;
      }
      return end;
    }
    for (let at = from; at < end; at++) if (this.isMark(at)) return at;
    return end;
  }

  /** Whether the unit at `at` is a mark: a unit the pass stops at that some rule looks at. */
  private isMark(at: number): boolean {
    const unit = this.units[at]!;
    return this.stop[unit] === 1 && (this.classes[unit]! & INTERESTING_BIT) !== 0;
  }

  /** Pairs the line's quotation marks (those outside addresses) into the reused plan. */
  private planLine(start: number, end: number, hinted: boolean): QuotePlan {
    if (!this.plan) {
      this.plan = spare?.deref() ?? new QuotePlan();
      spare = undefined;
    }
    const { plan } = this;
    plan.reset(this.quoteCount);
    if (this.quoteCount === 0) return plan;
    this.startQuoteWalk(start, end, hinted);
    planQuotes(this.units, plan, start, end, this.classes, this.letters, this.options.quoteStyle, this);
    if (plan.unpaired > 0 && this.options.reportQuotes && this.reportUnbalanced) {
      this.startQuoteWalk(start, end, hinted);
      for (let at = this.nextQuote(start), k = 0; at < end; at = this.nextQuote(at + 1), k++) if (plan.isUnpaired(k)) this.unbalanced.push(at);
    }
    return plan;
  }

  /**
   * Starts a walk over the line's quotation marks outside addresses: the
   * k-th offset nextQuote() gives is the quote plan's mark k. Each walk starts
   * again from the line's first stop (and address).
   */
  private startQuoteWalk(start: number, end: number, hinted: boolean): void {
    this.stopIndex = this.lineStop;
    this.lineEnd = end;
    this.lineHinted = hinted;
    if (hinted) this.addresses.reset(start, end);
  }

  /** The offset of the walk's next quotation mark at or after `from`, or the line's end. */
  nextQuote(from: number): number {
    const { units, classes, addresses, lineEnd: end, lineHinted: hinted } = this;
    let at = this.nextMark(from, end);
    while (at < end && ((classes[units[at]!]! & QUOTE_BIT) === 0 || (hinted && addresses.covers(at)))) at = this.nextMark(at + 1, end);
    return at;
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
    this.rewrittenInPlace += asciiPunctuationInPlace(this.units, this.length, stops, stops?.length ?? 0);
  }

  private line(start: number, end: number, hinted: boolean): void {
    const { units, classes, options, letters, addresses, rewrite, edits } = this;
    const plan = this.planLine(start, end, hinted);
    const frozen = plan.unpaired > 0;
    letters.reset(start, end);
    addresses.reset(start, end);
    this.stopIndex = this.lineStop;
    let quote = 0;
    let done = start; // marks before this were consumed by an earlier one (a run of dots or marks)
    let lastKind = LINE_START;
    let lastEnd = -1; // offset just past the last mark
    for (let at = this.nextMark(start, end); at < end; at = this.nextMark(done, end)) {
      const unit = units[at]!;
      const bits = classes[unit]!;
      const isQuote = (bits & QUOTE_BIT) !== 0;
      const guarded = hinted && addresses.covers(at);
      if (isQuote && !guarded) quote++;
      rewrite.written = unit;
      rewrite.consumed = 1;
      rewrite.kind = OTHER;
      rewrite.extra = 0;
      if (guarded) {
        // In a URL or e-mail address: nothing changes.
      } else if (isQuote) {
        // Written from the plan once the line is done (writeQuotes): later marks of the line read this one as it was.
        const role = plan.role(quote - 1);
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
      if (extra > 0) edits.replaceWithDots(at, after);
      else if (written !== unit || consumed !== 1) edits.replaceWith(at, after, written);

      // Spaces after the mark, up to the next unit, when that unit is not a mark (which decides them itself).
      if (options.spacing && (kind === CLOSING || kind === OPENING)) {
        let to = after;
        while (to < end && (classes[units[to]!]! & SPACE_BIT) !== 0) to++;
        const nextIsMark = to < end && this.isMark(to);
        if (to > after && to < end && !nextIsMark) {
          if (kind === OPENING) edits.remove(after, to);
          else if (to - after > 1) edits.remove(after + 1, to);
        } else if (to === after && kind === CLOSING && to < end && this.opensWord(to, nextIsMark, hinted, plan, quote, frozen)) {
          edits.insertAfterMark(after, SPACE);
        }
      }
      lastKind = kind;
      lastEnd = after;
      done = after;
    }
    if (!frozen && plan.count > 0) this.writeQuotes(plan, start, end, hinted);
  }

  /**
   * Writes the line's restyled quotation marks into `units`, where they
   * stand: unit for unit, so the map does not change, and no edit is
   * recorded (a line of quotes would need millions).
   */
  private writeQuotes(plan: QuotePlan, start: number, end: number, hinted: boolean): void {
    const { units, edits } = this;
    this.startQuoteWalk(start, end, hinted);
    let k = 0;
    for (let at = this.nextQuote(start); at < end; k++) {
      const next = this.nextQuote(at + 1);
      const written = plan.writtenAs(k, units[at]!);
      if (written !== units[at]) {
        // The mark before is written already; the one after may be another restyled mark: read it as it will be written.
        const before = at > 0 ? units[at - 1]! : -1;
        const after = at + 1 >= this.length ? -1 : next === at + 1 ? plan.writtenAs(k + 1, units[next]!) : units[at + 1]!;
        edits.checkRewritten(before, written, after);
        units[at] = written;
        this.rewrittenInPlace++;
      }
      at = next;
    }
  }

  /** Whether the unit at `at`, right after a closing mark, needs a space before it: a letter, an opening bracket or quote. */
  private opensWord(at: number, isMark: boolean, hinted: boolean, plan: QuotePlan, quote: number, frozen: boolean): boolean {
    const unit = this.units[at]!;
    if (!isMark) return (this.classes[unit]! & LETTER_BITS) !== 0;
    if (unit === 0x28 || unit === 0x5b) return true;
    // A quotation mark outside an address right after this mark is the plan's next one.
    if (frozen || (this.classes[unit]! & QUOTE_BIT) === 0 || (hinted && this.addresses.covers(at))) return false;
    return quote < plan.count && plan.role(quote) === OPEN;
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

let reusable: Pass | undefined;
const NO_UNITS = new Uint16Array(0);

/**
 * Runs the punctuation pass over the normaliser's output units
 * `units[0..length)`. `stops`, when given, are the offsets of every unit of
 * `stopUnits(options)` in the units, ascending (the engine records them).
 * `reportUnbalanced` asks for the offsets of the quotation marks left alone
 * because their line does not balance.
 */
export function punctuate(
  units: Uint16Array,
  length: number,
  options: PunctuationOptions,
  stops: ArrayLike<number> | undefined,
  reportUnbalanced: boolean,
): PunctuationResult {
  const pass = (reusable ??= new Pass(options));
  pass.begin(units, length, options, reportUnbalanced);
  try {
    pass.run(stops);
    return pass.result();
  } finally {
    pass.release();
  }
}
