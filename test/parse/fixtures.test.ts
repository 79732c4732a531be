/**
 * Fixture pairs: each `test/fixtures/parse/NN-name.txt` (UTF-8 text) or
 * `NN-name.bin` (bytes) is parsed with `normalize: false`, and the whole
 * `safeParseArticle` result must equal `NN-name.json`. The JSON files are the
 * specification of the format, reviewed line by line; run
 * `UPDATE=1 npx vitest run test/parse/fixtures.test.ts` to rewrite them after
 * a deliberate change, then review the diff.
 *
 * Diagnostic messages are stored for the reader but not compared: their
 * wording may change, their codes and positions may not.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { safeParseArticle, type SafeParseArticleResult } from '../../src/parse';
import { decodeArticleBytes } from '../../src/decode';
import { normalizeArabic } from '../../src/normalize';
import { hasNonBlankLine, lostLineProblems, positionProblems } from '../helpers/invariants';

const FIXTURES = fileURLToPath(new URL('../fixtures/parse', import.meta.url));
const UPDATE = process.env['UPDATE'] === '1';

/** Keys in the order a reader wants them; any other key follows, sorted. */
const KEY_ORDER = [
  'success', 'encoding', 'data', 'error', 'name', 'diagnostics',
  'title', 'titleEcho', 'caption', 'paragraphs', 'readMoreLabel', 'related', 'teaser', 'truncated', 'placement', 'label', 'afterParagraph', 'text', 'span', 'spans',
  'code', 'severity', 'message', 'start', 'end', 'line', 'column', 'offset',
];

function rank(key: string): number {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
}

/** A copy of a JSON-like value with object keys in a fixed order, so the files are stable. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(
    ([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, ordered(item)]));
}

/** JSON with 2-space indent, each point on one line so that spans read at a glance. */
function stableJson(value: unknown): string {
  const json = JSON.stringify(ordered(value), null, 2);
  return `${json.replace(/\{\n *"line": (\d+),\n *"column": (\d+),\n *"offset": (\d+)\n *\}/g, '{ "line": $1, "column": $2, "offset": $3 }')}\n`;
}

/** The result as plain data: the error becomes its name and diagnostics. */
function toPlain(result: SafeParseArticleResult, encoding: string | undefined): unknown {
  const base = encoding === undefined ? {} : { encoding };
  if (result.success) return { success: true, ...base, data: result.data, diagnostics: result.diagnostics };
  return { success: false, ...base, error: { name: result.error.name, diagnostics: result.error.diagnostics } };
}

/** The same data with every diagnostic message removed. */
function withoutMessages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMessages);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([key, item]) => !(key === 'message' && typeof item === 'string'),
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutMessages(item)]));
}

interface Fixture {
  name: string;
  /** The parser's input: a string for `.txt`, bytes for `.bin`. */
  input: string | Uint8Array;
  /** The text that spans index into. */
  text: string;
  /** The encoding decoded from bytes, for `.bin` fixtures. */
  encoding: string | undefined;
}

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt') || file.endsWith('.bin'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const bytes = readFileSync(join(FIXTURES, file));
      if (file.endsWith('.txt')) {
        const text = bytes.toString('utf8');
        return { name, input: text, text, encoding: undefined };
      }
      const input = new Uint8Array(bytes);
      const decoded = decodeArticleBytes(input);
      return { name, input, text: decoded.text, encoding: decoded.encoding };
    });
}

const fixtures = loadFixtures();

describe('parse fixtures', () => {
  test('there are at least 25 fixture pairs', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const result = safeParseArticle(fixture.input, { normalize: false });
    const actual = toPlain(result, fixture.encoding);
    const jsonPath = join(FIXTURES, `${fixture.name}.json`);
    if (UPDATE) {
      writeFileSync(jsonPath, stableJson(actual));
    } else {
      expect(existsSync(jsonPath), `${jsonPath} is missing: run with UPDATE=1 and review it`).toBe(true);
      const expected: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
      expect(withoutMessages(JSON.parse(stableJson(actual)))).toEqual(withoutMessages(expected));
    }

    // Whatever the stored record says, the general invariants hold too.
    expect(result.success).toBe(hasNonBlankLine(fixture.text));
    if (!result.success) {
      expect(result.error.diagnostics.map((d) => d.code)).toContain('empty-input');
      return;
    }
    expect(positionProblems(fixture.text, result.data, result.diagnostics, false)).toEqual([]);
    expect(lostLineProblems(fixture.text, result.data, result.diagnostics)).toEqual([]);
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: default normalisation reads the same lines and normalises each field',
    (_name, fixture) => {
      const raw = safeParseArticle(fixture.input, { normalize: false });
      const normalized = safeParseArticle(fixture.input);
      expect(normalized.success).toBe(raw.success);
      if (!raw.success || !normalized.success) return;
      expect(normalized.data.spans).toEqual(raw.data.spans);
      expect(normalized.data.related.map((story) => story.spans)).toEqual(raw.data.related.map((story) => story.spans));
      const display = (text: string): string => normalizeArabic(text, 'display') || text;
      expect(normalized.data.title).toBe(display(raw.data.title));
      expect(normalized.data.caption).toBe(raw.data.caption === null ? null : display(raw.data.caption));
      expect(normalized.data.paragraphs).toEqual(raw.data.paragraphs.map(display));
      expect(normalized.data.readMoreLabel).toBe(raw.data.readMoreLabel === null ? null : display(raw.data.readMoreLabel));
      expect(normalized.data.related.map((story) => [story.title, story.teaser, story.truncated])).toEqual(
        raw.data.related.map((story) => [
          display(story.title),
          story.teaser === null ? null : display(story.teaser),
          story.truncated,
        ]),
      );
      expect(positionProblems(fixture.text, normalized.data, normalized.diagnostics, 'display')).toEqual([]);
    },
  );
});
