/**
 * fast-check generators for Arabic text, shared by every property test.
 *
 * `fc.string()` yields ASCII only, which would leave the Arabic paths of the
 * parser and the normaliser untested; these generators build Arabic words with
 * diacritics, tatweel and hamza forms, sentences with Arabic and Latin
 * punctuation and digits of three scripts, whole article records, and hostile
 * strings (lone surrogates, control characters, stray BOMs, mixed line ends).
 */
import fc from 'fast-check';
import type { Article, RelatedStory } from '../src/schema/article';
import { cleanText } from './helpers/lines';
import { endsWithTerminalPunctuation, looseKey, mayBeReadMoreLabel, readsAsLink } from './helpers/keys';

/** Characters as code-point strings, from a string literal. */
const chars = (text: string): string[] => Array.from(text);

/** Every code point from `from` to `to` inclusive, as strings. */
function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let cp = from; cp <= to; cp++) out.push(String.fromCodePoint(cp));
  return out;
}

// ── character sets ──────────────────────────────────────────────────────────

/** The 28 base letters of the Arabic alphabet plus teh marbuta and alef maqsura. */
export const ARABIC_LETTERS: readonly string[] = chars('ابتثجحخدذرزسشصضطظعغفقكلمنهويةى');

/** Hamza and its carriers, madda and wasla: ء أ إ آ ؤ ئ ٱ. */
export const HAMZA_FORMS: readonly string[] = chars('ءأإآؤئٱ');

/** Persian and Urdu letter forms seen in Arabic news text: ی ک گ پ چ ژ ۀ ھ. */
export const PERSIAN_LETTERS: readonly string[] = chars('یکگپچژۀھ');

/** Harakat, tanween, shadda and sukun (U+064B–U+0652) and superscript alef (U+0670). */
export const DIACRITICS: readonly string[] = [...range(0x064b, 0x0652), '\u0670'];

/** Tatweel (kashida), U+0640. */
export const TATWEEL = '\u0640';

/** Arabic comma, semicolon and question mark. */
export const ARABIC_PUNCTUATION: readonly string[] = ['،', '؛', '؟'];

/** Latin punctuation common in Arabic news text. */
export const LATIN_PUNCTUATION: readonly string[] = ['.', ',', ':', '!', '…', '"'];

/** Opening and closing quote pairs of the three styles news sites mix. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

/** Digits 0–9 in Western, Arabic-Indic (U+0660) and extended Arabic-Indic (U+06F0) scripts. */
export const DIGIT_SCRIPTS: ReadonlyArray<readonly string[]> = [
  chars('0123456789'),
  range(0x0660, 0x0669),
  range(0x06f0, 0x06f9),
];

/** Arabic presentation forms: the contextual letter forms and lam-alef ligatures (U+FE80–U+FEFC). */
export const PRESENTATION_FORMS: readonly string[] = range(0xfe80, 0xfefc);

/** In-line white space the format treats as blank: space, tab, NBSP, other Unicode spaces. */
export const SPACE_CHARACTERS: readonly string[] = [
  ...chars(' \t\u000b\u000c\u00a0\u1680'),
  ...range(0x2000, 0x200a),
  ...chars('\u202f\u205f\u3000'),
];

/** Invisible marks the format treats as blank: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, bidi controls, soft hyphen, word joiner. */
export const INVISIBLE_CHARACTERS: readonly string[] = [
  ...chars('\u00ad\u061c\u180e\u2060\ufeff'),
  ...range(0x200b, 0x200f),
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
];

/** The five line terminators of the format: LF, CRLF, CR, U+2028, U+2029. */
export const LINE_ENDS: readonly string[] = ['\n', '\r\n', '\r', '\u2028', '\u2029'];

/**
 * Spellings of the read-more label as sites write them: the names FORMAT.md
 * lists, with trailing colons, diacritics, tatweel and both tanween placements.
 */
