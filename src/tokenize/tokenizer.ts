/**
 * The public entry points: {@link tokenize} and {@link createTokenizer}.
 */
import { TOKEN_KINDS, type TokenKind } from './kinds';
import { compileKeys, keyOf, finishKey, type CompiledKeys } from './keys';
import { resolveTokenizeOptions, type ResolvedTokenizeOptions, type TokenizeOptions, type TokenizePreset } from './options';
import { NOT_IN_WORD, STARTS_LETTER, STARTS_NOTHING, UNIT_STARTS, matchPlainWord, plainKeyLength } from './plain-word';
import { matchToken, matchedTokenKind, widthAt } from './segmenter';
import { BMP_CLASSES, WORD_CLASS } from './word-classes';
import { stringFromUnits } from '../unicode/string-from-units';

// The key of the common word being read, written by matchPlainWord (a word is at most 255 units).
const KEY_UNITS = /* @__PURE__ */ new Uint16Array(256);

/**
 * One word of a text: where it is, how it is written and its search key.
 *
 * @example
 * ```ts
 * const [token] = tokenize('الكتابُ', 'lucene');
 * token; // { text: 'الكتابُ', key: 'كتاب', start: 0, end: 7, kind: 'word' }
 * ```
 */
export interface Token {
  /** The word as written: `text.slice(start, end)` of the tokenised text. */
  text: string;
  /** Its search key under the options; never empty, never holds whitespace. */
  key: string;
  /** Offset of its first UTF-16 unit in the tokenised text. */
  start: number;
  /** Offset just after its last UTF-16 unit. */
  end: number;
  /** What kind of token it is; see {@link TOKEN_KINDS}. */
  kind: TokenKind;
}

/**
 * A tokenizer with its options compiled once: call it with a text. `key` gives the key of a
 * word typed by a user (a query term), computed the same way as the keys of tokens.
 *
 * @example
 * ```ts
 * const tokenizer: Tokenizer = createTokenizer('search');
 * tokenizer('مدرسةٌ جديدة').map((token) => token.key); // ['مدرسه', 'جديده']
 * tokenizer.key('المدرسة'); // 'المدرسه'
 * ```
 */
export interface Tokenizer {
  /** The tokens of one text, in order. */
  (text: string): Token[];
  /** Key of one word, without segmenting it (empty when the options delete all of it). */
  key(word: string): string;
  /** The resolved options. */
  readonly options: ResolvedTokenizeOptions;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`Text to tokenise must be a string, got ${typeof text}`);
}

/** What a tokenizer is made of: plain data for {@link tokensOf}. */
interface CompiledTokenizer {
  readonly keys: CompiledKeys;
  /** The common word's letters and marks with their key units, for matchPlainWord. */
  readonly inWord: Int32Array;
  /** Keys of the stop words, or null for none. */
  readonly stopKeys: ReadonlySet<string> | null;
}

function compileTokenizer(options: ResolvedTokenizeOptions): CompiledTokenizer {
  const keys = compileKeys(options);
  const inWord = keys.table.map((mapped, unit) => {
    const cls = BMP_CLASSES[unit];
    return cls === WORD_CLASS.ALETTER || cls === WORD_CLASS.EXTEND ? mapped : NOT_IN_WORD;
  });
  const stopKeys = new Set<string>();
  for (const word of options.stopWords) {
    for (const part of word.split(/\s+/u)) {
      const stop = keyOf(keys, part);
      if (stop.length > 0) stopKeys.add(stop);
    }
  }
  return { keys, inWord, stopKeys: stopKeys.size > 0 ? stopKeys : null };
}

/** Whether a token with this key is left out: its key is empty, or a stop word's. */
function leftOut(stopKeys: ReadonlySet<string> | null, key: string): boolean {
  return key.length === 0 || (stopKeys !== null && stopKeys.has(key));
}

/**
 * Adds the token that starts at `p`, if any, by the whole segmenter: numbers, Latin words with
 * digits, emoji, other scripts, and words the common-word scan leaves. Returns where the next
 * token may start. Kept out of {@link tokensOf}, whose loop then stays small for the engine.
 */
function addOtherToken(compiled: CompiledTokenizer, text: string, p: number, tokens: Token[]): number {
  const end = matchToken(text, p, text.length);
  if (end === p) return p + widthAt(text, p, text.length);
  const kind = matchedTokenKind();
  const written = text.slice(p, end);
  const key = keyOf(compiled.keys, written);
  if (!leftOut(compiled.stopKeys, key)) tokens.push({ text: written, key, start: p, end, kind: TOKEN_KINDS[kind]! });
  return end;
}

