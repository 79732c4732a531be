export { decodeArticleBytes } from './decode-article-bytes';
export type { ArticleEncoding, DecodedArticle } from './decode-article-bytes';
export { binaryEvidence, looksBinary } from './binary';
export type { BinaryEvidence } from './binary';
