/**
 * The valid name nearest to a misspelt one, for "did you mean" hints in option
 * errors and CLI usage errors. British and American spellings count as the same
 * name (`normalise` finds `normalize`, `colour` finds `color`), and case is ignored.
 */

/** Folds case and the British spellings `-ise-`/`-isa-`/`-isi-` and `-our` to the American ones. */
function foldSpelling(name: string): string {
  return name.toLowerCase().replace(/is(?=[aei])/g, 'iz').replace(/our\b/g, 'or');
}

/** Edit distance (insert, delete, substitute, swap two neighbours), stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `given`, or `undefined` when none is close enough to
 * be a likely misspelling (at most one edit per three characters, and at least one).
 *
 * @example
 * ```ts
 * nearestName('normalise', ['normalize', 'labels']); // 'normalize'
 * nearestName('fromat', ['format', 'out']);          // 'format'
 * nearestName('zzz', ['format', 'out']);             // undefined
 * ```
 */
export function nearestName(given: string, candidates: Iterable<string>): string | undefined {
  const folded = foldSpelling(given);
  const limit = Math.max(1, Math.floor(folded.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === given) return candidate;
    const distance = editDistance(folded, foldSpelling(candidate), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
