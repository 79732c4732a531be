/**
 * docs/cli.md and the built-in help describe the same command line: every
 * option of every command, every normalisation rule flag and every input
 * error code appears in both places where it belongs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTION_NAMES } from '../../src/normalize';
import { flagOf } from '../../src/cli/args';
import { INPUT_ERROR_CODES } from '../../src/cli/errors';
import { MAIN_HELP, NORMALIZE_HELP, PARSE_HELP, SCHEMA_HELP } from '../../src/cli/help';
import { DEDUPE_HELP, LINK_HELP } from '../../src/cli/compare-help';
import { ROOT } from '../helpers/run';

const DOC = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');

/** The long options a help text lists (`--format`, `--out` …). */
function longOptions(help: string): string[] {
  return [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
}

describe('docs/cli.md', () => {
  it('documents every option of every command', () => {
    for (const help of [MAIN_HELP, PARSE_HELP, NORMALIZE_HELP, SCHEMA_HELP, DEDUPE_HELP, LINK_HELP]) {
      for (const option of longOptions(help)) expect(DOC, option).toMatch(new RegExp(`[\\s\`,(]${option}[\\s\`,)]`));
    }
  });

  it('names every normalisation rule flag, and the help lists each with its values', () => {
    for (const name of NORMALIZE_OPTION_NAMES) {
      expect(DOC).toContain(`\`${flagOf(name)}\``);
      expect(NORMALIZE_HELP).toContain(`${flagOf(name)} VALUE`);
    }
  });

  it('lists every input error code in its table', () => {
    for (const code of INPUT_ERROR_CODES) expect(DOC).toContain(`| \`${code}\` |`);
  });

  it('lists the three exit codes', () => {
    for (const code of [0, 1, 2]) expect(DOC).toContain(`| \`${code}\` |`);
  });
});
