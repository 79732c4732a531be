import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/diagnostics/article-parse-error';
import { parseArticle, safeParseArticle } from '../../src/parse/parse-article';
import { scanLines } from '../../src/parse/line-table';
import type { ParseOptions } from '../../src/parse/options';
import { FULL_ARTICLE } from './samples.unit';

// parseArticle builds no diagnostics outside strict mode (its caller never sees them): what it
// returns and throws must still be exactly what safeParseArticle returns.
function parseOrError(input: string | Uint8Array, options?: ParseOptions): unknown {
  try {
    return parseArticle(input, options);
  } catch (error) {
    return error;
  }
}

const DAMAGED = `عنوان\n\nعنوان\nتعليق\n\n${'فقرة فيها \u0000 و\ud800 و\ufffd في وسطها\n'.repeat(50)}`;

describe('parseArticle without diagnostics', () => {
  it.each([
    ['the full article', FULL_ARTICLE],
    ['damaged lines', DAMAGED],
    ['a headline alone', 'عنوان'],
    ['the empty input', ''],
    ['blank lines only', ' \n\u200b\n\t\n'],
    ['bytes with a broken sequence', new Uint8Array([0xd8, 0xb9, 0x0a, 0x0a, 0xd8, 0xb9, 0xff, 0x0a, 0x0a, 0xd9, 0x81])],
  ])('%s: the same record or error as safeParseArticle', (_, input) => {
    for (const options of [undefined, { normalize: false }, { strict: true }, { normalize: 'publish' }] as ParseOptions[]) {
      const safe = safeParseArticle(input, options);
      const result = parseOrError(input, options);
      if (safe.success) expect(result).toEqual(safe.data);
      else {
        expect(result).toBeInstanceOf(ArticleParseError);
        expect((result as ArticleParseError).diagnostics).toEqual(safe.error.diagnostics);
        expect((result as ArticleParseError).message).toBe(safe.error.message);
      }
    }
  });

  it('scanLines without reporting finds the same lines and no diagnostic', () => {
    const reported = scanLines(DAMAGED);
    const quiet = scanLines(DAMAGED, false);
    expect(reported.diagnostics.length).toBe(150);
    expect(quiet.diagnostics).toEqual([]);
    expect({ ...quiet, diagnostics: [] }).toEqual({ ...reported, diagnostics: [] });
  });
});
