/**
 * One input of `khabar parse`, start to end: read the bytes, refuse binary
 * files, parse, and render both the output (in the chosen format) and the
 * messages for standard error. The same function runs on the main thread and
 * in worker threads, and returns only strings, so the main thread just writes
 * results in input order.
 */
import { decodeArticleBytes } from '../decode/decode-article-bytes';
import { formatDiagnostic } from '../diagnostics/format-diagnostic';
import type { NormalizePreset } from '../normalize/option-values';
import { safeParseArticle } from '../parse/parse-article';
import type { Diagnostic } from '../schema/diagnostic';
import { InputError } from './errors';
import { looksBinary } from './inputs';
import { binaryInputError, readInputFile, type FileRef } from './read-input';
import { renderMarkdown } from './render-markdown';

/** Output formats of `khabar parse`. */
export const PARSE_FORMATS = ['json', 'jsonl', 'markdown'] as const;

/** One of {@link PARSE_FORMATS}. */
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** What every input of one `khabar parse` run is parsed with (sent to worker threads as is). */
export interface ParseSettings {
  readonly format: ParseFormat;
  readonly normalize: false | NormalizePreset;
  readonly strict: boolean;
  readonly labels: readonly string[];
  readonly quiet: boolean;
  /** The most bytes one input may have (`--max-bytes`). */
  readonly maxBytes: number;
}

/** The outcome of one input. */
export interface ParseResult {
  /** Whether the input gave a record. */
  readonly ok: boolean;
  /** What to write to the output for it (may be empty). */
  readonly output: string;
  /** What to print on standard error for it (may be empty). */
  readonly messages: string;
  /** Its size in bytes, for the progress line. */
  readonly bytes: number;
}

function shownDiagnostics(diagnostics: readonly Diagnostic[], bytes: Uint8Array, path: string): string {
  if (diagnostics.length === 0) return '';
  const { text } = decodeArticleBytes(bytes);
  return diagnostics.map((diagnostic) => `${formatDiagnostic(diagnostic, text, { path })}\n`).join('');
}

/** The result for an input that failed before parsing (missing, unreadable, binary). */
export function failedInput(error: InputError, settings: ParseSettings, bytes = 0): ParseResult {
  const line = { path: error.path, error: { code: error.code, message: error.message } };
  const output = settings.format === 'jsonl' ? `${JSON.stringify(line)}\n` : '';
  return { ok: false, output, messages: `khabar: ${error.message}\n`, bytes };
}

/** Parses the bytes of one input, `path` being its name in output and messages. */
export function parseBytes(bytes: Uint8Array, path: string, settings: ParseSettings): ParseResult {
  if (looksBinary(bytes)) return failedInput(binaryInputError(path), settings, bytes.length);
  const result = safeParseArticle(bytes, {
    normalize: settings.normalize,
    strict: settings.strict,
    labels: settings.labels,
  });
  if (!result.success) {
    const { diagnostics } = result.error;
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
    const reason = problems.some((diagnostic) => diagnostic.severity === 'error')
      ? 'no article could be read'
      : `rejected by --strict (${problems.length} warning${problems.length === 1 ? '' : 's'})`;
    const message = `${path}: ${reason}`;
    const line = { path, error: { code: 'parse-failed', message, diagnostics } };
    return {
      ok: false,
      output: settings.format === 'jsonl' ? `${JSON.stringify(line)}\n` : '',
      messages: `${shownDiagnostics(problems, bytes, path)}khabar: ${message}\n`,
      bytes: bytes.length,
    };
  }
  const { data: article, diagnostics } = result;
  let output: string;
  if (settings.format === 'json') output = `${JSON.stringify(article, null, 2)}\n`;
  else if (settings.format === 'jsonl') output = `${JSON.stringify({ path, article, diagnostics })}\n`;
  else output = renderMarkdown(article, path);
  const warnings = settings.quiet ? [] : diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  return { ok: true, output, messages: shownDiagnostics(warnings, bytes, path), bytes: bytes.length };
}

/** Reads and parses one file. */
export function parseFile(file: FileRef, settings: ParseSettings): ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file, settings.maxBytes);
  } catch (error) {
    if (error instanceof InputError) return failedInput(error, settings);
    throw error;
  }
  return parseBytes(bytes, file.path, settings);
}

/** Whether an item of a run is a file still to parse rather than a result known already. */
export function isFileRef(item: FileRef | ParseResult): item is FileRef {
  return 'origin' in item;
}
