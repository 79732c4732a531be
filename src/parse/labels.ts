/**
 * Read-more labels: the line that opens the related-stories block.
 */
import { DROP, isLabelTrailer, labelFoldTable, labelKey } from './fold';

/**
 * The read-more labels recognised without configuration: the one place the
 * list is kept (`docs/format.md` shows it; the `labels` option extends it).
 * A line is a label when its label key equals one of theirs, so every
 * spelling that differs only in hamza or alef form, diacritics, tanween
 * placement, tatweel or white space is recognised too, and so is one
 * followed by trailing `:` `-` `–` `—` `...` `…` (`إقرأ أيضاً:` = `اقرأ ايضا`,
 * `اقرأ المزيد...` = `اقرأ المزيد -` = `اقرأ المزيد`). A single full stop is
 * not such punctuation: `المزيد.` is a sentence.
 *
 * @example
 * ```ts
 * READ_MORE_LABELS.includes('قراءة المزيد'); // true
 * ```
 */
export const READ_MORE_LABELS: readonly string[] = /* @__PURE__ */ Object.freeze([
  // The specimen's label and the spellings FORMAT.md lists.
  'قراءة المزيد',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'اقرأ المزيد',
  'المزيد',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'مقالات ذات صلة',
  'شاهد أيضا',
  // Seen on real sites (BBC Arabic, CNN Arabic, Al Arabiya, France 24, Sky News Arabia, a Tunisian radio site).
  'شاهد أيضاً',
  'طالع أيضا',
  'قد يعجبك',
  'قد يهمك',
  'اخترنا لك',
  'روابط ذات صلة',
  'موضوعات ذات صلة',
  'المزيد من الأخبار',
  'أخبار متعلقة',
  'الأكثر قراءة',
]);

/** Tells whether a range of text is a whole-line read-more label. */
export interface LabelMatcher {
  /** Whether `text.slice(start, end)` is one of the labels, however spelled. */
  matches(text: string, start: number, end: number): boolean;
}

/** A node of the key trie: children by folded code unit, and whether a key ends here. */
interface TrieNode {
  readonly children: Map<number, TrieNode>;
  terminal: boolean;
}

/**
 * Matches label keys with a trie walked over the folded units of the line, so
 * an ordinary paragraph is rejected within its first few letters and no key
 * string is built per line.
 */
class TrieMatcher implements LabelMatcher {
  private readonly root: TrieNode = { children: new Map(), terminal: false };

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        let child = node.children.get(unit);
        if (!child) node.children.set(unit, (child = { children: new Map(), terminal: false }));
        node = child;
      }
      node.terminal = true;
    }
  }

  matches(text: string, start: number, end: number): boolean {
    const table = labelFoldTable();
    let node = this.root;
    // Where the text after the longest complete key so far starts, or -1.
    let afterKey = -1;
    for (let i = start; i < end; i++) {
      const unit = table[text.charCodeAt(i)]!;
      if (unit === DROP) continue;
      const child = node.children.get(unit);
      if (!child) return afterKey >= 0 && onlyTrailer(text, afterKey, end);
      node = child;
      if (node.terminal) afterKey = i + 1;
    }
    return node.terminal || (afterKey >= 0 && onlyTrailer(text, afterKey, end));
  }
}

/**
 * Whether `text[from, end)` holds only trailing label punctuation (and
 * ignorable units), with no lone full stop: `المزيد...` is a label,
 * `المزيد.` a sentence.
 */
function onlyTrailer(text: string, from: number, end: number): boolean {
  const table = labelFoldTable();
  let stops = 0;
  for (let i = from; i < end; i++) {
    const unit = table[text.charCodeAt(i)]!;
    if (unit === DROP) continue;
    if (!isLabelTrailer(unit)) return false;
    if (unit === FULL_STOP) stops++;
  }
  return stops !== 1;
}

const FULL_STOP = 0x2e;

let defaultMatcher: LabelMatcher | undefined;

/**
 * A matcher for the default labels plus `extra` ones. Each extra label must
 * fold to a non-empty key (options validation checks this first).
 *
 * @example
 * ```ts
 * const matcher = createLabelMatcher(['تابع أيضا']);
 * matcher.matches('تابع أيضاً:', 0, 11); // true
 * ```
 */
export function createLabelMatcher(extra: readonly string[] = []): LabelMatcher {
  if (extra.length === 0) return (defaultMatcher ??= new TrieMatcher(keysOf(READ_MORE_LABELS)));
  return new TrieMatcher(keysOf([...READ_MORE_LABELS, ...extra]));
}

function keysOf(labels: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const label of labels) {
    const key = labelKey(label);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Whether a whole line is a read-more label (one of `READ_MORE_LABELS` or
 * `extra`), however spelled. Surrounding white space is ignored.
 *
 * @example
 * ```ts
 * isReadMoreLabel('  اقرأ أيضًا:  '); // true
 * isReadMoreLabel('اقرأ أيضا عن الموضوع'); // false
 * ```
 */
export function isReadMoreLabel(line: string, extra: readonly string[] = []): boolean {
  return createLabelMatcher(extra).matches(line, 0, line.length);
}
