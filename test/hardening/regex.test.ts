/**
 * No regular expression in `src/` can backtrack catastrophically: each is
 * checked by recheck, a ReDoS checker (automata theory where it applies,
 * fuzzing otherwise). Patterns written in the source are found by walking the
 * syntax tree; patterns a module builds at run time from other text are
 * observed while the public API runs with every preset and rule value, and
 * every such site must be observed, so none escapes the check.
 */
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';
import { collectRegexSites, type RegexSites } from './regex-sites';

interface Recheck {
  check(source: string, flags: string, params?: { timeout?: number }): Promise<{ status: 'safe' | 'vulnerable' | 'unknown'; attack?: { pattern: string } }>;
}

const { check } = createRequire(import.meta.url)('recheck') as Recheck;

/** A pattern built at run time, and where. */
interface Observed {
  file: string;
  line: number;
  source: string;
  flags: string;
}

const THIS_FILE = fileURLToPath(import.meta.url);

/** Where in `src/` the caller of the `RegExp` constructor is, from a stack trace; undefined for other callers. */
function callerInSource(stack: string): { file: string; line: number } | undefined {
  const frames = stack.split('\n').slice(1).filter((frame) => !frame.includes(THIS_FILE));
  const match = /\(?(\/[^():]+):(\d+):\d+\)?$/.exec(frames[0]?.trim() ?? '');
  if (!match || !match[1]!.includes('/src/')) return undefined;
  return { file: relative(ROOT, match[1]!), line: Number(match[2]) };
}

/** Runs `body` with the `RegExp` constructor watched; returns what `src/` built. */
async function observeRegExps(body: () => Promise<void>): Promise<Observed[]> {
  const Original = RegExp;
  const observed: Observed[] = [];
  const record = (args: unknown[]): void => {
    const where = callerInSource(new Error().stack ?? '');
    if (!where) return;
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    const flagText = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags);
    observed.push({ ...where, source, flags: flagText });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    await body();
  } finally {
    globalThis.RegExp = Original;
  }
  return observed;
}

/** Text that reaches every rule: mojibake, entities, quotes, dots, digits, marks, ligatures, bidi. */
const SAMPLE = [
  'قال المتحدث: "نعم" و«لا» و“ربما”... ؟؟ !! - 50% ٥٠٪ ٣.٥ 3,5',
  'ظ…ط±ط­ط¨ط§ Ù…Ø±Ø­Ø¨Ø§ &quot;خبر&quot; &#1605;&#x645; &nbsp;',
  'كَتَبَ ﻻ ﷺ ـــ \u200c\u200f\u202b ۱۲ یک',
].join('\n');

let sites: RegexSites;
let observed: Observed[];

beforeAll(async () => {
  sites = collectRegexSites();
  observed = await observeRegExps(async () => {
    // Imported here so that modules which build patterns when they load are watched too.
    const api = await import('../../src/index');
    const article = `عنوان الخبر\n\nعنوان الخبر\n${SAMPLE}\n\nاقرأ أيضا\n\nقصة\n\nقصة\n\nنص،`;
    for (const normalize of [false, ...api.NORMALIZE_PRESETS] as const) api.safeParseArticle(article, { normalize });
    api.decodeArticleBytes(new Uint8Array([0xc7, 0xe1, 0x0a, 0xd8, 0xa7, 0xff]));
    for (const preset of api.NORMALIZE_PRESETS) {
      api.normalizeArabic(SAMPLE, preset);
      for (const [name, values] of Object.entries(api.NORMALIZE_OPTION_VALUES)) {
        for (const value of values) api.normalizeArabicWithMap(SAMPLE, { preset, [name]: value } as never);
      }
      const normalizer = api.createIncrementalNormalizer(preset, { segmentLength: 8 });
      normalizer.push(SAMPLE);
      normalizer.end();
    }
    const result = api.safeParseArticle('عنوان\u0000\n\nنص \ufffd');
    const diagnostics = result.success ? result.diagnostics : result.error.diagnostics;
    for (const diagnostic of diagnostics) api.formatDiagnostic(diagnostic, 'عنوان\u0000\n\nنص \ufffd', { maxWidth: 10 });
  });
}, 120_000);

afterAll(() => {
  sites = undefined as never;
});

describe('regular expressions in src/', () => {
  it('are found', () => {
    // line-table.ts scans with one; a walk that finds none is broken.
    expect(sites.literals.some((pattern) => pattern.file.endsWith('line-table.ts'))).toBe(true);
  });

  it('built at run time were all observed while the API ran', () => {
    const unobserved = sites.dynamic.filter((site) => !observed.some((seen) => seen.file === site.file && seen.line === site.line));
    expect(unobserved, 'make these patterns literal, or reachable from the public API').toEqual([]);
  });

  it('cannot backtrack catastrophically (recheck: safe)', async () => {
    const patterns = new Map<string, string>();
    for (const { file, line, source, flags } of [...sites.literals, ...observed]) {
      const key = `/${source}/${flags}`;
      if (!patterns.has(key)) patterns.set(key, `${file}:${line}`);
    }
    const problems: string[] = [];
    for (const [key, where] of patterns) {
      const slash = key.lastIndexOf('/');
      const result = await check(key.slice(1, slash), key.slice(slash + 1), { timeout: 20_000 });
      if (result.status !== 'safe') problems.push(`${where} ${key}: ${result.status}${result.attack ? ` (attack ${result.attack.pattern})` : ''}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
