/**
 * Which ranges of one text normalising would leave as they are, known
 * without normalising them: for a caller that normalises many pieces of one
 * text, as the parser normalises a field per line. Under options without a
 * repair or punctuation pass (`display`, `lucene`, `camel`), most news text
 * is such a range, and the engine itself decides it by one scan of the units
 * (its kept prefix). Here the text's units are copied once for all the
 * ranges, where a call per range would copy each range and pay the call's
 * own costs; the ranges it cannot vouch for are normalised as before.
 */
import type { CompiledNormalizer } from './compile';
import { keptPrefix } from './kept-prefix';
import { SHARED_UNITS_LENGTH, UNIT_CHUNK, sharedUnitsCopies, unitsOfText } from '../unicode/units-of-text';

/**
 * Units of the text held at once: all of a text that fits. A range must lie
 * inside them; a range outside starts a new window at its start. Ranges longer than
 * {@link UNIT_CHUNK} are never vouched for (the engine splits such a text
 * into pieces and does not stop at its kept prefix), so a new window always
 * reaches at least that far past the previous window's start, and over ranges
 * in ascending order the copies add up to at most twice the text.
 */
const WINDOW = SHARED_UNITS_LENGTH;

// The ranges whose window the engine's buffer of units holds, and the count of copies into it
// after theirs: normalising a range the scan cannot vouch for copies that range over the window,
// which is then copied again (a page copied again for about one field in fifteen on news pages).
let holder: KeptRanges | undefined;
let holderCopy = -1;

/**
 * Whether normalising with `compiled` returns any text the engine keeps
 * whole as it is: so when no pass runs around the engine.
 */
function engineAlone(compiled: CompiledNormalizer): boolean {
  return compiled.triggers === null && compiled.punctuation === null && !compiled.inPlacePunctuation;
}

/**
 * Answers, for ranges of one text, whether normalising the range alone with
 * `compiled` returns it unchanged. A `false` means only that it is not known
 * so: normalise the range to find out.
 *
 * @example
 * ```ts
 * const ranges = new KeptRanges(compiledFor('display'), 'عنوان الخبر\nﻻ بد');
 * ranges.keeps(0, 11); // true: normalizeArabic('عنوان الخبر') is the same text
 * ranges.keeps(12, 16); // false: display writes the presentation form ﻻ as لا
 * ```
 */
export class KeptRanges {
  private readonly enabled: boolean;
  // The offsets of the text that `units` holds from its start.
  private windowStart = 0;
  private windowEnd = 0;

  /**
   * @param compiled - the options the ranges would be normalised with
   * @param text - the text the ranges index into
   */
  constructor(
    readonly compiled: CompiledNormalizer,
    private readonly text: string,
  ) {
    this.enabled = engineAlone(compiled);
  }

  /** Whether `normalizeArabic(text.slice(start, end))` under these options is known to be that slice. */
  keeps(start: number, end: number): boolean {
    if (!this.enabled || end - start > UNIT_CHUNK || end <= start) return false;
    // The buffer is the engine's: another instance, or the engine, may have copied other units since.
    if (holder !== this || holderCopy !== sharedUnitsCopies() || start < this.windowStart || end > this.windowEnd) {
      // A text that fits is copied whole, once, whatever order its ranges come in.
      this.windowStart = this.text.length <= WINDOW ? 0 : start;
      this.windowEnd = Math.min(this.text.length, this.windowStart + WINDOW);
      unitsOfText(this.text, this.windowStart, this.windowEnd);
      holder = this;
      holderCopy = sharedUnitsCopies();
    }
    const from = start - this.windowStart;
    const to = end - this.windowStart;
    return keptPrefix(this.compiled, from, to, to) === to;
  }
}
