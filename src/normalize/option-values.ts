/**
 * Normalisation options: one per rule family, each a closed list of values.
 * The TypeScript type, the hand-written check (`presets.ts`) and the error
 * messages all come from {@link NORMALIZE_OPTION_VALUES}; the zod schemas
 * for users' own schemas are in `options.ts`. This file imports no zod, so a
 * bundle of the normaliser alone carries none.
 */

/**
 * Names of the presets, in documentation order.
 *
 * @example
 * ```ts
 * for (const preset of NORMALIZE_PRESETS) console.log(preset, normalizeArabic('أَهْلًا', preset));
 * ```
 */
export const NORMALIZE_PRESETS = ['display', 'search', 'publish', 'lucene', 'camel'] as const;

/**
 * A named set of options: `display` (what a reader sees is unchanged),
 * `search` (matching keys), `publish` (`display` plus house-style
 * punctuation and text repair), `lucene` (Lucene's `ArabicNormalizer`),
 * `camel` (CAMeL Tools' dediac + alef/maksura/teh-marbuta normalisers).
 *
 * @example
 * ```ts
 * const preset: NormalizePreset = 'search';
 * normalizeArabic('مَدْرَسَةٌ', preset); // 'مدرسه'
 * ```
 */
export type NormalizePreset = (typeof NORMALIZE_PRESETS)[number];

/**
 * The allowed values of every option. The first value always leaves the text
 * alone for that rule.
 *
 * @example
 * ```ts
 * NORMALIZE_OPTION_VALUES.digits; // ['keep', 'western', 'arabic-indic', 'persian']
 * ```
 */
export const NORMALIZE_OPTION_VALUES = {
  /** Canonical composition of Arabic clusters. */
  compose: ['keep', 'nfc'],
  /** Presentation forms U+FB50–FDFF, U+FE70–FEFF. */
  presentationForms: ['keep', 'letters'],
  /** Honorific ligatures (ﷺ ﷻ ﷽ …). */
  honorifics: ['keep', 'expand'],
  /** Harakat, and how kept marks are written. */
  diacritics: ['keep', 'canonical', 'strip'],
  /** Tanween U+064B–064D. */
  tanween: ['keep', 'strip'],
  /** Shadda U+0651. */
  shadda: ['keep', 'strip'],
  /** Superscript alef U+0670. */
  superscriptAlef: ['keep', 'remove', 'alef', 'contextual'],
  /** Quranic and extended marks. */
  quranicMarks: ['keep', 'strip'],
  /** Combining maddah/hamza and extended vowel signs U+0653–065F. */
  otherMarks: ['keep', 'strip'],
  /** Tatweel U+0640. */
  tatweel: ['keep', 'remove'],
  /** Alef variants. */
  alef: ['keep', 'hamza', 'hamza-wasla', 'all'],
  /** Alef maksura ى. */
  alefMaksura: ['keep', 'yeh'],
  /** Teh marbuta ة. */
  tehMarbuta: ['keep', 'heh'],
  /** Hamza carriers ؤ ئ. */
  hamzaCarriers: ['keep', 'bare'],
  /** Persian/Urdu letter forms. */
  persianLetters: ['keep', 'arabic'],
  /** Digit set of the output. */
  digits: ['keep', 'western', 'arabic-indic', 'persian'],
  /** Bidi marks, embeddings and isolates. */
  bidiControls: ['keep', 'remove'],
  /** Zero-width space U+200B. */
  zeroWidthSpace: ['keep', 'remove'],
  /** Byte order mark U+FEFF. */
  byteOrderMark: ['keep', 'remove'],
  /** Soft hyphen U+00AD. */
  softHyphen: ['keep', 'remove'],
  /** Word joiner U+2060. */
  wordJoiner: ['keep', 'remove'],
  /** ZWNJ and ZWJ. */
  joiners: ['keep', 'contextual', 'remove'],
  /** Spaces within a line. */
  whitespace: ['keep', 'normalize', 'collapse', 'trim'],
  /** Text in UTF-8 that was read as windows-1256 or Latin-1. */
  mojibake: ['keep', 'repair'],
  /** HTML character references left by a crawler. */
  htmlEntities: ['keep', 'decode'],
  /** Double quotation marks and their pairing. */
  quotes: ['keep', 'guillemets', 'ascii', 'curly'],
  /** Comma, semicolon and question mark: Arabic or ASCII forms. */
  punctuation: ['keep', 'arabic', 'ascii'],
  /** Spaces around punctuation, brackets and quotes. */
  spacing: ['keep', 'tidy'],
  /** Three dots or the ellipsis character. */
  ellipsis: ['keep', 'character', 'dots'],
  /** Runs of the same exclamation or question mark. */
  punctuationRuns: ['keep', 'one'],
  /** A dash with a space on both sides. */
  dashes: ['keep', 'en-dash'],
  /** The percent sign next to a digit. */
  percentSign: ['keep', 'arabic', 'ascii'],
  /** The decimal sign between digits. */
  decimalSign: ['keep', 'arabic', 'ascii'],
} as const;

