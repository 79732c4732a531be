/**
 * Near-duplicates and related-story links: quality on the labelled sets
 * built from the news corpus (test/compare/labelled-set.ts), against the
 * usual tools measured on the same sets, and speed and memory of indexing
 * against a faithful JavaScript datasketch in the same run.
 *
 * - Quality: pairwise precision and recall of khabar's duplicate index at
 *   its defaults; of the same fingerprints judged by Jaccard ≥ 0.8; of
 *   datasketch-style MinHash LSH (128 permutations, threshold 0.8, word
 *   5-shingles) on the raw text and on khabar's search keys; of a 64-bit
 *   simhash (Hamming distance ≤ 3) on both. Link precision and recall of
 *   linkRelatedStories.
 * - Speed: articles per second to fingerprint, query and insert each article
 *   of the set in turn (what `khabar dedupe` does), khabar against the
 *   datasketch baseline, median of interleaved rounds.
 * - Memory: heap per indexed article, fingerprints and buckets included.
 *
 * Run alone: `npx tsx bench/compare.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { articleKeys, createDuplicateIndex, estimateJaccard, fingerprint, linkRelatedStories, type Fingerprint } from '../src/compare';
import type { NewsRecord } from '../test/helpers/shared';
import {
  buildDuplicateSet,
  buildLinkSet,
  duplicatePairs,
  linkScores,
  pairKey,
  pairScores,
  rewrittenPairs,
  type LabelledArticle,
  type PlainArticle,
} from '../test/compare/labelled-set';
import { MinHashLsh, makePermutations, minhash, optimalParameters, rawShingles } from './datasketch-baseline';
import { medianMsInTurns, printTable } from './measure';
import { hammingDistance, simhash } from './simhash-baseline';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/news.jsonl', import.meta.url));
const ROUNDS = 5;
const DATASKETCH_PERMUTATIONS = 128;
const DATASKETCH_THRESHOLD = 0.8;
const SIMHASH_DISTANCE = 3;

/** The article as one raw text, as a crawler stores it. */
const rawText = (article: PlainArticle): string => [article.title, ...(article.caption === null ? [] : [article.caption]), ...article.paragraphs].join('\n');

interface Scored {
  precision: number;
  recall: number;
  cut: number;
  spelling: number;
  boilerplate: number;
}

/** Pair scores, and the recall on variants with one change of the given kinds. */
function score(set: readonly LabelledArticle[], predicted: Set<string>): Scored {
  for (const pair of rewrittenPairs(set)) predicted.delete(pair);
  const { precision, recall } = pairScores(predicted, duplicatePairs(set));
  const recallOn = (kinds: readonly string[]): number => {
    const variants = set.filter((item) => item.changes.length === 1 && kinds.includes(item.changes[0]!));
    return variants.filter((item) => predicted.has(`${item.group}|${item.id}`)).length / variants.length;
  };
  return {
    precision,
    recall,
    cut: recallOn(['last-fifth-cut', 'paragraph-dropped']),
    spelling: recallOn(['diacritics-added', 'diacritics-removed', 'letter-variants', 'tatweel', 'punctuation']),
    boilerplate: recallOn(['boilerplate-added', 'dateline']),
  };
}

/** Pairs from a query function that returns positions in the set. */
function pairsFrom(set: readonly LabelledArticle[], matchesOf: (position: number) => number[]): Set<string> {
  const pairs = new Set<string>();
  set.forEach((_, a) => {
    for (const b of matchesOf(a)) if (a !== b) pairs.add(pairKey(set, a, b));
  });
  return pairs;
}

function allPairs(set: readonly LabelledArticle[], isMatch: (a: number, b: number) => boolean): Set<string> {
  const pairs = new Set<string>();
  for (let a = 0; a < set.length; a++) for (let b = a + 1; b < set.length; b++) if (isMatch(a, b)) pairs.add(pairKey(set, a, b));
  return pairs;
}

function datasketchPairs(set: readonly LabelledArticle[], itemsOf: (item: LabelledArticle) => string[]): Set<string> {
  const { bands, rows } = optimalParameters(DATASKETCH_THRESHOLD, DATASKETCH_PERMUTATIONS);
  const permutations = makePermutations(DATASKETCH_PERMUTATIONS);
  const lsh = new MinHashLsh(bands, rows);
  const signatures = set.map((item) => minhash(itemsOf(item), permutations));
  signatures.forEach((values, k) => lsh.insert(String(k), values));
  return pairsFrom(set, (a) => lsh.query(signatures[a]!).map(Number));
}

