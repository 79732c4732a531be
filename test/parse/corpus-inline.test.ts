/**
 * The 458 real articles of `news.jsonl` laid out as pages with "read also"
 * boxes inside the body: 0–3 boxes of 1–4 links each (the titles of other
 * corpus articles), at pseudo-random places, with a related block after the
 * body (echoed stories, the specimen's shape) on half of the pages. Every
 * body paragraph, every block story and every inline link must come back
 * exactly, in place.
 *
 * A box goes after a paragraph whose next paragraph reads as body text (or
 * at the end of the body): before a paragraph that reads as a link — a short
 * byline such as `عين اليوم – جدة` — nobody can tell where the box ends, and
 * the format says so (`docs/format.md`); the last test counts those places
 * and checks that nothing is lost there either.
 */
import { expect, test } from 'vitest';
import { safeParseArticle } from '../../src/parse';
import type { Article } from '../../src/schema/article';
import { describeWithShared, readNewsCorpus, type NewsRecord } from '../helpers/shared';
import { cleanText } from '../helpers/lines';
import { lostLineProblems, positionProblems } from '../helpers/invariants';
import { readsAsLink } from '../helpers/keys';

const LABELS = ['اقرأ أيضاً:', 'اقرأ أيضا', 'إقرأ أيضا:', 'شاهد أيضاً', 'طالع أيضا:', 'قد يهمك', 'اخترنا لك', 'روابط ذات صلة –', 'اقرأ المزيد -'];

/** A small deterministic generator, so every run lays the pages out the same way. */
function random(seed: number): () => number {
  let state = (seed * 2654435761 + 1) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface InlineExpectation {
  title: string;
  label: string;
  afterParagraph: number;
}

interface LaidOutPage {
  raw: string;
  paragraphs: string[];
  inline: InlineExpectation[];
  block: Array<{ title: string; teaser: string }>;
  /** Boxes put before a paragraph that reads as a link: where the box ends cannot be told. */
  ambiguous: number;
}

/**
 * Lays `record` out with boxes. `anywhere`: put boxes after any paragraph,
 * also before one that reads as a link.
 */
function layOut(record: NewsRecord, index: number, corpus: readonly NewsRecord[], links: readonly string[], anywhere: boolean): LaidOutPage {
  const next = random(index + 1);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = [record.title, '', record.title, ''];
  const paragraphs: string[] = [];
  const inline: InlineExpectation[] = [];
  // Body lines as the corpus has them; the index of each non-blank one among the paragraphs.
  const body = record.paragraphs.map((text) => ({ text, clean: cleanText(text) }));
  const nonBlank = body.filter((line) => line.clean !== '');
  const places = new Set<number>();
  const boxes = Math.floor(next() * 4);
  for (let b = 0; b < boxes; b++) places.add(Math.floor(next() * (nonBlank.length + 1)) - 1);
  let ambiguous = 0;
  const box = (after: number): void => {
    const following = nonBlank[after + 1];
    if (following !== undefined && readsAsLink(following.clean)) {
      if (!anywhere) return;
      ambiguous++;
    }
    const label = pick(LABELS);
    lines.push(label);
    const count = 1 + Math.floor(next() * 4);
    for (let l = 0; l < count; l++) {
      const title = pick(links);
      // A link repeating the line before it would read as an echoed story: skip it, as a page would not repeat a link.
      if (cleanText(lines[lines.length - 1]!) === title) continue;
      lines.push(title);
      inline.push({ title, label: cleanText(label), afterParagraph: after });
    }
  };
  if (places.has(-1)) box(-1);
  let seen = -1;
  for (const line of body) {
    lines.push(line.text);
    if (line.clean === '') continue;
    seen++;
    paragraphs.push(line.clean);
    if (places.has(seen)) box(seen);
  }
  const block: Array<{ title: string; teaser: string }> = [];
  if (index % 2 === 0) {
    lines.push('', pick(['قراءة المزيد', 'إقرأ أيضا', 'أخبار ذات صلة', 'الأكثر قراءة:']));
    for (let s = 1; s <= 3; s++) {
      const other = corpus[(index + s * 37) % corpus.length]!;
      const title = cleanText(other.title);
      const first = other.paragraphs.map(cleanText).find((text) => text !== '') ?? title;
      const teaser = cleanText(first.slice(0, 280));
      if (title === '' || teaser === '' || title === teaser || block.some((story) => story.title === title)) continue;
      lines.push('', title, '', title, '', teaser);
      block.push({ title, teaser });
    }
  }
  return { raw: lines.join('\n'), paragraphs, inline, block, ambiguous };
}

const inlineOf = (article: Article): InlineExpectation[] =>
  article.related
    .filter((story) => story.placement === 'inline')
    .map((story) => ({ title: story.title, label: story.label!.text, afterParagraph: story.afterParagraph! }));

describeWithShared('corpus pages with read-more boxes inside the body', () => {
  test('every body paragraph, block story and inline link comes back exactly', () => {
    const corpus = readNewsCorpus();
    const links = corpus.map((record) => cleanText(record.title)).filter((title) => title !== '' && readsAsLink(title));
    let boxes = 0;
    let withBlock = 0;
    let paragraphs = 0;
    let stories = 0;
    corpus.forEach((record, index) => {
      const page = layOut(record, index, corpus, links, false);
      const result = safeParseArticle(page.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) return;
      const { data, diagnostics } = result;
      expect(data.paragraphs, record.id).toEqual(page.paragraphs);
      expect(inlineOf(data), record.id).toEqual(page.inline);
      const block = data.related.filter((story) => story.placement === 'block').map(({ title, teaser }) => ({ title, teaser }));
      expect(block, record.id).toEqual(page.block);
      expect(diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'control-character'), record.id).toEqual([]);
      expect(positionProblems(page.raw, data, diagnostics, false), record.id).toEqual([]);
      expect(lostLineProblems(page.raw, data, diagnostics), record.id).toEqual([]);
      boxes += new Set(page.inline.map((story) => `${story.afterParagraph}`)).size;
      withBlock += page.block.length > 0 ? 1 : 0;
      paragraphs += page.paragraphs.length;
      stories += page.block.length + page.inline.length;
    });
    // The layout exercises what it claims to.
    expect(boxes).toBeGreaterThan(400);
    expect(withBlock).toBeGreaterThan(200);
    expect(paragraphs).toBeGreaterThan(1500);
    expect(stories).toBeGreaterThan(1500);
  });

  test('a box before a paragraph that reads as a link loses no line either', () => {
    const corpus = readNewsCorpus();
    const links = corpus.map((record) => cleanText(record.title)).filter((title) => title !== '' && readsAsLink(title));
    let ambiguous = 0;
    corpus.forEach((record, index) => {
      const page = layOut(record, index, corpus, links, true);
      ambiguous += page.ambiguous;
      const result = safeParseArticle(page.raw, { normalize: false });
      expect(result.success, record.id).toBe(true);
      if (!result.success) return;
      expect(lostLineProblems(page.raw, result.data, result.diagnostics), record.id).toEqual([]);
      // Block stories never depend on where a box ends.
      const block = result.data.related.filter((story) => story.placement === 'block').map(({ title, teaser }) => ({ title, teaser }));
      expect(block, record.id).toEqual(page.block);
    });
    expect(ambiguous).toBeGreaterThan(10);
  });
});
