/**
 * The packed tarball holds the build, the JSON Schema, the guides and
 * examples its documents link to, and the documents a package page shows —
 * nothing else: no sources, tests, fixtures, benchmarks or source maps. Read
 * from `npm pack --dry-run --json`, which lists what `npm publish` would
 * upload.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedFiles, type PackedFile } from '../helpers/packed';
import { requireBuild, ROOT } from '../helpers/run';

const BUILD = ['dist/browser.d.ts', 'dist/browser.js', 'dist/cli.js', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.ts', 'dist/index.js'];
const SCHEMA_BUILD = ['dist/schema.cjs', 'dist/schema.d.cts', 'dist/schema.d.ts', 'dist/schema.js'];
const DOCUMENTS = ['CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE', 'README.md', 'package.json', 'schema.json'];

/** Every file under a folder of the repository, as package paths. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** What the tarball must hold: the build, the documents, the guides (docs/*.md, not the playground) and every example. */
function expected(): string[] {
  const guides = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  return [...BUILD, ...SCHEMA_BUILD, ...DOCUMENTS, ...guides, ...filesUnder('examples')].sort();
}

let files: PackedFile[];

beforeAll(() => {
  requireBuild();
  files = packedFiles();
});

describe('the packed tarball', () => {
  it('holds exactly the build, schema.json, the guides, the examples and the documents', () => {
    expect(files.map((file) => file.path).sort()).toEqual(expected());
  });

  it('ships no source map, test, fixture or TypeScript source', () => {
    // TypeScript only as declarations, or as the examples the guides link to (they import 'khabar' by name).
    const stray = files
      .map((file) => file.path)
      .filter((path) => /\.map$|(^|\/)(test|tests|fixtures|src|bench|playground)\//.test(path) || (/\.ts$/.test(path) && !path.endsWith('.d.ts') && !path.startsWith('examples/')));
    expect(stray).toEqual([]);
  });

  it('marks the command line executable', () => {
    expect(files.find((file) => file.path === 'dist/cli.js')!.mode & 0o111).not.toBe(0);
  });
});
