/**
 * Round trip: any unambiguous record, written out by `formatArticle` and then
 * disturbed the ways real pages differ from the canonical layout (every kind
 * of line end, a BOM, white space and invisible marks at line edges, extra
 * blank lines, blank lines made of marks, a final newline), reads back as the
 * same record. Spans differ, text fields may not.
 *
 * Run counts are a tenth in `npm test` and full in the deep tier;
 * `FC_NUM_RUNS=2000 npx vitest run test/parse` runs more.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ArticleFormatError, formatArticle } from '../../src/format';
import { parseArticle } from '../../src/parse';
import { normalizeArabic } from '../../src/normalize';
import type { Article } from '../../src/schema/article';
import {
  articleRecord,
  blankCharacter,
  blankLine,
  isUnambiguousRecord,
  lineEnd,
  parsedArticle,
  readMoreLabel,
  recordAsArticle,
  type ArticleRecord,
} from '../arbitraries';
import { lostLineProblems, positionProblems } from '../helpers/invariants';
import { endsWithTerminalPunctuation, mayBeReadMoreLabel } from '../helpers/keys';
import { cleanText } from '../helpers/lines';
import { propertyRuns } from '../helpers/tier';

/** A tenth in `npm test`, all of them in the deep tier (roundtrip.property.deep.test.ts). */
const numRuns = propertyRuns(300);

/** The text fields of a parsed article, to compare with a generated record. */
function textFields(article: Article): ArticleRecord {
  return {
    title: article.title,
    caption: article.caption,
    paragraphs: article.paragraphs,
    readMoreLabel: article.readMoreLabel,
    related: article.related.map(({ title, teaser, truncated, placement, label, afterParagraph }) => ({
      title,
      teaser,
      truncated,
      placement,
      label: label === null ? null : label.text,
      afterParagraph,
    })),
  };
}

/** Padding for a line edge: up to three spaces, tabs, NBSP or invisible marks. */
const edgePadding = fc.array(blankCharacter, { maxLength: 3 }).map((units) => units.join(''));

/**
 * Disturbs canonical text without changing what it means. `formatArticle`
 * writes LF only and its fields hold no line break, so splitting on LF gives
 * its lines. Blank lines may be added where a blank line already is, before
 * the headline, at the end, and between two body lines — never between the
 * echo (line index 2) and the caption under it, where a blank line would
 * turn the caption into a paragraph, and never next to the label of a "read
 * also" box inside the body, which the format knows by having none around it.
 */
function perturb(canonical: string, g: fc.GeneratorValue): string {
  const lines = canonical.split('\n');
  const texts: string[] = [...g(fc.array, blankLine, { maxLength: 2 })];
  lines.forEach((line, i) => {
    if (line === '') {
      texts.push(...g(fc.array, blankLine, { minLength: 1, maxLength: 3 }));
      return;
    }
    texts.push(g(() => edgePadding) + line + g(() => edgePadding));
    const next = lines[i + 1];
    const nearLabel = mayBeReadMoreLabel(line) || (next !== undefined && mayBeReadMoreLabel(next));
    if (i >= 3 && next !== undefined && next !== '' && !nearLabel && g(fc.boolean)) {
      texts.push(...g(fc.array, blankLine, { minLength: 1, maxLength: 2 }));
    }
  });
  texts.push(...g(fc.array, blankLine, { maxLength: 2 }));
  const ends = texts.map(() => g(() => lineEnd));
  // A CR followed by an empty line's LF would read as one CRLF and swallow the blank line.
  ends.forEach((end, k) => {
    if (end === '\r' && texts[k + 1] === '') ends[k] = '\r\n';
  });
  const finalNewline = g(fc.boolean);
  let out = g(fc.boolean) ? '\ufeff' : '';
  texts.forEach((text, k) => {
    out += text;
    if (k < texts.length - 1 || finalNewline) out += ends[k]!;
  });
  return out;
}

/**
 * The record with every field passed through the display normaliser, with
 * `truncated` recomputed; `null` when the result is no longer an unambiguous
 * record (a field emptied, or two fields made equal).
 */
