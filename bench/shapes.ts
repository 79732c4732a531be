/**
 * Inputs of any size for the linear-time and memory benchmarks: the specimen
 * grown as an ordinary article, and adversarial shapes that each stress one
 * part of the parser or the normaliser. Sizes are in bytes of UTF-8, as files are.
 */
import { growSpecimen } from './parse';

/** The shapes, by name. */
export const SHAPES = [
  'ordinary',
  'all marks',
  'all spaces',
  'one giant line',
  'alternating quotes',
  'nested quotes',
  'blank-line floods',
  'related stories',
  'damaged lines',
] as const;

/** One of {@link SHAPES}. */
export type Shape = (typeof SHAPES)[number];

/** What each shape stresses, for the printed tables. */
export const SHAPE_NOTES: Readonly<Record<Shape, string>> = {
  ordinary: 'the specimen body repeated between its head and related block',
  'all marks': 'lines of 100 harakat with no letter',
  'all spaces': 'lines of every kind of space and invisible mark',
  'one giant line': 'the specimen body joined into one line without a break',
  'alternating quotes': 'one line of words in " « » “ ” quotes, opened and closed in turn',
  'nested quotes': 'one line of « quotes opened millions deep, then closed',
  'blank-line floods': 'a paragraph, then 100,000 blank lines, repeated',
  'related stories': 'related blocks of 10,000 stories each: headline, echo, teaser',
  'damaged lines': 'lines holding NUL, a lone surrogate and U+FFFD: a diagnostic per line',
};

const HEAD = 'عنوان الخبر في سطر واحد\n\nعنوان الخبر في سطر واحد\nتعليق الصورة\n\n';

function repeatTo(unit: string, bytes: number, prefix = HEAD): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  const copies = Math.max(1, Math.round((bytes - Buffer.byteLength(prefix, 'utf8')) / unitBytes));
  const text = prefix + unit.repeat(copies);
  // A regular expression flattens the string, so it is one block like text read from a
  // file (a trip through UTF-8 would do it too, but would turn lone surrogates into U+FFFD).
  /$/.test(text);
  return text;
}

/** The body lines of the specimen, without its head and related block. */
function specimenBody(specimen: string): string[] {
  const lines = specimen.split('\n');
  const label = lines.findIndex((line) => line.trim() === 'قراءة المزيد');
  return lines.slice(5, label).filter((line) => line.trim() !== '');
}

/** An input of about `bytes` UTF-8 bytes of the given shape; each starts with a headline, so it parses. */
export function buildShape(shape: Shape, specimen: string, bytes: number): string {
  const body = specimenBody(specimen);
  switch (shape) {
    case 'ordinary':
      return Buffer.from(growSpecimen(specimen, bytes), 'utf8').toString('utf8');
    case 'all marks':
      return repeatTo(`${'\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d\u0670\u0653'.repeat(10)}\n`, bytes);
    case 'all spaces':
      return repeatTo(`${' \u00a0\t\u2003\u200b\u200f\ufeff\u3000 '.repeat(11)}\n`, bytes);
    case 'one giant line':
      return repeatTo(`${body.join(' ')} `, bytes);
    case 'alternating quotes':
      return repeatTo('قال "نعم" ثم «لا» وكتب “ربما” ', bytes);
    case 'nested quotes': {
      const depth = Math.max(1, Math.round((bytes - Buffer.byteLength(HEAD, 'utf8')) / 10));
      const text = `${HEAD}${'«ب '.repeat(depth)}نص${' ب»'.repeat(depth)}`;
      /$/.test(text);
      return text;
    }
    case 'blank-line floods':
      return repeatTo(`${body[0]}\n${'\n'.repeat(100_000)}`, bytes);
    case 'related stories': {
      // A read-more label, then stories until the size is reached; a new label every 10,000 stories.
      const parts: string[] = [HEAD, 'فقرة الخبر الوحيدة.\n\n'];
      let size = Buffer.byteLength(parts.join(''), 'utf8');
      for (let k = 0; size < bytes; k++) {
        const title = `خبر ذو صلة رقم ${k}`;
        const story = `${k % 10_000 === 0 ? 'قراءة المزيد\n\n' : ''}${title}\n\n${title}\n\n${body[k % body.length]!.slice(0, 280)}\n\n`;
        parts.push(story);
        size += Buffer.byteLength(story, 'utf8');
      }
      return Buffer.from(parts.join(''), 'utf8').toString('utf8');
    }
    case 'damaged lines':
      return repeatTo(`فقرة فيها \u0000 و\ud800 و\ufffd في وسطها\n`, bytes);
  }
}
