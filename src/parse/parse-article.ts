/**
 * `parseArticle` and `safeParseArticle`: raw text (or bytes) in, a validated
 * `Article` and its diagnostics out.
 */
import { binaryEvidence } from '../decode/binary';
import { decodeArticleBytes } from '../decode/decode-article-bytes';
import { ArticleParseError } from '../diagnostics/article-parse-error';
import { createDiagnostic, failsStrict, INPUT_START, sortDiagnostics } from '../diagnostics/diagnostic';
import { normalizeArabic } from '../normalize';
import { KeptRanges } from '../normalize/kept-ranges';
import { compiledFor } from '../normalize/normalizer';
import { normalizationNotes, type NormalizeNote } from '../normalize/notes';
import type { Article, RelatedStory } from '../schema/article';
import { validateArticle } from '../schema/validate';
import type { Diagnostic } from '../schema/diagnostic';
import type { Span } from '../schema/position';
import { NONE, readLayout } from './layout';
import { DROP_DIAGNOSTICS, contentSpan, pointOnLine, scanLines, type DiagnosticSink, type LineTable } from './line-table';
import { describeValue, resolveOptions, type ParseOptions, type ResolvedOptions } from './options';
import { readRelated } from './related';
import { isTruncatedText } from './truncation';

/**
 * What `safeParseArticle` returns: the article and its diagnostics, or the
 * error that `parseArticle` would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeParseArticleResult = safeParseArticle(raw);
 * if (result.success) console.log(result.data.title);
 * else console.log(result.error.diagnostics);
 * ```
 */
export type SafeParseArticleResult =
  | {
      /** The parse succeeded. */
      success: true;
      /** The article. */
      data: Article;
      /** Everything the parser noticed, in input order (warnings only when `strict` is off). */
      diagnostics: Diagnostic[];
    }
  | {
      /** The parse failed. */
      success: false;
      /** Why; `error.diagnostics` lists every diagnostic of the parse. */
      error: ArticleParseError;
    };

function isBytes(input: unknown): input is Uint8Array {
  return input instanceof Uint8Array || Object.prototype.toString.call(input) === '[object Uint8Array]';
}

/**
 * Parses a raw article and reports what it noticed instead of throwing.
 *
 * Fails (with an `ArticleParseError` in `error`) when the input has no
 * non-blank line, when bytes are binary data (`binary-input`: a NUL byte, or
 * many other control bytes, in their first 8,000), or when `strict: true` and
 * a warning was found. Still
 * throws a `TypeError` for a programming error: an input that is neither a
 * string nor a `Uint8Array`, or invalid options.
 *
 * @param input - the raw text, or its bytes (see `decodeArticleBytes`)
 * @param options - see `ParseOptions`
 * @example
 * ```ts
 * const result = safeParseArticle('عنوان\n\nعنوان\nتعليق الصورة\n\nفقرة أولى.');
 * if (result.success) {
 *   result.data.caption; // 'تعليق الصورة'
 *   result.diagnostics; // []
 * }
 * ```
 */
export function safeParseArticle(input: string | Uint8Array, options?: ParseOptions): SafeParseArticleResult {
  return parse(input, options, 'safeParseArticle', false);
}

/**
 * Parses a raw article into a validated `Article`.
 *
 * Span offsets index into the input string as given (a leading BOM counts at
 * offset 0), or for bytes into `decodeArticleBytes(bytes).text`. Each text
 * field is `normalizeArabic(input.slice(span.start.offset, span.end.offset))`
 * under the `normalize` option, or that slice itself with `normalize: false`.
 *
 * @param input - the raw text, or its bytes (see `decodeArticleBytes`)
 * @param options - see `ParseOptions`
 * @throws ArticleParseError when the input has no non-blank line, when bytes
 *   are binary data (`binary-input`), or when `strict: true` and a warning was found
 * @throws TypeError when `input` is neither a string nor a `Uint8Array`, or an option is invalid
 * @example
 * ```ts
 * const article = parseArticle('عنوان\n\nعنوان\nتعليق الصورة\n\nفقرة أولى.\n\nقراءة المزيد\n\nخبر آخر\n\nخبر آخر\n\nمقتطف من الخبر،');
 * article.paragraphs; // ['فقرة أولى.']
 * article.related[0]; // { title: 'خبر آخر', teaser: 'مقتطف من الخبر،', truncated: true, spans: … }
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const result = parse(input, options, 'parseArticle', true);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Whether the diagnostics already stand in the order `sortDiagnostics` gives:
 * the usual case, and then neither a sorted copy nor the sort's own scratch
 * array is needed (on a damaged input they would be millions of entries each).
 */
