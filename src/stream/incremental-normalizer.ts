/**
 * Normalisation of a text that arrives in pieces. Input is held back until a
 * point where the text may be cut (see `cut-points.ts`), so the output equals
 * one call of `normalizeArabic` on the whole text however it was split.
 */
import { compiledFor, createNormalizer } from '../normalize/normalizer';
import { onlyAsciiPunctuation } from '../normalize/punctuation/options';
import { NormalizeOptionsError } from '../normalize/errors';
import { describeValue, readPlainOptions, type OptionsShape } from '../normalize/read-options';
import type { NormalizeOptions, NormalizePreset, ResolvedNormalizeOptions } from '../normalize/option-values';
import { stretchMayDependOnLine } from '../repair/repair-line';
import { endOfLastLine, lastCutAfterSpace, lastPrimerCut, lastWordCut, tokenEndIsPlain, type PrimerCut } from './cut-points';
import { streamWork } from './stream-work';
import { shortenRuns } from './shorten-runs';
import { classesForRepairRuns, classifyUnits, settlesBlankLine } from './unit-classes';

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

/** 1 for every unit but ASCII. */
const NON_ASCII = /* @__PURE__ */ (() => new Uint8Array(0x10000).fill(1, 0x80))();

/** Default of {@link NormalizeStreamOptions.segmentLength}. */
const DEFAULT_SEGMENT_LENGTH = 65_536;

const STREAM_OPTIONS_SHAPE: OptionsShape = { what: 'stream options', known: ['segmentLength'] };

/** `segmentLength` of the stream options, checked like the normalisation options (unknown keys, non-plain objects). */
function checkSegmentLength(streamOptions: unknown): number {
  if (streamOptions === undefined) return DEFAULT_SEGMENT_LENGTH;
  const value = readPlainOptions(streamOptions, STREAM_OPTIONS_SHAPE)['segmentLength'];
  if (value === undefined) return DEFAULT_SEGMENT_LENGTH;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new NormalizeOptionsError(
      'invalid-value',
      ['segmentLength'],
      ['a positive integer'],
      `segmentLength must be a positive integer, got ${describeValue(value)}`,
    );
  }
  return value;
}

