/**
 * The article record as a JSON Schema (draft 2020-12), for readers of
 * khabar's JSON in other languages. It is generated from `ArticleSchema` by
 * zod, with the reused shapes named in `$defs` and every field described;
 * the package ships the same document as `khabar/schema.json`.
 */
import * as z from 'zod';
import { ArticleSchema, ArticleSpansSchema, InlineLabelSchema, RelatedStorySchema, RelatedStorySpansSchema } from './article';
import { PointSchema, SpanSchema } from './position';

interface SchemaMetadata {
  id?: string;
  title?: string;
  description?: string;
}

/** Descriptions of the fields, keyed by property name, for each object schema. */
const FIELD_DESCRIPTIONS = [
  [
    PointSchema,
    {
      line: 'Line number, counting from 1. LF, CRLF, CR, U+2028 and U+2029 each end a line.',
      column: 'Column on that line, counting from 1, in UTF-16 code units.',
      offset: 'Offset from the start of the input text, counting from 0, in UTF-16 code units.',
    },
  ],
  [
    RelatedStorySpansSchema,
    {
      titleEcho: 'The line repeating the headline, or null when the page does not repeat it.',
      teaser: 'The line holding the teaser, or null when the story has no teaser.',
    },
  ],
  [
    InlineLabelSchema,
    {
      text: 'The label as found (after cleaning, normalised like every field).',
    },
  ],
  [
    RelatedStorySchema,
    {
      title: "The story's headline (for an inline story, the text of its link line).",
      teaser: 'The teaser text shown under the headline, or null when the page gives none (always null for an inline story).',
      truncated:
        'True when the teaser was cut: it does not end with sentence-final punctuation (. ! ? ؟, optionally followed by closing quotes or brackets), or it ends with an ellipsis (... or …); false without a teaser.',
      placement: "'block' for a story of the related block after the body, 'inline' for a link line of a \"read also\" box inside the body.",
      label: 'For an inline story, the label line of its box; null for a block story.',
      afterParagraph: 'For an inline story, the index in paragraphs of the paragraph its box follows, or -1 before the first paragraph; null for a block story.',
      spans: "Where the story's parts came from in the input.",
    },
  ],
  [
    ArticleSpansSchema,
    {
      titleEcho: 'The line that repeats the headline, or null.',
      caption: 'The caption line, or null.',
      paragraphs: 'One span per body paragraph, in the order of `paragraphs`.',
      readMoreLabel: 'The read-more label line, or null.',
    },
  ],
  [
    ArticleSchema,
    {
      title: 'The headline: the first non-blank line of the input.',
      caption: 'The image caption under the headline, or null when there is none.',
      paragraphs: 'The body paragraphs in order, one per non-blank body line.',
      readMoreLabel: 'The read-more label as found in the input (after cleaning), or null when there is no related block.',
      related: 'The related stories in page order: the links of "read also" boxes inside the body (placement inline), then the stories of the related block (placement block).',
      spans: 'Where each field came from in the input.',
    },
  ],
] as const;

function metadata(): z.core.$ZodRegistry<SchemaMetadata> {
  const registry = z.registry<SchemaMetadata>();
  registry.add(PointSchema, {
    id: 'Point',
    description: 'A place in the input text; line and column count from 1, offset from 0, all in UTF-16 code units.',
  });
  registry.add(SpanSchema, {
    id: 'Span',
    description:
      'The half-open range [start, end) of input text a field was read from, without its surrounding white space; end is exclusive.',
  });
  registry.add(RelatedStorySchema, {
    id: 'RelatedStory',
    description: 'One related story: from the related-stories block after the body, or a link of a "read also" box inside the body.',
  });
  registry.add(InlineLabelSchema, {
    id: 'InlineLabel',
    description: 'The read-more label line that introduced an inline story: its text and span.',
  });
  registry.add(ArticleSchema, {
    title: 'khabar Article',
    description: 'One news article parsed from the raw page-text format by khabar (https://www.npmjs.com/package/khabar).',
  });
  // A field that is itself a named shape (a span's start, a title's span) is one schema object
  // shared by many fields; a description on it would land on the shape, so it gets none.
  const named = new Set<z.ZodType>([PointSchema, SpanSchema, RelatedStorySchema, InlineLabelSchema]);
  for (const [schema, fields] of FIELD_DESCRIPTIONS) {
    for (const [name, description] of Object.entries(fields)) {
      const field = (schema.shape as Record<string, z.ZodType>)[name]!;
      if (!named.has(field)) registry.add(field, { description });
    }
  }
  return registry;
}

/**
 * The JSON Schema (draft 2020-12) of an {@link Article} as `JSON.stringify`
 * writes it, generated with zod's `toJSONSchema`. The same document is
 * shipped as `khabar/schema.json` and printed by `khabar schema`.
 *
 * @example
 * ```ts
 * const schema = articleJsonSchema();
 * schema.$defs.Span; // { type: 'object', properties: { start: …, end: … }, … }
 * writeFileSync('article.schema.json', JSON.stringify(schema, null, 2));
 * ```
 */
export function articleJsonSchema(): ArticleJsonSchema {
  return z.toJSONSchema(ArticleSchema, { metadata: metadata(), target: 'draft-2020-12' }) as ArticleJsonSchema;
}

/**
 * A JSON Schema document, as {@link articleJsonSchema} returns it.
 *
 * @example
 * ```ts
 * const schema: ArticleJsonSchema = articleJsonSchema();
 * schema.required; // ['title', 'caption', 'paragraphs', 'readMoreLabel', 'related', 'spans']
 * ```
 */
export interface ArticleJsonSchema {
  /** The JSON Schema dialect: draft 2020-12. */
  $schema: string;
  /** The named shapes the document refers to with `$ref`: `Point`, `Span`, `RelatedStory`, `InlineLabel`. */
  $defs: Record<string, Record<string, unknown>>;
  /** Every other keyword of the document. */
  [keyword: string]: unknown;
}
