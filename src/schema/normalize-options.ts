/**
 * The zod schemas of the normalisation options, for users who embed them in
 * their own schemas. The normaliser itself checks options by hand
 * (`src/normalize/presets.ts`) and never loads zod.
 */
import * as z from 'zod';
import { NORMALIZE_OPTION_VALUES, NORMALIZE_PRESETS, type NormalizeOptions, type NormalizePreset } from '../normalize/option-values';

/**
 * Validates a preset name. Typed by {@link NormalizePreset} rather than as a
 * zod enum, so documentation tools see one documented type.
 *
 * @example
 * ```ts
 * NormalizePresetSchema.safeParse('search').success; // true
 * NormalizePresetSchema.safeParse('serach').success; // false
 * ```
 */
// Built in a pure call, so that a bundler drops it, and zod with it, from bundles that do not use it.
export const NormalizePresetSchema: z.ZodType<NormalizePreset, NormalizePreset> = /* @__PURE__ */ (() => z.enum(NORMALIZE_PRESETS))();

const OptionsObjectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Base preset; every other key overrides it. Default `display`. */
    preset: z.enum(NORMALIZE_PRESETS).optional(),
    /** Canonical composition (NFC) of Arabic letters with combining hamza/madda, with canonical mark order. */
    compose: z.enum(NORMALIZE_OPTION_VALUES.compose).optional(),
    /** Presentation forms U+FB50–FDFF, U+FE70–FEFF: keep, or turn into ordinary letters. */
    presentationForms: z.enum(NORMALIZE_OPTION_VALUES.presentationForms).optional(),
    /** Honorific ligatures (ﷺ ﷻ ﷽ …): keep, or spell out their words. */
    honorifics: z.enum(NORMALIZE_OPTION_VALUES.honorifics).optional(),
    /** Harakat U+064E–0650, U+0652: keep, canonical (order, dedupe, drop orphans) or strip; also the default of the mark classes. */
    diacritics: z.enum(NORMALIZE_OPTION_VALUES.diacritics).optional(),
    /** Tanween U+064B–064D. */
    tanween: z.enum(NORMALIZE_OPTION_VALUES.tanween).optional(),
    /** Shadda U+0651. */
    shadda: z.enum(NORMALIZE_OPTION_VALUES.shadda).optional(),
    /** Superscript (dagger) alef U+0670: keep, remove, turn into ا, or decide by context. */
    superscriptAlef: z.enum(NORMALIZE_OPTION_VALUES.superscriptAlef).optional(),
    /** Quranic and extended marks (U+0610–061A, U+06D6–06ED, U+0897–089F, U+08CA–08FF, U+10EFA–10EFF) and the small waw/yeh U+06E5–06E6. */
    quranicMarks: z.enum(NORMALIZE_OPTION_VALUES.quranicMarks).optional(),
    /** Combining maddah/hamza U+0653–0655 and the extended vowel signs U+0656–065F. */
    otherMarks: z.enum(NORMALIZE_OPTION_VALUES.otherMarks).optional(),
    /** Tatweel (kashida) U+0640. */
    tatweel: z.enum(NORMALIZE_OPTION_VALUES.tatweel).optional(),
    /** Alef variants → ا: `hamza` آ أ إ; `hamza-wasla` also ٱ; `all` also ٲ ٳ ٵ. */
    alef: z.enum(NORMALIZE_OPTION_VALUES.alef).optional(),
    /** Alef maksura ى → ي (never → ا). */
    alefMaksura: z.enum(NORMALIZE_OPTION_VALUES.alefMaksura).optional(),
    /** Teh marbuta ة → ه. */
    tehMarbuta: z.enum(NORMALIZE_OPTION_VALUES.tehMarbuta).optional(),
    /** Hamza carriers ؤ ئ → و ي. */
    hamzaCarriers: z.enum(NORMALIZE_OPTION_VALUES.hamzaCarriers).optional(),
    /** Persian/Urdu letter forms (ی ک ە ۀ ے ھ ہ …) → Arabic ones. */
    persianLetters: z.enum(NORMALIZE_OPTION_VALUES.persianLetters).optional(),
    /** Digit set of the output; with `western`, ٫ and ٬ between digits become `.` and `,`. */
    digits: z.enum(NORMALIZE_OPTION_VALUES.digits).optional(),
    /** Bidi marks, embeddings, overrides and isolates (LRM, RLM, ALM, U+202A–202E, U+2066–2069). */
    bidiControls: z.enum(NORMALIZE_OPTION_VALUES.bidiControls).optional(),
    /** Zero-width space U+200B. */
    zeroWidthSpace: z.enum(NORMALIZE_OPTION_VALUES.zeroWidthSpace).optional(),
    /** Byte order mark / zero-width no-break space U+FEFF. */
    byteOrderMark: z.enum(NORMALIZE_OPTION_VALUES.byteOrderMark).optional(),
    /** Soft hyphen U+00AD. */
    softHyphen: z.enum(NORMALIZE_OPTION_VALUES.softHyphen).optional(),
    /** Word joiner U+2060. */
    wordJoiner: z.enum(NORMALIZE_OPTION_VALUES.wordJoiner).optional(),
    /** ZWNJ U+200C and ZWJ U+200D: keep, keep only inside words (`contextual`), or remove. */
    joiners: z.enum(NORMALIZE_OPTION_VALUES.joiners).optional(),
    /** Spaces within a line: keep, map to U+0020, also collapse runs, also trim at line ends. Line breaks are always kept. */
    whitespace: z.enum(NORMALIZE_OPTION_VALUES.whitespace).optional(),
    /** Arabic written in UTF-8 but read as windows-1256 (`ظ…ط±ط­ط¨ط§`) or Latin-1 (`Ù…Ø±Ø­Ø¨Ø§`): keep, or decode it back where that is more plausible Arabic. */
    mojibake: z.enum(NORMALIZE_OPTION_VALUES.mojibake).optional(),
    /** HTML character references (`&quot;` `&nbsp;` `&#1605;` `&#x645;`): keep, or decode them. */
    htmlEntities: z.enum(NORMALIZE_OPTION_VALUES.htmlEntities).optional(),
    /** Double quotes: keep, or pair them within a line and write them as « », " " or “ ” (nested pairs get the secondary style). */
    quotes: z.enum(NORMALIZE_OPTION_VALUES.quotes).optional(),
    /** `,` `;` `?` after Arabic words become `،` `؛` `؟` (`arabic`), or `،` `؛` `؟` become `,` `;` `?` (`ascii`). */
    punctuation: z.enum(NORMALIZE_OPTION_VALUES.punctuation).optional(),
    /** No space before closing punctuation, exactly one after it, none just inside brackets and quotes (`tidy`). */
    spacing: z.enum(NORMALIZE_OPTION_VALUES.spacing).optional(),
    /** Three or more dots become `…` (`character`), or `…` becomes three dots (`dots`). */
    ellipsis: z.enum(NORMALIZE_OPTION_VALUES.ellipsis).optional(),
    /** A run of the same `!`, `?` or `؟` becomes one mark (`one`). */
    punctuationRuns: z.enum(NORMALIZE_OPTION_VALUES.punctuationRuns).optional(),
    /** A hyphen or dash with a space on both sides becomes an en dash `–`. */
    dashes: z.enum(NORMALIZE_OPTION_VALUES.dashes).optional(),
    /** `%` next to Arabic-Indic digits becomes `٪` (`arabic`); `٪` next to any digit becomes `%` (`ascii`). */
    percentSign: z.enum(NORMALIZE_OPTION_VALUES.percentSign).optional(),
    /** `.` between Arabic-Indic digits becomes `٫` (`arabic`); `٫` between any digits becomes `.` (`ascii`). */
    decimalSign: z.enum(NORMALIZE_OPTION_VALUES.decimalSign).optional(),
  }))();

/**
 * Validates a {@link NormalizeOptions} object; unknown keys are rejected.
 * Use it to embed normalisation options in your own zod schemas.
 *
 * @example
 * ```ts
 * NormalizeOptionsSchema.parse({ preset: 'search', digits: 'keep' }); // ok
 * NormalizeOptionsSchema.safeParse({ digit: 'keep' }).success; // false (unknown key)
 * ```
 */
export const NormalizeOptionsSchema: z.ZodType<NormalizeOptions, NormalizeOptions> = OptionsObjectSchema;

// The schema and the interface must describe the same object.
type SchemaInput = z.input<typeof OptionsObjectSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<SchemaInput, NormalizeOptions> = true;
void schemaMatchesInterface;
