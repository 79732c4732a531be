/**
 * khabar: raw Arabic news-article text to validated, typed records, and
 * Arabic normalisation with an offset map back to the input.
 *
 * @module khabar
 */
export * from './parse';
export * from './decode';
export * from './format';
export * from './diagnostics';
export * from './normalize';
export * from './repair';
export * from './stream';
export * from './tokenize';
export * from './compare';
export type { Point, Span } from './schema/position';
export type { Article, ArticleSpans, InlineLabel, RelatedStory } from './schema/article';
export type { Diagnostic } from './schema/diagnostic';
// The zod schemas are in `khabar/schema` (src/schema/index.ts): importing this entry never loads zod.