export const READ_MORE_LABEL_SPELLINGS: readonly string[] = [
  'قراءة المزيد', 'قراءة المزيد:', 'قِرَاءَةُ المَزِيدِ',
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ أيضًا', 'اقرأ أيضا:', 'إقرأ أيضا', 'اقـــرأ أيضـــا',
  'اقرأ المزيد', 'المزيد', 'المزيد:',
  'أخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'مقالات ذات صلة：',
  'شاهد أيضا', 'شاهد أيضاً',
];

// ── characters and words ────────────────────────────────────────────────────

/** One Arabic base letter, hamza form included. */
export const arabicLetter: fc.Arbitrary<string> = fc.constantFrom(...ARABIC_LETTERS, ...HAMZA_FORMS);

/** One diacritic (haraka, tanween, shadda, sukun or superscript alef). */
export const diacritic: fc.Arbitrary<string> = fc.constantFrom(...DIACRITICS);

/** Zero to two diacritics to put after a letter; empty most of the time. */
export const diacriticCluster: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  { arbitrary: diacritic, weight: 2 },
  { arbitrary: fc.tuple(diacritic, diacritic).map(([a, b]) => a + b), weight: 1 },
);

/** What {@link arabicWord} may put into a word besides plain letters. */
export interface ArabicWordOptions {
  /** Diacritics after letters (default true). */
  diacritics?: boolean;
  /** Tatweel between letters (default true). */
  tatweel?: boolean;
  /** Persian/Urdu letter forms, with ZWNJ between letters now and then (default false). */
  persian?: boolean;
  /** Presentation forms instead of some letters (default false). */
  presentationForms?: boolean;
}

/**
 * An Arabic word of 2–7 letters, with random diacritics and tatweel as asked.
 *
 * @example fc.sample(arabicWord(), 3) // e.g. ['كَتبـب', 'أإسم', 'ؤلاّ']
 */
export function arabicWord(options: ArabicWordOptions = {}): fc.Arbitrary<string> {
  const { diacritics = true, tatweel = true, persian = false, presentationForms = false } = options;
  const letters: Array<fc.WeightedArbitrary<string>> = [{ arbitrary: arabicLetter, weight: 10 }];
  if (persian) letters.push({ arbitrary: fc.constantFrom(...PERSIAN_LETTERS), weight: 3 });
  if (presentationForms) letters.push({ arbitrary: fc.constantFrom(...PRESENTATION_FORMS), weight: 3 });
  const joiner = fc.oneof(
    { arbitrary: fc.constant(''), weight: 12 },
    { arbitrary: fc.constant(tatweel ? TATWEEL : ''), weight: 1 },
    { arbitrary: fc.constant(persian ? '\u200c' : ''), weight: 1 },
  );
  const unit = fc
    .tuple(fc.oneof(...letters), diacritics ? diacriticCluster : fc.constant(''), joiner)
    .map(([letter, marks, join]) => letter + marks + join);
  return fc.array(unit, { minLength: 2, maxLength: 7 }).map((units) => {
    const word = units.join('');
    // A joiner after the last letter would sit at a word edge; keep it inside.
    return word.endsWith(TATWEEL) || word.endsWith('\u200c') ? word.slice(0, -1) : word;
  });
}

/** A Latin word of 1–8 letters, as in brand names and acronyms. */
export const latinWord: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((letters) => letters.join(''));

/** A number of 1–4 digits in one script (Western, Arabic-Indic or extended Arabic-Indic). */
export const digitRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DIGIT_SCRIPTS), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }))
  .map(([digits, values]) => values.map((value) => digits[value]).join(''));

