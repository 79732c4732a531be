/**
 * Related-story linking: each story of an article's related block (a
 * headline and a teaser, the teaser being the start of its target's body,
 * cut) is resolved to the article of the collection it points at, or to
 * nothing when that article is not in the collection.
 *
 * Words are compared as `search` keys, so diacritics, hamza and alef forms,
 * ى/ي, ة/ه and tatweel do not matter. A teaser is matched against the start
 * of each candidate's body by word pairs (two-word shingles); a headline by
 * the share of the target's headline words found in it, so an outlet name
 * added after it ("… - سبق") costs nothing. Candidates come from inverted
 * indexes on those pairs and words, so the work grows with the collection,
 * not with its square.
 */
import type { RelatedStory } from '../schema/article';
import { CompareError } from './errors';
import { checkArticle } from './fingerprint';
import { combine, hashString } from './hash32';
import { textKeys, type ComparableArticle } from './keys';
import { checkOptionKeys, numberIn } from './options';

/**
 * An article with its related block, as {@link linkRelatedStories} reads it:
 * an {@link Article} fits.
 *
 * @example
 * ```ts
 * const page: LinkableArticle = {
 *   title: 'عنوان', caption: null, paragraphs: ['نص'],
 *   related: [{ title: 'عنوان قصة أخرى', teaser: 'بداية نصها', truncated: true }],
 * };
 * ```
 */
export type LinkableArticle = ComparableArticle & {
  /** The stories of the related block, in order: headline, teaser (or `null`) and whether the teaser is cut. */
  readonly related: ReadonlyArray<Pick<RelatedStory, 'title' | 'teaser' | 'truncated'>>;
};

/**
 * One resolved related story.
 *
 * @example
 * ```ts
 * const link: RelatedLink = { from: 'page-1', story: 0, to: 'page-7', score: 0.97 };
 * ```
 */
export interface RelatedLink {
  /** Id of the article whose related block holds the story. */
  from: string;
  /** Index of the story in that article's `related`. */
  story: number;
  /** Id of the article the story points at. */
  to: string;
  /** How well the story matches it, 0–1 (see docs/compare.md). */
  score: number;
}

/**
 * Options of {@link linkRelatedStories}.
 *
 * @example
 * ```ts
 * const options: LinkOptions = { threshold: 0.7 };
 * ```
 */
export interface LinkOptions {
  /** Least score of a link, 0–1 (default {@link DEFAULT_LINK_THRESHOLD}). */
  threshold?: number;
}

/**
 * Default least score of a link: 0.6. Chosen by measurement (docs/compare.md).
 *
 * @example
 * ```ts
 * linkRelatedStories(collection, { threshold: DEFAULT_LINK_THRESHOLD });
 * ```
 */
export const DEFAULT_LINK_THRESHOLD = 0.6;

/** Words of a body read for teasers: teasers are cut after about 330 characters, some 60 words. */
const PREFIX_WORDS = 120;
/** Headline words an outlet name added after the headline may take without cost. */
const OUTLET_WORDS = 3;
/** Candidates scored per story, best by votes. */
const CANDIDATES = 8;
/** Weight of the teaser in the score of a story that has one; the headline has the rest. */
const TEASER_WEIGHT = 0.75;
/** Least teaser score of a link; a teaser is the strongest evidence, and a wrong one vetoes. */
const MIN_TEASER_SCORE = 0.5;
/** Least headline score of a link for a story without a usable teaser. */
const MIN_TITLE_ONLY_SCORE = 0.85;
/** Headline words found in more titles than this (common words) do not nominate candidates. */
const MAX_TITLE_POSTINGS = 64;

interface Target {
  readonly titleKeys: ReadonlySet<string>;
  readonly prefixPairs: ReadonlySet<number>;
}

/** Hashes of the word pairs of `keys`; a single word is its own pair. */
function wordPairs(keys: readonly string[]): Set<number> {
  const pairs = new Set<number>();
  if (keys.length === 1) pairs.add(hashString(keys[0]!));
  for (let k = 0; k + 1 < keys.length; k++) pairs.add(combine(hashString(keys[k]!), hashString(keys[k + 1]!)));
  return pairs;
}

function post<K>(index: Map<K, number[]>, key: K, number: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [number]);
  else if (list[list.length - 1] !== number) list.push(number);
}

/** Share of the target's headline words in the story's headline, allowing an outlet name's extra words. */
function titleScore(story: ReadonlySet<string>, target: ReadonlySet<string>): number {
  if (story.size === 0 || target.size === 0) return 0;
  let shared = 0;
  for (const key of target) if (story.has(key)) shared++;
  return shared / Math.max(target.size, story.size - OUTLET_WORDS);
}

/** Share of the teaser's word pairs found in the start of the target's body. */
function teaserScore(teaser: ReadonlySet<number>, target: Target): number {
  let shared = 0;
  for (const pair of teaser) if (target.prefixPairs.has(pair)) shared++;
  return shared / teaser.size;
}

