/**
 * The light Arabic stemmer of Lucene's ArabicStemmer (Larkey, Ballesteros and Connell, "Light
 * Stemming for Arabic Information Retrieval"): one article or conjunction prefix, then every
 * matching suffix in a fixed order, each only while enough of the word is left.
 */

// Lucene's order matters: the first matching prefix is removed, then each suffix in turn.
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/**
 * Removes Lucene's light-stemming prefixes and suffixes from a normalised key. A prefix goes
 * only when at least two characters remain (the one-letter و only from words of four or more);
 * a suffix only when at least two remain.
 *
 * @example
 * ```ts
 * lightStem('والكتاب'); // 'كتاب'
 * lightStem('مدرسه'); // 'مدرس'
 * ```
 */
export function lightStem(key: string): string {
  let start = 0;
  let end = key.length;
  for (const prefix of PREFIXES) {
    const length = end - start;
    if (prefix.length === 1 ? length < 4 : length < prefix.length + 2) continue;
    if (key.startsWith(prefix, start)) {
      start += prefix.length;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (end - start < suffix.length + 2) continue;
    if (key.endsWith(suffix, end)) end -= suffix.length;
  }
  return start === 0 && end === key.length ? key : key.slice(start, end);
}