/** One word-sized token of a sentence: mostly Arabic words, sometimes Latin words, numbers, quoted phrases or a label word used in running text. */
export const sentenceToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: arabicWord(), weight: 12 },
  { arbitrary: arabicWord({ persian: true, presentationForms: true }), weight: 1 },
  { arbitrary: latinWord, weight: 1 },
  { arbitrary: digitRun, weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...QUOTE_PAIRS), fc.array(arabicWord(), { minLength: 1, maxLength: 3 }))
      .map(([[open, close], words]) => open + words.join(' ') + close),
    weight: 1,
  },
  { arbitrary: fc.constantFrom('المزيد', 'أيضا', 'ذات صلة', 'قراءة المزيد'), weight: 1 },
);

/** What goes between two tokens of a sentence: a space, or a comma and a space, now and then NBSP or a double space. */
export const tokenSeparator: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 20 },
  { arbitrary: fc.constantFrom('، ', ', ', '؛ ', ' - ', ' – '), weight: 3 },
  { arbitrary: fc.constantFrom('\u00a0', '  ', ' \u200f'), weight: 1 },
);

/** Words of a sentence joined by separators, with no terminal punctuation. */
function clause(minTokens: number, maxTokens: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      sentenceToken,
      fc.array(fc.tuple(tokenSeparator, sentenceToken), { minLength: minTokens - 1, maxLength: maxTokens - 1 }),
    )
    .map(([first, rest]) => first + rest.map(([separator, token]) => separator + token).join(''));
}

/** Terminal punctuation, optionally followed by a closing quote or bracket: ends a complete sentence. */
export const sentenceEnd: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('.', '.', '.', '!', '?', '؟', '…', '...'),
    fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, fc.constantFrom('"', '»', '”', ')', '’')),
  )
  .map(([terminal, closing]) => terminal + closing);

/**
 * An Arabic sentence of 3–14 tokens ending with terminal punctuation.
 *
 * @example fc.sample(sentence, 1) // e.g. ['قالت الوزارة، في بيان «جديد» إن 3 مشاريع بدأت.']
 */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(clause(3, 14), sentenceEnd)
  .map(([words, end]) => words + end);

/**
 * A headline of 3–10 tokens, sometimes opening with a dateline or speaker and
 * a colon (`موسكو: …`), sometimes ending with `!` or `؟`.
 */
export const headline: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(arabicWord({ diacritics: false }).map((place) => place + ': '), { freq: 3 }),
    clause(3, 10),
    fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, fc.constantFrom('!', '؟', '...')),
  )
  .map(([dateline, words, end]) => (dateline ?? '') + words + end);

/** An image caption: a short clause, with or without a final full stop. */
export const caption: fc.Arbitrary<string> = fc
  .tuple(clause(3, 12), fc.constantFrom('', '', '.'))
  .map(([words, end]) => words + end);

/** A body paragraph: one to three sentences; the last may lack its full stop. */
export const paragraph: fc.Arbitrary<string> = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([sentences, dropLastStop]) => {
    const text = sentences.join(' ');
    return dropLastStop && text.endsWith('.') && !text.endsWith('..') ? text.slice(0, -1) : text;
  });

/**
 * A related-story teaser, truncated (stops after a word or a comma, as teasers
 * cut at a word boundary do) or complete (ends with terminal punctuation, maybe
 * followed by a closing quote). Without an argument, either kind.
 */
export function teaser(kind?: 'truncated' | 'complete'): fc.Arbitrary<string> {
  const truncated = fc
    .tuple(clause(4, 24), fc.constantFrom('', '', '،', ',', ' -', ':'))
    .map(([words, end]) => words + end);
  const complete = fc.tuple(clause(4, 24), sentenceEnd).map(([words, end]) => words + end);
  if (kind === 'truncated') return truncated;
  if (kind === 'complete') return complete;
  return fc.oneof(truncated, complete);
}

/** One spelling of the read-more label from {@link READ_MORE_LABEL_SPELLINGS}. */
export const readMoreLabel: fc.Arbitrary<string> = fc.constantFrom(...READ_MORE_LABEL_SPELLINGS);

// ── records ─────────────────────────────────────────────────────────────────

