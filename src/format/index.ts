export { formatArticle } from './format-article';
export type { FormatOptions } from './format-article';
export { ArticleFormatError } from './article-format-error';
export type { ArticleFormatErrorCode } from './article-format-error';
