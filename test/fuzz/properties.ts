/**
 * The fuzz properties: one or more for every public function, each a set of
 * generators and a check that throws on failure. The standalone runner
 * (`run.ts`) and the vitest suite (`fuzz.test.ts`) run the same list; a
 * failure's shrunk arguments are kept as a fixture and replayed by `check`.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as api from '../../src/index';
import * as schemas from '../../src/schema/index';
import { isReadMoreLabel } from '../../src/parse';
import { encodeWindows1256, encodeUtf16, fitsWindows1256, concatBytes } from './generators';
import {
  READ_MORE_LABEL_SPELLINGS,
  blankLine,
  paragraph,
} from '../arbitraries';
import { mayBeReadMoreLabel } from '../helpers/keys';
import { HELD_LINE_PATTERNS, cutAt } from '../stream/pieces';
import {
  anyBytes,
  anyOptions,
  anyText,
  canonicalArticle,
  damagedText,
  hugeText,
  labelInParagraph,
  mixedEncodingLines,
} from './generators';
import { assertDiagnostics, assertPrototypesClean, assertSurvivesCopies, checkDecode, checkParse } from './checks';
import { property, refusesOrRuns, type FuzzProperty } from './define';
import { COMPARE_PROPERTIES } from './compare-properties';
import { TOKENIZE_PROPERTIES } from './tokenize-properties';

export type { FuzzProperty } from './define';

const { NORMALIZE_PRESETS } = api;
const preset = fc.constantFrom(...NORMALIZE_PRESETS);
const normalizeSetting = fc.constantFrom<false | (typeof NORMALIZE_PRESETS)[number]>(false, ...NORMALIZE_PRESETS);
const LINE_BREAK_UNITS = /[\n\r\u2028\u2029]/g;

/** Random option objects of the normaliser: any valid rule values, sometimes a wrong key or value. */
const normalizeOptions: fc.Arbitrary<unknown> = fc.oneof(
  preset,
  fc.record(
    {
      preset,
      ...Object.fromEntries(Object.entries(api.NORMALIZE_OPTION_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)])),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.constantFrom('preset', 'digits', 'diacritic', 'whitespace', '__proto__', 'constructor'), fc.constantFrom('keep', 'search', 'x', 'strip')),
);

/** Option objects that are valid: a preset and any rule values. */
const validOptions: fc.Arbitrary<api.NormalizeOptions> = fc.record(
  {
    preset,
    ...Object.fromEntries(Object.entries(api.NORMALIZE_OPTION_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)])),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<api.NormalizeOptions>;

/**
 * Short texts of the units whose rules meet in one cluster or one line: alef
 * forms and the hamza and madda marks that compose with them, a stripped mark
 * of class 0, quotes, marks and address hints that spacing and pairing read,
 * and a piece of mojibake. Where one call used to stop short of its fixed point.
 */
const foldingText: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom('ا', 'ٱ', 'أ', 'إ', 'آ', 'ى', 'ي', 'و', 'ة', '\u0654', '\u0655', '\u0653', '\u0670', '\u064e', '\u0651', '\u{10efc}', '\u{10efa}', '\u200c', ' ', 'ﻻ', '"', '«', '»', '،', '.', '!', 'w', '&amp;', 'Ø§', '\u00a0', '\n', '٣', '٫', '\u0640'),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

/** A line of a held shape: one pattern repeated, or its fragments and others' mixed. */
interface HeldLine {
  text: string;
  repeated: boolean;
}
const heldFragments = Object.values(HELD_LINE_PATTERNS).flatMap((pattern) => pattern.split(/(?<= )/));
const heldLine: fc.Arbitrary<HeldLine> = fc.oneof(
  fc.tuple(fc.constantFrom(...Object.values(HELD_LINE_PATTERNS)), fc.integer({ min: 50, max: 3_000 })).map(([pattern, length]) => ({
    text: pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length),
    repeated: true,
  })),
  fc.array(fc.constantFrom(...heldFragments, ' ', '  ', '\u00a0', '&', ';', '#', 'amp;', 'nbsp;', '&amp;'), { minLength: 1, maxLength: 300 }).map((parts) => ({ text: parts.join(''), repeated: false })),
);

