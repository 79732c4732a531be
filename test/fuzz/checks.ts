/**
 * What must hold for any input, written with `node:assert` so the same checks
 * run under vitest and in the standalone fuzz runner. Each throws with a
 * message naming what went wrong.
 */
import assert from 'node:assert/strict';
import { ArticleSchema } from '../../src/schema/article';
import { DiagnosticSchema, type Diagnostic } from '../../src/schema/diagnostic';
import { ArticleParseError } from '../../src/diagnostics/article-parse-error';
import { decodeArticleBytes, looksBinary, type DecodedArticle } from '../../src/decode';
import { parseArticle, safeParseArticle, type ParseOptions } from '../../src/parse';
import { hasNonBlankLine, lostLineProblems, positionProblems, type NormalizeSetting } from '../helpers/invariants';
import { pointAt, splitLines } from '../helpers/lines';

/** Throws unless `value` is plain data: objects and arrays of strings, finite numbers, booleans and null. */
export function assertPlainData(value: unknown, path = 'value'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${path} is ${value}`);
    return;
  }
  assert.equal(typeof value, 'object', `${path} is a ${typeof value}`);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    assert.equal(prototype, Array.prototype, `${path} is an array of another realm or class`);
    value.forEach((item, index) => assertPlainData(item, `${path}[${index}]`));
    return;
  }
  assert.equal(prototype, Object.prototype, `${path} is not a plain object`);
  assert.deepEqual(Object.getOwnPropertySymbols(value), [], `${path} has symbol keys`);
  for (const [key, item] of Object.entries(value as object)) {
    assert.notEqual(item, undefined, `${path}.${key} is undefined`);
    assertPlainData(item, `${path}.${key}`);
  }
}

/** Throws unless `value` survives `structuredClone` and a JSON round trip unchanged. */
export function assertSurvivesCopies(value: unknown): void {
  assertPlainData(value);
  assert.deepStrictEqual(structuredClone(value), value, 'structuredClone changed the value');
  assert.deepStrictEqual(JSON.parse(JSON.stringify(value)) as unknown, value, 'a JSON round trip changed the value');
}

/** Throws unless every diagnostic is valid and they are in input order. */
export function assertDiagnostics(diagnostics: readonly Diagnostic[]): void {
  let previous = 0;
  for (const diagnostic of diagnostics) {
    const checked = DiagnosticSchema.safeParse(diagnostic);
    assert.ok(checked.success, `invalid diagnostic ${JSON.stringify(diagnostic)}`);
    assert.ok(diagnostic.start.offset >= previous, `diagnostics out of order at ${diagnostic.code}`);
    previous = diagnostic.start.offset;
  }
}

/**
 * Parses `text` (or `bytes`, read as `text`) and checks everything the parser
 * promises for any input: a record exactly when there is a non-blank line,
 * valid under `ArticleSchema`, plain data, positions true to the text, every
 * non-blank line in one field or named by a warning, and `parseArticle`
 * agreeing with `safeParseArticle`.
 */
export function checkParse(input: string | Uint8Array, text: string, options: ParseOptions): void {
  const normalize: NormalizeSetting = options.normalize ?? 'display';
  const result = safeParseArticle(input, options);
  if (!result.success) {
    assert.ok(result.error instanceof ArticleParseError);
    assertDiagnostics(result.error.diagnostics);
    assertSurvivesCopies(result.error.diagnostics);
    const binary = result.error.diagnostics.some((d) => d.code === 'binary-input');
    assert.equal(binary, typeof input !== 'string' && looksBinary(input), 'binary-input exactly for bytes that look binary');
    const empty = result.error.diagnostics.some((d) => d.code === 'empty-input');
    if (!binary) assert.equal(empty, !hasNonBlankLine(text), 'empty-input exactly when no line is non-blank');
    if (!empty && !binary) assert.ok(options.strict, 'only strict mode fails an input with a non-blank line');
    assert.throws(() => parseArticle(input, options), (error: unknown) => error instanceof ArticleParseError && error.message === result.error.message);
    return;
  }
  assert.ok(hasNonBlankLine(text), 'a record from an input without a non-blank line');
  assert.ok(ArticleSchema.safeParse(result.data).success, 'the record fails ArticleSchema');
  assertDiagnostics(result.diagnostics);
  if (options.strict) assert.ok(result.diagnostics.every((d) => d.severity === 'info'), 'strict mode passed a warning');
  assertSurvivesCopies(result.data);
  assertSurvivesCopies(result.diagnostics);
  assert.deepEqual(positionProblems(text, result.data, result.diagnostics, normalize), []);
  assert.deepEqual(lostLineProblems(text, result.data, result.diagnostics), []);
  assert.deepStrictEqual(parseArticle(input, options), result.data, 'parseArticle and safeParseArticle disagree');
}

/** Re-encodes decoded text in the encoding it was read as, byte-order mark included. */
function reencode(decoded: DecodedArticle): Uint8Array | undefined {
  const { text, encoding, bom } = decoded;
  if (encoding === 'windows-1256') return undefined;
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  const littleEndian = encoding === 'utf-16le';
  const units = bom ? `\ufeff${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(2 * i, units.charCodeAt(i), littleEndian);
  return bytes;
}

/**
 * Decodes `bytes` and checks what the decoder promises for any bytes: no
 * garbage passes as clean text (without a diagnostic the text re-encodes to
 * exactly the bytes), each `malformed-bytes` points at a U+FFFD, and every
 * point agrees with the text's own lines. Returns the decoded input.
 */
export function checkDecode(bytes: Uint8Array): DecodedArticle {
  const decoded = decodeArticleBytes(bytes);
  assertDiagnostics(decoded.diagnostics);
  if (decoded.diagnostics.length === 0) {
    assert.deepEqual(reencode(decoded), bytes, 'text without a diagnostic does not re-encode to the bytes');
  }
  const lines = splitLines(decoded.text);
  for (const diagnostic of decoded.diagnostics) {
    assert.deepEqual(diagnostic.start, pointAt(lines, diagnostic.start.offset), `${diagnostic.code} start`);
    if (diagnostic.code === 'malformed-bytes') {
      assert.equal(decoded.text[diagnostic.start.offset], '\ufffd', 'malformed-bytes points at no U+FFFD');
    }
  }
  assert.deepStrictEqual(decodeArticleBytes(bytes), decoded, 'decoding is not deterministic');
  return decoded;
}

/** Names of the own keys of the built-in prototypes, to notice pollution. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map(String),
  );
}

const CLEAN_PROTOTYPES = prototypeKeys().join('\n');

/** Throws when a built-in prototype gained or lost a key, or a fresh object inherits a stray property. */
export function assertPrototypesClean(): void {
  assert.equal(prototypeKeys().join('\n'), CLEAN_PROTOTYPES, 'a built-in prototype was changed');
  const probe = {} as Record<string, unknown>;
  assert.equal(probe['polluted'], undefined, 'Object.prototype.polluted is set');
}
