/**
 * khabar: raw Arabic news-article text to validated, typed records, and
 * Arabic normalisation with an offset map back to the input.
 *
 * @packageDocumentation
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
export { PointSchema, SpanSchema } from './schema/position';
export type { Point, Span } from './schema/position';
export {
  ArticleSchema,
  ArticleSpansSchema,
  InlineLabelSchema,
  RelatedStorySchema,
  RelatedStorySpansSchema,
} from './schema/article';
export type { Article, ArticleSpans, InlineLabel, RelatedStory } from './schema/article';
export { DiagnosticSchema, DiagnosticCodeSchema, DiagnosticSeveritySchema } from './schema/diagnostic';
export type { Diagnostic } from './schema/diagnostic';
export { articleJsonSchema, type ArticleJsonSchema } from './schema/json-schema';
