/**
 * The evaluation of issue #16 on the corpus in `../shared`: near-duplicate
 * pairs found by the duplicate index at its default threshold, and
 * related-story links, against the labelled sets built in labelled-set.ts.
 * The benchmark (bench/compare.ts) scores the usual baselines on the same sets.
 */
import { beforeAll, expect, it } from 'vitest';
import { createDuplicateIndex, linkRelatedStories } from '../../src/compare';
import { describeWithShared, readNewsCorpus, type NewsRecord } from '../helpers/shared';
import {
  CHANGE_KINDS,
  buildDuplicateSet,
  buildLinkSet,
  duplicatePairs,
  linkScores,
  pairKey,
  pairScores,
  rewrittenPairs,
  REWRITTEN_GROUPS,
  type LabelledArticle,
} from './labelled-set';

describeWithShared('near-duplicates and related stories on the news corpus', () => {
  let records: NewsRecord[];
  let set: LabelledArticle[];
  let predicted: Set<string>;
  let truth: Set<string>;

  beforeAll(() => {
    records = readNewsCorpus();
    set = buildDuplicateSet(records);
    truth = duplicatePairs(set);
    const position = new Map(set.map((item, k) => [item.id, k]));
    const index = createDuplicateIndex();
    for (const item of set) index.add(item.id, item.article);
    const skipped = rewrittenPairs(set);
    predicted = new Set<string>();
    set.forEach((item, a) => {
      for (const match of index.query(item.article)) {
        const b = position.get(match.id)!;
        const key = pairKey(set, a, b);
        if (a !== b && !skipped.has(key)) predicted.add(key);
      }
    });
  });

  it('finds near-duplicate pairs with precision ≥ 0.98 and recall ≥ 0.95 at the default threshold', () => {
    const scores = pairScores(predicted, truth);
    expect(set.length).toBe(records.length * 3);
    expect(scores.precision, `false positives: ${scores.falsePositives.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0.98);
    expect(scores.recall, `missed: ${scores.falseNegatives.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds each kind of change with recall ≥ 0.95', () => {
    for (const kind of CHANGE_KINDS) {
      const variants = set.filter((item) => item.changes.length === 1 && item.changes[0] === kind);
      const found = variants.filter((item) => predicted.has(`${item.group}|${item.id}`)).length;
      expect(found / variants.length, kind).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('takes no hard negative (different stories, same outlet and day) for a duplicate', () => {
    const sameOutletDay = set.flatMap((a, i) =>
      set.slice(i + 1).flatMap((b, offset) => (a.group !== b.group && a.source === b.source && a.day === b.day ? [pairKey(set, i, i + 1 + offset)] : [])),
    );
    expect(sameOutletDay.length).toBeGreaterThan(1000);
    expect(sameOutletDay.filter((pair) => predicted.has(pair))).toEqual([]);
  });

  it('links related stories with precision ≥ 0.99 and recall ≥ 0.95, and stories without a target to nothing', () => {
    const pages = buildLinkSet(records);
    const links = linkRelatedStories(pages.map(({ id, article }) => ({ id, article })));
    const scores = linkScores(pages, links);
    expect(scores.precision).toBeGreaterThanOrEqual(0.99);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    const linked = new Set(links.map((link) => `${link.from}/${link.story}`));
    const rewritten = new Set(REWRITTEN_GROUPS.flat());
    const orphans = pages.flatMap((page) =>
      page.targets.flatMap((target, story) => (target === null && !rewritten.has(page.pointsAt[story]!) ? [`${page.id}/${story}`] : [])),
    );
    expect(orphans.length).toBeGreaterThan(100);
    expect(orphans.filter((story) => linked.has(story))).toEqual([]);
  });
});
