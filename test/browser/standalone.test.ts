/**
 * `khabar/browser` without a bundler: the packed tarball is unpacked beside a
 * static page whose plain `<script type="module">` imports
 * `dist/browser.js` by relative URL. In Chromium the module must load with no
 * other request (the main entry depends on nothing), export what the
 * package's main entry exports, and parse and normalise exactly as the Node
 * build does, into a record that `ArticleSchema` (khabar/schema) accepts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveDirectory, type RunningServer } from '../../docs/playground/serve';
import { requireBuild, ROOT, run } from '../helpers/run';
import { CHROMIUM_FLAGS, describeWithChromium } from './chromium';

const SAMPLE = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8');

/** What the page computes with the module, and the Node test computes with dist/index.js. */
const PROGRAM = `
  const names = Object.keys(khabar).sort();
  const result = khabar.safeParseArticle(sample);
  const record = result.success ? JSON.parse(JSON.stringify(result.data)) : null;
  const normalized = Object.fromEntries(khabar.NORMALIZE_PRESETS.map((preset) => [preset, khabar.normalizeArabic(sample, preset)]));
  return { names, record, normalized };
`;

interface Outcome {
  names: string[];
  record: unknown;
  normalized: Record<string, string>;
}

describeWithChromium('khabar/browser in a plain page', (executablePath) => {
  let folder: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'khabar-standalone-'));
    const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { env: { npm_config_loglevel: 'error' } });
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = join(folder, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
    const unpacked = run('tar', ['-xzf', tarball, '-C', folder]);
    expect(unpacked.status, unpacked.stderr).toBe(0);
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>khabar/browser</title></head>
<body>
<script type="module">
  import * as khabar from './package/dist/browser.js';
  const sample = ${JSON.stringify(SAMPLE)};
  window.outcome = (() => {${PROGRAM}})();
  document.documentElement.dataset.ready = 'true';
</script>
</body></html>
`,
    );
    server = await serveDirectory(folder);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('loads as one module and gives what the Node build gives', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    const shown = (await page.evaluate(() => (window as unknown as { outcome: unknown }).outcome)) as Outcome;
    expect(errors).toEqual([]);
    expect(requested).toEqual(['/', '/package/dist/browser.js']);

    const khabar = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Record<string, unknown>;
    const sample = SAMPLE;
    const expected = new Function('khabar', 'sample', PROGRAM)(khabar, sample) as Outcome;
    expect(shown.names).toEqual(expected.names);
    expect(shown.record).toEqual(expected.record);
    expect(shown.record).not.toBeNull();
    expect(shown.normalized).toEqual(expected.normalized);
    const { ArticleSchema } = (await import(pathToFileURL(join(ROOT, 'dist', 'schema.js')).href)) as typeof import('../../src/schema/index');
    expect(ArticleSchema.safeParse(shown.record).success).toBe(true);
    await page.close();
  });
});
