/**
 * Normalisation of a text that arrives in pieces. Input is held back until a
 * point where the text may be cut (see `cut-points.ts`), so the output equals
 * one call of `normalizeArabic` on the whole text however it was split.
 */
import { compiledFor, createNormalizer } from '../normalize/normalizer';
import type { NormalizeOptions, NormalizePreset, ResolvedNormalizeOptions } from '../normalize/options';
import { endOfLastLine, lastPrimerCut } from './cut-points';
import { shortenRuns } from './shorten-runs';
import { classifyUnits } from './unit-classes';

/**
 * Options of {@link createIncrementalNormalizer} and `createNormalizeStream`.
 *
 * @example
 * ```ts
 * const options: NormalizeStreamOptions = { segmentLength: 4096 };
 * ```
 */
export interface NormalizeStreamOptions {
  /**
   * How many UTF-16 units of an unfinished line are held back before the line
   * is cut at a safe point (a whole line is always written at its line
   * break). Smaller values write sooner; the output is the same. Default 65,536.
   */
  segmentLength?: number;
}

/**
 * Normalises a text given in pieces: `push` each piece, then call `end`.
 * Concatenated, the strings they return equal `normalizeArabic(wholeText, options)`.
 *
 * @example
 * ```ts
 * const normalizer = createIncrementalNormalizer('search');
 * let out = normalizer.push('مدرسةٌ ');
 * out += normalizer.push('جديدة');
 * out += normalizer.end();
 * out; // 'مدرسه جديده'
 * ```
 */
export interface IncrementalNormalizer {
  /** Takes the next piece of the text; returns the output that is now final (maybe empty). */
  push(text: string): string;
  /** Ends the text and returns the rest of the output. The normaliser can not be used afterwards. */
  end(): string;
  /** UTF-16 units of input held back, waiting for what follows them. */
  readonly pending: number;
  /** The resolved normalisation options. */
  readonly options: Readonly<ResolvedNormalizeOptions>;
}

/** Default of {@link NormalizeStreamOptions.segmentLength}. */
const DEFAULT_SEGMENT_LENGTH = 65_536;

function checkSegmentLength(value: unknown): number {
  if (value === undefined) return DEFAULT_SEGMENT_LENGTH;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`segmentLength must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Creates an {@link IncrementalNormalizer}. Invalid options throw
 * `NormalizeOptionsError` here, not on the first piece. Memory stays bounded
 * by `segmentLength` for any input, long lines and long runs of spaces,
 * removed marks or joiners included; the exceptions are one mark cluster whose
 * kept marks run into the thousands, and the line-scoped punctuation and
 * repair rules, which hold one whole line at a time (see docs/cli.md, "Memory").
 *
 * @param options - a preset name or options, as for `normalizeArabic`
 * @param streamOptions - see {@link NormalizeStreamOptions}
 * @example
 * ```ts
 * const normalizer = createIncrementalNormalizer('display');
 * const pieces = ['ﻻ', 'ن', 'ه  ', ' ', 'قال'];
 * pieces.map((piece) => normalizer.push(piece)).join('') + normalizer.end(); // 'لانه قال'
 * ```
 */
export function createIncrementalNormalizer(
  options?: NormalizePreset | NormalizeOptions,
  streamOptions?: NormalizeStreamOptions,
): IncrementalNormalizer {
  const normalize = createNormalizer(options);
  const compiled = compiledFor(options);
  const classes = classifyUnits(compiled);
  const segmentLength = checkSegmentLength(streamOptions?.segmentLength);
  // Repair and punctuation rules (quote pairing balances within a paragraph) read the whole line.
  const wholeLines = compiled.lineContext;

  let held = '';
  // Length the held text may reach before it is cut or shortened; grows when it can be neither.
  let limit = segmentLength;
  let ended = false;

  const push = (text: string): string => {
    if (ended) throw new Error('The incremental normaliser has ended; create a new one');
    if (typeof text !== 'string') throw new TypeError(`Text to normalise must be a string, got ${typeof text}`);
    if (text.length === 0) return '';
    const scanFrom = held.length;
    held += text;
    let out = '';
    const lineEnd = endOfLastLine(held, scanFrom, classes);
    if (lineEnd > 0) {
      out = normalize(held.slice(0, lineEnd));
      held = held.slice(lineEnd);
      limit = segmentLength;
    }
    if (wholeLines || held.length < limit) return out;
    const cut = lastPrimerCut(held, classes);
    if (cut) {
      const withPrimer = normalize(held.slice(0, cut.at + cut.length));
      out += withPrimer.slice(0, withPrimer.length - cut.written);
      held = held.slice(cut.at);
      limit = segmentLength;
      if (held.length < limit) return out;
    }
    held = shortenRuns(held, classes);
    limit = Math.max(segmentLength, 2 * held.length);
    return out;
  };

  const end = (): string => {
    if (ended) throw new Error('The incremental normaliser has ended; create a new one');
    ended = true;
    const out = held.length > 0 ? normalize(held) : '';
    held = '';
    return out;
  };

  return {
    push,
    end,
    get pending() {
      return held.length;
    },
    options: normalize.options,
  };
}