function qualityRows(set: readonly LabelledArticle[]): Array<Array<string | number>> {
  const position = new Map(set.map((item, k) => [item.id, k]));
  const index = createDuplicateIndex();
  for (const item of set) index.add(item.id, item.article);
  const khabar = pairsFrom(set, (a) => index.query(set[a]!.article).map((match) => position.get(match.id)!));
  const prints = set.map((item) => fingerprint(item.article));
  const jaccard = allPairs(set, (a, b) => estimateJaccard(prints[a]!, prints[b]!) >= 0.8);
  const raw = set.map((item) => rawText(item.article));
  const keys = set.map((item) => articleKeys(item.article).join(' '));
  const rawSimhashes = raw.map(simhash);
  const keySimhashes = keys.map(simhash);
  const { bands, rows } = optimalParameters(DATASKETCH_THRESHOLD, DATASKETCH_PERMUTATIONS);
  const methods: Array<[string, Set<string>]> = [
    ['khabar index: containment ≥ 0.7, 3-shingles of search keys, 64 perm., LSH 32×2', khabar],
    ['khabar fingerprints judged by Jaccard ≥ 0.8', jaccard],
    [`datasketch MinHash LSH, raw text (128 perm., t=0.8 → ${bands}×${rows}, word 5-shingles)`, datasketchPairs(set, (item) => rawShingles(raw[position.get(item.id)!]!))],
    ['datasketch MinHash LSH on khabar search keys', datasketchPairs(set, (item) => rawShingles(keys[position.get(item.id)!]!))],
    [`64-bit simhash, raw text words, Hamming ≤ ${SIMHASH_DISTANCE}`, allPairs(set, (a, b) => hammingDistance(rawSimhashes[a]!, rawSimhashes[b]!) <= SIMHASH_DISTANCE)],
    [`64-bit simhash on khabar search keys, Hamming ≤ ${SIMHASH_DISTANCE}`, allPairs(set, (a, b) => hammingDistance(keySimhashes[a]!, keySimhashes[b]!) <= SIMHASH_DISTANCE)],
  ];
  return methods.map(([name, pairs]) => {
    const scores = score(set, pairs);
    return [name, scores.precision.toFixed(3), scores.recall.toFixed(3), scores.cut.toFixed(3), scores.spelling.toFixed(3), scores.boilerplate.toFixed(3)];
  });
}

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapPerItem(build: () => unknown, count: number): number {
  const gc = collectGarbage();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('nothing was built');
  return (after - before) / count;
}

/** Runs the comparison benchmark and prints its tables. */
export function runCompareBench(): void {
  if (!existsSync(CORPUS)) {
    console.log(`\ncompare: skipped, ${CORPUS} is absent`);
    return;
  }
  const records = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as NewsRecord);
  const set = buildDuplicateSet(records);

  printTable(
    `Near-duplicates: ${set.length} articles (${records.length} corpus articles and two variants of each), ${duplicatePairs(set).size} duplicate pairs`,
    ['method', 'precision', 'recall', 'recall: cut copies', 'recall: spelling only', 'recall: boilerplate/dateline'],
    qualityRows(set),
  );

  const pages = buildLinkSet(records);
  const links = linkRelatedStories(pages.map(({ id, article }) => ({ id, article })));
  const linked = linkScores(pages, links);
  const stories = pages.reduce((sum, page) => sum + page.targets.length, 0);
  const orphans = pages.reduce((sum, page) => sum + page.targets.filter((target) => target === null).length, 0);
  printTable(`Related-story links: ${pages.length} pages, ${stories} stories, ${orphans} pointing outside the collection`, ['method', 'precision', 'recall'], [
    ['linkRelatedStories (default threshold 0.6)', linked.precision.toFixed(4), linked.recall.toFixed(4)],
  ]);

  const raw = set.map((item) => rawText(item.article));
  const { bands, rows } = optimalParameters(DATASKETCH_THRESHOLD, DATASKETCH_PERMUTATIONS);
  const permutations = makePermutations(DATASKETCH_PERMUTATIONS);
  const runKhabar = (): void => {
    const index = createDuplicateIndex();
    set.forEach((item) => {
      const print: Fingerprint = fingerprint(item.article);
      index.queryFingerprint(print);
      index.addFingerprint(item.id, print);
    });
  };
  const runDatasketch = (): void => {
    const lsh = new MinHashLsh(bands, rows);
    raw.forEach((text, k) => {
      const values = minhash(rawShingles(text), permutations);
      lsh.query(values);
      lsh.insert(String(k), values);
    });
  };
  const [khabarMs, datasketchMs] = medianMsInTurns([runKhabar, runDatasketch], ROUNDS) as [number, number];
  const khabarRate = set.length / (khabarMs / 1000);
  const datasketchRate = set.length / (datasketchMs / 1000);

  const khabarBytes = heapPerItem(() => {
    const index = createDuplicateIndex();
    set.forEach((item) => index.addFingerprint(item.id, fingerprint(item.article)));
    return index;
  }, set.length);
  const datasketchBytes = heapPerItem(() => {
    const lsh = new MinHashLsh(bands, rows);
    raw.forEach((text, k) => lsh.insert(set[k]!.id, minhash(rawShingles(text), permutations)));
    return lsh;
  }, set.length);

  printTable(`Index + query, ${set.length} articles, median of ${ROUNDS} interleaved rounds`, ['method', 'articles/s', 'vs datasketch', 'heap per indexed article'], [
    ['khabar: fingerprint, query, add', Math.round(khabarRate), (khabarRate / datasketchRate).toFixed(2), `${Math.round(khabarBytes)} B`],
    ['datasketch (JS): MinHash, query, insert', Math.round(datasketchRate), '1.00', `${Math.round(datasketchBytes)} B`],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runCompareBench();
