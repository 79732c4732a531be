/**
 * Generators of hostile input for the fuzz properties: text that mixes
 * Arabic, Latin, controls, lone surrogates, NUL and BOMs in the middle;
 * articles disturbed by random mutations; the huge shapes (100,000-unit
 * lines, 100,000 blank lines, 10,000 related stories); every read-more label
 * spelling inside paragraphs; bytes in every encoding, damaged; and option
 * objects built to pollute prototypes.
 */
import fc from 'fast-check';
import {
  INVISIBLE_CHARACTERS,
  READ_MORE_LABEL_SPELLINGS,
  SPACE_CHARACTERS,
  anyUnicodeString,
  arabicWord,
  articleRecord,
  blankLine,
  headline,
  hostileString,
  hostileUnit,
  junkArticle,
  lineEnd,
  normalizationText,
  paragraph,
  recordAsArticle,
  sentence,
  teaser,
  vocalisedText,
} from '../arbitraries';
import { formatArticle } from '../../src/format';

// ── text ────────────────────────────────────────────────────────────────────

/** Units that break naive code: NUL, BOM, lone surrogates, bidi controls, U+FFFD, noncharacters, line ends. */
export const TRAP_UNITS: readonly string[] = [
  '\u0000', '\ufeff', '\ud800', '\udfff', '\udbff\udfff', '\u202e', '\u2066', '\ufffd', '\ufffe', '\uffff',
  '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u007f', '\u009b', '\u0640', '\u0670',
];

/** One unit of {@link mixedText}: Arabic words and marks, Latin, digits, spaces, invisibles and traps. */
const mixedUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: arabicWord({ persian: true, presentationForms: true }), weight: 10 },
  { arbitrary: fc.constantFrom(' ', ' ', '، ', '. ', ': '), weight: 6 },
  { arbitrary: fc.constantFrom('Reuters', 'COVID-19', 'AFP', '2024', '٢٠٢٤', '۱۴۰۳', '👍', '🇸🇦'), weight: 2 },
  { arbitrary: fc.constantFrom(...TRAP_UNITS), weight: 3 },
  { arbitrary: fc.constantFrom(...SPACE_CHARACTERS, ...INVISIBLE_CHARACTERS), weight: 2 },
  { arbitrary: hostileUnit, weight: 2 },
);

/** Text that mixes Arabic, Latin, controls, lone surrogates, NUL and BOMs anywhere, line ends included. */
export const mixedText: fc.Arbitrary<string> = fc
  .array(mixedUnit, { maxLength: 120, size: 'medium' })
  .map((units) => units.join(''));

/** An ordinary article as the canonical layout writes it. */
export const canonicalArticle: fc.Arbitrary<string> = articleRecord().map((record) => formatArticle(recordAsArticle(record)));

/** One edit of {@link mutatedArticle}: at a relative position, insert, delete or duplicate. */
type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-line-end'; at: number; end: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(fc.constantFrom(...TRAP_UNITS), blankLine, fc.constantFrom(...READ_MORE_LABEL_SPELLINGS), hostileString, lineEnd),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('swap-line-end' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), end: lineEnd }),
);

function applyMutation(text: string, edit: Mutation): string {
  const at = Math.floor(edit.at * text.length);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate-line': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end);
      return `${text.slice(0, start)}${line}\n${text.slice(start)}`;
    }
    case 'swap-line-end': {
      const lf = text.indexOf('\n', at);
      return lf < 0 ? text : text.slice(0, lf) + edit.end + text.slice(lf + 1);
    }
  }
}

/** A canonical article with one to eight random edits: near-valid input, where parser bugs hide. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(canonicalArticle, fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([text, edits]) => edits.reduce(applyMutation, text));

/** Every read-more label spelling inside a paragraph, before, after or between words. */
export const labelInParagraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...READ_MORE_LABEL_SPELLINGS),
    fc.array(arabicWord(), { minLength: 1, maxLength: 4 }),
    fc.array(arabicWord(), { maxLength: 4 }),
    fc.constantFrom('', '.', '،', ':'),
  )
  .map(([label, before, after, end]) => [...before, label, ...after].join(' ') + end);

/** An article whose body and teasers carry read-more label spellings inside their text. */
export const labelsInsideParagraphs: fc.Arbitrary<string> = fc
  .tuple(headline, fc.array(fc.oneof(labelInParagraph, paragraph), { minLength: 1, maxLength: 8 }), fc.constantFrom(...READ_MORE_LABEL_SPELLINGS), headline, labelInParagraph)
  .map(([title, body, label, story, storyTeaser]) =>
    [title, '', title, '', ...body, '', label, '', story, '', story, '', storyTeaser].join('\n'),
  );

