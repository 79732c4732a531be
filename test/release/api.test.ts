/**
 * The public API, listed: for each entry (`khabar`: dist/index, and
 * `khabar/schema`: dist/schema), every runtime export with its kind, and every
 * export name of its declarations with its kind, compared with the committed
 * list in `public-api.txt`. Adding, removing or changing
 * the kind of an export fails here until the list is updated on purpose:
 *
 *   KHABAR_UPDATE_API=1 npx vitest run test/release/api.test.ts
 *
 * The CommonJS builds and their declarations must export exactly the same.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from '../helpers/run';
import { declaredExports, runtimeKind } from './module-graph';

const SNAPSHOT = join(ROOT, 'test', 'release', 'public-api.txt');
/** The build to read; `KHABAR_DIST` points the checks at another build of it. */
const DIST = process.env['KHABAR_DIST'] ?? join(ROOT, 'dist');

function runtimeExports(module: Record<string, unknown>): Array<[string, string]> {
  return Object.keys(module)
    .filter((name) => name !== 'default' && name !== '__esModule')
    .sort()
    .map((name) => [name, runtimeKind(module[name])]);
}

/** The entries of the package, by the file name of their build. */
const ENTRIES = ['index', 'schema'] as const;
type Entry = (typeof ENTRIES)[number];

function render(entry: Entry, runtime: Array<[string, string]>, declared: Array<[string, string]>): string {
  const lines = [`# Runtime exports of dist/${entry}.js: name, kind`, ...runtime.map(([name, kind]) => `${name} ${kind}`)];
  lines.push('', `# Declared exports of dist/${entry}.d.ts: name, kind`, ...declared.map(([name, kind]) => `${name} ${kind}`));
  return `${lines.join('\n')}\n`;
}

/** The lines only in `actual` (+) and only in `expected` (−). */
function difference(expected: string, actual: string): string {
  const before = new Set(expected.split('\n'));
  const after = new Set(actual.split('\n'));
  const added = [...after].filter((line) => line && !before.has(line)).map((line) => `+ ${line}`);
  const removed = [...before].filter((line) => line && !after.has(line)).map((line) => `- ${line}`);
  return [...removed, ...added].join('\n');
}

const esm = {} as Record<Entry, Record<string, unknown>>;
const cjs = {} as Record<Entry, Record<string, unknown>>;

beforeAll(async () => {
  requireBuild();
  for (const entry of ENTRIES) {
    esm[entry] = (await import(pathToFileURL(join(DIST, `${entry}.js`)).href)) as Record<string, unknown>;
    cjs[entry] = createRequire(import.meta.url)(join(DIST, `${entry}.cjs`)) as Record<string, unknown>;
  }
});

describe('the public API', () => {
  it('is the committed list (update it on purpose with KHABAR_UPDATE_API=1)', () => {
    const actual = ENTRIES.map((entry) => render(entry, runtimeExports(esm[entry]), declaredExports(join(DIST, `${entry}.d.ts`)))).join('\n');
    if (process.env['KHABAR_UPDATE_API']) writeFileSync(SNAPSHOT, actual);
    const expected = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : '';
    if (actual !== expected) {
      expect.fail(
        `The public API changed. If that is deliberate, run KHABAR_UPDATE_API=1 npx vitest run test/release/api.test.ts and commit test/release/public-api.txt.\n${difference(expected, actual)}`,
      );
    }
  });

  it.each(ENTRIES)('%s is the same from CommonJS and its declarations', (entry) => {
    expect(runtimeExports(cjs[entry])).toEqual(runtimeExports(esm[entry]));
    expect(declaredExports(join(DIST, `${entry}.d.cts`))).toEqual(declaredExports(join(DIST, `${entry}.d.ts`)));
  });

  it.each(ENTRIES)('%s declares every runtime export', (entry) => {
    const declared = new Set(declaredExports(join(DIST, `${entry}.d.ts`)).map(([name]) => name));
    expect(runtimeExports(esm[entry]).map(([name]) => name).filter((name) => !declared.has(name))).toEqual([]);
  });
});
