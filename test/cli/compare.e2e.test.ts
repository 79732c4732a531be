/**
 * `khabar dedupe` and `khabar link` end to end through the built CLI: raw
 * article files in a directory, JSON Lines of records (files and standard
 * input), `--threshold`, failures named with exit code 1, bad usage exit 2.
 * The articles are written for these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, khabar, makeTree, removeTree, requireCli } from './cli';

const HOSPITAL_BODY = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير، وقال المتحدث باسم الوزارة إن المستشفى سيخدم سكان الأحياء الشمالية.',
  'وأضاف أن العمل على المشروع استمر ثلاث سنوات بتكلفة بلغت مليار ريال، وأن التشغيل يبدأ الشهر المقبل بعد اكتمال التجهيزات.',
];
const SCHOOLS_BODY = ['قررت إدارة التعليم في جدة تعليق الدراسة في جميع المدارس يوم غد بسبب الأحوال الجوية وتوقعات بهطول أمطار غزيرة على المحافظة خلال الساعات المقبلة.'];

const raw = (title: string, paragraphs: string[], related: Array<[string, string]> = []): string =>
  [title, '', ...paragraphs.flatMap((text) => [text, '']), ...(related.length > 0 ? ['قراءة المزيد', '', ...related.flatMap(([story, teaser]) => [story, '', story, '', teaser, ''])] : [])].join('\n').trimEnd();

const record = (id: string, title: string, paragraphs: string[], related: Array<{ title: string; teaser: string | null; truncated: boolean }> = []): string =>
  JSON.stringify({ id, article: { title, caption: null, paragraphs, related } });

let tree: string;

beforeAll(() => {
  requireCli();
  tree = makeTree({
    'pages/hospital.txt': raw('افتتاح مستشفى جديد في الرياض', HOSPITAL_BODY),
    'pages/hospital-copy.txt': raw('افتتاحُ مستشفى جديد في الرياض', ['الرياض - واس: ' + HOSPITAL_BODY[0]!.replace(/أ/gu, 'ا'), 'تابعونا على تويتر']),
    'pages/schools.txt': raw('تعليق الدراسة في مدارس جدة', SCHOOLS_BODY),
    'pages/front.txt': raw('الصفحة الرئيسة', ['ارتفع المؤشر العام لسوق الأسهم في تعاملات اليوم بدعم من قطاع المصارف.'], [
      ['تعليق الدراسة في مدارس جدة - سبق', 'قررت إدارة التعليم في جدة تعليق الدراسة في جميع المدارس يوم غد بسبب'],
      ['انخفاض أسعار الذهب عالميا', 'تراجعت أسعار الذهب في التعاملات الآسيوية اليوم مع ارتفاع الدولار أمام'],
    ]),
    'records.jsonl': [
      record('hospital', 'افتتاح مستشفى جديد في الرياض', HOSPITAL_BODY),
      record('copy', 'افتتاح مستشفي جديد في الرياض', HOSPITAL_BODY.slice(0, 1)),
      record('schools', 'تعليق الدراسة في مدارس جدة', SCHOOLS_BODY),
      record('front', 'الصفحة الرئيسة', ['نص الصفحة'], [{ title: 'افتتاح مستشفى جديد فى الرياض', teaser: HOSPITAL_BODY[0]!.slice(0, 90), truncated: true }]),
      '',
      '{"path":"broken.txt","error":{"code":"parse-failed","message":"no article could be read"}}',
      '{"id": "half"',
    ].join('\n'),
  });
});

afterAll(() => removeTree(tree));

const lines = (stdout: string): unknown[] => stdout.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown);

describe('khabar dedupe', () => {
  it('groups near-duplicate raw articles in a directory', () => {
    const result = khabar(['dedupe', 'pages'], { cwd: tree });
    expect(result.status).toBe(0);
    const groups = lines(result.stdout) as Array<{ keep: string; duplicates: Array<{ id: string; similarity: number }> }>;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.keep).toBe('pages/hospital-copy.txt');
    expect(groups[0]!.duplicates.map((duplicate) => duplicate.id)).toEqual(['pages/hospital.txt']);
    expect(groups[0]!.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('reads JSON Lines records, names the lines that give no article and exits 1', () => {
    const result = khabar(['dedupe', 'records.jsonl'], { cwd: tree });
    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([{ keep: 'hospital', duplicates: [{ id: 'copy', similarity: expect.any(Number) }] }]);
    expect(result.stderr).toContain('records.jsonl:6: a failed input (no article could be read)');
    expect(result.stderr).toContain('records.jsonl:7: not valid JSON');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('reads standard input and honours --threshold', () => {
    const input = [record('a', 'خبر', HOSPITAL_BODY), record('b', 'خبر', HOSPITAL_BODY.slice(0, 1))].join('\n');
    expect(lines(khabar(['dedupe'], { input }).stdout)).toHaveLength(1);
    expect(lines(khabar(['dedupe', '--threshold', '1', '-'], { input }).stdout)).toHaveLength(1);
    const strict = khabar(['dedupe', '-t', '0.99', '-'], { input: [record('a', 'خبر', HOSPITAL_BODY), record('b', 'خبر آخر', [SCHOOLS_BODY[0]!])].join('\n') });
    expect(lines(strict.stdout)).toEqual([]);
  });

  it('refuses a bad threshold with exit code 2', () => {
    for (const value of ['2', 'high']) {
      const result = khabar(['dedupe', '--threshold', value, 'pages'], { cwd: tree });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--threshold');
    }
  });
});

describe('khabar dedupe and khabar link: inputs that never end', () => {
  it.runIf(process.platform === 'linux')('stop reading /dev/zero after its first piece, which is binary', () => {
    // It is read in pieces and refused at the first; before, it was read whole, as a file.
    for (const command of ['dedupe', 'link']) {
      const result = khabar([command, '/dev/zero', 'records.jsonl'], { cwd: tree });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('/dev/zero: looks like a binary file');
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('apply --max-bytes to raw files, JSON Lines files and standard input', () => {
    const small = khabar(['dedupe', '--max-bytes', '100', 'pages/hospital.txt', 'records.jsonl'], { cwd: tree });
    expect(small.status).toBe(1);
    expect(small.stderr).toContain('pages/hospital.txt: more than 100 bytes');
    expect(small.stderr).toContain('records.jsonl: more than 100 bytes');
    const input = khabar(['link', '--max-bytes', '1K', '-'], { cwd: tree, input: `${record('a', 'عنوان', ['نص'])}\n`.repeat(40) });
    expect(input.status).toBe(1);
    expect(input.stderr).toContain('more than 1 KiB');
    const bad = khabar(['dedupe', '--max-bytes', 'lots', 'pages'], { cwd: tree });
    expect(bad.status).toBe(2);
  });
});

describe('khabar link', () => {
  it('links related stories of raw pages, and a story without a target to nothing', () => {
    const result = khabar(['link', 'pages'], { cwd: tree });
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      { from: 'pages/front.txt', story: 0, title: 'تعليق الدراسة في مدارس جدة - سبق', to: 'pages/schools.txt', score: expect.any(Number) },
    ]);
  });

  it('links records read from JSON Lines', () => {
    const result = khabar(['link', 'records.jsonl', '--quiet'], { cwd: tree });
    expect(result.status).toBe(1);
    const links = lines(result.stdout) as Array<{ from: string; to: string }>;
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ from: 'front', story: 0 });
    expect(['hospital', 'copy']).toContain(links[0]!.to);
  });

  it('has help, and names unknown options', () => {
    expect(khabar(['link', '--help']).stdout).toContain('Usage: khabar link');
    expect(khabar(['help', 'dedupe']).stdout).toContain('Usage: khabar dedupe');
    const result = khabar(['link', '--treshold', '0.5', 'x']);
    expect(result.status).toBe(2);
  });
});
