/**
 * The closed list of token kinds: what kind of run of characters a token is. They are
 * Lucene's StandardTokenizer token types under plain names.
 */

/**
 * Every token kind, in the order of their internal numeric codes:
 * - `word`: letters, or letters mixed with digits and connectors (`كتاب`, `covid-19`'s `covid`,
 *   `abc_12`, `can't`, `example.com`); Lucene's `<ALPHANUM>`.
 * - `number`: digits of any script with their separators (`1,234.5`, `٣٫١٤`); `<NUM>`.
 * - `southeast-asian`: a run of Thai, Lao, Myanmar, Khmer … letters, kept whole; `<SOUTHEAST_ASIAN>`.
 * - `ideographic`: one CJK ideograph; `<IDEOGRAPHIC>`.
 * - `hiragana`: one hiragana character; `<HIRAGANA>`.
 * - `katakana`: a run of katakana; `<KATAKANA>`.
 * - `hangul`: a run of Hangul; `<HANGUL>`.
 * - `emoji`: one emoji with its modifiers, a ZWJ sequence, a keycap or a flag; `<EMOJI>`.
 *
 * @example
 * ```ts
 * TOKEN_KINDS.includes(tokenize('٢٠٢٤')[0]!.kind); // true ('number')
 * ```
 */
export const TOKEN_KINDS = [
  'word',
  'number',
  'southeast-asian',
  'ideographic',
  'hiragana',
  'katakana',
  'hangul',
  'emoji',
] as const;

/**
 * One of {@link TOKEN_KINDS}.
 *
 * @example
 * ```ts
 * const kind: TokenKind = tokenize('😀')[0]!.kind; // 'emoji'
 * ```
 */
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** Index of each kind in TOKEN_KINDS: what the segmenter reports. */
export const TOKEN_KIND_CODE = {
  word: 0,
  number: 1,
  southeastAsian: 2,
  ideographic: 3,
  hiragana: 4,
  katakana: 5,
  hangul: 6,
  emoji: 7,
} as const;

/** Lucene's name of each kind's token type, by kind code. */
export const LUCENE_TOKEN_TYPES: readonly string[] = [
  '<ALPHANUM>',
  '<NUM>',
  '<SOUTHEAST_ASIAN>',
  '<IDEOGRAPHIC>',
  '<HIRAGANA>',
  '<KATAKANA>',
  '<HANGUL>',
  '<EMOJI>',
];
