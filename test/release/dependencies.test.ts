/**
 * khabar depends at run time on zod only (the Unicode tables are generated at
 * build time from unicode-properties, a dev dependency): nothing else
 * in `dependencies` (nor optional or peer dependencies), nothing else
 * imported by the built files, no Node built-in in the library build (it
 * runs in browsers), and no import the parser cannot read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from '../helpers/run';
import { importedSpecifiers, isNodeBuiltin, packageOf } from './module-graph';

const ALLOWED = ['zod'];
/** The build to read; `KHABAR_DIST` points the checks at another build of it. */
const DIST = process.env['KHABAR_DIST'] ?? join(ROOT, 'dist');

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

beforeAll(requireBuild);

describe('runtime dependencies', () => {
  it('are zod, pinned, and nothing else', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(ALLOWED);
    for (const version of Object.values(pkg.dependencies ?? {})) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
  });

  it.each(['index.js', 'index.cjs'])('dist/%s imports only them, and no Node built-in', (file) => {
    const specifiers = importedSpecifiers(join(DIST, file));
    expect(specifiers.filter((specifier) => specifier.startsWith('<computed'))).toEqual([]);
    expect(specifiers.filter(isNodeBuiltin)).toEqual([]);
    expect([...new Set(specifiers.map(packageOf).filter((name) => name !== undefined))].sort()).toEqual(ALLOWED);
  });

  it('dist/cli.js imports only them besides Node built-ins and the library itself', () => {
    const specifiers = importedSpecifiers(join(DIST, 'cli.js'));
    expect(specifiers.filter((specifier) => specifier.startsWith('<computed'))).toEqual([]);
    const packages = new Set(specifiers.map(packageOf).filter((name) => name !== undefined));
    expect([...packages].filter((name) => !ALLOWED.includes(name!))).toEqual([]);
  });
});
