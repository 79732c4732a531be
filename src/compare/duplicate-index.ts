/**
 * An in-memory near-duplicate index: fingerprints in LSH band buckets, so a
 * query compares only with articles that share a band, then keeps those whose
 * estimated similarity reaches the threshold.
 */
import { CompareError } from './errors';
import {
  DEFAULT_PERMUTATIONS,
  DEFAULT_SHINGLE_SIZE,
  fingerprintResolved,
  resolveFingerprintOptions,
  type Fingerprint,
  type FingerprintOptions,
} from './fingerprint';
import type { ComparableArticle } from './keys';
import { bandHashes, rowsPerBand } from './lsh';
import { checkOptionKeys, numberIn } from './options';
import { checkCompatible, containmentFrom, agreement } from './similarity';

/**
 * Default similarity threshold of {@link createDuplicateIndex}: 0.7, i.e. about 70 % of the
 * shorter article's three-word phrases (as `search` keys) occur in the other. Chosen by
 * measurement (docs/compare.md).
 *
 * @example
 * ```ts
 * createDuplicateIndex().threshold === DEFAULT_DUPLICATE_THRESHOLD; // true
 * ```
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.7;

/**
 * Default LSH bands: 32 bands of 2 rows over 64 permutations, so pairs with
 * Jaccard 0.4 are candidates 99.6 % of the time. Chosen by measurement (docs/compare.md).
 *
 * @example
 * ```ts
 * const keys = lshBandKeys(fingerprint('نص'), DEFAULT_BANDS);
 * ```
 */
export const DEFAULT_BANDS = 32;

/**
 * Options of {@link createDuplicateIndex}: the threshold, the LSH bands and
 * the fingerprint options (every fingerprint added must be made with the same).
 *
 * @example
 * ```ts
 * const options: DuplicateIndexOptions = { threshold: 0.8 };
 * ```
 */
export interface DuplicateIndexOptions extends FingerprintOptions {
  /** Least similarity (see {@link estimateSimilarity}) of a match, 0–1 (default {@link DEFAULT_DUPLICATE_THRESHOLD}). */
  threshold?: number;
  /** LSH bands, 1 to `permutations` (default {@link DEFAULT_BANDS}); rows per band are `permutations / bands`, rounded down. */
  bands?: number;
}

/**
 * One article found by {@link DuplicateIndex.query}.
 *
 * @example
 * ```ts
 * const best: DuplicateMatch | undefined = index.query(article)[0];
 * ```
 */
export interface DuplicateMatch {
  /** The id it was added under. */
  id: string;
  /** Its estimated similarity to the query, 0–1. */
  similarity: number;
}

/**
 * A near-duplicate index made by {@link createDuplicateIndex}.
 *
 * @example
 * ```ts
 * const index: DuplicateIndex = createDuplicateIndex();
 * index.add('a', 'نص الخبر الاول كما نشر في الصحيفة');
 * ```
 */
export interface DuplicateIndex {
  /** The similarity threshold in use. */
  readonly threshold: number;
  /** How many articles were added. */
  readonly size: number;
  /** Adds an article under a new id (an id already added throws `duplicate-id`). */
  add(id: string, article: ComparableArticle | string): void;
  /** Adds a fingerprint made earlier (with the index's fingerprint options) under a new id. */
  addFingerprint(id: string, print: Fingerprint): void;
  /** Articles added so far whose similarity to `article` reaches the threshold, most similar first. */
  query(article: ComparableArticle | string): DuplicateMatch[];
  /** {@link DuplicateIndex.query} for a fingerprint made earlier. */
  queryFingerprint(print: Fingerprint): DuplicateMatch[];
  /**
   * The groups of two or more articles linked by similarities at or above the threshold
   * (a pair in a group may be linked through a third article), each in the order added,
   * groups in the order of their first article.
   */
  clusters(): string[][];
}

/** Bucket contents: one document number, or several. */
type Bucket = number | number[];

function unionFind(size: number): { find(k: number): number; union(a: number, b: number): void } {
  const parent = Int32Array.from({ length: size }, (_, k) => k);
  const find = (k: number): number => {
    let root = k;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[k] !== root) {
      const next = parent[k]!;
      parent[k] = root;
      k = next;
    }
    return root;
  };
  return {
    find,
    union(a, b) {
      const rootA = find(a);
      const rootB = find(b);
      // The earlier article becomes the root, so groups come out in the order added.
      if (rootA < rootB) parent[rootB] = rootA;
      else if (rootB < rootA) parent[rootA] = rootB;
    },
  };
}

const OPTION_KEYS = ['threshold', 'bands', 'shingleSize', 'permutations'] as const;

