export { decodeArticleBytes } from './decode-article-bytes';
export type { ArticleEncoding, DecodedArticle } from './decode-article-bytes';
