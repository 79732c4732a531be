/**
 * Checks every parse must pass, whatever the input: positions agree with the
 * input, field text is what its span covers, and no non-blank line is lost.
 * Each check returns a list of problems (empty when all is well), so a failing
 * property prints exactly what went wrong.
 */
import type { Article } from '../../src/schema/article';
import type { Diagnostic } from '../../src/schema/diagnostic';
import type { Point, Span } from '../../src/schema/position';
import { normalizeArabic, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { cleanText, pointAt, sliceSpan, splitLines, type RawLine } from './lines';

/** One span of a record, named by its path in the record, with the field text it yields (echoes yield none). */
export interface NamedSpan {
  /** Path of the span in the record, e.g. `related[1].teaser`. */
  name: string;
  /** The span. */
  span: Span;
  /** The field text read from it, or `null` for an echo line (which has no field of its own). */
  text: string | null;
}

/** Every span of an article, in record order. */
export function namedSpans(article: Article): NamedSpan[] {
  const { spans } = article;
  const out: NamedSpan[] = [{ name: 'title', span: spans.title, text: article.title }];
  if (spans.titleEcho) out.push({ name: 'titleEcho', span: spans.titleEcho, text: null });
  if (spans.caption) out.push({ name: 'caption', span: spans.caption, text: article.caption });
  spans.paragraphs.forEach((span, i) => out.push({ name: `paragraphs[${i}]`, span, text: article.paragraphs[i] ?? null }));
  if (spans.readMoreLabel) out.push({ name: 'readMoreLabel', span: spans.readMoreLabel, text: article.readMoreLabel });
  // Stories of one inline box share its label line: it is named once, by the first of them.
  const labelLines = new Set<number>();
  article.related.forEach((story, i) => {
    if (story.label !== null && !labelLines.has(story.label.span.start.offset)) {
      labelLines.add(story.label.span.start.offset);
      out.push({ name: `related[${i}].label`, span: story.label.span, text: story.label.text });
    }
    out.push({ name: `related[${i}].title`, span: story.spans.title, text: story.title });
    if (story.spans.titleEcho) out.push({ name: `related[${i}].titleEcho`, span: story.spans.titleEcho, text: null });
    if (story.spans.teaser) out.push({ name: `related[${i}].teaser`, span: story.spans.teaser, text: story.teaser });
  });
  return out;
}

function samePoint(a: Point, b: Point): boolean {
  return a.line === b.line && a.column === b.column && a.offset === b.offset;
}

function describePoint(point: Point): string {
  return `${point.line}:${point.column}@${point.offset}`;
}

/** What the parse was asked to do with field text. */
export type NormalizeSetting = false | NormalizePreset | NormalizeOptions;

/**
 * Positions and text: each span's and diagnostic's points agree with their
 * offsets in `input` (line and column recomputed from an independent line
 * split), a span stays on one line and covers clean text (no surrounding white
 * space or invisible marks), and each field's text is that slice — as is with
 * `normalize: false`, else `normalizeArabic(slice, normalize)`, or the slice
 * when normalisation empties it and a `normalized-to-empty` warning says so.
 */
export function positionProblems(
  input: string,
  article: Article,
  diagnostics: readonly Diagnostic[],
  normalize: NormalizeSetting,
): string[] {
  const lines = splitLines(input);
  const problems: string[] = [];
  const checkPoint = (what: string, point: Point): void => {
    if (point.offset < 0 || point.offset > input.length) {
      problems.push(`${what}: offset ${point.offset} is outside the input (length ${input.length})`);
      return;
    }
    const expected = pointAt(lines, point.offset);
    if (!samePoint(point, expected)) problems.push(`${what}: ${describePoint(point)} should be ${describePoint(expected)}`);
  };
  for (const { name, span, text } of namedSpans(article)) {
    checkPoint(`${name}.start`, span.start);
    checkPoint(`${name}.end`, span.end);
    if (span.start.line !== span.end.line) problems.push(`${name}: spans lines ${span.start.line}–${span.end.line}`);
    const slice = sliceSpan(input, span);
    if (slice.length === 0) problems.push(`${name}: empty span`);
    if (cleanText(slice) !== slice) problems.push(`${name}: span ${JSON.stringify(slice)} has surrounding blank units`);
    if (text === null) continue;
    const expected = normalize === false ? slice : normalizeArabic(slice, normalize);
    const emptied =
      expected.length === 0 &&
      text === slice &&
      diagnostics.some((d) => d.code === 'normalized-to-empty' && d.start.offset === span.start.offset);
    if (text !== expected && !emptied) {
      problems.push(`${name}: text ${JSON.stringify(text)} should be ${JSON.stringify(expected)} (slice ${JSON.stringify(slice)})`);
    }
  }
  diagnostics.forEach((diagnostic, i) => {
    checkPoint(`diagnostics[${i}] ${diagnostic.code}.start`, diagnostic.start);
    checkPoint(`diagnostics[${i}] ${diagnostic.code}.end`, diagnostic.end);
    if (diagnostic.end.offset < diagnostic.start.offset) problems.push(`diagnostics[${i}]: ends before it starts`);
  });
  return problems;
}

/**
 * Codes that describe the characters or bytes of a line, not what became of
 * it: they do not account for a line that is in no field.
 */
const CHARACTER_CODES = new Set([
  'control-character',
  'lone-surrogate',
  'replacement-character',
  'decoded-as-utf-16',
  'decoded-as-windows-1256',
  'malformed-bytes',
]);

/**
 * Nothing lost: every non-blank input line holds exactly one span of the
 * record, or none and is named by a diagnostic of severity `warning` or
 * `error` (the parser's severities say that warnings mark text set aside;
 * info diagnostics only record decisions) that is not merely about its
 * characters. Also no two spans share a line, and no span sits on a blank line.
 */
export function lostLineProblems(input: string, article: Article, diagnostics: readonly Diagnostic[]): string[] {
  const lines = splitLines(input);
  const spansByLine = new Map<number, string[]>();
  for (const { name, span } of namedSpans(article)) {
    const names = spansByLine.get(span.start.line) ?? [];
    names.push(name);
    spansByLine.set(span.start.line, names);
  }
  const problems: string[] = [];
  const describe = (line: RawLine): string => `line ${line.number} ${JSON.stringify(line.text.slice(0, 60))}`;
  for (const line of lines) {
    const names = spansByLine.get(line.number) ?? [];
    if (line.blank) {
      if (names.length > 0) problems.push(`${describe(line)} is blank but holds ${names.join(', ')}`);
      continue;
    }
    if (names.length > 1) problems.push(`${describe(line)} holds ${names.length} spans: ${names.join(', ')}`);
    if (names.length === 1) continue;
    const named = diagnostics.some(
      (d) =>
        d.severity !== 'info' &&
        !CHARACTER_CODES.has(d.code) &&
        d.start.line <= line.number &&
        line.number <= d.end.line,
    );
    if (!named) problems.push(`${describe(line)} is in no field and named by no warning`);
  }
  return problems;
}

/** Whether an input has a non-blank line, by the independent line split. */
export function hasNonBlankLine(input: string): boolean {
  return splitLines(input).some((line) => !line.blank);
}