/**
 * Text as crawlers damage it: Arabic sentences partly turned into mojibake (their
 * UTF-8 read as windows-1256 or windows-1252) or HTML character references,
 * between clean ones.
 */
export const damagedText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(sentence, headline, mixedText),
      fc.constantFrom('clean', 'windows-1256', 'windows-1252', 'entities', 'numeric'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) =>
    parts
      .map(([text, damage]) => {
        if (damage === 'clean') return text;
        if (damage === 'entities') return text.replace(/"/g, '&quot;').replace(/ /g, '&nbsp;').replace(/«/g, '&laquo;');
        if (damage === 'numeric') return Array.from(text, (character, k) => (k % 3 === 0 ? `&#${character.codePointAt(0)};` : character)).join('');
        return new TextDecoder(damage).decode(new TextEncoder().encode(text));
      })
      .join(' '),
  );

/** Every kind of string the text properties take, small ones most of the time. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: mixedText, weight: 4 },
  { arbitrary: mutatedArticle, weight: 4 },
  { arbitrary: junkArticle, weight: 3 },
  { arbitrary: labelsInsideParagraphs, weight: 2 },
  { arbitrary: anyUnicodeString, weight: 2 },
  { arbitrary: hostileString, weight: 2 },
  { arbitrary: normalizationText, weight: 2 },
  { arbitrary: vocalisedText, weight: 1 },
  { arbitrary: canonicalArticle, weight: 2 },
  { arbitrary: damagedText, weight: 2 },
);

// ── huge shapes ─────────────────────────────────────────────────────────────

/** A line of 100,000–120,000 units, of Arabic sentences or of one repeated hostile unit. */
export const hugeLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(sentence, fc.constantFrom(...TRAP_UNITS, 'ـ', '\u064e', ' ', '"', '«', '\u200c'), mixedText), fc.integer({ min: 100_000, max: 120_000 }))
  .map(([unit, length]) => (unit.length === 0 ? 'ا' : unit).repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length));

/** An article with a 100,000-unit line as its headline, a paragraph, the label line or a teaser. */
export const hugeLineArticle: fc.Arbitrary<string> = fc
  .tuple(hugeLine, fc.integer({ min: 0, max: 4 }), headline, paragraph, teaser())
  .map(([huge, where, title, body, text]) => {
    const lines = [title, '', title, body, '', 'اقرأ أيضا', '', title, '', text];
    lines[[0, 3, 5, 7, 9][where]!] = huge;
    return lines.join('\n');
  });

/** 100,000 blank lines (of spaces, invisible marks and every line end) around and inside an article. */
export const blankFlood: fc.Arbitrary<string> = fc
  .tuple(canonicalArticle, blankLine, lineEnd, fc.integer({ min: 0, max: 2 }))
  .map(([article, blank, end, where]) => {
    const flood = (blank + (end === '\r' ? '\r\n' : end)).repeat(100_000);
    const lines = article.split('\n');
    const at = [0, Math.min(4, lines.length), lines.length][where]!;
    return [...lines.slice(0, at), flood, ...lines.slice(at)].join('\n');
  });

/** An article with 10,000 related stories, with and without echoes and teasers. */
export const manyStories: fc.Arbitrary<string> = fc
  .tuple(headline, paragraph, fc.array(fc.tuple(headline, fc.option(teaser()), fc.boolean()), { minLength: 1, maxLength: 5 }))
  .map(([title, body, shapes]) => {
    const lines = [title, '', title, '', body, '', 'قراءة المزيد'];
    for (let k = 0; k < 10_000; k++) {
      const [story, text, echo] = shapes[k % shapes.length]!;
      const numbered = `${story} ${k}`;
      lines.push('', numbered);
      if (echo) lines.push('', numbered);
      if (text !== null) lines.push('', text);
    }
    return lines.join('\n');
  });

/** One of the huge shapes. */
export const hugeText: fc.Arbitrary<string> = fc.oneof(hugeLineArticle, blankFlood, manyStories);

// ── bytes ───────────────────────────────────────────────────────────────────

let cp1256: Map<string, number> | undefined;

/** The windows-1256 byte of each character it has, read back from the runtime's own decoder. */
function windows1256Table(): Map<string, number> {
  if (!cp1256) {
    cp1256 = new Map();
    const decoder = new TextDecoder('windows-1256');
    for (let byte = 0; byte < 256; byte++) cp1256.set(decoder.decode(new Uint8Array([byte])), byte);
  }
  return cp1256;
}

/** Whether every character of `text` has a windows-1256 byte. */
export function fitsWindows1256(text: string): boolean {
  const table = windows1256Table();
  for (const character of text) if (!table.has(character)) return false;
  return true;
}

