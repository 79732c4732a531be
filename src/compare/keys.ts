/**
 * The words an article is compared on: khabar's own tokens (`tokenize`,
 * `search` preset: Unicode word boundaries, `search` normalisation per
 * token), so that spellings readers see as the same word (diacritics, hamza
 * and alef forms, ى/ي, ة/ه, tatweel, punctuation style) give the same key.
 */
import type { Article } from '../schema/article';
import { createTokenizer, type Tokenizer } from '../tokenize/tokenizer';

/**
 * The parts of a parsed record that comparison reads: an {@link Article}
 * fits, and so does any object with these fields (a record from JSON, say).
 *
 * @example
 * ```ts
 * const article: ComparableArticle = { title: 'عنوان', caption: null, paragraphs: ['نص الخبر'] };
 * ```
 */
export type ComparableArticle = Pick<Article, 'title' | 'paragraphs'> & {
  /** The image caption, read after the title; absent or `null` when there is none. */
  readonly caption?: string | null;
};

// Made on first use, not at import: every program that imports khabar would
// otherwise compile the search normaliser and tokenizer at start-up.
let searchTokens: Tokenizer | undefined;

/**
 * The word keys of a text: the keys of its tokens under the `search` preset
 * of `tokenize` (words and numbers at Unicode word boundaries, each
 * normalised with the `search` preset; punctuation and white space are not tokens).
 *
 * @example
 * ```ts
 * textKeys('الصَّحافةُ، اليومَ'); // ['الصحافه', 'اليوم']
 * ```
 */
export function textKeys(text: string): string[] {
  const tokens = (searchTokens ??= createTokenizer('search'))(text);
  const keys = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) keys[k] = tokens[k]!.key;
  return keys;
}

/** Fewer Arabic words than this, and an article is compared on all its words. */
const MIN_ARABIC_KEYS = 10;

/** Whether a key holds a letter of the Arabic script (the blocks `search` keys can hold). */
function isArabicKey(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const unit = key.charCodeAt(k);
    if ((unit >= 0x0620 && unit <= 0x06ff) || (unit >= 0x0750 && unit <= 0x077f) || (unit >= 0x08a0 && unit <= 0x08ff)) return true;
  }
  return false;
}

/**
 * The word keys of an article, in reading order: title, caption, then the
 * paragraphs as one stream, so paragraphs merged or split give the same
 * keys. A string is read as the whole article. Related stories are not part
 * of an article's own text and are left out.
 *
 * Only words in Arabic script count, when the article has at least ten:
 * what crawlers leave in bodies in other scripts (style sheets, scripts,
 * URLs, share-button text) is the same on every page of a site, and would
 * make different stories look alike. Numbers in digits are left out with
 * them. An article with fewer Arabic words is read whole.
 *
 * @example
 * ```ts
 * articleKeys({ title: 'خبرٌ', caption: null, paragraphs: ['أولى الفقرات'] }); // ['خبر', 'اولي', 'الفقرات']
 * articleKeys('نصٌّ كامل'); // ['نص', 'كامل']
 * ```
 */
export function articleKeys(article: ComparableArticle | string): string[] {
  const keys = allKeys(article);
  const arabic = keys.filter(isArabicKey);
  return arabic.length >= MIN_ARABIC_KEYS ? arabic : keys;
}

function allKeys(article: ComparableArticle | string): string[] {
  if (typeof article === 'string') return textKeys(article);
  const keys = textKeys(article.title);
  if (typeof article.caption === 'string') keys.push(...textKeys(article.caption));
  for (const paragraph of article.paragraphs) for (const key of textKeys(paragraph)) keys.push(key);
  return keys;
}
