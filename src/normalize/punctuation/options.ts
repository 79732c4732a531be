/**
 * The punctuation rule families as numbers for the pass, compiled from the
 * resolved options.
 */
import type { ResolvedNormalizeOptions } from '../option-values';
import { ADDRESS_HINTS, INTERESTING, LINE_BREAK_CHARACTERS } from './classes';
import { QUOTE_STYLES } from './quotes';

/** Choices of the two-way options (`ellipsis`, `percentSign`, `decimalSign`). */
export const Way = { Keep: 0, Arabic: 1, Ascii: 2 } as const;

/** The punctuation options of one compiled normaliser. */
export interface PunctuationOptions {
  /** Quote style `[open, close, inner open, inner close]`, or null for `quotes: 'keep'`. */
  readonly quoteStyle: readonly number[] | null;
  /** Whether unbalanced quotes are worth a report (`quotes` is not `keep`). */
  readonly reportQuotes: boolean;
  /** `punctuation: 'arabic'`. */
  readonly arabicPunctuation: boolean;
  /** `punctuation: 'ascii'`. */
  readonly asciiPunctuation: boolean;
  /** `spacing: 'tidy'`. */
  readonly spacing: boolean;
  /** `ellipsis`: Keep, Arabic = `character` (… ), Ascii = `dots` (...). */
  readonly ellipsis: number;
  /** `punctuationRuns: 'one'`. */
  readonly runs: boolean;
  /** `dashes: 'en-dash'`. */
  readonly dashes: boolean;
  /** `percentSign`. */
  readonly percent: number;
  /** `decimalSign`. */
  readonly decimal: number;
}

/**
 * Whether only `punctuation: 'ascii'` is on: then ، ؛ ؟ are the only units
 * worth a stop, which keeps the pass cheap for search keys (`search`).
 */
export function onlyAsciiPunctuation(options: PunctuationOptions): boolean {
  return (
    options.asciiPunctuation && options.quoteStyle === null && !options.arabicPunctuation && !options.spacing &&
    options.ellipsis === Way.Keep && !options.runs && !options.dashes && options.percent === Way.Keep && options.decimal === Way.Keep
  );
}

/**
 * The units the pass stops at: the marks its rules read, line breaks, and
 * address hints; or, with `punctuation: 'ascii'` alone, ، ؛ ؟ and nothing
 * else (their tokens are read around them).
 */
export function stopUnits(options: PunctuationOptions): number[] {
  if (onlyAsciiPunctuation(options)) return [0x060c, 0x061b, 0x061f];
  return [...new Set([...INTERESTING, ...LINE_BREAK_CHARACTERS, ...ADDRESS_HINTS])];
}

function way(value: 'keep' | 'arabic' | 'ascii'): number {
  return value === 'arabic' ? Way.Arabic : value === 'ascii' ? Way.Ascii : Way.Keep;
}

/** The options of the punctuation pass, or null when every family is off. */
export function compilePunctuation(options: ResolvedNormalizeOptions): PunctuationOptions | null {
  const compiled: PunctuationOptions = {
    quoteStyle: options.quotes === 'keep' ? null : QUOTE_STYLES[options.quotes],
    reportQuotes: options.quotes !== 'keep',
    arabicPunctuation: options.punctuation === 'arabic',
    asciiPunctuation: options.punctuation === 'ascii',
    spacing: options.spacing === 'tidy',
    ellipsis: options.ellipsis === 'character' ? Way.Arabic : options.ellipsis === 'dots' ? Way.Ascii : Way.Keep,
    runs: options.punctuationRuns === 'one',
    dashes: options.dashes === 'en-dash',
    percent: way(options.percentSign),
    decimal: way(options.decimalSign),
  };
  const active =
    compiled.quoteStyle !== null || compiled.arabicPunctuation || compiled.asciiPunctuation || compiled.spacing || compiled.ellipsis !== Way.Keep ||
    compiled.runs || compiled.dashes || compiled.percent !== Way.Keep || compiled.decimal !== Way.Keep;
  return active ? compiled : null;
}