/** Encodes text as windows-1256; characters it lacks become `?`. */
export function encodeWindows1256(text: string): Uint8Array {
  const table = windows1256Table();
  return Uint8Array.from(Array.from(text, (character) => table.get(character) ?? 0x3f));
}

/** Encodes text as UTF-16 in either byte order, without a byte-order mark. */
export function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const utf8 = new TextEncoder();

/** An Arabic line with enough letters to carry evidence of its encoding, all of them in windows-1256. */
export const legacyLine: fc.Arbitrary<string> = fc
  .array(arabicWord({ diacritics: false, tatweel: false }), { minLength: 3, maxLength: 12 })
  .map((words) => words.join(' '))
  .filter(fitsWindows1256);

/** Lines each to be written in UTF-8 (`true`) or windows-1256 (`false`). */
export const mixedEncodingLines: fc.Arbitrary<Array<[string, boolean]>> = fc.array(fc.tuple(legacyLine, fc.boolean()), {
  minLength: 1,
  maxLength: 12,
});

/** Bytes damaged the ways scraped files are: flipped, dropped, inserted, cut off at the end. */
const byteDamage = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('flip', 'drop', 'insert', 'cut'), fc.integer({ min: 0, max: 255 })),
  { maxLength: 4 },
);

function damage(bytes: Uint8Array, edits: ReadonlyArray<readonly [number, string, number]>): Uint8Array {
  let out = Array.from(bytes);
  for (const [where, kind, value] of edits) {
    const at = Math.floor(where * out.length);
    if (kind === 'flip' && at < out.length) out[at] = value;
    else if (kind === 'drop') out.splice(at, 1);
    else if (kind === 'insert') out.splice(at, 0, value);
    else if (kind === 'cut') out = out.slice(0, Math.max(0, out.length - 1 - (value % 3)));
  }
  return Uint8Array.from(out);
}

/** Bytes of every kind: text in each encoding (with and without a mark), mixed lines, damaged, or random. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.tuple(anyText, byteDamage).map(([text, edits]) => damage(utf8.encode(text), edits)),
  fc.tuple(fc.oneof(canonicalArticle, legacyLine), byteDamage).map(([text, edits]) => damage(encodeWindows1256(text), edits)),
  fc.tuple(fc.oneof(canonicalArticle, mixedText), fc.boolean(), fc.boolean(), byteDamage).map(([text, littleEndian, bom, edits]) =>
    damage(concatBytes([bom ? encodeUtf16('\ufeff', littleEndian) : new Uint8Array(), encodeUtf16(text, littleEndian)]), edits),
  ),
  mixedEncodingLines.map((lines) => concatBytes(lines.map(([line, isUtf8]) => (isUtf8 ? utf8.encode(`${line}\n`) : encodeWindows1256(`${line}\n`))))),
  fc.uint8Array({ maxLength: 400 }),
);

// ── options ─────────────────────────────────────────────────────────────────

/** Keys that reach prototypes when code copies or merges objects carelessly. */
export const POLLUTING_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** A value that tries to pollute: `{ polluted: true }` nested under the dangerous keys. */
const pollutingValue: fc.Arbitrary<unknown> = fc.constantFrom(
  { polluted: true },
  { prototype: { polluted: true } },
  { __proto__: { polluted: true } },
  'polluted',
  ['polluted'],
);

/**
 * An object parsed from JSON, so `__proto__` is an own key (as it is in
 * options read from a configuration file), holding dangerous keys at the top
 * level, inside `normalize`, and as `labels`, next to valid options.
 */
export const pollutingOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.subarray([...POLLUTING_KEYS]),
    fc.subarray([...POLLUTING_KEYS]),
    pollutingValue,
    fc.option(fc.constantFrom('display', 'search', false), { nil: undefined }),
    fc.boolean(),
  )
  .map(([top, inner, value, normalize, labels]) => {
    const json: string[] = top.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    if (inner.length > 0) {
      json.push(`"normalize": {${inner.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`);
    } else if (normalize !== undefined) json.push(`"normalize": ${JSON.stringify(normalize)}`);
    if (labels) json.push(`"labels": ["__proto__", "constructor", "prototype", "طالع أيضا"]`);
    return JSON.parse(`{${json.join(', ')}}`) as Record<string, unknown>;
  });

/** Anything at all as an options argument: valid, invalid, polluting. */
export const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.record({ strict: fc.boolean(), normalize: fc.constantFrom(false, 'display', 'search', 'camel', 'lucene') }, { requiredKeys: [] }), weight: 4 },
  { arbitrary: pollutingOptions, weight: 3 },
  { arbitrary: fc.anything(), weight: 1 },
);
