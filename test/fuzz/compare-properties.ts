/**
 * Fuzz properties of comparison (src/compare/): fingerprints that survive
 * storage, similarities in [0, 1] and symmetric, damaged stored fingerprints
 * and wrong arguments refused with `CompareError` only, a duplicate index that
 * answers at or above its threshold, best first, and related-story links that
 * point at real stories and articles.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as api from '../../src/index';
import { articleRecord, hostileString, recordAsArticle, sentence } from '../arbitraries';
import { assertPrototypesClean } from './checks';
import { property, type FuzzProperty } from './define';
import { anyBytes, anyOptions, anyText, mixedText } from './generators';

/** Fingerprint options in range, few permutations most of the time to keep runs cheap. */
const printOptions: fc.Arbitrary<api.FingerprintOptions | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  {
    arbitrary: fc.record(
      { shingleSize: fc.integer({ min: 1, max: 16 }), permutations: fc.oneof({ arbitrary: fc.integer({ min: 8, max: 96 }), weight: 9 }, { arbitrary: fc.constantFrom(8, 1024), weight: 1 }) },
      { requiredKeys: [] },
    ),
    weight: 3,
  },
);

/** What comparison reads: any string, or a record as the parser makes it (generated, or with hostile text). */
const comparable: fc.Arbitrary<api.ComparableArticle | string> = fc.oneof(
  { arbitrary: anyText, weight: 3 },
  { arbitrary: articleRecord({ maxStories: 0, maxInlineBoxes: 0 }).map((record) => ({ title: record.title, caption: record.caption, paragraphs: record.paragraphs })), weight: 2 },
  { arbitrary: fc.record({ title: hostileString, caption: fc.option(mixedText), paragraphs: fc.array(mixedText, { maxLength: 4 }) }), weight: 1 },
);

/** A number from 0 to 1: spread evenly, or anywhere (the ends often). */
const unitInterval = fc.oneof(fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), fc.double({ min: 0, max: 1, noNaN: true }));

/**
 * Articles of one family: runs of the same sentences (cut, extended, reordered by a
 * sentence), so pairs have every similarity from none to full, with unrelated text now and then.
 */
const family: fc.Arbitrary<Array<api.ComparableArticle | string>> = fc
  .tuple(
    fc.array(sentence, { minLength: 2, maxLength: 8 }),
    fc.array(fc.oneof({ arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.option(sentence), fc.boolean()), weight: 4 }, { arbitrary: comparable.map((other) => [other] as const), weight: 1 }), { minLength: 1, maxLength: 6 }),
  )
  .map(([sentences, shapes]) =>
    shapes.map((shape) => {
      if (shape.length === 1) return shape[0];
      const [a, b, extra, asRecord] = shape as [number, number, string | null, boolean];
      const start = a % sentences.length;
      const picked = sentences.slice(start, start + 1 + (b % sentences.length));
      if (extra !== null) picked.splice(b % (picked.length + 1), 0, extra);
      return asRecord ? { title: picked[0]!, caption: null, paragraphs: picked.slice(1) } : picked.join(' ');
    }),
  );

/** Throws unless `fn` throws a `CompareError` with one of `codes`, or returns; returns its value. */
function compareErrorOr<T>(fn: () => T, codes: readonly api.CompareErrorCode[]): T | undefined {
  try {
    return fn();
  } catch (error) {
    assert.ok(error instanceof api.CompareError, `unexpected ${String(error)}`);
    assert.ok(codes.includes(error.code), `unexpected code ${error.code}: ${error.message}`);
    assert.ok(api.COMPARE_ERROR_CODES.includes(error.code));
    return undefined;
  }
}

/** Throws unless the fingerprint is well formed for its options. */
function checkPrint(print: api.Fingerprint, options: api.FingerprintOptions | undefined): void {
  assert.equal(print.shingleSize, options?.shingleSize ?? api.DEFAULT_SHINGLE_SIZE);
  assert.ok(print.minhashes instanceof Uint32Array);
  assert.equal(print.minhashes.length, options?.permutations ?? api.DEFAULT_PERMUTATIONS);
  assert.ok(Number.isInteger(print.shingles) && print.shingles >= 0);
  assert.equal(print.shingles === 0, print.minhashes.every((slot) => slot === 0xffffffff), 'empty slots exactly for a text without words');
}