function normalizedRecord(record: ArticleRecord): ArticleRecord | null {
  const display = (text: string): string => normalizeArabic(text, 'display');
  const normalized: ArticleRecord = {
    title: display(record.title),
    caption: record.caption === null ? null : display(record.caption),
    paragraphs: record.paragraphs.map(display),
    readMoreLabel: record.readMoreLabel === null ? null : display(record.readMoreLabel),
    related: record.related.map((story) => {
      const teaser = story.teaser === null ? null : display(story.teaser);
      const label = story.label === null ? null : display(story.label);
      return { ...story, title: display(story.title), teaser, truncated: teaser !== null && !endsWithTerminalPunctuation(teaser), label };
    }),
  };
  const labels = normalized.related.map((story) => story.label);
  const fields = [normalized.title, normalized.caption, ...normalized.paragraphs, normalized.readMoreLabel, ...labels];
  const clean = fields.every((field) => field === null || (field !== '' && cleanText(field) === field));
  return clean && isUnambiguousRecord(normalized) ? normalized : null;
}

describe('formatArticle → perturbation → parseArticle', () => {
  test.prop([articleRecord(), fc.gen()], { numRuns })('gives back the record (normalize: false)', (record, g) => {
    const canonical = formatArticle(recordAsArticle(record));
    const raw = perturb(canonical, g);
    const parsed = parseArticle(raw, { normalize: false });
    expect(textFields(parsed)).toEqual(record);
  });

  test.prop([articleRecord(), fc.gen()], { numRuns })(
    'gives back a record whose text is already normalised (default options)',
    (record, g) => {
      const normalized = normalizedRecord(record);
      fc.pre(normalized !== null);
      const raw = perturb(formatArticle(recordAsArticle(normalized)), g);
      expect(textFields(parseArticle(raw))).toEqual(normalized);
    },
  );

  test.prop([articleRecord(), fc.gen()], { numRuns })(
    'keeps spans true to the perturbed text and loses no line',
    (record, g) => {
      const raw = perturb(formatArticle(recordAsArticle(record)), g);
      const parsed = parseArticle(raw, { normalize: false });
      expect(positionProblems(raw, parsed, [], false)).toEqual([]);
      expect(lostLineProblems(raw, parsed, [])).toEqual([]);
    },
  );

  test.prop([parsedArticle(formatArticle, (raw) => parseArticle(raw, { normalize: false }))], { numRuns })(
    'formatting a parsed record reproduces the canonical text',
    ({ record, raw, article }) => {
      expect(textFields(article)).toEqual(record);
      expect(formatArticle(article)).toBe(raw);
    },
  );
});

/** Ways to make a record ambiguous: put a read-more label where a field of text belongs. */
const labelInjection = fc.constantFrom('caption', 'paragraph', 'story title', 'teaser');

function injectLabel(record: ArticleRecord, where: string, label: string): ArticleRecord | null {
  switch (where) {
    case 'caption':
      return { ...record, caption: label };
    case 'paragraph':
      return { ...record, paragraphs: [...record.paragraphs, label] };
    case 'story title':
    case 'teaser': {
      const inline = record.related.filter((story) => story.placement === 'inline');
      const [story, ...rest] = record.related.filter((story) => story.placement === 'block');
      if (story === undefined) return null;
      const changed =
        where === 'teaser'
          ? { ...story, teaser: label, truncated: !endsWithTerminalPunctuation(label) }
          : { ...story, title: label };
      return { ...record, related: [...inline, changed, ...rest] };
    }
    default:
      return null;
  }
}

describe('records the format cannot hold', () => {
  test.prop([articleRecord(), labelInjection, readMoreLabel], { numRuns })(
    'a label in place of text is rejected by the generators and refused by formatArticle',
    (record, where, label) => {
      const ambiguous = injectLabel(record, where, label);
      fc.pre(ambiguous !== null);
      expect(isUnambiguousRecord(ambiguous)).toBe(false);
      let error: unknown;
      try {
        formatArticle(recordAsArticle(ambiguous));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ArticleFormatError);
      expect((error as ArticleFormatError).code).toBe('ambiguous-field');
    },
  );
});
