/**
 * What an app's bundler keeps of the built library when the app imports one
 * function. `dist/index.js` is a single module, so one statement with a side
 * effect at its top level (a table filled by a loop, a schema built by a call
 * without a pure mark) keeps everything it touches in every app. These
 * bundles are made as `bench/bundle-size.ts` makes them, and the checks name
 * what must not be there rather than a size.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'index.js');

/** The modules an app importing `names` from an entry of `dist/` gets, and its code. */
async function bundle(names: string, entry = 'index.js'): Promise<{ modules: string[]; code: string }> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first (\`npm test\` does it)`);
  const result = await build({
    stdin: { contents: `import { ${names} } from './dist/${entry}';\nconsole.log(${names});`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { modules, code: result.outputFiles[0]!.text };
}

describe('an app that imports one function', () => {
  it('gets neither zod nor the tokenizer with normalizeArabic', async () => {
    const { modules, code } = await bundle('normalizeArabic');
    expect(modules.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    // The tokenizer's word-class runs and the related-story labels are long literal strings.
    expect(code).not.toContain('0AyL1Y1A3K1A2Y');
    expect(code).not.toContain('قراءة المزيد');
  });

  it('gets the tokenizer but not zod with tokenize', async () => {
    const { modules, code } = await bundle('tokenize');
    expect(modules.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
    expect(code).toContain('0AyL1Y1A3K1A2Y');
  });

  it('gets no zod with parseArticle: records and options are checked without it', async () => {
    const { modules } = await bundle('parseArticle');
    expect(modules.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
  });

  it('gets zod with ArticleSchema, from khabar/schema', async () => {
    const { modules } = await bundle('ArticleSchema', 'schema.js');
    expect(modules.some((path) => path.includes('node_modules/zod'))).toBe(true);
  });
});
