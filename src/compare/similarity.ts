/**
 * Similarity from two fingerprints. Agreeing MinHash slots estimate the
 * Jaccard similarity J of the two shingle sets; with the set sizes that
 * gives the shared shingles, |A∩B| = J·(|A|+|B|)/(1+J), and from those the
 * containment of the shorter text in the longer one. Containment is what
 * makes a truncated copy, or a copy with a line added, still a duplicate.
 */
import { CompareError } from './errors';
import type { Fingerprint } from './fingerprint';
import { EMPTY_SLOT } from './minhash';

/**
 * Containment counts only when the shorter text has at least this share of
 * the longer one's shingles; below it (a teaser, a lede against the whole
 * story) the similarity is the Jaccard estimate, since a fragment is not a copy.
 */
export const MIN_LENGTH_RATIO = 0.25;

/** Throws `incompatible-fingerprints` unless `a` and `b` were made with the same options. */
export function checkCompatible(a: Fingerprint, b: Fingerprint): void {
  if (a.shingleSize !== b.shingleSize || a.minhashes.length !== b.minhashes.length) {
    throw new CompareError(
      'incompatible-fingerprints',
      `fingerprints made with different options cannot be compared (shingle size ${a.shingleSize} vs ${b.shingleSize}, ` +
        `${a.minhashes.length} vs ${b.minhashes.length} permutations)`,
    );
  }
}

/** Share of agreeing non-empty slots; the caller has checked compatibility. */
export function agreement(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) equal++;
  return equal / a.length;
}

/** Containment of the shorter in the longer from a Jaccard estimate and the set sizes. */
export function containmentFrom(jaccard: number, sizeA: number, sizeB: number): number {
  const shorter = Math.min(sizeA, sizeB);
  const longer = Math.max(sizeA, sizeB);
  if (shorter === 0) return 0;
  if (shorter < longer * MIN_LENGTH_RATIO) return jaccard;
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, shared / shorter);
}

/**
 * The estimated Jaccard similarity of the two articles' shingle sets
 * (shared shingles over all distinct shingles), from 0 to 1.
 *
 * @example
 * ```ts
 * estimateJaccard(fingerprint('نص واحد بعينه هنا'), fingerprint('نص واحد بعينه هنا')); // 1
 * ```
 */
export function estimateJaccard(a: Fingerprint, b: Fingerprint): number {
  checkCompatible(a, b);
  return agreement(a.minhashes, b.minhashes);
}

/**
 * The similarity of two articles from their fingerprints, from 0 to 1: the
 * estimated share of the shorter article's word shingles that also occur in
 * the longer one (containment). So 0.7 means about 70 % of the shorter
 * text's three-word phrases, read as `search` keys, are in the other. When
 * the shorter has under a quarter of the longer's shingles, it is the
 * Jaccard estimate instead, so a fragment is not taken for a copy.
 *
 * @example
 * ```ts
 * const story = 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير التعليم في المدارس الحكومية خلال العام المقبل';
 * const cut = 'أعلنت الوزارةُ اليومَ عن خطةٍ جديدة لتطوير التعليم في المدارس';
 * estimateSimilarity(fingerprint(story), fingerprint(cut)) > 0.8; // true: the cut copy is contained
 * ```
 */
export function estimateSimilarity(a: Fingerprint, b: Fingerprint): number {
  checkCompatible(a, b);
  return containmentFrom(agreement(a.minhashes, b.minhashes), a.shingles, b.shingles);
}
