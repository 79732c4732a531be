import { writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// `npm run build` empties dist/ first; the builds below run at once and none cleans, so
// none can delete another's output.

// The library's entries: browser-safe, so no Node platform assumptions.
const LIBRARY = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
} satisfies Options;

export default defineConfig([
  { ...LIBRARY, entry: { index: 'src/index.ts' } },
  // `khabar/schema`: the zod schemas, apart so that the main entry never loads zod. Built on
  // its own, so that neither entry shares a chunk with the other.
  { ...LIBRARY, entry: { schema: 'src/schema/index.ts' } },
  {
    // `khabar/browser`: one minified ES module of the main entry, for pages that
    // import it without a bundler (it has no dependency to bundle: zod is only
    // in `khabar/schema`).
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'browser',
    minify: true,
    treeshake: true,
    noExternal: [/.*/],
    // Its types are the library's: the file exports exactly what the package does.
    onSuccess: async () => {
      writeFileSync('dist/browser.d.ts', "export * from './index.js';\n");
    },
  },
  {
    // The command line; the same file is the entry of its worker threads.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
