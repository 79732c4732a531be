/**
 * `--input jsonl`: what `khabar parse` and `khabar normalize` do to each line
 * of a batch. The same function runs on the main thread and in worker
 * threads, and returns strings only: one output line per input line, in
 * order, and the messages for standard error.
 */
import type { NormalizeOptions, NormalizePreset } from '../normalize/option-values';
import { createNormalizer } from '../normalize/normalizer';
import { safeParseArticle } from '../parse/parse-article';
import { MAX_LINE_BYTES, lineBytes, type LineBatch } from './jsonl-lines';
import { errorRecord, failureMessage, readLine, tooLongFailure, type LineFailure, type LineRecord } from './jsonl-record';

/** The key of error records, which no output record may carry otherwise. */
export const ERROR_KEY = 'error';

/** What each line of one run is turned into (sent to worker threads as is). */
export type JsonlSettings =
  | {
      readonly command: 'parse';
      /** The field holding the raw article. */
      readonly field: string;
      readonly normalize: false | NormalizePreset;
      readonly strict: boolean;
      readonly labels: readonly string[];
      readonly maxLineBytes?: number;
    }
  | {
      readonly command: 'normalize';
      /** The field holding the text to normalise. */
      readonly field: string;
      readonly options: NormalizeOptions;
      readonly maxLineBytes?: number;
    };

/** The outcome of one batch, or of an input that could not be read. */
export interface BatchResult {
  /** The output lines, each ending with a line feed. */
  readonly output: string;
  /** What to print on standard error (may be empty). */
  readonly messages: string;
  /** Lines read. */
  readonly lines: number;
  /** Lines that became error records. */
  readonly failedLines: number;
  /** Inputs that could not be read (0 or 1). */
  readonly failedInputs: number;
}

/** The record a usable line turns into, or why it cannot be turned into one. */
type RecordTransform = (record: LineRecord) => { ok: true; output: string } | { ok: false; failure: LineFailure };

/** Characters looked at for NUL, as `khabar parse` does with the bytes of a file. */
const BINARY_SNIFF_UNITS = 8000;

function parseTransform(settings: Extract<JsonlSettings, { command: 'parse' }>): RecordTransform {
  const options = { normalize: settings.normalize, strict: settings.strict, labels: settings.labels };
  return ({ object, text }) => {
    const id = Object.hasOwn(object, 'id') ? object['id'] : null;
    if (text.slice(0, BINARY_SNIFF_UNITS).includes('\u0000')) {
      return { ok: false, failure: { code: 'binary', reason: 'the text holds NUL bytes, so it is not article text', id } };
    }
    const result = safeParseArticle(text, options);
    if (!result.success) {
      const { diagnostics } = result.error;
      const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
      const reason = problems.some((diagnostic) => diagnostic.severity === 'error')
        ? 'no article could be read'
        : `rejected by --strict (${problems.length} warning${problems.length === 1 ? '' : 's'})`;
      return { ok: false, failure: { code: 'parse-failed', reason, id, diagnostics } };
    }
    // fromEntries defines keys as data properties, so a key named __proto__ stays a plain field.
    const entries = Object.entries(object).filter(([key]) => key !== settings.field);
    entries.push(['article', result.data], ['diagnostics', result.diagnostics]);
    return { ok: true, output: JSON.stringify(Object.fromEntries(entries)) };
  };
}

function normalizeTransform(settings: Extract<JsonlSettings, { command: 'normalize' }>): RecordTransform {
  const normalize = createNormalizer(settings.options);
  // A computed key in a literal is defined, not assigned, and keeps its place among the keys.
  return ({ object, text }) => ({ ok: true, output: JSON.stringify({ ...object, [settings.field]: normalize(text) }) });
}

/** Keys the output record of a good line writes besides the object's own. */
function reservedKeys(settings: JsonlSettings): readonly string[] {
  return settings.command === 'parse' ? ['article', 'diagnostics', ERROR_KEY] : [ERROR_KEY];
}

/**
 * Compiles `settings` once and returns the function that turns a batch into
 * its output: one line per input line, an error record for a bad one.
 */
export function createBatchTransform(settings: JsonlSettings): (batch: LineBatch) => BatchResult {
  const transform = settings.command === 'parse' ? parseTransform(settings) : normalizeTransform(settings);
  const reserved = reservedKeys(settings);
  const maxLineBytes = settings.maxLineBytes ?? MAX_LINE_BYTES;
  return (batch) => {
    const overlong = new Set(batch.overlong);
    const lines: string[] = [];
    let messages = '';
    let failedLines = 0;
    for (let index = 0; index < batch.ends.length; index++) {
      const place = { source: batch.source, line: batch.firstLine + index };
      let failed: LineFailure;
      if (overlong.has(index)) failed = tooLongFailure(maxLineBytes);
      else {
        const read = readLine(lineBytes(batch, index), settings.field, reserved);
        const done = read.ok ? guarded(transform, read.record) : read;
        if (done.ok) {
          lines.push(done.output);
          continue;
        }
        failed = done.failure;
      }
      failedLines++;
      lines.push(errorRecord(place, failed));
      messages += `khabar: ${failureMessage(place, failed)}\n`;
    }
    lines.push('');
    return { output: lines.join('\n'), messages, lines: batch.ends.length, failedLines, failedInputs: 0 };
  };
}

/** Runs `transform`, turning an exception into the line's failure, so one line cannot end the stream. */
function guarded(transform: RecordTransform, record: LineRecord): ReturnType<RecordTransform> {
  try {
    return transform(record);
  } catch (error) {
    const id = Object.hasOwn(record.object, 'id') ? record.object['id'] : null;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: 'unexpected-error', reason: `khabar failed on this line: ${message}`, id } };
  }
}
