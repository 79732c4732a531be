/**
 * Size of the library in a browser bundle: the whole core, and
 * `normalizeArabic` and `parseArticle` alone as a bundler tree-shakes them
 * from the package: from the built `dist/` (run `npm run build` first), as a
 * user's bundler sees it, or from `src/` when `dist/` is absent.
 * Bundled with esbuild as ESM for browsers, minified, dependencies included
 * (zod, unicode-properties); gzip at level 9.
 *
 * Run: `npx tsx bench/bundle-size.ts`
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Minified and gzipped size of a bundle, in bytes. */
export interface BundleSize {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
}

/** Bundles `source` (ESM code importing from `./src/index`) and measures the result. */
async function measure(name: string, source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: `${name}.ts` },
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** The bundles this benchmark measures. */
export async function measureBundles(): Promise<BundleSize[]> {
  const from = existsSync(resolve(ROOT, 'dist/index.js')) ? './dist/index.js' : './src/index';
  return [
    await measure(`core (every export, ${from})`, `export * from '${from}';`),
    await measure('normalizeArabic alone', `export { normalizeArabic } from '${from}';`),
    await measure('parseArticle alone', `export { parseArticle } from '${from}';`),
  ];
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log('ESM bundle for browsers (esbuild, minified; gzip -9)');
  for (const size of await measureBundles()) {
    console.log(`${size.name.padEnd(24)} ${kilobytes(size.minified).padStart(10)} minified ${kilobytes(size.gzipped).padStart(10)} gzipped`);
  }
}
