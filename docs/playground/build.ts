/**
 * Builds the playground into a folder of static files:
 *
 * - `khabar.js`: the library as one standalone, minified ESM file (zod and
 *   unicode-properties bundled in), which a plain page can import;
 * - `playground.js`, `index.html`, `style.css`: the playground page, which
 *   imports `khabar` by name through an import map;
 * - `examples/browser/index.html`: the plain-page example, served beside it.
 *
 * Run: `npm run playground:build` (writes `docs/playground/dist/`).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

/** Where `npm run playground:build` writes the page. */
export const DEFAULT_OUT_DIR = join(HERE, 'dist');

/** What a build wrote, in bytes. */
export interface PlaygroundBuild {
  readonly outDir: string;
  readonly libraryBytes: number;
  readonly pageBytes: number;
}

/** Builds the playground into `outDir` (created if missing). */
export async function buildPlayground(outDir: string = DEFAULT_OUT_DIR): Promise<PlaygroundBuild> {
  mkdirSync(join(outDir, 'examples', 'browser'), { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'warning',
  } as const;
  const library = await build({
    ...common,
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    outfile: join(outDir, 'khabar.js'),
  });
  const page = await build({
    ...common,
    entryPoints: [join(HERE, 'src', 'main.ts')],
    outfile: join(outDir, 'playground.js'),
    // The page loads the library from khabar.js, as any user of the bundle would.
    external: ['khabar'],
    loader: { '.txt': 'text' },
  });
  copyFileSync(join(HERE, 'index.html'), join(outDir, 'index.html'));
  copyFileSync(join(HERE, 'style.css'), join(outDir, 'style.css'));
  copyFileSync(join(ROOT, 'examples', 'browser', 'index.html'), join(outDir, 'examples', 'browser', 'index.html'));
  return { outDir, libraryBytes: outputBytes(library.metafile), pageBytes: outputBytes(page.metafile) };
}

function outputBytes(metafile: { outputs: Record<string, { bytes: number }> }): number {
  return Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildPlayground(process.argv[2] ?? DEFAULT_OUT_DIR);
  console.log(`built ${result.outDir}: khabar.js ${result.libraryBytes} bytes, playground.js ${result.pageBytes} bytes`);
}