/** A related story without spans; an inline story's label is its text. */
export type StoryRecord = Omit<RelatedStory, 'spans' | 'label'> & { label: string | null };

/** An article's text fields: an {@link Article} without spans. */
export type ArticleRecord = Omit<Article, 'spans' | 'related'> & { related: StoryRecord[] };

/**
 * A related story of the block after the body; its teaser is missing one time
 * in five, and `truncated` follows from the teaser's last characters.
 */
export const storyRecord: fc.Arbitrary<StoryRecord> = fc
  .tuple(headline, fc.option(teaser(), { freq: 5 }))
  .map(([title, text]) => ({
    title,
    teaser: text,
    truncated: text !== null && !endsWithTerminalPunctuation(text),
    placement: 'block' as const,
    label: null,
    afterParagraph: null,
  }));

/** A "read also" box inside the body: a label spelling, one to four link headlines, and where it stands (any natural number, reduced to a paragraph index). */
export interface InlineBoxRecord {
  label: string;
  links: string[];
  at: number;
}

/**
 * A link line of a "read also" box: a short headline of 2–8 tokens, sometimes
 * a question, an exclamation or cut with an ellipsis.
 */
export const linkHeadline: fc.Arbitrary<string> = fc
  .tuple(clause(2, 8), fc.constantFrom('', '', '', '؟', '?', '!', '...', '…'))
  .map(([words, end]) => words + end);

/** A box of {@link InlineBoxRecord}: 1–4 headline links under a label spelling. */
export const inlineBox: fc.Arbitrary<InlineBoxRecord> = fc.record({
  label: fc.constantFrom(...READ_MORE_LABEL_SPELLINGS),
  links: fc.array(linkHeadline, { minLength: 1, maxLength: 4 }),
  at: fc.nat(),
});

/** The inline stories of `boxes` in page order, for a body of `paragraphs` paragraphs. */
export function inlineStories(boxes: readonly InlineBoxRecord[], paragraphs: number): StoryRecord[] {
  return boxes
    .map((box) => ({ ...box, after: (box.at % (paragraphs + 1)) - 1 }))
    .sort((a, b) => a.after - b.after)
    .flatMap((box) =>
      box.links.map((title) => ({
        title,
        teaser: null,
        truncated: false,
        placement: 'inline' as const,
        label: box.label,
        afterParagraph: box.after,
      })),
    );
}

/** The body as `formatArticle` writes it: each line's text, and whether it is an inline label. */
function writtenBody(record: ArticleRecord): Array<{ text: string; label: boolean; after: boolean }> {
  const inline = record.related.filter((story) => story.placement === 'inline');
  const out: Array<{ text: string; label: boolean; after: boolean }> = [];
  let next = 0;
  const boxes = (index: number): void => {
    while (next < inline.length && inline[next]!.afterParagraph === index) {
      const label = inline[next]!.label!;
      out.push({ text: label, label: true, after: false });
      while (next < inline.length && inline[next]!.afterParagraph === index && inline[next]!.label === label) {
        out.push({ text: inline[next]!.title, label: false, after: false });
        next++;
      }
      out.push({ text: '', label: false, after: true }); // marks the end of a box
    }
  };
  boxes(-1);
  record.paragraphs.forEach((paragraph, index) => {
    out.push({ text: paragraph, label: false, after: false });
    boxes(index);
  });
  return out;
}

/**
 * Whether the inline boxes of a record read back as written: each link reads
 * as a link, the paragraph right after a box does not, and within four lines
 * of a box's label no line repeats the line before it (that would read as the
 * related block's echoed structure).
 */