/**
 * Name of one rule option (every key of {@link NormalizeOptions} except `preset`).
 *
 * @example
 * ```ts
 * const name: NormalizeOptionName = 'tatweel';
 * ```
 */
export type NormalizeOptionName = keyof typeof NORMALIZE_OPTION_VALUES;

/**
 * The rule option names, in documentation order.
 *
 * @example
 * ```ts
 * NORMALIZE_OPTION_NAMES.includes('whitespace'); // true
 * ```
 */
export const NORMALIZE_OPTION_NAMES = Object.keys(NORMALIZE_OPTION_VALUES) as NormalizeOptionName[];

type Values<K extends NormalizeOptionName> = (typeof NORMALIZE_OPTION_VALUES)[K][number];

/**
 * Rule-by-rule normalisation options. `preset` is the base (default
 * `display`); every other key overrides one rule of it. Setting `diacritics`
 * also sets the mark classes you do not set yourself (`tanween`, `shadda`,
 * `quranicMarks`, `otherMarks` to `strip` or `keep`, `superscriptAlef` to
 * `remove` or `keep`). See docs/normalization.md for code points.
 *
 * @example
 * ```ts
 * const options: NormalizeOptions = { preset: 'search', digits: 'keep', tehMarbuta: 'keep' };
 * normalizeArabic('الجولة ٣', options); // 'الجولة ٣'
 * ```
 */
