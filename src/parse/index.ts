export { parseArticle, safeParseArticle } from './parse-article';
export type { SafeParseArticleResult } from './parse-article';
export type { ParseOptions } from './options';
export { READ_MORE_LABELS, isReadMoreLabel } from './labels';
export { isTruncatedText } from './truncation';