function checkCollection(collection: unknown): asserts collection is ReadonlyArray<{ id: string; article: LinkableArticle }> {
  if (!Array.isArray(collection)) throw new CompareError('invalid-article', 'the collection must be an array of { id, article }');
  const seen = new Set<string>();
  collection.forEach((entry: { id?: unknown; article?: { related?: unknown } } | null, position) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.id !== 'string') {
      throw new CompareError('invalid-article', `collection entry ${position} needs a string id`);
    }
    if (seen.has(entry.id)) throw new CompareError('duplicate-id', `id '${entry.id}' appears twice in the collection`);
    seen.add(entry.id);
    checkArticle(entry.article);
    const related = entry.article?.related;
    const valid =
      Array.isArray(related) &&
      related.every(
        (story: Partial<RelatedStory> | null) =>
          typeof story === 'object' && story !== null && typeof story.title === 'string' && (story.teaser === null || typeof story.teaser === 'string'),
      );
    if (!valid) throw new CompareError('invalid-article', `article '${entry.id}' needs a related array of { title, teaser } stories`);
  });
}

/**
 * Resolves the related stories of every article of `collection` to the
 * articles they point at. A story links to the article whose body starts
 * with its teaser and whose headline its own headline repeats (give or take
 * diacritics, spelling variants and an outlet name after it); a story
 * without a teaser links on its headline alone, which must then match
 * almost word for word. A story whose article is not in the collection
 * links to nothing, and no article links to itself. Links come in
 * collection order, then story order.
 *
 * @example
 * ```ts
 * const body = 'أعلنت وزارة التعليم اليوم عن خطة جديدة لتطوير المناهج في المدارس الحكومية تبدأ مع العام الدراسي المقبل';
 * const links = linkRelatedStories([
 *   { id: 'plan', article: { title: 'خطة لتطوير المناهج', caption: null, paragraphs: [body], related: [] } },
 *   {
 *     id: 'home',
 *     article: {
 *       title: 'الصفحة الأولى', caption: null, paragraphs: ['نص آخر'],
 *       related: [{ title: 'خطةٌ لتطوير المناهج - صحيفة', teaser: 'أعلنت وزارة التعليم اليوم عن خطة جديدة لتطوير', truncated: true }],
 *     },
 *   },
 * ]);
 * // [{ from: 'home', story: 0, to: 'plan', score: 1 }]
 * ```
 */
export function linkRelatedStories(collection: ReadonlyArray<{ id: string; article: LinkableArticle }>, options?: LinkOptions): RelatedLink[] {
  checkOptionKeys(options, ['threshold'], 'link');
  const threshold = numberIn(options?.threshold, 'threshold', 0, 1, DEFAULT_LINK_THRESHOLD);
  checkCollection(collection);

  const targets: Target[] = [];
  const byPair = new Map<number, number[]>();
  const byTitleWord = new Map<string, number[]>();
  collection.forEach(({ article }, number) => {
    const titleKeys = new Set(textKeys(article.title));
    // Every word, as the teaser has every word (articleKeys would drop other scripts).
    const body: string[] = [];
    for (const paragraph of article.paragraphs) {
      if (body.length >= PREFIX_WORDS) break;
      body.push(...textKeys(paragraph));
    }
    body.length = Math.min(body.length, PREFIX_WORDS);
    const prefixPairs = wordPairs(body);
    targets.push({ titleKeys, prefixPairs });
    for (const pair of prefixPairs) post(byPair, pair, number);
    for (const key of titleKeys) post(byTitleWord, key, number);
  });

  const links: RelatedLink[] = [];
  collection.forEach(({ id, article }, from) => {
    article.related.forEach((story, index) => {
      const storyTitle = new Set(textKeys(story.title));
      let teaserKeys = story.teaser === null ? [] : textKeys(story.teaser);
      // A cut teaser may end in a cut word; its last word is not evidence.
      if (story.truncated && teaserKeys.length > 2) teaserKeys = teaserKeys.slice(0, -1);
      const teaser = teaserKeys.length >= 2 ? wordPairs(teaserKeys) : undefined;

      const votes = new Map<number, number>();
      const vote = (numbers: readonly number[] | undefined, weight: number): void => {
        if (numbers === undefined) return;
        for (const number of numbers) if (number !== from) votes.set(number, (votes.get(number) ?? 0) + weight);
      };
      if (teaser !== undefined) for (const pair of teaser) vote(byPair.get(pair), 1);
      for (const key of storyTitle) {
        const numbers = byTitleWord.get(key);
        if (numbers !== undefined && numbers.length <= MAX_TITLE_POSTINGS) vote(numbers, 1);
      }
      const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);

      let best: { to: number; score: number } | undefined;
      for (const [number] of ranked) {
        const target = targets[number]!;
        const title = titleScore(storyTitle, target.titleKeys);
        let score: number;
        if (teaser !== undefined) {
          const teaserPart = teaserScore(teaser, target);
          if (teaserPart < MIN_TEASER_SCORE) continue;
          score = TEASER_WEIGHT * teaserPart + (1 - TEASER_WEIGHT) * title;
        } else {
          if (title < MIN_TITLE_ONLY_SCORE) continue;
          score = title;
        }
        if (score >= threshold && (best === undefined || score > best.score || (score === best.score && number < best.to))) best = { to: number, score };
      }
      if (best !== undefined) links.push({ from: id, story: index, to: collection[best.to]!.id, score: best.score });
    });
  });
  return links;
}