/**
 * Creates a near-duplicate index. Add articles (parsed records or strings)
 * under ids, query with an article to get the added ones at or above the
 * threshold, most similar first, or ask for all groups of near-duplicates.
 * An article added is found by its own query, with similarity 1.
 *
 * @example
 * ```ts
 * const index = createDuplicateIndex({ threshold: 0.7 });
 * index.add('riyadh-1', { title: 'وصول الوفد', caption: null, paragraphs: ['وصل الوفدُ إلى الرياضِ صباح اليوم في زيارة رسمية.'] });
 * index.add('jeddah-1', { title: 'افتتاح معرض', caption: null, paragraphs: ['افتتح في جدة معرض الكتاب الدولي بمشاركة واسعة.'] });
 * index.query({ title: 'وصول الوفد', caption: null, paragraphs: ['وصل الوفد الى الرياض صباح اليوم في زيارة رسمية'] });
 * // [{ id: 'riyadh-1', similarity: 1 }]
 * index.clusters(); // []
 * ```
 */
export function createDuplicateIndex(options?: DuplicateIndexOptions): DuplicateIndex {
  checkOptionKeys(options, OPTION_KEYS, 'duplicate index');
  // Only an absent option takes its default: null is a wrong value, refused as such.
  const printOptions = resolveFingerprintOptions({
    shingleSize: options?.shingleSize === undefined ? DEFAULT_SHINGLE_SIZE : options.shingleSize,
    permutations: options?.permutations === undefined ? DEFAULT_PERMUTATIONS : options.permutations,
  });
  const threshold = numberIn(options?.threshold, 'threshold', 0, 1, DEFAULT_DUPLICATE_THRESHOLD);
  const bands = options?.bands === undefined ? Math.min(DEFAULT_BANDS, printOptions.permutations) : options.bands;
  const rows = rowsPerBand(printOptions.permutations, bands);
  const buckets = Array.from({ length: bands }, () => new Map<number, Bucket>());
  const ids: string[] = [];
  const prints: Fingerprint[] = [];
  const known = new Set<string>();

  const checkPrint = (print: Fingerprint): void => {
    if (print.shingleSize !== printOptions.shingleSize || print.minhashes.length !== printOptions.permutations) {
      checkCompatible(print, { shingleSize: printOptions.shingleSize, shingles: 0, minhashes: new Uint32Array(printOptions.permutations) });
    }
  };

  const addFingerprint = (id: string, print: Fingerprint): void => {
    if (typeof id !== 'string') throw new CompareError('invalid-article', `an id must be a string, got ${typeof id}`);
    if (known.has(id)) throw new CompareError('duplicate-id', `id '${id}' was already added`);
    checkPrint(print);
    const number = ids.length;
    known.add(id);
    ids.push(id);
    prints.push(print);
    bandHashes(print.minhashes, bands, rows).forEach((hash, band) => {
      if (hash === undefined) return;
      const map = buckets[band]!;
      const bucket = map.get(hash);
      if (bucket === undefined) map.set(hash, number);
      else if (typeof bucket === 'number') map.set(hash, [bucket, number]);
      else bucket.push(number);
    });
  };

  /** Document numbers sharing a band with `print`, each once. */
  const candidates = (print: Fingerprint): Set<number> => {
    const found = new Set<number>();
    bandHashes(print.minhashes, bands, rows).forEach((hash, band) => {
      if (hash === undefined) return;
      const bucket = buckets[band]!.get(hash);
      if (bucket === undefined) return;
      if (typeof bucket === 'number') found.add(bucket);
      else for (const number of bucket) found.add(number);
    });
    return found;
  };

  const similarity = (a: Fingerprint, b: Fingerprint): number => containmentFrom(agreement(a.minhashes, b.minhashes), a.shingles, b.shingles);

  const queryFingerprint = (print: Fingerprint): DuplicateMatch[] => {
    checkPrint(print);
    const matches: DuplicateMatch[] = [];
    for (const number of candidates(print)) {
      const value = similarity(print, prints[number]!);
      if (value >= threshold) matches.push({ id: ids[number]!, similarity: value });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  };

  return {
    threshold,
    get size() {
      return ids.length;
    },
    add: (id, article) => addFingerprint(id, fingerprintResolved(article, printOptions)),
    addFingerprint,
    query: (article) => queryFingerprint(fingerprintResolved(article, printOptions)),
    queryFingerprint,
    clusters() {
      const groups = unionFind(ids.length);
      prints.forEach((print, number) => {
        for (const other of candidates(print)) {
          if (other > number && similarity(print, prints[other]!) >= threshold) groups.union(number, other);
        }
      });
      const byRoot = new Map<number, string[]>();
      ids.forEach((id, number) => {
        const root = groups.find(number);
        const group = byRoot.get(root);
        if (group === undefined) byRoot.set(root, [id]);
        else group.push(id);
      });
      return [...byRoot.values()].filter((group) => group.length >= 2);
    },
  };
}
