/**
 * The closed list of diagnostic codes. Each code has one fixed severity, so a
 * caller can filter on the code alone; `docs/diagnostics.md` gives an example
 * of each and the record the parser returns then.
 */

/**
 * How serious a diagnostic is.
 *
 * - `error`: there is no usable record (the parse fails).
 * - `warning`: the record was built, but part of the input is damaged or was
 *   set aside; `strict: true` turns any warning into a failure.
 * - `info`: a decision the parser took where the format is ambiguous; never a
 *   failure, not even in strict mode.
 *
 * @example
 * ```ts
 * const severity: DiagnosticSeverity = 'warning';
 * ```
 */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * What {@link DIAGNOSTIC_CODES} holds for each code.
 *
 * @example
 * ```ts
 * const info: DiagnosticCodeInfo = DIAGNOSTIC_CODES['caption-assumed'];
 * console.log(info.severity); // 'info'
 * ```
 */
export interface DiagnosticCodeInfo {
  /** The severity every diagnostic with this code has. */
  readonly severity: DiagnosticSeverity;
  /** One sentence saying when the code fires. */
  readonly meaning: string;
}

// Severities apart from the meanings: the parser needs only the first, so a bundle of it
// leaves the sentences out unless the app reads DIAGNOSTIC_CODES.
const SEVERITIES: Readonly<Record<DiagnosticCode, DiagnosticSeverity>> = {
  'empty-input': 'error',
  'binary-input': 'error',
  'invalid-record': 'error',
  'unreadable-bytes': 'error',
  'decoded-as-utf-16': 'warning',
  'decoded-as-windows-1256': 'warning',
  'malformed-bytes': 'warning',
  'replacement-character': 'warning',
  'control-character': 'warning',
  'lone-surrogate': 'warning',
  'normalized-to-empty': 'warning',
  'mojibake-repaired': 'warning',
  'html-entity-decoded': 'warning',
  'inline-label-without-links': 'warning',
  'related-block-empty': 'warning',
  'extra-read-more-label': 'warning',
  'title-echo-missing': 'info',
  'caption-assumed': 'info',
  'body-empty': 'info',
  'inline-link-uncertain': 'info',
  'related-title-echo-missing': 'info',
  'related-teaser-missing': 'info',
  'unbalanced-quotes': 'info',
};

const MEANINGS: Readonly<Record<DiagnosticCode, string>> = {
  'empty-input': 'The input has no non-blank line, so there is no headline and no article.',
  'binary-input': 'The input bytes hold a NUL byte, or many other control bytes, near their start: they are binary data, not article text.',
  'invalid-record': 'The record built from the input failed ArticleSchema; this is a defect of the parser, not of the input.',
  'unreadable-bytes': 'The bytes could not be read at all: their ArrayBuffer was detached (transferred) or shrunk below the view, so there is no text and no article.',
  'decoded-as-utf-16': 'The bytes carry no byte-order mark, but their zero bytes sit at every other position, so they were decoded as UTF-16.',
  'decoded-as-windows-1256': 'Lines of the bytes (all of them, or a run) are not UTF-8 and carry no byte-order mark, so they were decoded as windows-1256.',
  'malformed-bytes': 'Bytes are not valid in the encoding they were read in (ill-formed UTF-8, a character cut off at the end, an unpaired UTF-16 surrogate); they became U+FFFD.',
  'replacement-character': 'A line holds U+FFFD REPLACEMENT CHARACTER: text that an earlier decoding step could not read.',
  'control-character': 'A line holds control characters (C0 other than tab, VT, FF; DEL; C1) or the noncharacters U+FFFE/U+FFFF.',
  'lone-surrogate': 'A line holds a UTF-16 surrogate code unit without its partner, which is not text.',
  'normalized-to-empty': 'Normalisation turned a field into the empty string, so the field keeps its text as found.',
  'mojibake-repaired': 'A line held Arabic written in UTF-8 but read as windows-1256 or Latin-1, and the normaliser decoded it back.',
  'html-entity-decoded': 'A line held HTML character references (&quot; &#1605; …) left by a crawler, and the normaliser decoded them.',
  'inline-label-without-links': 'A read-more label inside the body is followed by no line that reads as a link; the label is kept out of every field.',
  'related-block-empty': 'A read-more label is followed by no related story.',
  'extra-read-more-label': 'A line inside the related-stories block looks like a read-more label; it is not part of any story.',
  'title-echo-missing': 'The line after the headline does not repeat it (or there is none), so positions are read without an echo.',
  'caption-assumed': 'Without a headline echo, the line directly under the headline was taken as the caption.',
  'body-empty': 'The article has no body paragraph.',
  'inline-link-uncertain': 'A line after a read-more label inside the body could be a link or body text; it was kept as a paragraph.',
  'related-title-echo-missing': 'A related story does not repeat its headline; its lines were told apart by alternation.',
  'related-teaser-missing': 'A related story has a headline but no teaser.',
  'unbalanced-quotes': 'The double quotes of a line do not pair up within it, so the normaliser left them as they were instead of restyling them.',
};

/**
 * Every diagnostic code with its severity and meaning.
 *
 * @example
 * ```ts
 * for (const [code, { severity, meaning }] of Object.entries(DIAGNOSTIC_CODES)) {
 *   console.log(`${code} (${severity}): ${meaning}`);
 * }
 * ```
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, DiagnosticCodeInfo>> = /* @__PURE__ */ (() => {
  const codes = Object.keys(SEVERITIES) as DiagnosticCode[];
  const entries = codes.map((code) => [code, { severity: SEVERITIES[code], meaning: MEANINGS[code] }] as const);
  return Object.fromEntries(entries) as Record<DiagnosticCode, DiagnosticCodeInfo>;
})();

/**
 * One of the codes in {@link DIAGNOSTIC_CODES}.
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = 'title-echo-missing';
 * ```
 */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODE_LIST)[number];


/**
 * All diagnostic codes, in the order of {@link DIAGNOSTIC_CODES}.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODE_LIST.includes('empty-input'); // true
 * ```
 */
export const DIAGNOSTIC_CODE_LIST = [
  'empty-input',
  'binary-input',
  'invalid-record',
  'unreadable-bytes',
  'decoded-as-utf-16',
  'decoded-as-windows-1256',
  'malformed-bytes',
  'replacement-character',
  'control-character',
  'lone-surrogate',
  'normalized-to-empty',
  'mojibake-repaired',
  'html-entity-decoded',
  'inline-label-without-links',
  'related-block-empty',
  'extra-read-more-label',
  'title-echo-missing',
  'caption-assumed',
  'body-empty',
  'inline-link-uncertain',
  'related-title-echo-missing',
  'related-teaser-missing',
  'unbalanced-quotes',
] as const;

/**
 * The fixed severity of a diagnostic code.
 *
 * @example
 * ```ts
 * severityOf('body-empty'); // 'info'
 * ```
 */
export function severityOf(code: DiagnosticCode): DiagnosticSeverity {
  return SEVERITIES[code];
}
