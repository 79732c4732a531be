import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/diagnostics/article-parse-error';
import { DIAGNOSTIC_CODE_LIST, DIAGNOSTIC_CODES, severityOf, type DiagnosticCode } from '../../src/diagnostics/codes';
import { safeParseArticle } from '../../src/parse/parse-article';
import { DiagnosticSchema, type Diagnostic } from '../../src/schema/diagnostic';

const DOC = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');

/**
 * One input per code that makes the parser report it without normalisation.
 * `invalid-record` and `normalized-to-empty` need a stand-in normaliser (see
 * test/parse/normalize-option.unit.test.ts); the repair and quote codes need
 * the `publish` rules (see test/repair/parse-diagnostics.test.ts).
 */
/** A view whose buffer was transferred away. */
function detachedBytes(): Uint8Array {
  const bytes = new TextEncoder().encode('خبر');
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  return bytes;
}

type NeedsNormaliser = 'invalid-record' | 'normalized-to-empty' | 'mojibake-repaired' | 'html-entity-decoded' | 'unbalanced-quotes';
const EXAMPLES: Record<Exclude<DiagnosticCode, NeedsNormaliser>, string | Uint8Array> = {
  'empty-input': ' \n\u200b\n',
  'unreadable-bytes': detachedBytes(),
  'binary-input': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  'inline-label-without-links': 'خبر\n\nخبر\n\nفقرة أولى.\nاقرأ أيضا:\nوأضاف المتحدث أن المفاوضات ستستأنف الأسبوع المقبل بعد توقف دام شهرين.',
  'inline-link-uncertain':
    'خبر\n\nخبر\n\nفقرة أولى.\nاقرأ أيضا:\nعنوان خبر آخر\nوكان المبعوث قد وصل إلى العاصمة مساء الأحد في زيارة لم يعلن عنها مسبقا وقال للصحفيين إنه سيبقى أياما حتى تتضح الأمور وتعود الأطراف',
  'decoded-as-utf-16': new Uint8Array([0x2e, 0x06, 0x28, 0x06, 0x31, 0x06, 0x0a, 0x00, 0x0a, 0x00, 0x2e, 0x06, 0x28, 0x06, 0x31, 0x06]),
  'decoded-as-windows-1256': new Uint8Array([0xc7, 0xe1, 0xce, 0xc8, 0xd1]),
  'malformed-bytes': new Uint8Array([0xff, 0xfe, 0x27, 0x06, 0x41]),
  'replacement-character': 'خبر\n\nخبر\n\nنص \ufffd تالف',
  'control-character': 'خبر\u0000\n\nخبر',
  'lone-surrogate': 'خبر\n\nخبر\n\nنص\ud800',
  'related-block-empty': 'خبر\n\nخبر\n\nفقرة\n\nالمزيد',
  'extra-read-more-label': 'خبر\n\nخبر\n\nفقرة\n\nالمزيد\n\nقصة\n\nقصة\n\nمقتطف،\n\nشاهد أيضا\n\nقصة ثانية\n\nقصة ثانية',
  'title-echo-missing': 'خبر\n\nفقرة',
  'caption-assumed': 'خبر\nتعليق\n\nفقرة',
  'body-empty': 'خبر\n\nخبر',
  'related-title-echo-missing': 'خبر\n\nخبر\n\nفقرة\n\nالمزيد\n\nقصة\n\nمقتطف،',
  'related-teaser-missing': 'خبر\n\nخبر\n\nفقرة\n\nالمزيد\n\nقصة\n\nقصة',
};

function diagnosticsOf(input: string | Uint8Array): Diagnostic[] {
  const result = safeParseArticle(input, { normalize: false });
  return result.success ? result.diagnostics : result.error.diagnostics;
}

describe('DIAGNOSTIC_CODES', () => {
  it('lists codes in kebab case with a severity and a meaning', () => {
    expect(DIAGNOSTIC_CODE_LIST).toEqual(Object.keys(DIAGNOSTIC_CODES));
    for (const code of DIAGNOSTIC_CODE_LIST) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(severityOf(code));
      expect(DIAGNOSTIC_CODES[code].meaning.length).toBeGreaterThan(20);
    }
  });

  it('documents every code, with its severity, in docs/diagnostics.md', () => {
    for (const code of DIAGNOSTIC_CODE_LIST) {
      expect(DOC, code).toContain(`### \`${code}\` (${severityOf(code)})`);
    }
    const documented = [...DOC.matchAll(/^### `([a-z0-9-]+)`/gm)].map((match) => match[1]);
    expect(documented).toEqual(DIAGNOSTIC_CODE_LIST);
  });

  it.each(Object.entries(EXAMPLES))('has an input that reports %s', (code, input) => {
    const diagnostics = diagnosticsOf(input);
    const found = diagnostics.filter((d) => d.code === code);
    expect(found.length, JSON.stringify(diagnostics)).toBeGreaterThan(0);
    for (const diagnostic of found) expect(DiagnosticSchema.safeParse(diagnostic).success).toBe(true);
  });
});

describe('DiagnosticSchema', () => {
  const at = { line: 1, column: 1, offset: 0 };

  it('accepts a diagnostic whose severity matches its code', () => {
    expect(DiagnosticSchema.safeParse({ code: 'body-empty', severity: 'info', message: 'm', start: at, end: at }).success).toBe(true);
  });

  it('rejects an unknown code, a wrong severity, or extra keys', () => {
    expect(DiagnosticSchema.safeParse({ code: 'nope', severity: 'info', message: 'm', start: at, end: at }).success).toBe(false);
    expect(DiagnosticSchema.safeParse({ code: 'body-empty', severity: 'warning', message: 'm', start: at, end: at }).success).toBe(false);
    expect(DiagnosticSchema.safeParse({ code: 'body-empty', severity: 'info', message: 'm', start: at, end: at, x: 1 }).success).toBe(false);
  });
});

describe('ArticleParseError', () => {
  it('is an Error carrying every diagnostic, summarised by the first problem', () => {
    const result = safeParseArticle('خبر\n\nفقرة\n\nالمزيد', { strict: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const { error } = result;
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ArticleParseError);
    expect(error.name).toBe('ArticleParseError');
    expect(error.diagnostics.map((d) => d.code)).toEqual(['title-echo-missing', 'related-block-empty']);
    expect(error.message).toMatch(/^5:1 related-block-empty: /);
  });

  it('counts further problems in its message', () => {
    const error = new ArticleParseError(diagnosticsOf('خبر\u0000\n\nنص\ud800\n\nالمزيد'));
    expect(error.message).toMatch(/^1:4 control-character: .*\(and 2 more\)$/);
  });
});