function inInputOrder(diagnostics: readonly Diagnostic[]): boolean {
  for (let k = 1; k < diagnostics.length; k++) {
    if (diagnostics[k]!.start.offset < diagnostics[k - 1]!.start.offset) return false;
  }
  return true;
}

/**
 * The parse. `quiet`: the caller returns no diagnostics, only the article or
 * the error. Outside strict mode the diagnostics then decide nothing unless
 * the parse fails, so none are built (on a damaged input they would be the
 * largest part of the memory and time); a parse that fails is run again with
 * them, so its error lists every one.
 */
function parse(input: unknown, options: unknown, caller: string, quiet: boolean): SafeParseArticleResult {
  if (typeof input !== 'string' && !isBytes(input)) {
    throw new TypeError(`${caller} expects a string or Uint8Array, got ${describeValue(input)}`);
  }
  const resolved = resolveOptions(options, caller);
  const report = !quiet || resolved.strict;
  let text: string;
  let decodeDiagnostics: Diagnostic[] = [];
  if (typeof input === 'string') {
    text = input;
  } else {
    const binary = binaryEvidence(input);
    if (binary) {
      const what = binary.kind === 'nul' ? `a NUL byte at byte ${binary.offset}` : `many control bytes, the first at byte ${binary.offset}`;
      const message = `The input is binary data, not article text: it holds ${what}.`;
      return { success: false, error: new ArticleParseError([createDiagnostic('binary-input', message, INPUT_START, INPUT_START)]) };
    }
    const decoded = decodeArticleBytes(input);
    text = decoded.text;
    decodeDiagnostics = decoded.diagnostics;
  }

  const table = scanLines(text, report);
  if (table.count === 0) {
    if (!report) return parse(input, options, caller, false);
    // Concatenated, not spread into push: a damaged input can hold millions of diagnostics.
    const diagnostics = decodeDiagnostics.concat(table.diagnostics);
    const message = text.length === 0 ? 'The input is empty.' : 'The input has only blank lines.';
    diagnostics.push(createDiagnostic('empty-input', message, INPUT_START, INPUT_START));
    return { success: false, error: new ArticleParseError(sortDiagnostics(diagnostics)) };
  }

  // The table's own array is extended, not copied, unless decoding found some too.
  const diagnostics = !report ? [] : decodeDiagnostics.length === 0 ? table.diagnostics : decodeDiagnostics.concat(table.diagnostics);
  const article = buildArticle(table, resolved, report ? diagnostics : DROP_DIAGNOSTICS);
  // Checked in place: safeParse would copy the whole record only to compare it.
  const issue = validateArticle(article);
  if (issue) {
    if (!report) return parse(input, options, caller, false);
    const message = `The parser built a record that fails ArticleSchema at ${issue.path.join('.')}: ${issue.message}`;
    diagnostics.push(createDiagnostic('invalid-record', message, INPUT_START, INPUT_START));
  }

  const sorted = inInputOrder(diagnostics) ? diagnostics : sortDiagnostics(diagnostics);
  const failed = issue !== undefined || (resolved.strict && failsStrict(sorted));
  if (failed) return { success: false, error: new ArticleParseError(sorted) };
  return { success: true, data: article, diagnostics: sorted };
}

const NOTE_CODES = {
  'mojibake-windows-1256': 'mojibake-repaired',
  'mojibake-latin-1': 'mojibake-repaired',
  'html-entity': 'html-entity-decoded',
  'unbalanced-quote': 'unbalanced-quotes',
} as const;

const NOTE_MESSAGES = {
  'mojibake-repaired': 'stretch(es) of mojibake (UTF-8 read as windows-1256 or Latin-1) were decoded',
  'html-entity-decoded': 'HTML character reference(s) were decoded',
  'unbalanced-quotes': 'quotation mark(s) found no partner on the line, so its quotes were left as they were',
} as const;