/** The text with each lone surrogate replaced by U+FFFD, as `TextEncoder` would read it. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function lineBreaks(text: string): string {
  return (text.match(LINE_BREAK_UNITS) ?? []).join('');
}

/** Checks `normalizeArabic` and its map for one text and options (already known to be valid). */
function checkNormalize(text: string, options: api.NormalizePreset | api.NormalizeOptions, idempotent: boolean): void {
  const out = api.normalizeArabic(text, options);
  assert.equal(lineBreaks(out), lineBreaks(text), 'line breaks changed');
  if (idempotent) assert.equal(api.normalizeArabic(out, options), out, 'not idempotent');
  const { text: mapped, sourceIndex } = api.normalizeArabicWithMap(text, options);
  assert.equal(mapped, out, 'normalizeArabicWithMap disagrees');
  assert.equal(api.createNormalizer(options)(text), out, 'createNormalizer disagrees');
  assert.equal(sourceIndex.length, out.length + 1);
  assert.equal(sourceIndex[out.length], text.length);
  for (let i = 0; i < out.length; i++) {
    if (!(sourceIndex[i]! < text.length && sourceIndex[i]! <= sourceIndex[i + 1]!)) assert.fail(`map not monotone at ${i}`);
  }
  const range = api.mapOutputRange(sourceIndex, 0, out.length);
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length);
}


const parseOf = (text: string): api.Article | undefined => {
  const result = api.safeParseArticle(text, { normalize: false });
  return result.success ? result.data : undefined;
};

const textFields = (article: api.Article) => ({
  title: article.title,
  caption: article.caption,
  paragraphs: article.paragraphs,
  readMoreLabel: article.readMoreLabel,
  related: article.related.map(({ title, teaser, truncated }) => ({ title, teaser, truncated })),
});

const TERMINALS = new Set(['.', '!', '?', '؟', '۔', '‼', '⁇', '⁈', '⁉', '。', '！', '．', '？']);
/** The blank units of FORMAT.md: tab, VT, FF, the Unicode spaces, and the invisible marks. */
const BLANK = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]$/;
const CLOSERS = new Set(['"', "'", ')', ']', '}', '«', '»', '‘', '’', '“', '”', '‹', '›', '》', '」', '』', '】', '﴾', '﴿', '＂', '）', '］', '｝']);

