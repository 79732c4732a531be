/**
 * `--input jsonl`: one line to the object it holds and the text of its field,
 * or to the reason it cannot be used; and the error record that takes a bad
 * line's place in the output, so that output line N always answers input line N.
 */
import type { Diagnostic } from '../schema/diagnostic';

/**
 * Why a line of `--input jsonl` became an error record:
 *
 * - `invalid-encoding`: the line's bytes are not UTF-8.
 * - `invalid-json`: the line is not JSON (a blank line included).
 * - `not-an-object`: JSON, but not an object.
 * - `missing-field`: the object has no field named by `--field`.
 * - `field-not-string`: that field holds something other than a string.
 * - `reserved-field`: the object has a field the output record adds (`article`, `diagnostics`, `error`).
 * - `line-too-long`: the line is longer than the limit, so it was not read.
 * - `binary`: the text holds NUL bytes near its start, so it is not article text.
 * - `parse-failed`: the parser found no article, or `--strict` rejected a warning.
 * - `unexpected-error`: the line made khabar fail in a way it does not foresee (a bug to report).
 */
export type JsonlLineErrorCode =
  | 'invalid-encoding'
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-field'
  | 'field-not-string'
  | 'reserved-field'
  | 'line-too-long'
  | 'binary'
  | 'parse-failed'
  | 'unexpected-error';

/** Every {@link JsonlLineErrorCode}, for the documentation and the tests. */
export const JSONL_LINE_ERROR_CODES: readonly JsonlLineErrorCode[] = [
  'invalid-encoding',
  'invalid-json',
  'not-an-object',
  'missing-field',
  'field-not-string',
  'reserved-field',
  'line-too-long',
  'binary',
  'parse-failed',
  'unexpected-error',
];

/** A line that gives no output record, and why. */
export interface LineFailure {
  readonly code: JsonlLineErrorCode;
  /** A sentence for people, without the input's name and line number. */
  readonly reason: string;
  /** The line's `id`, or `null` when it has none or the line could not be read. */
  readonly id: unknown;
  /** The parser's diagnostics, when the parser ran. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** A usable line: its object and the text of its field. */
export interface LineRecord {
  readonly object: Record<string, unknown>;
  readonly text: string;
}

/** Where a line is: its input's name and its number there. */
export interface LinePlace {
  readonly source: string;
  readonly line: number;
}

// Fatal, so a bad byte is reported rather than turned into U+FFFD; a BOM opening the line is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Longest piece of a JSON error message kept: the runtime quotes the line in it. */
const JSON_MESSAGE_UNITS = 160;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function failure(code: JsonlLineErrorCode, reason: string, id: unknown = null): { ok: false; failure: LineFailure } {
  return { ok: false, failure: { code, reason, id: id === undefined ? null : id } };
}

/**
 * Reads one line: UTF-8, then JSON, then an object whose `field` holds a
 * string, and none of whose other keys is in `reserved`.
 */
export function readLine(
  bytes: Uint8Array,
  field: string,
  reserved: readonly string[],
): { ok: true; record: LineRecord } | { ok: false; failure: LineFailure } {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return failure('invalid-encoding', 'not valid UTF-8 (JSON Lines are UTF-8)');
  }
  if (line.trim().length === 0) return failure('invalid-json', 'a blank line, not a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const shown = message.length > JSON_MESSAGE_UNITS ? `${message.slice(0, JSON_MESSAGE_UNITS)}…` : message;
    return failure('invalid-json', `not valid JSON (${shown})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure('not-an-object', `${kindOf(value)}, not a JSON object`);
  }
  const object = value as Record<string, unknown>;
  const id = Object.hasOwn(object, 'id') ? object['id'] : null;
  if (!Object.hasOwn(object, field)) {
    return failure('missing-field', `no "${field}" field (--field names the field that holds the text)`, id);
  }
  const text = object[field];
  if (typeof text !== 'string') return failure('field-not-string', `the "${field}" field holds ${kindOf(text)}, not a string`, id);
  for (const key of reserved) {
    if (key !== field && Object.hasOwn(object, key)) {
      return failure('reserved-field', `the object already has an "${key}" field, which the output record writes; rename it first`, id);
    }
  }
  return { ok: true, record: { object, text } };
}

/** The failure of a line over the length limit. */
export function tooLongFailure(maxLineBytes: number): LineFailure {
  return { code: 'line-too-long', reason: `longer than ${maxLineBytes} bytes, so it was not read`, id: null };
}

/** The sentence for standard error: `source:line: reason`. */
export function failureMessage(place: LinePlace, failed: LineFailure): string {
  return `${place.source}:${place.line}: ${failed.reason}`;
}

/**
 * The error record written in a bad line's place:
 * `{"id", "error": {"code", "message", "path", "line", "diagnostics"?}}`.
 */
export function errorRecord(place: LinePlace, failed: LineFailure): string {
  const error = {
    code: failed.code,
    message: failureMessage(place, failed),
    path: place.source,
    line: place.line,
    ...(failed.diagnostics === undefined ? {} : { diagnostics: failed.diagnostics }),
  };
  return JSON.stringify({ id: failed.id, error });
}