/** What the normaliser noticed in the k-th line: one diagnostic per code, from the first note to the last. */
function reportNotes(table: LineTable, k: number, notes: readonly NormalizeNote[], diagnostics: DiagnosticSink): void {
  if (notes.length === 0) return;
  const base = table.contentStart[k]!;
  for (const code of ['mojibake-repaired', 'html-entity-decoded', 'unbalanced-quotes'] as const) {
    const found = notes.filter((note) => NOTE_CODES[note.kind] === code);
    if (found.length === 0) continue;
    const start = pointOnLine(table, k, base + found[0]!.start);
    const end = pointOnLine(table, k, base + found.reduce((last, note) => Math.max(last, note.end), 0));
    diagnostics.push(createDiagnostic(code, `Line ${start.line}: ${found.length} ${NOTE_MESSAGES[code]}.`, start, end));
  }
}

/** Builds the record from the table; field text comes from each line's content span. */
function buildArticle(table: LineTable, options: ResolvedOptions, diagnostics: DiagnosticSink): Article {
  const { text, contentStart, contentEnd } = table;
  const { normalize } = options;
  // Most fields of displayed text come out of normalisation as they went in: known by a scan.
  const kept = normalize === false ? undefined : new KeptRanges(compiledFor(normalize), text);

  const field = (k: number): string => {
    const raw = text.slice(contentStart[k], contentEnd[k]);
    if (normalize === false || kept === undefined) return raw;
    // The notes only make diagnostics: not worth finding when they would be dropped.
    if (diagnostics !== DROP_DIAGNOSTICS) reportNotes(table, k, normalizationNotes(raw, kept.compiled), diagnostics);
    if (kept.keeps(contentStart[k]!, contentEnd[k]!)) return raw;
    const normalized = normalizeArabic(raw, normalize);
    if (normalized.length > 0) return normalized;
    const span = contentSpan(table, k);
    const message = `Normalisation left the text of line ${span.start.line} empty, so the field keeps the text as found.`;
    diagnostics.push(createDiagnostic('normalized-to-empty', message, span.start, span.end));
    return raw;
  };
  const spanOrNull = (k: number): Span | null => (k === NONE ? null : contentSpan(table, k));

  const layout = readLayout(table, options.labels, diagnostics);
  const stories =
    layout.readMoreLabel === NONE ? [] : readRelated(table, layout.readMoreLabel + 1, options.labels, diagnostics);
  if (layout.readMoreLabel !== NONE && stories.length === 0) {
    const span = contentSpan(table, layout.readMoreLabel);
    const message = `The read-more label at line ${span.start.line} is followed by no related story.`;
    diagnostics.push(createDiagnostic('related-block-empty', message, span.start, span.end));
  }

  const inline = layout.inline.length === 0 ? [] : layout.inline.flatMap((box): RelatedStory[] => {
    const label = { text: field(box.label), span: contentSpan(table, box.label) };
    return box.links.map((link) => ({
      title: field(link),
      teaser: null,
      truncated: false,
      placement: 'inline',
      label,
      afterParagraph: box.afterParagraph,
      spans: { title: contentSpan(table, link), titleEcho: null, teaser: null },
    }));
  });
  const block = stories.map(
    (story): RelatedStory => ({
      title: field(story.title),
      teaser: story.teaser === NONE ? null : field(story.teaser),
      truncated: story.teaser !== NONE && isTruncatedText(text, contentStart[story.teaser], contentEnd[story.teaser]),
      placement: 'block',
      label: null,
      afterParagraph: null,
      spans: {
        title: contentSpan(table, story.title),
        titleEcho: spanOrNull(story.titleEcho),
        teaser: spanOrNull(story.teaser),
      },
    }),
  );
  const related = inline.length === 0 ? block : inline.concat(block);

  return {
    title: field(layout.title),
    caption: layout.caption === NONE ? null : field(layout.caption),
    paragraphs: layout.paragraphs.map(field),
    readMoreLabel: layout.readMoreLabel === NONE ? null : field(layout.readMoreLabel),
    related,
    spans: {
      title: contentSpan(table, layout.title),
      titleEcho: spanOrNull(layout.titleEcho),
      caption: spanOrNull(layout.caption),
      paragraphs: layout.paragraphs.map((k) => contentSpan(table, k)),
      readMoreLabel: spanOrNull(layout.readMoreLabel),
    },
  };
}
