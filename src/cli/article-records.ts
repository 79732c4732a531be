/**
 * The articles `khabar dedupe` and `khabar link` read: raw article files
 * (`.txt`, or a directory searched for them), parsed as `khabar parse` does,
 * or JSON Lines of records (`.jsonl`, or standard input) — the output of
 * `khabar parse --format jsonl` (`{"path", "article", …}`), `{"id", "article"}`
 * lines, or bare records. Every input or line that gives no article is named
 * on standard error and counted as failed; nothing is skipped silently.
 */
import { safeParseArticle } from '../parse/parse-article';
import { byteSize } from './args';
import { InputError, inputErrorFromSystem } from './errors';
import { STDIN_LABEL, expandInputs, looksBinary } from './inputs';
import { DEFAULT_MAX_BYTES, readInputFile, readStdin } from './read-input';
import type { LinkableArticle } from '../compare/linking';

/** One article read, with the id it is reported under. */
export interface ArticleRecord {
  /** The record's `id`, else its `path`, else `file:line` (JSON Lines) or the file's path (raw text). */
  readonly id: string;
  readonly article: LinkableArticle;
  /** Bytes it was read from, for the progress line. */
  readonly bytes: number;
}

/** What was read: the articles in input order, and one message per failure. */
export interface ReadArticles {
  readonly records: ArticleRecord[];
  readonly failures: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The article of a record, or why there is none. */
function articleOf(value: Json): LinkableArticle | string {
  const candidate = isObject(value['article']) ? value['article'] : value;
  if (isObject(value['error'])) return `a failed input (${String((value['error'] as Json)['message'] ?? 'no message')})`;
  const { title, paragraphs, caption, related } = candidate as Json;
  if (typeof title !== 'string' || !Array.isArray(paragraphs) || !paragraphs.every((text) => typeof text === 'string')) {
    return 'not an article record (it needs a string "title" and string "paragraphs")';
  }
  const stories = Array.isArray(related) ? related : [];
  const validStories = stories.every((story) => isObject(story) && typeof story['title'] === 'string' && (story['teaser'] === null || typeof story['teaser'] === 'string'));
  if (!validStories) return 'its "related" stories need a string "title" and a string or null "teaser"';
  return {
    title,
    caption: typeof caption === 'string' ? caption : null,
    paragraphs: paragraphs as string[],
    related: (stories as Json[]).map((story) => ({ title: story['title'] as string, teaser: story['teaser'] as string | null, truncated: story['truncated'] === true })),
  };
}

function readJsonLines(text: string, label: string, into: ReadArticles): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${label}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      into.failures.push(`${where}: not valid JSON`);
      return;
    }
    if (!isObject(value)) {
      into.failures.push(`${where}: not a JSON object`);
      return;
    }
    const article = articleOf(value);
    if (typeof article === 'string') {
      into.failures.push(`${where}: ${article}`);
      return;
    }
    const id = typeof value['id'] === 'string' ? value['id'] : typeof value['path'] === 'string' ? value['path'] : where;
    into.records.push({ id, article, bytes: line.length + 1 });
  });
}

function readRawArticle(bytes: Uint8Array, path: string, into: ReadArticles): void {
  if (looksBinary(bytes)) {
    into.failures.push(`${path}: looks like a binary file (it holds NUL bytes), not article text`);
    return;
  }
  const result = safeParseArticle(bytes);
  if (!result.success) {
    into.failures.push(`${path}: no article could be read`);
    return;
  }
  into.records.push({ id: path, article: result.data, bytes: bytes.length });
}

const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/iu.test(path);

/** The most bytes one input may have: a raw article file, and a JSON Lines file or standard input. */
export interface ReadLimits {
  readonly article: number;
  readonly jsonLines: number;
}

/**
 * Default limits: 64 MiB for a raw article, as `khabar parse` has, and 512 MiB
 * for JSON Lines, which are read whole into one string (JavaScript's strings
 * stop at about a billion bytes of text).
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { article: DEFAULT_MAX_BYTES, jsonLines: 512 * 1024 * 1024 };

/** The limits `--max-bytes` sets (as given on the command line): one size for every input, or the defaults. */
export function readLimits(maxBytes: string | undefined): ReadLimits {
  if (maxBytes === undefined) return DEFAULT_READ_LIMITS;
  const size = byteSize(maxBytes, '--max-bytes');
  return { article: size, jsonLines: size };
}

/**
 * Reads every input: `.jsonl`/`.ndjson` files and standard input as JSON
 * Lines of records, directories for their `.txt` files, other files as raw
 * articles. An input longer than its limit (a device such as `/dev/zero`, a
 * pipe that never ends) is a failure, read no further. Ids met twice are
 * failures after the first.
 */
export async function readArticles(paths: readonly string[], limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadArticles> {
  const read: ReadArticles = { records: [], failures: [] };
  for (const input of expandInputs(paths, { directories: true })) {
    if (input.kind === 'error') {
      read.failures.push(input.error.message);
      continue;
    }
    const label = input.kind === 'stdin' ? STDIN_LABEL : input.path;
    const jsonLines = input.kind === 'stdin' || isJsonLines(input.path);
    let bytes: Uint8Array;
    try {
      const limit = jsonLines ? limits.jsonLines : limits.article;
      bytes = input.kind === 'stdin' ? await readStdin(limit) : readInputFile(input, limit);
    } catch (error) {
      const problem: InputError = error instanceof InputError ? error : inputErrorFromSystem(error, label);
      read.failures.push(problem.message);
      continue;
    }
    if (jsonLines) readJsonLines(new TextDecoder().decode(bytes), label, read);
    else readRawArticle(bytes, label, read);
  }
  const seen = new Set<string>();
  const unique = read.records.filter((record) => {
    if (!seen.has(record.id)) return seen.add(record.id);
    read.failures.push(`${record.id}: id seen before; this record is left out`);
    return false;
  });
  return { records: unique, failures: read.failures };
}
