/**
 * `khabar/schema`: the zod schemas of the records, diagnostics and options,
 * and the JSON Schema of a record, for users who validate or embed them.
 * They live apart from the main entry so that parsing and normalising never
 * load zod: the library checks records and options without it, by the same
 * rules (records through shapes generated from these schemas at build time).
 *
 * @example
 * ```ts
 * import { ArticleSchema } from 'khabar/schema';
 * const article = ArticleSchema.parse(JSON.parse(line));
 * ```
 *
 * @module khabar/schema
 */
export { PointSchema, SpanSchema } from './position';
export type { Point, Span } from './position';
export { ArticleSchema, ArticleSpansSchema, InlineLabelSchema, RelatedStorySchema, RelatedStorySpansSchema } from './article';
export type { Article, ArticleSpans, InlineLabel, RelatedStory } from './article';
export { DiagnosticSchema, DiagnosticCodeSchema, DiagnosticSeveritySchema } from './diagnostic';
export type { Diagnostic } from './diagnostic';
export { articleJsonSchema, type ArticleJsonSchema } from './json-schema';
export { ParseOptionsSchema } from './parse-options';
export type { ParseOptions } from '../parse/options';
export { NormalizeOptionsSchema, NormalizePresetSchema } from './normalize-options';
export type { NormalizeOptions, NormalizePreset } from '../normalize/option-values';