export interface NormalizeOptions {
  /** Base preset; every other key overrides it. Default `display`. */
  preset?: NormalizePreset;
  /** Canonical composition (NFC) of Arabic letters with combining hamza/madda, with canonical mark order. */
  compose?: Values<'compose'>;
  /** Presentation forms U+FB50–FDFF, U+FE70–FEFF: keep, or turn into ordinary letters. */
  presentationForms?: Values<'presentationForms'>;
  /** Honorific ligatures (ﷺ ﷻ ﷽ …): keep, or spell out their words. */
  honorifics?: Values<'honorifics'>;
  /** Harakat U+064E–0650, U+0652: keep, canonical (order, dedupe, drop orphans) or strip; also the default of the mark classes. */
  diacritics?: Values<'diacritics'>;
  /** Tanween U+064B–064D. */
  tanween?: Values<'tanween'>;
  /** Shadda U+0651. */
  shadda?: Values<'shadda'>;
  /** Superscript (dagger) alef U+0670: keep, remove, turn into ا, or decide by context. */
  superscriptAlef?: Values<'superscriptAlef'>;
  /** Quranic and extended marks and the small waw/yeh U+06E5–06E6. */
  quranicMarks?: Values<'quranicMarks'>;
  /** Combining maddah/hamza U+0653–0655 and the extended vowel signs U+0656–065F. */
  otherMarks?: Values<'otherMarks'>;
  /** Tatweel (kashida) U+0640. */
  tatweel?: Values<'tatweel'>;
  /** Alef variants → ا: `hamza` آ أ إ; `hamza-wasla` also ٱ; `all` also ٲ ٳ ٵ. */
  alef?: Values<'alef'>;
  /** Alef maksura ى → ي (never → ا). */
  alefMaksura?: Values<'alefMaksura'>;
  /** Teh marbuta ة → ه. */
  tehMarbuta?: Values<'tehMarbuta'>;
  /** Hamza carriers ؤ ئ → و ي. */
  hamzaCarriers?: Values<'hamzaCarriers'>;
  /** Persian/Urdu letter forms (ی ک ە ۀ ے ھ ہ …) → Arabic ones. */
  persianLetters?: Values<'persianLetters'>;
  /** Digit set of the output; with `western`, ٫ and ٬ between digits become `.` and `,`. */
  digits?: Values<'digits'>;
  /** Bidi marks, embeddings, overrides and isolates (LRM, RLM, ALM, U+202A–202E, U+2066–2069). */
  bidiControls?: Values<'bidiControls'>;
  /** Zero-width space U+200B. */
  zeroWidthSpace?: Values<'zeroWidthSpace'>;
  /** Byte order mark / zero-width no-break space U+FEFF. */
  byteOrderMark?: Values<'byteOrderMark'>;
  /** Soft hyphen U+00AD. */
  softHyphen?: Values<'softHyphen'>;
  /** Word joiner U+2060. */
  wordJoiner?: Values<'wordJoiner'>;
  /** ZWNJ U+200C and ZWJ U+200D: keep, keep only inside words (`contextual`), or remove. */
  joiners?: Values<'joiners'>;
  /** Spaces within a line: keep, map to U+0020, also collapse runs, also trim at line ends. */
  whitespace?: Values<'whitespace'>;
  /** Arabic written in UTF-8 but read as windows-1256 (`ظ…ط±ط­ط¨ط§`) or Latin-1 (`Ù…Ø±Ø­Ø¨Ø§`): keep, or decode it back where that is more plausible Arabic. */
  mojibake?: Values<'mojibake'>;
  /** HTML character references (`&quot;` `&nbsp;` `&#1605;` `&#x645;`): keep, or decode them. */
  htmlEntities?: Values<'htmlEntities'>;
  /** Double quotes: keep, or pair them within a line and write them as « », " " or “ ” (nested pairs get the secondary style). */
  quotes?: Values<'quotes'>;
  /** `,` `;` `?` after Arabic words become `،` `؛` `؟` (`arabic`), or `،` `؛` `؟` become `,` `;` `?` (`ascii`). */
  punctuation?: Values<'punctuation'>;
  /** No space before closing punctuation, exactly one after it, none just inside brackets and quotes (`tidy`). */
  spacing?: Values<'spacing'>;
  /** Three or more dots become `…` (`character`), or `…` becomes three dots (`dots`). */
  ellipsis?: Values<'ellipsis'>;
  /** A run of the same `!`, `?` or `؟` becomes one mark (`one`). */
  punctuationRuns?: Values<'punctuationRuns'>;
  /** A hyphen or dash with a space on both sides becomes an en dash `–`. */
  dashes?: Values<'dashes'>;
  /** `%` next to Arabic-Indic digits becomes `٪` (`arabic`); `٪` next to any digit becomes `%` (`ascii`). */
  percentSign?: Values<'percentSign'>;
  /** `.` between Arabic-Indic digits becomes `٫` (`arabic`); `٫` between any digits becomes `.` (`ascii`). */
  decimalSign?: Values<'decimalSign'>;
}

/**
 * Options with every rule decided: what a preset or a preset plus overrides
 * resolves to.
 *
 * @example
 * ```ts
 * const resolved: ResolvedNormalizeOptions = resolveNormalizeOptions('search');
 * resolved.alefMaksura; // 'yeh'
 * ```
 */
export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