/** Text bytes with a few control bytes sprinkled in: around the one-in-twenty share that makes them binary. */
const controlSprinkled = fc
  .tuple(fc.array(fc.constantFrom<number>(0x41, 0x20, 0xd8, 0xa7, 10, 13, 9), { minLength: 20, maxLength: 300 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom<number>(1, 7, 0x0e, 0x7f, 0x1b, 0x0b)), { maxLength: 30 }))
  .map(([text, controls]) => {
    for (const [at, byte] of controls) text.splice(at % (text.length + 1), 0, byte);
    return Uint8Array.from(text);
  });

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  property(
    'parse-text',
    ['parseArticle', 'safeParseArticle', 'ArticleParseError', 'ArticleSchema', 'DiagnosticSchema'],
    1,
    [anyText, normalizeSetting, fc.boolean()],
    (text: string, normalize: false | api.NormalizePreset, strict: boolean) => checkParse(text, text, { normalize, strict }),
  ),
  property('parse-huge', ['parseArticle', 'safeParseArticle'], 0.002, [hugeText, fc.constantFrom<false | 'display'>(false, 'display')], (text: string, normalize: false | 'display') =>
    checkParse(text, text, { normalize }),
  ),
  property('parse-bytes', ['parseArticle', 'safeParseArticle', 'decodeArticleBytes'], 1, [anyBytes, fc.constantFrom<false | 'display'>(false, 'display')], (bytes: Uint8Array, normalize: false | 'display') => {
    const decoded = checkDecode(bytes);
    checkParse(bytes, decoded.text, { normalize });
  }),
  property('decode-round-trip', ['decodeArticleBytes'], 1, [anyText, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'utf-16le-bom', 'utf-16be-bom')], (raw: string, encoding: string) => {
    const text = wellFormed(raw);
    const littleEndian = encoding.startsWith('utf-16le');
    const bytes =
      encoding === 'utf-8'
        ? new TextEncoder().encode(text)
        : concatBytes([encoding.endsWith('bom') ? encodeUtf16('\ufeff', littleEndian) : new Uint8Array(), encodeUtf16(text, littleEndian)]);
    const decoded = checkDecode(bytes);
    // A leading U+FEFF in UTF-8 is a byte-order mark again when read back.
    const marked = text.startsWith('\ufeff');
    if (encoding === 'utf-8' && !text.includes('\0')) {
      assert.deepEqual(decoded, { text: marked ? text.slice(1) : text, encoding: 'utf-8', bom: marked, diagnostics: [] });
    }
    if (encoding.endsWith('bom')) assert.deepEqual(decoded, { text, encoding: encoding.slice(0, 8), bom: true, diagnostics: [] });
  }),
  property('decode-guessed', ['decodeArticleBytes'], 1, [canonicalArticle, fc.constantFrom('utf-16le', 'utf-16be', 'windows-1256')], (text: string, encoding: string) => {
    if (encoding === 'windows-1256' && !fitsWindows1256(text)) return;
    const bytes = encoding === 'windows-1256' ? encodeWindows1256(text) : encodeUtf16(text, encoding === 'utf-16le');
    const decoded = checkDecode(bytes);
    assert.equal(decoded.text, text);
    assert.equal(decoded.encoding, encoding);
    assert.deepEqual(decoded.diagnostics.map((d) => d.code), [encoding === 'windows-1256' ? 'decoded-as-windows-1256' : 'decoded-as-utf-16']);
  }),
  property('decode-truncated', ['decodeArticleBytes'], 1, [canonicalArticle, fc.constantFrom('م', 'ک', '€', '😀'), fc.constantFrom(' ', '\n', '\n\n'), fc.integer({ min: 1, max: 3 })], (text: string, last: string, before: string, drop: number) => {
    // The last character, after a space or alone on its line, loses 1 to 3 of its bytes.
    const whole = new TextEncoder().encode(`${text}${before}${last}`);
    const width = new TextEncoder().encode(last).length;
    const cut = whole.subarray(0, whole.length - Math.min(drop, width - 1));
    const decoded = checkDecode(cut);
    const kept = `${text}${before}`;
    assert.equal(decoded.text, `${kept}\ufffd`);
    assert.equal(decoded.encoding, 'utf-8');
    assert.deepEqual(decoded.diagnostics.map((d) => [d.code, d.start.offset]), [['malformed-bytes', kept.length]]);
  }),
  property('decode-mixed-lines', ['decodeArticleBytes'], 1, [mixedEncodingLines], (lines: Array<[string, boolean]>) => {
    const bytes = concatBytes(lines.map(([line, isUtf8]) => (isUtf8 ? new TextEncoder().encode(`${line}\n`) : encodeWindows1256(`${line}\n`))));
    const decoded = checkDecode(bytes);
    assert.equal(decoded.text, lines.map(([line]) => `${line}\n`).join(''), 'a line was read in the wrong encoding');
    const runStarts = lines.flatMap(([, isUtf8], k) => (!isUtf8 && (k === 0 || lines[k - 1]![1]) ? [k + 1] : []));
    const allLegacy = lines.every(([, isUtf8]) => !isUtf8);
    assert.deepEqual(
      decoded.diagnostics.map((d) => [d.code, d.start.line]),
      runStarts.map((line) => ['decoded-as-windows-1256', line]),
    );
    if (allLegacy) assert.equal(decoded.encoding, 'windows-1256');
  }),
  property('parse-bytes-buffers', ['safeParseArticle', 'decodeArticleBytes'], 0.5, [anyBytes, fc.constantFrom('shared', 'detached', 'offset'), fc.nat(8)], (bytes: Uint8Array, kind: 'shared' | 'detached' | 'offset', pad: number) => {
    // The same bytes on a shared buffer or at an offset in a bigger one decode alike; a detached view is a failure, never a throw.
    const buffer = kind === 'shared' ? new SharedArrayBuffer(bytes.length + 2 * pad) : new ArrayBuffer(bytes.length + 2 * pad);
    const view = new Uint8Array(buffer, pad, bytes.length);
    view.set(bytes);
    if (kind === 'detached') {
      structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
      const result = api.safeParseArticle(view);
      assert.equal(result.success, false);
      if (!result.success) assert.deepEqual(result.error.diagnostics.map((d) => d.code), ['unreadable-bytes', 'empty-input']);
      return;
    }
    assert.deepStrictEqual(api.decodeArticleBytes(view), api.decodeArticleBytes(bytes));
    assert.deepStrictEqual(api.safeParseArticle(view), api.safeParseArticle(bytes));
  }),
  property('binary-evidence', ['binaryEvidence', 'looksBinary'], 1, [fc.oneof(anyBytes, fc.uint8Array({ min: 0, max: 0x20, maxLength: 64 }), fc.array(fc.constantFrom(0, 1, 7, 0x7f, 0x1b, 9, 10, 0x41, 0xd8), { maxLength: 300 }).map((b) => Uint8Array.from(b)), controlSprinkled), fc.constantFrom('plain', 'shared', 'detached', 'offset'), fc.nat(8)], (bytes: Uint8Array, kind: string, pad: number) => {
    const buffer = kind === 'shared' ? new SharedArrayBuffer(bytes.length + 2 * pad) : new ArrayBuffer(bytes.length + 2 * pad);
    const view = kind === 'plain' ? bytes : new Uint8Array(buffer, pad, bytes.length);
    if (view !== bytes) view.set(bytes);
    if (kind === 'detached') structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
    const evidence = api.binaryEvidence(view);
    assert.equal(api.looksBinary(view), evidence !== undefined, 'looksBinary and binaryEvidence disagree');
    if (kind === 'detached') return assert.equal(evidence, undefined, 'a detached view has evidence');
    assert.deepStrictEqual(evidence, api.binaryEvidence(bytes), 'the same bytes elsewhere in memory read differently');
    // The evidence is the first such byte of the first 8,000, as documented; text bytes never are.
    const head = Array.from(bytes.subarray(0, 8000));
    const control = (b: number) => (b < 0x20 && ![9, 10, 11, 12, 13, 0x1b].includes(b)) || b === 0x7f;
    const controls = head.filter(control).length;
    if (evidence?.kind === 'nul') assert.equal(evidence.offset, head.indexOf(0));
    if (evidence?.kind === 'controls') assert.ok(evidence.offset === head.findIndex(control) && !head.includes(0) && controls >= 2 && controls * 20 >= head.length);
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (bom || (!head.includes(0) && (controls < 2 || controls * 20 < head.length))) assert.equal(evidence, undefined, 'text taken for binary');
    else if (!head.includes(0)) assert.equal(evidence?.kind, 'controls', 'binary taken for text');
  }),
  property('format-round-trip', ['formatArticle', 'ArticleFormatError'], 1, [anyText, fc.array(blankLine.map((label) => `طالع ${label}أيضا`), { maxLength: 1 })], (text: string, labels: string[]) => {
    const article = parseOf(text);
    if (!article) return;
    let raw: string;
    try {
      raw = api.formatArticle(article, { labels });
    } catch (error) {
      assert.ok(error instanceof api.ArticleFormatError, `unexpected ${String(error)}`);
      assert.ok(['invalid-record', 'line-break', 'untrimmed-field', 'ambiguous-field', 'unknown-read-more-label', 'truncated-mismatch'].includes(error.code));
      return;
    }
    const again = api.parseArticle(raw, { normalize: false, labels });
    const expected = textFields(article);
    // A related block written without a label gets the default one; inline stories keep their own labels.
    if (expected.readMoreLabel === null && article.related.some((story) => story.placement === 'block')) expected.readMoreLabel = 'قراءة المزيد';
    assert.deepStrictEqual(textFields(again), expected);
  }),
  property('format-any-value', ['formatArticle', 'ArticleFormatError'], 1, [fc.anything(), anyOptions], (value: unknown, options: unknown) => {
    refusesOrRuns(() => api.formatArticle(value as api.Article, options as api.FormatOptions), [api.ArticleFormatError, TypeError]);
    assertPrototypesClean();
  }),
  property('format-diagnostic', ['formatDiagnostic'], 1, [anyText, fc.integer({ min: 1, max: 200 }), fc.option(fc.constantFrom('a.txt', 'مقال.txt', '<stdin>'), { nil: undefined })], (text: string, maxWidth: number, path: string | undefined) => {
    const result = api.safeParseArticle(text, { normalize: false });
    const diagnostics = result.success ? result.diagnostics : result.error.diagnostics;
    for (const diagnostic of diagnostics) {
      const shown = api.formatDiagnostic(diagnostic, text, path === undefined ? { maxWidth } : { maxWidth, path });
      const [header, ...excerpt] = shown.split('\n');
      assert.ok(header!.startsWith(`${path === undefined ? '' : `${path}:`}${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.code} `));
      assert.ok(excerpt.length === 0 || excerpt.length === 2, 'the excerpt is one source line and one caret line');
      // Nothing that would reorder or corrupt a terminal line: controls, lone surrogates, bidi embeddings.
      assert.ok(!/[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(shown), 'a control or bidi character reached the output');
      assert.equal(shown, wellFormed(shown), 'a lone surrogate reached the output');
    }
  }),
  property('normalize-text', ['normalizeArabic', 'normalizeArabicWithMap', 'createNormalizer', 'mapOutputRange'], 1, [anyText, preset], (text: string, name: api.NormalizePreset) =>
    checkNormalize(text, name, true),
  ),
  property('normalize-options', ['normalizeArabic', 'resolveNormalizeOptions', 'NormalizeOptionsError', 'createNormalizer'], 1, [fc.oneof(anyText, foldingText), normalizeOptions], (text: string, options: unknown) => {
    const resolved = refusesOrRuns(() => api.resolveNormalizeOptions(options as api.NormalizeOptions), [api.NormalizeOptionsError]);
    if (resolved === undefined) {
      assert.throws(() => api.normalizeArabic(text, options as api.NormalizeOptions), api.NormalizeOptionsError);
      return;
    }
    // Any valid option set is idempotent and stream-equal, as the presets are.
    checkNormalize(text, options as api.NormalizeOptions, true);
    const normalizer = api.createIncrementalNormalizer(options as api.NormalizeOptions, { segmentLength: 1 + (text.length % 7) });
    let streamed = '';
    for (const piece of cutAt(text, [3, 5, 11, 17, 29])) streamed += normalizer.push(piece);
    assert.equal(streamed + normalizer.end(), api.normalizeArabic(text, options as api.NormalizeOptions), 'the stream differs under these options');
    assertPrototypesClean();
  }),
  property('normalize-huge', ['normalizeArabic', 'normalizeArabicWithMap'], 0.002, [hugeText, preset], (text: string, name: api.NormalizePreset) => checkNormalize(text, name, false)),
  property('stream-pieces', ['createIncrementalNormalizer'], 1, [anyText, preset, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 64 })], (text: string, name: api.NormalizePreset, offsets: number[], segmentLength: number) => {
    const normalizer = api.createIncrementalNormalizer(name, { segmentLength });
    let out = '';
    for (const piece of cutAt(text, offsets)) out += normalizer.push(piece);
    out += normalizer.end();
    assert.equal(out, api.normalizeArabic(text, name), 'pieces normalise differently from the whole');
  }),
  property('stream-held-lines', ['createIncrementalNormalizer'], 0.3, [heldLine, fc.oneof(preset, validOptions), fc.array(fc.nat(), { maxLength: 30 }), fc.integer({ min: 1, max: 256 })], (held: HeldLine, options: api.NormalizePreset | api.NormalizeOptions, offsets: number[], segmentLength: number) => {
    // One long line of a shape the stream once held whole (or a mix of their fragments), cut anywhere, under any options.
    const normalizer = api.createIncrementalNormalizer(options, { segmentLength });
    const pieces = cutAt(held.text, offsets);
    let out = '';
    let maxPending = 0;
    for (const piece of pieces) {
      out += normalizer.push(piece);
      maxPending = Math.max(maxPending, normalizer.pending);
    }
    out += normalizer.end();
    assert.equal(out, api.normalizeArabic(held.text, options), 'pieces normalise differently from the whole');
    // A repeated pattern is cut within a segment and a piece under every preset whose rules do not read the whole line.
    if (held.repeated && typeof options === 'string' && options !== 'publish') {
      const longestPiece = Math.max(...pieces.map((piece) => piece.length));
      assert.ok(maxPending <= segmentLength + longestPiece + 64, `held ${maxPending} units`);
    }
  }),
  property('stream-web', ['createNormalizeStream'], 0.2, [anyText, preset, fc.array(fc.nat(), { maxLength: 6 })], async (text: string, name: api.NormalizePreset, offsets: number[]) => {
    const pieces = cutAt(text, offsets);
    const source = new ReadableStream<string>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    let out = '';
    const reader = source.pipeThrough(api.createNormalizeStream(name, { segmentLength: 16 })).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) out += read.value;
    assert.equal(out, api.normalizeArabic(text, name));
  }),
  property('options-pollution', ['parseArticle', 'safeParseArticle', 'ParseOptionsSchema', 'NormalizeOptionsSchema', 'formatArticle', 'createIncrementalNormalizer', 'createNormalizeStream'], 1, [anyOptions, canonicalArticle], (options: unknown, text: string) => {
    // Compared through clones, which give every object the same prototype.
    const before = structuredClone(options);
    refusesOrRuns(() => api.safeParseArticle(text, options as api.ParseOptions), [TypeError]);
    refusesOrRuns(() => schemas.ParseOptionsSchema.safeParse(options), []);
    const normalize = (options as { normalize?: unknown } | null)?.normalize;
    refusesOrRuns(() => api.createIncrementalNormalizer(normalize as api.NormalizeOptions), [TypeError]);
    refusesOrRuns(() => api.createNormalizeStream(normalize as api.NormalizeOptions), [TypeError]);
    assert.deepStrictEqual(structuredClone(options), before, 'the options object was changed');
    assertPrototypesClean();
  }),
  property('labels', ['isReadMoreLabel', 'READ_MORE_LABELS'], 1, [fc.oneof(labelInParagraph, paragraph, anyText), fc.constantFrom(...READ_MORE_LABEL_SPELLINGS), blankLine, blankLine], (line: string, label: string, before: string, after: string) => {
    if (isReadMoreLabel(line)) assert.ok(mayBeReadMoreLabel(line), `${JSON.stringify(line)} taken for a label`);
    assert.ok(isReadMoreLabel(`${before}${label}${after}`), `${JSON.stringify(label)} not recognised`);
    assert.ok(api.READ_MORE_LABELS.every((known) => isReadMoreLabel(known)));
  }),
  property('truncation', ['isTruncatedText'], 1, [anyText, fc.nat(), fc.nat()], (text: string, a: number, b: number) => {
    const start = Math.min(a, b) % (text.length + 1);
    const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
    const slice = text.slice(start, end);
    let k = slice.length - 1;
    while (k >= 0 && (CLOSERS.has(slice[k]!) || BLANK.test(slice[k]!))) k--;
    assert.equal(api.isTruncatedText(text, start, end), api.isTruncatedText(slice), 'a range and its slice disagree');
    // Two full stops in a row are an ellipsis, as … is: the text was cut.
    const ellipsis = slice[k] === '.' && k > 0 && slice[k - 1] === '.';
    assert.equal(api.isTruncatedText(slice), k < 0 || !TERMINALS.has(slice[k]!) || ellipsis, 'disagrees with the plain reading');
  }),
  property('schemas', ['ArticleSchema', 'RelatedStorySchema', 'ArticleSpansSchema', 'RelatedStorySpansSchema', 'DiagnosticSchema', 'DiagnosticCodeSchema', 'DiagnosticSeveritySchema', 'PointSchema', 'SpanSchema', 'NormalizeOptionsSchema', 'NormalizePresetSchema', 'ParseOptionsSchema'], 1, [fc.anything({ withObjectString: true })], (value: unknown) => {
    for (const schema of [schemas.ArticleSchema, schemas.RelatedStorySchema, schemas.ArticleSpansSchema, schemas.RelatedStorySpansSchema, schemas.DiagnosticSchema, schemas.DiagnosticCodeSchema, schemas.DiagnosticSeveritySchema, schemas.PointSchema, schemas.SpanSchema, schemas.NormalizeOptionsSchema, schemas.NormalizePresetSchema, schemas.ParseOptionsSchema]) {
      const result = (schema as { safeParse(value: unknown): { success: boolean; data?: unknown } }).safeParse(value);
      if (result.success && schema === schemas.ArticleSchema) assertSurvivesCopies(result.data);
    }
    assertPrototypesClean();
  }),
  property('repair-text', ['repairText', 'TEXT_REPAIR_KINDS'], 1, [fc.oneof(damagedText, anyText)], (text: string) => {
    const { text: repaired, repairs } = api.repairText(text);
    assert.equal(lineBreaks(repaired), lineBreaks(text), 'line breaks changed');
    if (repairs.length === 0) assert.equal(repaired, text, 'text changed without a repair');
    // The repairs, applied to the input in order, give the output.
    let rebuilt = '';
    let at = 0;
    for (const { kind, start, end, replacement } of repairs) {
      assert.ok(api.TEXT_REPAIR_KINDS.includes(kind), `unknown kind ${kind}`);
      assert.ok(at <= start && start < end && end <= text.length, `repair [${start}, ${end}) out of order or range`);
      rebuilt += text.slice(at, start) + replacement;
      at = end;
    }
    assert.equal(rebuilt + text.slice(at), repaired, 'the repairs do not add up to the output');
    assert.equal(api.repairText(repaired).text, repaired, 'repairing again changed the text');
    assertSurvivesCopies(structuredClone({ text: repaired, repairs }));
  }),
  property('diagnostic-codes', ['severityOf', 'DIAGNOSTIC_CODES', 'DIAGNOSTIC_CODE_LIST'], 0.05, [fc.constantFrom(...api.DIAGNOSTIC_CODE_LIST)], (code: api.DiagnosticCode) => {
    assert.equal(api.severityOf(code), api.DIAGNOSTIC_CODES[code].severity);
    assertDiagnostics([{ code, severity: api.severityOf(code), message: 'm', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }]);
  }),
  ...TOKENIZE_PROPERTIES,
  ...COMPARE_PROPERTIES,
];

/** Exports that no property needs to fuzz, and why. */
export const NOT_FUZZED: Readonly<Record<string, string>> = {
  articleJsonSchema: 'takes no input; test/cli/schema.test.ts checks its output',
};