function inlineBoxesUnambiguous(record: ArticleRecord): boolean {
  const inline = record.related.filter((story) => story.placement === 'inline');
  if (!inline.every((story) => readsAsLink(story.title) && story.label !== null && mayBeReadMoreLabel(story.label))) return false;
  const marked = writtenBody(record);
  const body = marked.filter((line) => !line.after);
  // The line after each box's end marker is a paragraph or another box's label.
  for (let k = 0; k < marked.length; k++) {
    if (!marked[k]!.after) continue;
    const next = marked[k + 1];
    if (next !== undefined && !next.label && !next.after && readsAsLink(next.text)) return false;
  }
  for (let k = 0; k < body.length; k++) {
    if (!body[k]!.label) continue;
    for (let j = k + 1; j + 1 < body.length && j + 1 <= k + 4 && !body[j]!.label && !body[j + 1]!.label; j++) {
      if (looseKey(body[j]!.text) === looseKey(body[j + 1]!.text)) return false;
    }
  }
  return true;
}

/**
 * Whether a record can be written out and read back only one way. It rejects
 * what is genuinely ambiguous in the format:
 * - a field that is not clean text on one line (empty, surrounded by white
 *   space or invisible marks, or holding a line break);
 * - a field other than the labels that reads as a read-more label;
 * - a caption or paragraph that repeats the headline (it would read as an echo);
 * - in the related block, a teaser equal to a story title, or two stories with
 *   the same title (either would read as a title followed by its echo);
 * - block stories without a label, or a `truncated` flag that contradicts the teaser;
 * - an inline link that does not read as a link, a paragraph after a box that
 *   does, or a repeated line near a box's label.
 * Equality here is {@link looseKey}, which folds more than the parser does.
 */
export function isUnambiguousRecord(record: ArticleRecord): boolean {
  const isCleanLine = (text: string): boolean =>
    text.length > 0 && cleanText(text) === text && !/[\n\r\u2028\u2029]/.test(text);
  const fields = [
    record.title,
    ...(record.caption === null ? [] : [record.caption]),
    ...record.paragraphs,
    ...record.related.flatMap((story) => (story.teaser === null ? [story.title] : [story.title, story.teaser])),
  ];
  if (!fields.every((field) => isCleanLine(field) && !mayBeReadMoreLabel(field))) return false;
  if (record.readMoreLabel !== null && !(isCleanLine(record.readMoreLabel) && mayBeReadMoreLabel(record.readMoreLabel))) {
    return false;
  }
  const block = record.related.filter((story) => story.placement === 'block');
  if (record.readMoreLabel === null && block.length > 0) return false;
  const titleKey = looseKey(record.title);
  const body = [...(record.caption === null ? [] : [record.caption]), ...record.paragraphs];
  if (body.some((text) => looseKey(text) === titleKey)) return false;
  const storyTitles = block.map((story) => looseKey(story.title));
  if (new Set(storyTitles).size !== storyTitles.length) return false;
  const teaserKeys = block.flatMap((story) => (story.teaser === null ? [] : [looseKey(story.teaser)]));
  if (teaserKeys.some((key) => storyTitles.includes(key))) return false;
  if (!inlineBoxesUnambiguous(record)) return false;
  return block.every(
    (story) => story.truncated === (story.teaser !== null && !endsWithTerminalPunctuation(story.teaser)),
  );
}

/** What {@link articleRecord} may leave out, to cover the record's optional parts. */
export interface ArticleRecordOptions {
  /** Maximum number of body paragraphs (default 6). */
  maxParagraphs?: number;
  /** Maximum number of related stories in the block after the body (default 4). */
  maxStories?: number;
  /** Maximum number of "read also" boxes inside the body, each of 1–4 links (default 3). */
  maxInlineBoxes?: number;
}

/**
 * A whole article record (valid per `ArticleSchema` minus spans) that
 * {@link isUnambiguousRecord} accepts: caption present or `null`, zero or more
 * paragraphs, zero to three "read also" boxes of one to four links at random
 * places in the body, a read-more label or none, related stories with and
 * without teasers. A label without stories happens too.
 *
 * @example fc.assert(fc.property(articleRecord(), (record) => record.title.length > 0));
 */
