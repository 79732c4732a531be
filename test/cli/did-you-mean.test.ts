/**
 * Errors that help (issue 14, item 5, the command-line half): a misspelt
 * command, flag or value gets the nearest valid name, British and American
 * spellings both; and the help of `parse` and `normalize` ends with examples.
 * The messages are built in-process from the same functions the CLI calls.
 */
import { describe, expect, it } from 'vitest';
import { byteSize, oneOf, parseCommandLine } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';
import { NORMALIZE_HELP, PARSE_HELP } from '../../src/cli/help';
import { STACK_TRACE, khabar, requireCli } from './cli';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  normalize: { type: 'string', short: 'n' },
  label: { type: 'string', multiple: true },
  'follow-links': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

function usageMessage(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('did you mean', () => {
  it.each([
    [['--fromat', 'json'], "unknown option '--fromat' (did you mean --format?)"],
    [['--fromat=json'], "unknown option '--fromat' (did you mean --format?)"],
    [['--normalise', 'search'], "unknown option '--normalise' (did you mean --normalize?)"],
    [['--follow-link'], "unknown option '--follow-link' (did you mean --follow-links?)"],
    [['-format', 'json'], "unknown option '-format' (did you mean --format?)"],
    [['--zzzzzz'], "unknown option '--zzzzzz'"],
    [['-x'], "unknown option '-x'"],
  ])('%j', (args, message) => {
    expect(usageMessage(() => parseCommandLine(args, OPTIONS))).toBe(message);
  });

  it('suggests the nearest value of an option, and lists them all', () => {
    expect(usageMessage(() => oneOf('jsnol', ['json', 'jsonl', 'markdown'], '--format'))).toBe(
      "invalid value 'jsnol' for --format (did you mean jsonl?); allowed: json, jsonl, markdown",
    );
    expect(usageMessage(() => oneOf('xml', ['json', 'jsonl', 'markdown'], '--format'))).toBe("invalid value 'xml' for --format; allowed: json, jsonl, markdown");
  });

  it('still reads short flags with their values, grouped flags and values after --', () => {
    expect(parseCommandLine(['-fjsonl', '-qn', 'search', '--', '--fromat'], OPTIONS)).toMatchObject({
      values: { format: 'jsonl', quiet: true, normalize: 'search' },
      positionals: ['--fromat'],
    });
    expect(parseCommandLine(['--label', 'تابع', '--label', 'شاهد'], OPTIONS).values.label).toEqual(['تابع', 'شاهد']);
  });

  it('reads --max-bytes sizes in bytes, K, M and G', () => {
    expect([byteSize('100', '--max-bytes'), byteSize('512K', '--max-bytes'), byteSize('64MiB', '--max-bytes'), byteSize('1g', '--max-bytes')]).toEqual([
      100,
      512 << 10,
      64 << 20,
      1 << 30,
    ]);
    for (const bad of ['0', '-5', '1.5M', '64 MB', 'lots', '', '1T']) expect(() => byteSize(bad, '--max-bytes'), bad).toThrow(UsageError);
  });

  it('names the command meant, from the built CLI', () => {
    requireCli();
    const result = khabar(['normalise', '--presett', 'search']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'normalise' (did you mean normalize?)");
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const flag = khabar(['normalize', '--diacritic', 'strip'], { input: '' });
    expect(flag.stderr).toContain("unknown option '--diacritic' (did you mean --diacritics?)");
  });
});

describe('help examples', () => {
  it.each([
    ['parse', PARSE_HELP],
    ['normalize', NORMALIZE_HELP],
  ])('khabar %s --help ends with 3 or 4 examples of the command', (command, help) => {
    const examples = help.split('\nExamples:\n')[1];
    expect(examples).toBeDefined();
    const lines = examples!.trimEnd().split('\n').filter((line) => line.startsWith(`  khabar ${command} `) || line.includes(`| khabar ${command} `));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(4);
  });
});