/** The tokens of a text. One function for every tokenizer, so that it stays specialised. */
function tokensOf(compiled: CompiledTokenizer, text: string): Token[] {
  const { keys, inWord, stopKeys } = compiled;
  const tokens: Token[] = [];
  const length = text.length;
  let p = 0;
  while (p < length) {
    const unit = text.charCodeAt(p);
    const starts = UNIT_STARTS[unit]!;
    if (starts === STARTS_NOTHING) {
      p++;
      continue;
    }
    // Most words: their end, whether the table changes them and their key come from one scan.
    const plain = starts === STARTS_LETTER && unit < inWord.length ? matchPlainWord(text, p, length, inWord, KEY_UNITS) : p;
    if (plain === p) {
      p = addOtherToken(compiled, text, p, tokens);
      continue;
    }
    const start = p;
    const end = plain < 0 ? -plain : plain;
    const written = text.slice(start, end);
    const key = finishKey(keys, plain < 0 ? stringFromUnits(KEY_UNITS, plainKeyLength()) : written);
    // A common word ends at a unit that starts no token (a space, punctuation): step over it.
    p = end < length ? end + 1 : end;
    if (!leftOut(stopKeys, key)) tokens.push({ text: written, key, start, end, kind: 'word' });
  }
  return tokens;
}

/**
 * Compiles options once and returns a {@link Tokenizer}. Invalid options throw
 * {@link NormalizeOptionsError} here.
 *
 * @example
 * ```ts
 * const tokenizeForLucene = createTokenizer({ preset: 'lucene' });
 * tokenizeForLucene('ذهب الطلابُ إلى المدرسة').map((token) => token.key); // ['ذهب', 'طلاب', 'الي', 'مدرس']
 * ```
 */
export function createTokenizer(options?: TokenizePreset | TokenizeOptions): Tokenizer {
  const resolved = resolveTokenizeOptions(options);
  const compiled = compileTokenizer(resolved);
  const tokenizer = (text: string): Token[] => {
    checkText(text);
    return tokensOf(compiled, text);
  };
  return Object.assign(tokenizer, {
    key: (word: string): string => {
      checkText(word);
      return keyOf(compiled.keys, word);
    },
    options: resolved,
  });
}

const byPreset = new Map<TokenizePreset, Tokenizer>();

/**
 * Splits a text into words by the Unicode word-boundary rules exactly as Lucene's
 * `StandardTokenizer` does, and gives each its search key and its UTF-16 offsets in `text`.
 * Spaces, punctuation and symbols belong to no token; marks, tatweel and joiners stay inside
 * their word; numbers keep their separators (`1,234.5`); no token is longer than 255 units or
 * crosses a line break. A token whose key is empty (a lone tatweel, say) is dropped, as is one
 * whose key is a stop word. Never throws on a string, lone surrogates included.
 *
 * `options` is a preset — `search` (default: khabar's `search` normalisation, lower case, no
 * stemming) or `lucene` (Lucene 8's `ArabicAnalyzer`: same terms, offsets and order) — or a
 * preset plus overrides. Options are compiled once per preset; for options objects called in
 * a loop, compile with {@link createTokenizer}.
 *
 * @example
 * ```ts
 * tokenize('قرأتُ الكتابَ في ٣ أيام.');
 * // [{ text: 'قرأتُ', key: 'قرات', start: 0, end: 5, kind: 'word' }, { text: 'الكتابَ', key: 'الكتاب', … },
 * //  { text: 'في', … }, { text: '٣', key: '3', kind: 'number', … }, { text: 'أيام', key: 'ايام', … }]
 * tokenize('والكتابُ', 'lucene')[0]!.key; // 'كتاب'
 * tokenize('والكتابُ', { preset: 'search', stem: 'light' })[0]!.key; // 'كتاب'
 * ```
 */
export function tokenize(text: string, options?: TokenizePreset | TokenizeOptions): Token[] {
  if (options === undefined || typeof options === 'string') {
    const preset = options ?? 'search';
    let tokenizer = byPreset.get(preset);
    if (!tokenizer) {
      tokenizer = createTokenizer(preset);
      byPreset.set(preset, tokenizer);
    }
    return tokenizer(text);
  }
  return createTokenizer(options)(text);
}