export function articleRecord(options: ArticleRecordOptions = {}): fc.Arbitrary<ArticleRecord> {
  const { maxParagraphs = 6, maxStories = 4, maxInlineBoxes = 3 } = options;
  return fc
    .record({
      title: headline,
      caption: fc.option(caption, { freq: 3 }),
      paragraphs: fc.array(paragraph, { maxLength: maxParagraphs }),
      readMoreLabel: fc.option(readMoreLabel, { freq: 4 }),
      related: fc.array(storyRecord, { maxLength: maxStories }),
      boxes: fc.array(inlineBox, { maxLength: maxInlineBoxes }),
    })
    .map(({ boxes, ...record }) => ({
      ...record,
      related: [...inlineStories(boxes, record.paragraphs.length), ...(record.readMoreLabel === null ? [] : record.related)],
    }))
    .filter(isUnambiguousRecord);
}

const NO_SPAN = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * A generated record as an `Article`, with placeholder spans (all at offset 0)
 * where the record has a part: enough for `ArticleSchema` and `formatArticle`,
 * which ignores spans.
 *
 * @example formatArticle(recordAsArticle(record))
 */
export function recordAsArticle(record: ArticleRecord): Article {
  return {
    ...record,
    related: record.related.map((story) => ({
      ...story,
      label: story.label === null ? null : { text: story.label, span: NO_SPAN },
      spans: { title: NO_SPAN, titleEcho: null, teaser: story.teaser === null ? null : NO_SPAN },
    })),
    spans: {
      title: NO_SPAN,
      titleEcho: NO_SPAN,
      caption: record.caption === null ? null : NO_SPAN,
      paragraphs: record.paragraphs.map(() => NO_SPAN),
      readMoreLabel: record.readMoreLabel === null ? null : NO_SPAN,
    },
  };
}

/**
 * Article records with spans filled by parsing: each generated record written
 * out by `format` and read back by `parse`. Both are passed in so that this
 * module does not depend on the parser (the normaliser's tests use it too).
 *
 * @example parsedArticle(formatArticle, (raw) => parseArticle(raw, { normalize: false }))
 */
export function parsedArticle(
  format: (article: Article) => string,
  parse: (raw: string) => Article,
): fc.Arbitrary<{ record: ArticleRecord; raw: string; article: Article }> {
  return articleRecord().map((record) => {
    const raw = format(recordAsArticle(record));
    return { record, raw, article: parse(raw) };
  });
}

// ── hostile input ───────────────────────────────────────────────────────────

/** A lone UTF-16 surrogate (U+D800–U+DFFF), which no valid string holds. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));

/** A C0 control character (NUL to U+001F, line feeds included), DEL, or a C1 control. */
export const controlCharacter: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((unit) => String.fromCharCode(unit));

/** One of the five line terminators. */
export const lineEnd: fc.Arbitrary<string> = fc.constantFrom(...LINE_ENDS);

/** One space or invisible mark that the format treats as blank. */
export const blankCharacter: fc.Arbitrary<string> = fc.constantFrom(...SPACE_CHARACTERS, ...INVISIBLE_CHARACTERS);

/** The content of a blank line: zero to four spaces and invisible marks. */
export const blankLine: fc.Arbitrary<string> = fc
  .array(blankCharacter, { maxLength: 4 })
  .map((units) => units.join(''));

/** Any single code point, or a lone surrogate: the unit of {@link anyUnicodeString}. */
export const anyUnicodeUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 6 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: controlCharacter, weight: 1 },
);

/** Any string at all: every plane, lone surrogates, NUL and other controls. */
export const anyUnicodeString: fc.Arbitrary<string> = fc.string({ unit: anyUnicodeUnit, maxLength: 400, size: 'medium' });

