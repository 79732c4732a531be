/**
 * One truth for presets and options. `NORMALIZE_PRESETS`,
 * `NORMALIZE_OPTION_VALUES` and `NORMALIZE_PRESET_OPTIONS` are the source;
 * the README, every guide, the CLI help and the playground's preset menu must
 * say the same:
 *
 * - any list of three or more preset names (`display`, `search` … joined by
 *   commas, "and", "or" or `|`) is in the library's order, and one that
 *   is introduced as the presets ("a preset — …", "the … presets") is the whole list;
 * - any table whose header has three or more preset columns has all of them,
 *   in order;
 * - "N presets" counts them right;
 * - the normalisation guide's option table has one row per option, with its
 *   values and each preset's value as resolved by the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NORMALIZE_HELP, PARSE_HELP } from '../../src/cli/help';
import { NORMALIZE_OPTION_NAMES, NORMALIZE_OPTION_VALUES, NORMALIZE_PRESET_OPTIONS, NORMALIZE_PRESETS } from '../../src/index';
import { ROOT } from '../helpers/run';

const PRESETS: readonly string[] = NORMALIZE_PRESETS;
const NAME = `(?:${PRESETS.join('|')})`;
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The README and every guide, by path. */
function documents(): Array<[string, string]> {
  const guides = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', ...guides].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

/** A list of preset names, and whether it is introduced as the presets ("a preset: …", "the … presets"). */
interface PresetList {
  readonly names: string[];
  readonly introduced: boolean;
}

/** Runs of preset names joined as a list: `` `a` (default), `b` or `c` `` in prose, or `a | b | c` in help text. */
function presetLists(text: string, quoted: boolean): PresetList[] {
  const item = quoted ? `\`${NAME}\`(?: \\([a-z]+\\))?` : `\\b${NAME}\\b`;
  const separator = quoted ? String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\|\s*)` : String.raw`\s*\|\s*`;
  const list = new RegExp(`${item}(?:${separator}${item})+`, 'g');
  return [...text.matchAll(list)].map((match) => ({
    names: [...match[0].matchAll(new RegExp(`\\b${NAME}\\b`, 'g'))].map((name) => name[0]),
    introduced: /preset/i.test(text.slice(Math.max(0, match.index - 80), match.index)) || /^\s+presets\b/.test(text.slice(match.index + match[0].length)),
  }));
}

/** Whether `names` keeps the library's order of the presets. */
const inOrder = (names: readonly string[]): boolean => names.every((name, index) => index === 0 || PRESETS.indexOf(name) > PRESETS.indexOf(names[index - 1]!));

/** Header rows of Markdown tables, as cell lists. */
function tableHeaders(markdown: string): string[][] {
  const lines = markdown.split('\n');
  return lines.flatMap((line, index) => (/^\|[\s|:-]+\|$/.test(lines[index + 1] ?? '') && line.startsWith('|') ? [line.slice(1, -1).split('|').map((cell) => cell.trim().replace(/`/g, ''))] : []));
}

describe('the presets', () => {
  it('are five, publish among them, in the order the docs use', () => {
    expect(PRESETS).toEqual(['display', 'search', 'publish', 'lucene', 'camel']);
  });

  it.each(documents())('%s lists them in order, and all of them where it lists the presets', (_path, markdown) => {
    for (const list of presetLists(markdown, true)) {
      if (list.names.length < 3) continue;
      expect(inOrder(list.names), list.names.join(', ')).toBe(true);
      if (list.introduced) expect(list.names).toEqual(PRESETS);
    }
    for (const header of tableHeaders(markdown)) {
      const presets = header.filter((cell) => PRESETS.includes(cell));
      if (presets.length >= 3) expect(presets, header.join(' | ')).toEqual(PRESETS);
    }
    for (const match of markdown.matchAll(/\b(\w+) presets\b/g)) {
      const count = COUNT_WORDS.indexOf(match[1]!.toLowerCase());
      if (count >= 0) expect(count, match[0]).toBe(PRESETS.length);
    }
  });

  it('are all in the CLI help of both commands', () => {
    for (const help of [PARSE_HELP, NORMALIZE_HELP]) {
      const lists = presetLists(help, false).filter((list) => list.names.length >= 3);
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) expect(list.names).toEqual(PRESETS);
    }
  });

  it('are the playground menu', () => {
    const html = readFileSync(join(ROOT, 'docs', 'playground', 'index.html'), 'utf8');
    const menu = /<select id="preset">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    expect([...menu.matchAll(/<option value="([^"]+)">/g)].map((option) => option[1])).toEqual(PRESETS);
  });
});

describe('the option table of docs/normalization.md', () => {
  const guide = readFileSync(join(ROOT, 'docs', 'normalization.md'), 'utf8');
  const lines = guide.split('\n');
  const headerIndex = lines.findIndex((line) => /^\| option \| values \|/.test(line));
  const header = (lines[headerIndex] ?? '').slice(1, -1).split('|').map((cell) => cell.trim());
  const rows: string[][] = [];
  for (let index = headerIndex + 2; index < lines.length && lines[index]!.startsWith('|'); index++) {
    rows.push(lines[index]!.slice(1, -1).split('|').map((cell) => cell.trim().replace(/\*\*/g, '')));
  }

  it('has a column per preset and a row per option, in documentation order', () => {
    expect(header).toEqual(['option', 'values', ...PRESETS]);
    expect(rows.map((row) => row[0]!.replace(/`/g, ''))).toEqual([...NORMALIZE_OPTION_NAMES]);
  });

  it('gives each option its values and each preset’s resolved value', () => {
    for (const row of rows) {
      const name = row[0]!.replace(/`/g, '') as (typeof NORMALIZE_OPTION_NAMES)[number];
      expect(row[1]!.split(/\s+/).map((value) => value.replace(/`/g, '')), name).toEqual([...NORMALIZE_OPTION_VALUES[name]]);
      PRESETS.forEach((preset, column) => {
        expect(row[2 + column], `${name} under ${preset}`).toBe(String(NORMALIZE_PRESET_OPTIONS[preset as (typeof NORMALIZE_PRESETS)[number]][name]));
      });
    }
  });
});
