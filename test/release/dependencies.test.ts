/**
 * khabar depends at run time on zod only, as a peer dependency with a `^4`
 * range (the schemas are part of the API, so the project's zod must be the one
 * they are built with: one copy, one set of types), and only `khabar/schema`
 * imports it; the Unicode tables are
 * generated at build time from unicode-properties, a dev dependency. Nothing
 * else is imported by the built files, no Node built-in in the library build
 * (it runs in browsers), and no import the parser cannot read.
 * `dist/browser.js` imports nothing: its dependencies are inside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from '../helpers/run';
import { importedSpecifiers, isNodeBuiltin, packageOf } from './module-graph';

/** The build to read; `KHABAR_DIST` points the checks at another build of it. */
const DIST = process.env['KHABAR_DIST'] ?? join(ROOT, 'dist');

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
/** What users install with khabar: its dependencies and peers. */
const ALLOWED = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).sort();

beforeAll(requireBuild);

describe('runtime dependencies', () => {
  it('are zod as a ^4 peer, and nothing else', () => {
    expect(pkg.peerDependencies ?? {}).toEqual({ zod: '^4.0.0' });
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    for (const version of Object.values(pkg.dependencies ?? {})) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
    // The repository builds and tests against one exact zod 4.
    expect(pkg.devDependencies?.['zod']).toMatch(/^4\.\d+\.\d+$/);
  });

  it('dist/browser.js imports nothing at all', () => {
    expect(importedSpecifiers(join(DIST, 'browser.js'))).toEqual([]);
  });

  // The main entry imports no package at all: zod is for `khabar/schema` alone.
  it.each([
    ['index.js', []],
    ['index.cjs', []],
    ['schema.js', ALLOWED],
    ['schema.cjs', ALLOWED],
  ])('dist/%s imports only %j, and no Node built-in', (file, packages) => {
    const specifiers = importedSpecifiers(join(DIST, file));
    expect(specifiers.filter((specifier) => specifier.startsWith('<computed'))).toEqual([]);
    expect(specifiers.filter(isNodeBuiltin)).toEqual([]);
    expect([...new Set(specifiers.map(packageOf).filter((name) => name !== undefined))].sort()).toEqual(packages);
  });

  it('dist/cli.js imports only them besides Node built-ins and the library itself', () => {
    const specifiers = importedSpecifiers(join(DIST, 'cli.js'));
    expect(specifiers.filter((specifier) => specifier.startsWith('<computed'))).toEqual([]);
    const packages = new Set(specifiers.map(packageOf).filter((name) => name !== undefined));
    expect([...packages].filter((name) => !ALLOWED.includes(name!))).toEqual([]);
  });
});