/**
 * One unit of hostile text: lone surrogates, controls, line ends, blank marks,
 * a BOM, Arabic letters and marks, any other code point.
 */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  loneSurrogate,
  controlCharacter,
  lineEnd,
  blankCharacter,
  fc.constant('\ufeff'),
  arabicLetter,
  diacritic,
  fc.constant(TATWEEL),
  fc.constantFrom(...PRESENTATION_FORMS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** A string of hostile units: BOMs in the middle, mixed line ends, controls, lone surrogates. */
export const hostileString: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 200, size: 'medium' });

/**
 * A line of Arabic text 2,000–20,000 code units long, made of repeated
 * sentences: long enough to expose quadratic work, short enough to run often.
 */
export const longLine: fc.Arbitrary<string> = fc
  .tuple(sentence, fc.integer({ min: 2_000, max: 20_000 }))
  .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length));

/**
 * A deterministic line of `length` code units of Arabic text with no line
 * break, for the one-megabyte cases.
 */
export function veryLongLine(length: number): string {
  const text = 'قالت الوزارة في بيان إن المشروع الجديد يضم ١٢ مدرسة و3 مستشفيات، ';
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** A line of an article-like junk text, or a reference to an earlier line to repeat it. */
type JunkLine = { text: string } | { repeat: number; padding: [string, string] };

const junkLine: fc.Arbitrary<JunkLine> = fc.oneof(
  { arbitrary: headline.map((text) => ({ text })), weight: 3 },
  { arbitrary: teaser().map((text) => ({ text })), weight: 3 },
  { arbitrary: readMoreLabel.map((text) => ({ text })), weight: 2 },
  { arbitrary: blankLine.map((text) => ({ text })), weight: 3 },
  { arbitrary: hostileString.map((text) => ({ text })), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.nat(), blankLine, blankLine)
      .map(([repeat, before, after]) => ({ repeat, padding: [before, after] as [string, string] })),
    weight: 3,
  },
);

/**
 * Text shaped like an article but scrambled: headlines, teasers, labels, blank
 * lines and hostile strings in any order, with earlier lines repeated (so
 * echoes occur anywhere), joined by random line ends, maybe behind a BOM.
 */
export const junkArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(junkLine, lineEnd), { maxLength: 40, size: 'medium' }),
  )
  .map(([bom, lines]) => {
    const texts: string[] = [];
    let out = bom ? '\ufeff' : '';
    for (const [line, end] of lines) {
      const text =
        'text' in line
          ? line.text
          : texts.length === 0
            ? line.padding.join('')
            : line.padding[0] + texts[line.repeat % texts.length]! + line.padding[1];
      texts.push(text);
      out += text + end;
    }
    return out;
  });

// ── normalisation generators ──
// Text for the normaliser's property tests: every Arabic rule family in one
// alphabet (all mark classes, decomposed hamza, presentation forms and
// honorifics, digits and separators of three scripts, invisibles, every space
// and line break), mixed with Latin, CJK and emoji that must pass untouched.

/** Code points of the Arabic mark classes the normaliser controls separately. */
export const NORMALIZATION_MARKS: readonly string[] = [
  ...range(0x064b, 0x065f), // tanween, harakat, shadda, sukun, maddah/hamza, extended vowel signs
  '\u0670', // superscript alef
  ...range(0x0610, 0x061a), // Quranic signs above letters
  ...range(0x06d6, 0x06dc),
  ...range(0x06df, 0x06e4),
  '\u06e7', '\u06e8', '\u06ea', '\u06eb', '\u06ec', '\u06ed',
  ...range(0x0897, 0x089f), // Unicode 14+ marks
  ...range(0x08ca, 0x08e1),
  ...range(0x08e3, 0x08ff),
  ...range(0x10efa, 0x10eff), // astral Quranic marks
];

/** Letters and letter-like characters the folding rules touch, plus a few they must not. */
export const NORMALIZATION_LETTERS: readonly string[] = chars(
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي' + 'ءآأإؤئٱٲٳٵ' + 'ىة' + 'یکڪەھہۀۂۃےۓگپچژ' + 'ۥۦ',
);

