/**
 * Lays a corpus article (title and paragraphs, as `news.jsonl` stores them) out
 * in the raw format, so that real text can be read back by the parser. Fields
 * go in untouched — surrounding spaces, a BOM at the start of a title and
 * whitespace-only paragraphs included — because handling them is the point.
 */
import type { NewsRecord } from './shared';
import { cleanText } from './lines';

/** How to lay an article out. */
export interface LayoutOptions {
  /** The line terminator between lines (default LF). */
  lineEnd?: string;
  /** Repeat the title after a blank line, as the specimen does (default true). */
  echo?: boolean;
  /**
   * A caption line directly under the title (or its echo); `null` for none
   * (default). Without an echo, the body's first line sits directly under the
   * title and can only be told from a caption by a decision of the parser.
   */
  caption?: string | null;
  /**
   * Put a blank line between the head (title, echo, caption) and the body
   * (default true). Without it and without an echo, the first paragraph sits
   * directly under the title, where only a decision tells it from a caption.
   */
  separateBody?: boolean;
  /** End the text with a line terminator (default false, like the specimen). */
  finalNewline?: boolean;
}

/** A laid-out article and the record the parser should read back from it. */
export interface LaidOutArticle {
  /** The raw text. */
  raw: string;
  /** The title, cleaned of surrounding white space and invisible marks. */
  title: string;
  /** The caption as laid out, cleaned, or `null`. */
  caption: string | null;
  /** The paragraphs that are not blank, cleaned, in order. */
  paragraphs: string[];
}

/**
 * Writes `record` out as: title, blank line, title again (unless `echo` is
 * false), the caption directly under it when given, a blank line (unless
 * `separateBody` is false), then one paragraph per line. Whitespace-only paragraphs stay in as blank lines.
 *
 * @example layoutNewsRecord({ id, source, title, paragraphs }, { lineEnd: '\r\n' }).raw
 */
export function layoutNewsRecord(record: NewsRecord, options: LayoutOptions = {}): LaidOutArticle {
  const { lineEnd = '\n', echo = true, caption = null, separateBody = true, finalNewline = false } = options;
  const head = echo ? [record.title, '', record.title] : [record.title];
  const lines = [...head, ...(caption === null ? [] : [caption])];
  if (separateBody) lines.push('');
  lines.push(...record.paragraphs);
  return {
    raw: lines.join(lineEnd) + (finalNewline ? lineEnd : ''),
    title: cleanText(record.title),
    caption: caption === null ? null : cleanText(caption),
    paragraphs: record.paragraphs.map(cleanText).filter((text) => text.length > 0),
  };
}
