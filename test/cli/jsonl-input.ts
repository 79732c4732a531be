/**
 * JSON Lines written for the `--input jsonl` tests: small articles, varied by
 * their index (the words are written for these tests), and a way to break
 * one line in the middle.
 */

const SUBJECTS = ['البلدية', 'الوزارة', 'الجامعة', 'المستشفى', 'النادي', 'المكتبة', 'الشركة'];
const ACTIONS = ['افتتحت', 'أعلنت', 'استقبلت', 'نظمت', 'أطلقت'];
const OBJECTS = ['مشروعا جديدا', 'حملة للتوعية', 'معرضا للكتاب', 'دورة تدريبية', 'برنامجا صيفيا'];

/** The raw text of article `index`: a title, its echo, two paragraphs, every third one with a related story. */
export function articleText(index: number): string {
  const subject = SUBJECTS[index % SUBJECTS.length]!;
  const action = ACTIONS[index % ACTIONS.length]!;
  const object = OBJECTS[(index >> 1) % OBJECTS.length]!;
  const title = `${subject} ${action} ${object} رقم ${index}`;
  const lines = [title, '', title, '', `${action} ${subject} اليوم ${object} في المدينة.`, `ويستمر العمل ${index % 30} يوما.`];
  if (index % 3 === 0) lines.push('', 'اقرأ أيضا', '', `${SUBJECTS[(index + 1) % SUBJECTS.length]} تفتح أبوابها`);
  return lines.join(index % 5 === 0 ? '\r\n' : '\n');
}

/** Line `index` of the test input: `{"id", "raw", "n"}`. */
export function articleLine(index: number): string {
  return JSON.stringify({ id: `a-${index}`, raw: articleText(index), n: index });
}

/** A line that is not JSON: a record cut short. */
export const BROKEN_LINE = '{"id": "broken", "raw": "نص مقطوع';

/** `count` lines, line `broken` (from 0) being {@link BROKEN_LINE}; ends with a line feed. */
export function jsonlInput(count: number, broken: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) lines.push(index === broken ? BROKEN_LINE : articleLine(index));
  return `${lines.join('\n')}\n`;
}

/**
 * Checks output lines against an input made by {@link jsonlInput}: exactly
 * one line per input line, each record with its input's id and `n`, and the
 * broken line an `invalid-json` error record at its line number. Returns the
 * first problem found, or `undefined`.
 */
export function checkOutput(output: string, count: number, broken: number): string | undefined {
  const lines = output.split('\n');
  if (lines.at(-1) !== '') return 'the output does not end with a line feed';
  lines.pop();
  if (lines.length !== count) return `${lines.length} output lines for ${count} input lines`;
  for (let index = 0; index < count; index++) {
    const record = JSON.parse(lines[index]!) as { id: unknown; n?: number; article?: { title: string }; error?: { code: string; line: number } };
    if (index === broken) {
      if (record.error?.code !== 'invalid-json' || record.error.line !== index + 1 || record.id !== null) {
        return `line ${index + 1} should be the error record of the broken line: ${lines[index]!.slice(0, 200)}`;
      }
      continue;
    }
    if (record.id !== `a-${index}` || record.n !== index || !record.article?.title.endsWith(`رقم ${index}`)) {
      return `line ${index + 1} does not answer input line ${index + 1}: ${lines[index]!.slice(0, 200)}`;
    }
  }
  return undefined;
}