/** Throws unless the print is stored and read back, as a string and as bytes (alone or inside a bigger buffer), unchanged. */
function checkStorage(print: api.Fingerprint, pad: number): void {
  const stored = api.serializeFingerprint(print);
  assert.match(stored, /^[A-Za-z0-9_-]*$/, 'not base64url');
  assert.equal(stored.length, Math.ceil(((8 + 4 * print.minhashes.length) * 4) / 3));
  assert.deepStrictEqual(api.parseFingerprint(stored), print, 'parseFingerprint(serializeFingerprint(f)) is not f');
  const bytes = api.fingerprintToBytes(print);
  assert.deepStrictEqual(api.fingerprintFromBytes(bytes), print, 'fingerprintFromBytes(fingerprintToBytes(f)) is not f');
  const bigger = new Uint8Array(bytes.length + 2 * pad);
  bigger.set(bytes, pad);
  assert.deepStrictEqual(api.fingerprintFromBytes(bigger.subarray(pad, pad + bytes.length)), print, 'bytes at an offset read differently');
}

/** Strings near a stored fingerprint: the real thing cut, extended or with one character changed, or base64url noise. */
const storedLike: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(comparable, printOptions, unitInterval, fc.constantFrom('', 'A', '-', '_', '=', ' ', 'é', '\ud800'), fc.constantFrom('cut', 'insert', 'replace')).map(([article, options, at, unit, edit]) => {
    const stored = api.serializeFingerprint(api.fingerprint(article, options));
    const k = Math.floor(at * stored.length);
    if (edit === 'cut') return stored.slice(0, k);
    return stored.slice(0, k) + unit + stored.slice(edit === 'insert' ? k : k + 1);
  }),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_AQ'), maxLength: 400 }),
  fc.stringMatching(/^AQ[A-Za-z0-9_-]{2}CAA[A-Za-z0-9_-]{0,60}$/),
  anyText,
);

/** A related story that points at `target`: its headline, maybe with an outlet name, and the start of its body as teaser. */
function storyFor(target: api.ComparableArticle, outlet: boolean): { title: string; teaser: string | null; truncated: boolean } {
  const words = target.paragraphs.join(' ').split(/\s+/u).filter(Boolean).slice(0, 40);
  return { title: outlet ? `${target.title} - سبق` : target.title, teaser: words.length > 0 ? words.join(' ') : null, truncated: words.length > 0 };
}

