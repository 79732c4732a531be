import * as z from 'zod';
import { SpanSchema } from './position';

/**
 * Where each part of a related story came from in the input.
 *
 * @example
 * ```ts
 * const story = parseArticle(raw).related[0];
 * const teaserLine = story?.spans.teaser?.start.line;
 * ```
 */
export const RelatedStorySpansSchema = /* @__PURE__ */ (() => z
  .object({
    /** The line holding the story's headline. */
    title: SpanSchema,
    /** The line repeating the headline, when the page repeats it; `null` otherwise. */
    titleEcho: SpanSchema.nullable(),
    /** The line holding the teaser text; `null` when the story has no teaser. */
    teaser: SpanSchema.nullable(),
  })
  .strict())();

/** Where a related story stands; typed as a plain zod type so that documentation tools see one documented union. */
const PlacementSchema: z.ZodType<'inline' | 'block', 'inline' | 'block'> = /* @__PURE__ */ (() => z.enum(['inline', 'block']))();

/**
 * The read-more label that introduced an inline story: the label line of a
 * "read also" box inside the body.
 *
 * @example
 * ```ts
 * const label: InlineLabel = parseArticle(raw).related[0]!.label!;
 * console.log(label.text, label.span.start.line);
 * ```
 */
export const InlineLabelSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The label as found (after cleaning, normalised like every field), e.g. `اقرأ أيضاً:`. */
      text: z.string().min(1),
      /** The label line. Stories of the same box share it. */
      span: SpanSchema,
    })
    .strict())();

/**
 * The read-more label that introduced an inline story.
 *
 * @example
 * ```ts
 * const where = (label: InlineLabel) => `${label.text} (line ${label.span.start.line})`;
 * ```
 */
export type InlineLabel = z.infer<typeof InlineLabelSchema>;

/**
 * One related story: from the related-stories block that follows the
 * read-more label (`placement: 'block'`), or a link line of a "read also"
 * box inside the body (`placement: 'inline'`).
 *
 * @example
 * ```ts
 * RelatedStorySchema.parse({
 *   title: 'عنوان القصة',
 *   teaser: 'نص مقتطع من الخبر، يتوقف عند',
 *   truncated: true,
 *   placement: 'block',
 *   label: null,
 *   afterParagraph: null,
 *   spans: {
 *     title: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 12, offset: 11 } },
 *     titleEcho: null,
 *     teaser: null,
 *   },
 * });
 * ```
 */
export const RelatedStorySchema = /* @__PURE__ */ (() => z
  .object({
    /** The story's headline (for an inline story, the text of its link line). */
    title: z.string().min(1),
    /** The teaser text shown under the headline, or `null` when the page gives none (always `null` inline). */
    teaser: z.string().min(1).nullable(),
    /**
     * `true` when the teaser was cut: it does not end with sentence-final
     * punctuation (`.` `!` `?` `؟`, optionally followed by closing quotes or
     * brackets), or it ends with an ellipsis (`...`, `…`). Always `false`
     * when there is no teaser.
     */
    truncated: z.boolean(),
    /**
     * Where the page shows the story: `'block'` in the related-stories block
     * after the body, `'inline'` in a "read also" box inside the body.
     */
    placement: PlacementSchema,
    /** For an inline story, the label line of its box; `null` for a block story (see the article's `readMoreLabel`). */
    label: InlineLabelSchema.nullable(),
    /**
     * For an inline story, the index in `paragraphs` of the paragraph the box
     * follows, or -1 when it comes before the first paragraph; `null` for a block story.
     */
    afterParagraph: z.number().int().min(-1).nullable(),
    /** Where the story's parts came from in the input. */
    spans: RelatedStorySpansSchema,
  })
  .strict())();

/**
 * One related story, from the block after the body or a box inside it.
 *
 * @example
 * ```ts
 * const complete = (story: RelatedStory) => story.teaser !== null && !story.truncated;
 * ```
 */
export type RelatedStory = z.infer<typeof RelatedStorySchema>;

/**
 * Where each field of an article came from in the input.
 *
 * @example
 * ```ts
 * const { spans } = parseArticle(raw);
 * console.log(spans.title.start.line); // 1
 * ```
 */
export const ArticleSpansSchema = /* @__PURE__ */ (() => z
  .object({
    /** The headline line (the first non-blank line). */
    title: SpanSchema,
    /** The line that repeats the headline, or `null` when the page does not repeat it. */
    titleEcho: SpanSchema.nullable(),
    /** The caption line, or `null` when there is no caption. */
    caption: SpanSchema.nullable(),
    /** One span per body paragraph, in the same order as `paragraphs`. */
    paragraphs: z.array(SpanSchema),
    /** The read-more label line, or `null` when there is no related-stories block. */
    readMoreLabel: SpanSchema.nullable(),
  })
  .strict())();

/**
 * Where each field of an article came from in the input.
 *
 * @example
 * ```ts
 * const lines = (spans: ArticleSpans) => spans.paragraphs.map((span) => span.start.line);
 * ```
 */
export type ArticleSpans = z.infer<typeof ArticleSpansSchema>;

/**
 * The validated record of one news article.
 *
 * @example
 * ```ts
 * const article = ArticleSchema.parse(JSON.parse(json));
 * console.log(article.title, article.paragraphs.length);
 * ```
 */
export const ArticleSchema = /* @__PURE__ */ (() => z
  .object({
    /** The headline: the first non-blank line of the input. */
    title: z.string().min(1),
    /** The image caption under the headline, or `null` when there is none. */
    caption: z.string().min(1).nullable(),
    /** The body paragraphs in order, one per non-blank body line. */
    paragraphs: z.array(z.string().min(1)),
    /** The read-more label as found in the input (after cleaning), or `null` when there is no related block. */
    readMoreLabel: z.string().min(1).nullable(),
    /**
     * The related stories in page order: the links of "read also" boxes
     * inside the body (`placement: 'inline'`), then the stories of the block
     * after the read-more label (`placement: 'block'`).
     */
    related: z.array(RelatedStorySchema),
    /** Where each field came from in the input. */
    spans: ArticleSpansSchema,
  })
  .strict())();

/**
 * The validated record of one news article.
 *
 * @example
 * ```ts
 * const article: Article = parseArticle(raw);
 * const body = article.paragraphs.join('\n\n');
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