/**
 * Creates an {@link IncrementalNormalizer}. Invalid options throw
 * `NormalizeOptionsError` here, not on the first piece. Memory stays bounded
 * by `segmentLength` for any input, long lines and long runs of spaces,
 * removed marks or joiners included; the exceptions are one mark cluster whose
 * kept marks run into the thousands, quote styling and tidy spacing
 * (`publish`), which hold one whole line at a time, and, under the other
 * repair and punctuation rules, a line that runs for a segment without a word
 * start or a run that may be shortened (see docs/cli.md, "Memory").
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
  const segmentLength = checkSegmentLength(streamOptions);
  // Repair and punctuation read more of a line than the engine: see cut-points.ts for where it may be cut.
  const lineScoped = compiled.lineContext;
  // Quotes pair within a whole paragraph, and the spacing rule reads how they pair even when they keep their style.
  const wholeLines = compiled.punctuation !== null && (compiled.punctuation.quoteStyle !== null || compiled.punctuation.spacing);
  // The punctuation rules read no letters, only a mark's neighbours and its token: cuts inside tokens too.
  const insideTokens = lineScoped && (compiled.punctuation === null || onlyAsciiPunctuation(compiled.punctuation));
  const repairsMojibake = compiled.repair?.mojibake === true;
  const entities = compiled.repair?.entities === true;
  const shortening = repairsMojibake ? classesForRepairRuns(classes) : classes;
  // Units that may stand on either side of a cut inside a token: none of a mojibake piece or an HTML reference.
  const cuttable = repairsMojibake ? classes.outsideCodepage : entities ? NON_ASCII : undefined;

  // The held text: the pieces pushed since the last cut, joined only when a cut is looked for or the line ends,
  // so a piece is copied a bounded number of times however long the line grows (joining on every push would not be).
  let pieces: string[] = [];
  let heldLength = 0;
  // Length the held text may reach before it is cut or shortened; grows when it can be neither.
  let limit = segmentLength;
  let ended = false;

  /** The held text as one string. */
  const joinHeld = (): string => {
    if (pieces.length > 1) {
      pieces = [pieces.join('')];
      streamWork.units += heldLength;
    }
    return pieces[0] ?? '';
  };

  /** Cuts of `held`, the latest first. */
  const cutsOf = (held: string): PrimerCut[] => {
    // Each search reads at most the whole held text, once.
    streamWork.units += held.length;
    if (!lineScoped) return [lastPrimerCut(held, classes)].filter((cut) => cut !== undefined);
    if (wholeLines) return [];
    const atWord = lastWordCut(held, classes, repairsMojibake);
    const inToken = insideTokens ? lastPrimerCut(held, classes, cuttable) : undefined;
    // Under reference repair no unit of a token is cuttable, but a token's start after a space is.
    const afterSpace = insideTokens && entities && !repairsMojibake ? lastCutAfterSpace(held, classes) : undefined;
    return [inToken, atWord, afterSpace].filter((cut) => cut !== undefined).sort((a, b) => b.at - a.at);
  };

  /** Normalises `text`, counting its units. */
  const normalizeCounted = (text: string): string => {
    streamWork.units += text.length;
    return normalize(text);
  };

  /**
   * The output of `held` before `cut`; undefined when the cut could change
   * the result (a piece of mojibake before it whose segment is still open: a
   * later cut, after a clean word, may do).
   */
  const writtenBefore = (held: string, cut: PrimerCut): string | undefined => {
    if (repairsMojibake && stretchMayDependOnLine(held.slice(0, cut.at), entities)) return undefined;
    const withPrimer = normalizeCounted(held.slice(0, cut.at + cut.length));
    const written = withPrimer.slice(0, withPrimer.length - cut.written);
    if (repairsMojibake && stretchMayDependOnLine(written, entities)) return undefined;
    if (lineScoped && held.charCodeAt(cut.at - 1) !== 0x20) {
      // Inside a token, the written units on both sides of the cut must also end pieces and references,
      // and the token before the cut (with the primer) must not decide a mark after it: else wait for another cut.
      // (What an earlier cut wrote of the token passed this check.)
      const split = cuttable !== undefined && (cuttable[withPrimer.charCodeAt(written.length - 1)] === 0 || cuttable[withPrimer.charCodeAt(written.length)] === 0);
      if (split || (compiled.punctuation !== null && !tokenEndIsPlain(withPrimer))) return undefined;
    }
    return written;
  };

  /** Cuts or shortens an unfinished line that has reached the limit; returns the output that is now final. */
  const relieve = (): string => {
    let held = joinHeld();
    let out = '';
    for (const cut of cutsOf(held)) {
      const written = writtenBefore(held, cut);
      if (written === undefined) continue;
      out = written;
      held = held.slice(cut.at);
      limit = segmentLength;
      break;
    }
    if (held.length >= limit) {
      streamWork.units += held.length;
      const shortened = shortenRuns(held, shortening);
      // Under repair a run may not lose the last unit that keeps its line from looking blank.
      if (!repairsMojibake || !settlesBlankLine(held, classes) || settlesBlankLine(shortened, classes)) held = shortened;
      // Doubling: the held text is searched again only once it has grown by as much again, so the searches add up to linear time.
      limit = Math.max(segmentLength, 2 * held.length);
    }
    pieces = held.length > 0 ? [held] : [];
    heldLength = held.length;
    return out;
  };

  const push = (text: string): string => {
    if (ended) throw new Error('The incremental normaliser has ended; create a new one');
    if (typeof text !== 'string') throw new TypeError(`Text to normalise must be a string, got ${typeof text}`);
    if (text.length === 0) return '';
    // Only the new piece is scanned for a line break: the held text has none.
    streamWork.units += text.length;
    const lineEnd = endOfLastLine(text, 0, classes);
    let out = '';
    if (lineEnd > 0) {
      pieces.push(text.slice(0, lineEnd));
      heldLength += lineEnd;
      out = normalizeCounted(joinHeld());
      const rest = text.slice(lineEnd);
      pieces = rest.length > 0 ? [rest] : [];
      heldLength = rest.length;
      limit = segmentLength;
    } else {
      pieces.push(text);
      heldLength += text.length;
    }
    return heldLength < limit ? out : out + relieve();
  };

  const end = (): string => {
    if (ended) throw new Error('The incremental normaliser has ended; create a new one');
    ended = true;
    const out = heldLength > 0 ? normalizeCounted(joinHeld()) : '';
    pieces = [];
    heldLength = 0;
    return out;
  };

  return {
    push,
    end,
    get pending() {
      return heldLength;
    },
    options: normalize.options,
  };
}