/** Sequences that NFC composes: ا+ٓ ا+ٔ ا+ٕ و+ٔ ي+ٔ ە+ٔ ہ+ٔ ے+ٔ. */
export const DECOMPOSED_HAMZA: readonly string[] = [
  'ا\u0653', 'ا\u0654', 'ا\u0655', 'و\u0654', 'ي\u0654', 'ە\u0654', 'ہ\u0654', 'ے\u0654',
];

/** Presentation forms of both blocks, honorific ligatures and the rial sign included. */
export const NORMALIZATION_FORMS: readonly string[] = [
  ...range(0xfb50, 0xfdff),
  ...range(0xfe70, 0xfefc),
].filter((form) => /\P{Cn}/u.test(form));

/** Text other scripts bring into Arabic news, which the normaliser must not change. */
export const FOREIGN_TEXT: readonly string[] = [
  'Reuters', 'COVID-19', 'naïve', 'e\u0301', '北京', '東京都', '👍', '👨‍👩‍👧', '🏳️‍🌈', '1️⃣', '🇸🇦', '½', '€',
];

/** One unit of {@link normalizationText}. */
export const normalizationUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NORMALIZATION_LETTERS), weight: 30 },
  { arbitrary: fc.constantFrom(...NORMALIZATION_MARKS), weight: 10 },
  { arbitrary: fc.constantFrom(...DECOMPOSED_HAMZA), weight: 2 },
  { arbitrary: fc.constant(TATWEEL), weight: 2 },
  { arbitrary: fc.constantFrom(...NORMALIZATION_FORMS), weight: 3 },
  { arbitrary: fc.constantFrom(...DIGIT_SCRIPTS.flat()), weight: 4 },
  { arbitrary: fc.constantFrom('٫', '٬', '.', ',', '٪', '%'), weight: 2 },
  { arbitrary: fc.constantFrom(...SPACE_CHARACTERS.filter((space) => space !== '\u000b' && space !== '\u000c')), weight: 8 },
  { arbitrary: fc.constantFrom(' ', ' ', ' '), weight: 8 },
  { arbitrary: fc.constantFrom(...LINE_ENDS, '\u000b', '\u000c', '\u0085'), weight: 2 },
  { arbitrary: fc.constantFrom(...INVISIBLE_CHARACTERS, '\u200c', '\u200c', '\u200d'), weight: 3 },
  { arbitrary: fc.constantFrom(...ARABIC_PUNCTUATION, '«', '»', '(', ')', '-', '۔', '۞', '\u06dd'), weight: 2 },
  { arbitrary: fc.constantFrom(...FOREIGN_TEXT), weight: 2 },
);

/**
 * Arabic-heavy text exercising every normalisation rule: letters of all
 * folding groups, marks of every class (in any order, repeated, orphaned),
 * decomposed hamza, presentation forms, digits and separators, invisibles,
 * spaces and line breaks, and foreign text.
 *
 * @example fc.assert(fc.property(normalizationText, (text) => normalizeArabic(text).length >= 0));
 */
export const normalizationText: fc.Arbitrary<string> = fc.string({
  unit: normalizationUnit,
  maxLength: 120,
  size: 'medium',
});

/** A Quranic-style word: letters each followed by up to four marks, tatweel as a mark carrier now and then. */
export const vocalisedWord: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ arbitrary: fc.constantFrom(...NORMALIZATION_LETTERS), weight: 8 }, { arbitrary: fc.constant(TATWEEL), weight: 1 }),
      fc.array(fc.constantFrom(...NORMALIZATION_MARKS), { maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((units) => units.map(([letter, marks]) => letter + marks.join('')).join(''));

/** Words of {@link vocalisedWord}, separated by single spaces. */
export const vocalisedText: fc.Arbitrary<string> = fc
  .array(vocalisedWord, { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));
