/**
 * One grouping of the API, in three places: tools/api-groups.json assigns
 * each src/ folder a group; the README's "API at a glance" lists every export
 * of the main entry once under its group's heading; TypeDoc (through
 * tools/typedoc-api-groups.mjs) shows the same groups in the same order, and
 * the guides in reading order. The exports only `khabar/schema` has (the zod
 * schemas) follow, under their own heading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';

interface ApiGroups {
  order: string[];
  folders: Record<string, string>;
}

const GROUPS = JSON.parse(readFileSync(join(ROOT, 'tools', 'api-groups.json'), 'utf8')) as ApiGroups;

/** The README heading of the exports only `khabar/schema` has, after the main entry's groups. */
const SCHEMA_ENTRY_HEADING = '`khabar/schema`';

/** Every export of an entry (src/index.ts unless named) with the group of the src/ folder that declares it. */
function exportsWithGroups(entry = join(ROOT, 'src', 'index.ts')): Map<string, string | undefined> {
  const program = ts.createProgram([entry], { noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const result = new Map<string, string | undefined>();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const file = target.declarations?.[0]?.getSourceFile().fileName ?? '';
    const folder = relative(join(ROOT, 'src'), file).split(/[\\/]/)[0] ?? '';
    result.set(symbol.name, GROUPS.folders[folder]);
  }
  return result;
}

/** The README's API table: each export name with the heading it is listed under, in order. */
function readmeTable(): Array<{ name: string; group: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## API at a glance');
  expect(start, 'README has an "API at a glance" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  const rows: Array<{ name: string; group: string }> = [];
  let group = '';
  for (const line of readme.slice(start, end < 0 ? undefined : end).split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) group = heading[1]!.trim();
    const row = /^\| \*?`([A-Za-z_$][\w$]*)`\*? \|/.exec(line);
    if (row) rows.push({ name: row[1]!, group });
  }
  return rows;
}

describe('the API groups', () => {
  const exported = exportsWithGroups();
  const schemaOnly = [...exportsWithGroups(join(ROOT, 'src', 'schema', 'index.ts')).keys()].filter((name) => !exported.has(name));

  it('cover every export: each comes from a src/ folder tools/api-groups.json names', () => {
    expect([...exported].filter(([, group]) => group === undefined).map(([name]) => name)).toEqual([]);
    for (const group of Object.values(GROUPS.folders)) expect(GROUPS.order).toContain(group);
  });

  it('are the README table: every export once, under its group, groups in order', () => {
    const all = readmeTable();
    const names = all.map((row) => row.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'listed twice').toEqual([]);
    const rows = all.filter((row) => row.group !== SCHEMA_ENTRY_HEADING);
    expect(rows.map((row) => row.name).sort(), 'the README lists exactly the exports').toEqual([...exported.keys()].sort());
    expect(rows.filter((row) => row.group !== exported.get(row.name)).map((row) => `${row.name} under ${row.group}, not ${exported.get(row.name)}`)).toEqual([]);
    const headings = [...new Set(rows.map((row) => row.group))];
    expect(headings).toEqual(GROUPS.order.filter((group) => headings.includes(group)));
  });

  it('list the exports only `khabar/schema` has under its own heading, after the groups', () => {
    expect(schemaOnly).toContain('ArticleSchema');
    const all = readmeTable();
    const rows = all.filter((row) => row.group === SCHEMA_ENTRY_HEADING);
    expect(rows.map((row) => row.name).sort(), 'the README lists exactly the exports only khabar/schema has').toEqual([...schemaOnly].sort());
    expect(all.slice(all.length - rows.length), 'the khabar/schema table comes last').toEqual(rows);
  });

  it('are TypeDoc’s group order, with the plugin loaded and every guide listed in reading order', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { name: string; groupOrder: string[]; plugin: string[]; projectDocuments: string[] };
    expect(config.name).toBe('khabar');
    expect(config.plugin).toContain('./tools/typedoc-api-groups.mjs');
    expect(config.groupOrder.filter((group) => group !== 'Guides' && group !== '*')).toEqual(GROUPS.order);
    const guides = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
    expect([...config.projectDocuments].sort()).toEqual(guides.sort());
    expect(config.projectDocuments[0]).toBe('docs/getting-started.md');
  });

  it('give every guide a title for the reference', () => {
    for (const name of readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md'))) {
      expect(readFileSync(join(ROOT, 'docs', name), 'utf8'), name).toMatch(/^---\ntitle: \S[^\n]*\n(?:[^\n]*\n)*?---\n/);
    }
  });
});
