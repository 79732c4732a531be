/**
 * Bundle sizes of what users install: the package is packed (`npm pack`),
 * unpacked into a scratch `node_modules/khabar` beside its dependencies, and
 * measured there.
 *
 * - `khabar/browser` (`dist/browser.js`) as shipped: the standalone file a
 *   page imports without a bundler, zod included.
 * - Bundles of `import … from 'khabar'` as an application's bundler makes them
 *   (esbuild, ESM for browsers, ES2022, minified, dependencies included): every
 *   export, and single functions as tree-shaking leaves them, with zod's share.
 *
 * gzip at level 9. Run: `npm run size` (after `npm run build`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Minified and gzipped size of a bundle, in bytes, and the part of it that is zod. */
export interface BundleSize {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly zod: number | null;
}

/** The packed tarball, unpacked as `node_modules/khabar` in a scratch folder. */
export interface InstalledPackage {
  readonly folder: string;
  readonly packageDir: string;
  readonly tarballBytes: number;
  readonly unpackedBytes: number;
  remove(): void;
}

function check(result: ReturnType<typeof spawnSync>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed: ${String(result.stderr)}`);
  return String(result.stdout);
}

/** Packs the repository and unpacks the tarball into a scratch `node_modules`, its dependencies linked from the repository's. */
export function installPacked(): InstalledPackage {
  if (!statSync(join(ROOT, 'dist', 'browser.js'), { throwIfNoEntry: false })) throw new Error('dist/ is missing: run `npm run build` first');
  const folder = mkdtempSync(join(tmpdir(), 'khabar-size-'));
  const packed = JSON.parse(
    check(spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } }), 'npm pack'),
  ) as Array<{ filename: string; size: number; unpackedSize: number }>;
  const { filename, size, unpackedSize } = packed[0]!;
  const packageDir = join(folder, 'node_modules', 'khabar');
  mkdirSync(packageDir, { recursive: true });
  check(spawnSync('tar', ['-xzf', join(folder, filename), '-C', packageDir, '--strip-components=1'], { encoding: 'utf8' }), 'tar');
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    symlinkSync(join(ROOT, 'node_modules', name), join(folder, 'node_modules', name), 'dir');
  }
  return { folder, packageDir, tarballBytes: size, unpackedBytes: unpackedSize, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Bundles `source` (an ES module importing `khabar`) from the scratch folder and measures it. */
async function measureBundle(installed: InstalledPackage, name: string, source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: installed.folder, loader: 'js', sourcefile: `${name}.js` },
    absWorkingDir: installed.folder,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0]!;
  const zod = Object.entries(output.inputs)
    .filter(([path]) => /(^|\/)node_modules\/zod\//.test(path))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, zod };
}

/** The standalone file as shipped. */
function measureFile(name: string, path: string): BundleSize {
  const code = readFileSync(path);
  return { name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, zod: null };
}

/** Every size this benchmark reports, from one packed tarball. */
export async function measureBundles(): Promise<{ bundles: BundleSize[]; tarballBytes: number; unpackedBytes: number }> {
  const installed = installPacked();
  try {
    const bundles = [
      measureFile('khabar/browser (dist/browser.js)', join(installed.packageDir, 'dist', 'browser.js')),
      await measureBundle(installed, 'every export', `export * from 'khabar';`),
      await measureBundle(installed, 'normalizeArabic alone', `export { normalizeArabic } from 'khabar';`),
      await measureBundle(installed, 'parseArticle alone', `export { parseArticle } from 'khabar';`),
    ];
    return { bundles, tarballBytes: installed.tarballBytes, unpackedBytes: installed.unpackedBytes };
  } finally {
    installed.remove();
  }
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bundles, tarballBytes, unpackedBytes } = await measureBundles();
  console.log(`packed tarball ${kilobytes(tarballBytes)}, unpacked ${kilobytes(unpackedBytes)}`);
  console.log('from the tarball: esbuild ESM for browsers, ES2022, minified; gzip -9');
  for (const size of bundles) {
    const zod = size.zod === null ? '' : `   zod ${kilobytes(size.zod)} minified`;
    console.log(`${size.name.padEnd(34)} ${kilobytes(size.minified).padStart(10)} minified ${kilobytes(size.gzipped).padStart(10)} gzipped${zod}`);
  }
}