/** A collection of generated articles, some of whose stories point at each other, and some parsed from hostile text. */
const linkCollection = fc
  .tuple(
    fc.array(articleRecord({ maxInlineBoxes: 1 }).map(recordAsArticle), { minLength: 1, maxLength: 5 }),
    fc.array(anyText, { maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
  )
  .map(([records, texts, pointers]) => {
    const articles: api.Article[] = [...records];
    for (const text of texts) {
      const result = api.safeParseArticle(text);
      if (result.success) articles.push(result.data);
    }
    const planted: Array<[number, number, number]> = [];
    const entries = articles.map((article, k) => ({ id: `a${k}`, article: { ...article, related: [...article.related] as api.LinkableArticle['related'][number][] } }));
    for (const [from, to, outlet] of pointers) {
      const source = entries[from % entries.length]!;
      const target = to % records.length;
      // A story of its own article is planted too: it must not link back to it.
      if (target !== from % entries.length) planted.push([from % entries.length, source.article.related.length, target]);
      source.article.related.push(storyFor(records[target]!, outlet));
    }
    return { entries, planted };
  });

/** Option objects of the comparison functions that are wrong in one way. */
const badCompareOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, [], 'x', 0, true),
  fc
    .tuple(fc.constantFrom('threshold', 'bands', 'shingleSize', 'permutations', 'bogus', '__proto__'), fc.constantFrom<unknown>(-1, 0, 0.5, 2, 17, 2000, Number.NaN, Infinity, '3', null, [3]))
    .map(([key, value]) => (key === '__proto__' ? (JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? 'null'}}`) as unknown) : { [key]: value })),
);

export const COMPARE_PROPERTIES: readonly FuzzProperty[] = [
  property('fingerprint-round-trip', ['fingerprint', 'serializeFingerprint', 'parseFingerprint', 'fingerprintToBytes', 'fingerprintFromBytes', 'estimateSimilarity', 'estimateJaccard', 'articleKeys', 'textKeys'], 0.5, [comparable, printOptions, fc.nat(9)], (article: api.ComparableArticle | string, options: api.FingerprintOptions | undefined, pad: number) => {
    const print = api.fingerprint(article, options);
    checkPrint(print, options);
    checkStorage(print, pad);
    assert.deepStrictEqual(api.fingerprint(article, options), print, 'fingerprinting is not deterministic');
    // An article and its text, title, caption and paragraphs on lines of their own, have the same words.
    const keys = api.articleKeys(article);
    if (typeof article !== 'string') {
      const joined = [article.title, ...(article.caption == null ? [] : [article.caption]), ...article.paragraphs].join('\n');
      assert.deepStrictEqual(api.articleKeys(joined), keys, 'a record and its lines have different words');
      assert.deepStrictEqual(api.fingerprint(joined, options), print, 'a record and its lines fingerprint differently');
    } else {
      const all = api.textKeys(article);
      assert.deepStrictEqual(all, api.tokenize(article).map((token) => token.key), 'textKeys are not the search keys');
      assert.ok(keys.every((key) => all.includes(key)), 'articleKeys holds a word the text lacks');
    }
    // Identical texts are as similar as can be, once they have a word.
    const same = print.shingles > 0 ? 1 : 0;
    assert.equal(print.shingles > 0, keys.length > 0, 'shingles without words, or words without shingles');
    assert.equal(api.estimateSimilarity(print, print), same);
    assert.equal(api.estimateJaccard(print, print), same);
    assert.equal(api.estimateSimilarity(print, api.parseFingerprint(api.serializeFingerprint(print))), same);
  }),
  property('similarity-pairs', ['estimateSimilarity', 'estimateJaccard', 'fingerprint', 'CompareError'], 0.5, [fc.oneof(fc.tuple(comparable, comparable), family.filter((f) => f.length >= 2).map((f) => [f[0]!, f[1]!] as const)), printOptions, printOptions], ([a, b]: readonly [api.ComparableArticle | string, api.ComparableArticle | string], optionsA: api.FingerprintOptions | undefined, optionsB: api.FingerprintOptions | undefined) => {
    const printA = api.fingerprint(a, optionsA);
    const printB = api.fingerprint(b, optionsA);
    const similarity = api.estimateSimilarity(printA, printB);
    const jaccard = api.estimateJaccard(printA, printB);
    assert.ok(similarity >= 0 && similarity <= 1, `similarity ${similarity}`);
    assert.ok(jaccard >= 0 && jaccard <= similarity, `jaccard ${jaccard} against similarity ${similarity}`);
    assert.equal(api.estimateSimilarity(printB, printA), similarity, 'similarity is not symmetric');
    assert.equal(api.estimateJaccard(printB, printA), jaccard, 'jaccard is not symmetric');
    // Prints of other options compare only when the options agree.
    const other = api.fingerprint(b, optionsB);
    const compatible = other.shingleSize === printA.shingleSize && other.minhashes.length === printA.minhashes.length;
    for (const estimate of [api.estimateSimilarity, api.estimateJaccard]) {
      if (compatible) assert.equal(estimate(printA, other), estimate(printA, printB));
      else assert.throws(() => estimate(printA, other), (error: unknown) => error instanceof api.CompareError && error.code === 'incompatible-fingerprints');
    }
  }),
  property('parse-fingerprint-any', ['parseFingerprint', 'fingerprintFromBytes', 'serializeFingerprint', 'CompareError'], 1, [storedLike, fc.oneof(anyBytes, fc.anything() as fc.Arbitrary<unknown>)], (text: string, bytes: unknown) => {
    const reads = [() => api.parseFingerprint(text), () => api.fingerprintFromBytes(bytes as Uint8Array)];
    for (const read of reads) {
      const print = compareErrorOr(read, ['invalid-fingerprint']);
      if (print === undefined) continue;
      assert.ok(print.shingleSize >= 1 && print.shingleSize <= 16 && print.minhashes.length >= 8 && print.minhashes.length <= 1024, 'a fingerprint out of range was read');
      if (read === reads[0]) assert.equal(api.serializeFingerprint(print).length, text.length, 'a string of the wrong length was read');
      checkStorage(print, 3);
    }
    if (typeof bytes !== 'string') assert.throws(() => api.parseFingerprint(bytes as string), (error: unknown) => error instanceof api.CompareError && error.code === 'invalid-fingerprint');
  }),
  property('lsh-bands', ['lshBandKeys', 'candidateProbability'], 0.5, [comparable, printOptions, fc.integer({ min: -2, max: 1100 }), unitInterval, unitInterval, fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 16 })], (article: api.ComparableArticle | string, options: api.FingerprintOptions | undefined, bands: number, j1: number, j2: number, b: number, r: number) => {
    const print = api.fingerprint(article, options);
    const keys = compareErrorOr(() => api.lshBandKeys(print, bands), ['invalid-options']);
    const valid = bands >= 1 && bands <= print.minhashes.length;
    assert.equal(keys !== undefined, valid, `bands ${bands} for ${print.minhashes.length} permutations`);
    if (keys !== undefined) {
      assert.equal(keys.length, print.shingles > 0 ? bands : 0, 'one key per band, none for a text without words');
      keys.forEach((key, band) => assert.match(key, new RegExp(`^${band}:[0-9a-f]{8}$`)));
      assert.deepStrictEqual(api.lshBandKeys(api.parseFingerprint(api.serializeFingerprint(print)), bands), keys, 'a stored print has other keys');
    }
    // The chance of a candidate pair is a probability, rising with similarity and bands, falling with rows, 0 and 1 at the ends,
    // and for one band of one row the similarity itself.
    const [low, high] = j1 <= j2 ? [j1, j2] : [j2, j1];
    const p = api.candidateProbability(low, b, r);
    assert.ok(p >= 0 && p <= 1, `probability ${p}`);
    assert.ok(api.candidateProbability(high, b, r) >= p - 1e-12, 'not monotone in similarity');
    assert.ok(api.candidateProbability(low, b + 1, r) >= p - 1e-12, 'not monotone in bands');
    assert.ok(api.candidateProbability(low, b, r + 1) <= p + 1e-12, 'not antitone in rows');
    assert.ok(Math.abs(api.candidateProbability(low, 1, 1) - low) < 1e-12, 'one band of one row is not the similarity');
    assert.equal(api.candidateProbability(0, b, r), 0);
    assert.equal(api.candidateProbability(1, b, r), 1);
  }),
  property('duplicate-index', ['createDuplicateIndex', 'estimateSimilarity'], 0.3, [fc.oneof(family, fc.array(comparable, { maxLength: 6 })), fc.array(fc.nat(), { maxLength: 3 }), fc.record({ threshold: fc.oneof(fc.constantFrom(0, 0.5, 0.7, 1), fc.double({ min: 0, max: 1, noNaN: true })), bands: fc.integer({ min: 1, max: 8 }), permutations: fc.integer({ min: 8, max: 32 }), shingleSize: fc.integer({ min: 1, max: 4 }) }, { requiredKeys: [] }), comparable], (articles: Array<api.ComparableArticle | string>, copies: number[], options: api.DuplicateIndexOptions, query: api.ComparableArticle | string) => {
    const index = api.createDuplicateIndex(options);
    const printOptions = { shingleSize: options.shingleSize ?? 3, permutations: options.permutations ?? 64 };
    const all = [...articles, ...copies.flatMap((k) => (articles.length > 0 ? [articles[k % articles.length]!] : []))];
    all.forEach((article, k) => index.add(`d${k}`, article));
    assert.equal(index.size, all.length);
    if (all.length > 0) assert.throws(() => index.add('d0', 'نص'), (error: unknown) => error instanceof api.CompareError && error.code === 'duplicate-id');
    const prints = all.map((article) => api.fingerprint(article, printOptions));
    for (const probe of [query, ...all]) {
      const print = api.fingerprint(probe, printOptions);
      const matches = index.query(probe);
      assert.deepStrictEqual(index.queryFingerprint(print), matches, 'query and queryFingerprint disagree');
      assert.equal(new Set(matches.map((match) => match.id)).size, matches.length, 'an id found twice');
      matches.forEach(({ id, similarity }, k) => {
        assert.ok(similarity >= index.threshold && similarity <= 1, `${id} at ${similarity} against threshold ${index.threshold}`);
        assert.ok(k === 0 || matches[k - 1]!.similarity >= similarity, 'not most similar first');
        assert.equal(similarity, api.estimateSimilarity(print, prints[Number(id.slice(1))]!), `${id}: not its estimated similarity`);
      });
      // Every added article with the same print is found, with similarity 1.
      prints.forEach((other, k) => {
        if (other.shingles > 0 && api.estimateJaccard(print, other) === 1) assert.ok(matches.some((match) => match.id === `d${k}` && match.similarity === 1), `d${k} not found by its own text`);
      });
    }
    // Groups: two or more, disjoint, each in the order added, groups by their first; an article is grouped with all it matches.
    const groups = index.clusters();
    const groupOf = new Map<string, number>();
    groups.forEach((group, g) => {
      assert.ok(group.length >= 2, 'a group of one');
      const numbers = group.map((id) => Number(id.slice(1)));
      assert.ok(numbers.every((n, k) => n < all.length && (k === 0 || numbers[k - 1]! < n)), 'a group out of the order added');
      assert.ok(g === 0 || Number(groups[g - 1]![0]!.slice(1)) < numbers[0]!, 'groups out of the order of their first article');
      for (const id of group) assert.ok(!groupOf.has(id) && groupOf.set(id, g), `${id} in two groups`);
    });
    all.forEach((article, k) => {
      for (const { id } of index.query(article)) {
        if (id !== `d${k}`) assert.ok(groupOf.has(id) && groupOf.get(id) === groupOf.get(`d${k}`), `d${k} matches ${id} but is not grouped with it`);
      }
    });
  }),
  property('link-related', ['linkRelatedStories'], 0.3, [linkCollection, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })], ({ entries, planted }: { entries: Array<{ id: string; article: api.LinkableArticle }>; planted: Array<[number, number, number]> }, threshold: number | undefined) => {
    const links = api.linkRelatedStories(entries, threshold === undefined ? undefined : { threshold });
    const position = new Map(entries.map((entry, k) => [entry.id, k]));
    let previous = [-1, -1];
    for (const link of links) {
      const from = position.get(link.from);
      const to = position.get(link.to);
      assert.ok(from !== undefined && to !== undefined && from !== to, `link ${JSON.stringify(link)} between unknown or the same articles`);
      assert.ok(Number.isInteger(link.story) && link.story >= 0 && link.story < entries[from]!.article.related.length, `story ${link.story} does not exist`);
      assert.ok(from > previous[0]! || (from === previous[0] && link.story > previous[1]!), 'links out of order or one story linked twice');
      assert.ok(link.score >= (threshold ?? api.DEFAULT_LINK_THRESHOLD) && link.score <= 1, `score ${link.score}`);
      previous = [from, link.story];
    }
    // A story that repeats an article's headline and the start of its body links to it, or to an article just as good.
    for (const [from, story] of planted) {
      const { title, teaser } = entries[from]!.article.related[story]!;
      if (api.textKeys(teaser ?? '').length >= 3 && api.textKeys(title).length > 0) {
        assert.ok(links.some((link) => link.from === `a${from}` && link.story === story), `planted story ${story} of a${from} not linked`);
      }
    }
  }),
  property('compare-any-value', ['fingerprint', 'createDuplicateIndex', 'linkRelatedStories', 'lshBandKeys', 'CompareError'], 1, [fc.oneof(fc.anything(), fc.constantFrom<unknown>(Number.NaN, Infinity, -1, 0, 0.5, 1, 2, 16, 17, 1024, 2000, '3')), fc.oneof(anyOptions, badCompareOptions)], (value: unknown, options: unknown) => {
    // Each numeric option takes the value, or refuses it with invalid-options; only an absent option takes its default.
    for (const key of ['threshold', 'bands', 'shingleSize', 'permutations']) {
      const index = compareErrorOr(() => api.createDuplicateIndex({ [key]: value }), ['invalid-options']);
      const unset = value === undefined;
      if (index) assert.ok(unset || (typeof value === 'number' && Number.isFinite(value) && value >= 0), `${key} ${String(value)} accepted`);
    }
    if (compareErrorOr(() => api.linkRelatedStories([], { threshold: value as number }), ['invalid-options'])) {
      assert.ok(value === undefined || (typeof value === 'number' && value >= 0 && value <= 1), `link threshold ${String(value)} accepted`);
    }
    compareErrorOr(() => api.fingerprint(value as string, options as api.FingerprintOptions), ['invalid-article', 'invalid-options']);
    const index = compareErrorOr(() => api.createDuplicateIndex(options as api.DuplicateIndexOptions), ['invalid-options']);
    if (index) assert.ok(index.threshold >= 0 && index.threshold <= 1, `threshold ${index.threshold} accepted`);
    if (index) compareErrorOr(() => index.add(value as string, value as string), ['invalid-article', 'incompatible-fingerprints']);
    compareErrorOr(() => api.linkRelatedStories(value as [], options as api.LinkOptions), ['invalid-article', 'invalid-options', 'duplicate-id']);
    compareErrorOr(() => api.lshBandKeys(api.fingerprint('نص'), value as number), ['invalid-options']);
    assertPrototypesClean();
  }),
];
