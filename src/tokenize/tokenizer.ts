/**
 * The public entry points: {@link tokenize} and {@link createTokenizer}.
 */
import { TOKEN_KINDS, type TokenKind } from './kinds';
import { createKeyFunction } from './keys';
import { resolveTokenizeOptions, type ResolvedTokenizeOptions, type TokenizeOptions, type TokenizePreset } from './options';
import { segmentWords } from './segmenter';

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
  const key = createKeyFunction(resolved);
  const stopKeys = new Set<string>();
  for (const word of resolved.stopWords) {
    for (const part of word.split(/\s+/u)) {
      const stop = key(part);
      if (stop.length > 0) stopKeys.add(stop);
    }
  }
  const checkStop = stopKeys.size > 0;
  const tokenizer = (text: string): Token[] => {
    checkText(text);
    const tokens: Token[] = [];
    segmentWords(text, 0, text.length, (start, end, kind) => {
      const written = text.slice(start, end);
      const tokenKey = key(written);
      if (tokenKey.length === 0 || (checkStop && stopKeys.has(tokenKey))) return;
      tokens.push({ text: written, key: tokenKey, start, end, kind: TOKEN_KINDS[kind]! });
    });
    return tokens;
  };
  return Object.assign(tokenizer, {
    key: (word: string): string => {
      checkText(word);
      return key(word);
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
