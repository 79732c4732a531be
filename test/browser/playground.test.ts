/**
 * The playground in a real browser: Debian's Chromium, driven by
 * playwright-core, loads the built page from a local server, parses the
 * samples, checks the record and diagnostics shown against the library run in
 * Node, switches presets and checks the marked changes, and saves a
 * screenshot to test/artifacts/playground.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPlayground } from '../../docs/playground/build';
import { countChanges, diffNormalization } from '../../docs/playground/src/changes';
import { serveDirectory, type RunningServer } from '../../docs/playground/serve';
import { NORMALIZE_PRESETS, normalizeArabicWithMap, safeParseArticle, type NormalizePreset } from '../../src/index';
import { ROOT } from '../helpers/run';
import { CHROMIUM_FLAGS, describeWithChromium } from './chromium';

const WELL_FORMED = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8');
const DAMAGED = readFileSync(join(ROOT, 'docs', 'playground', 'samples', 'damaged-article.txt'), 'utf8');
const PRESETS: readonly NormalizePreset[] = NORMALIZE_PRESETS;

/** What the library gives in Node for the same input and options, as plain JSON. */
function expectedParse(text: string, options: { strict?: boolean; normalize?: NormalizePreset } = {}) {
  const result = safeParseArticle(text, { strict: false, normalize: 'display', ...options });
  return result.success
    ? { record: JSON.parse(JSON.stringify(result.data)) as unknown, diagnostics: result.diagnostics }
    : { record: null, diagnostics: result.error.diagnostics };
}

/** The text of an element without its line badge. */
async function fieldTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) =>
      Array.from(element.childNodes)
        .filter((node) => !(node instanceof HTMLElement && node.classList.contains('line-badge')))
        .map((node) => node.textContent ?? '')
        .join(''),
    ),
  );
}

async function shownRecord(page: Page): Promise<unknown> {
  const json = await page.locator('#json pre').textContent();
  return json === null ? null : (JSON.parse(json) as unknown);
}

async function shownDiagnostics(page: Page): Promise<Array<{ code: string; line: number; severity: string }>> {
  return page.$$eval('#diagnostic-list li', (items) =>
    items.map((item) => ({
      code: (item as HTMLElement).dataset['code'] ?? '',
      line: Number((item as HTMLElement).dataset['line']),
      severity: (item as HTMLElement).dataset['severity'] ?? '',
    })),
  );
}

async function loadSample(page: Page, id: 'well-formed' | 'damaged'): Promise<void> {
  await page.selectOption('#sample', id);
  await page.click('#load');
}

describeWithChromium('the playground in Chromium', (executablePath) => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'khabar-playground-'));
    await buildPlayground(outDir);
    server = await serveDirectory(outDir);
    // launch() gives the browser a fresh, temporary profile (user data dir) of its own.
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('opens with the well-formed sample parsed, and shows its record', async () => {
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const firstRender = await page.evaluate(() => performance.getEntriesByName('playground-first-render')[0]?.startTime ?? -1);
    console.log(`playground first render: ${firstRender.toFixed(0)} ms after navigation start`);
    expect(firstRender).toBeGreaterThan(0);

    expect(await page.inputValue('#input')).toBe(WELL_FORMED);
    const expected = expectedParse(WELL_FORMED);
    expect(await shownRecord(page)).toEqual(expected.record);
    const record = expected.record as { title: string; caption: string; paragraphs: string[]; related: Array<{ title: string; truncated: boolean }> };
    expect(await fieldTexts(page, '#readable [data-field="title"]')).toEqual([record.title]);
    expect(await fieldTexts(page, '#readable [data-field="caption"]')).toEqual([record.caption]);
    expect(await fieldTexts(page, '#readable [data-field="paragraph"]')).toEqual(record.paragraphs);
    expect(await fieldTexts(page, '#readable [data-field="related-title"]')).toEqual(record.related.map((story) => story.title));
    expect(await page.locator('#readable [data-field="truncated"]').count()).toBe(record.related.filter((story) => story.truncated).length);
    expect(await shownDiagnostics(page)).toEqual(expected.diagnostics.map(({ code, start, severity }) => ({ code, line: start.line, severity })));
    expect(pageErrors).toEqual([]);
  });

  it('lists the diagnostics of a damaged article and highlights their lines', async () => {
    await loadSample(page, 'damaged');
    const expected = expectedParse(DAMAGED);
    // The sample is there to show diagnostics: it must produce warnings and info, or the check below proves little.
    expect(new Set(expected.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(new Set(['warning', 'info']));
    expect(await shownRecord(page)).toEqual(expected.record);
    expect(await shownDiagnostics(page)).toEqual(expected.diagnostics.map(({ code, start, severity }) => ({ code, line: start.line, severity })));

    const flagged = await page.$$eval('#source li.flagged', (items) => items.map((item) => Number((item as HTMLElement).dataset['line'])));
    const expectedLines = new Set(expected.diagnostics.map((diagnostic) => diagnostic.start.line));
    for (const line of expectedLines) expect(flagged).toContain(line);
    expect(await page.locator('#source li').count()).toBe(DAMAGED.split('\n').length);

    // Strict mode turns the warnings into a failed parse: no record, the same diagnostics.
    await page.check('#strict');
    const strict = expectedParse(DAMAGED, { strict: true });
    expect(strict.record).toBeNull();
    expect(await page.locator('#record-status').getAttribute('data-state')).toBe('failed');
    expect(await page.locator('#json pre').count()).toBe(0);
    expect(await shownDiagnostics(page)).toEqual(strict.diagnostics.map(({ code, start, severity }) => ({ code, line: start.line, severity })));
    await page.uncheck('#strict');
    expect(pageErrors).toEqual([]);
  });

  it('reports typed text that holds no article', async () => {
    await page.fill('#input', '  \n\u200f\n');
    expect(await page.locator('#record-status').getAttribute('data-state')).toBe('failed');
    expect(await shownDiagnostics(page)).toEqual([{ code: 'empty-input', line: 1, severity: 'error' }]);
    expect(pageErrors).toEqual([]);
  });

  it('marks every change each preset makes, on both sides', async () => {
    await loadSample(page, 'well-formed');
    const totals = new Map<NormalizePreset, number>();
    const countsOf = new Map<NormalizePreset, ReturnType<typeof countChanges>>();
    for (const preset of PRESETS) {
      await page.selectOption('#preset', preset);
      const { text: output, sourceIndex } = normalizeArabicWithMap(WELL_FORMED, preset);
      const segments = diffNormalization(WELL_FORMED, output, sourceIndex);
      const changed = segments.filter((segment) => segment.changes.length > 0);
      const counts = countChanges(segments);
      totals.set(preset, changed.length);
      countsOf.set(preset, counts);

      expect(await page.locator('#before [data-field="before"]').textContent()).toBe(WELL_FORMED);
      expect(await page.locator('#after [data-field="after"]').textContent()).toBe(output);
      expect(await page.$$eval('#before mark.change', (marks) => marks.map((mark) => mark.textContent))).toEqual(
        changed.map((segment) => segment.before),
      );
      expect(await page.$$eval('#after mark.change', (marks) => marks.map((mark) => mark.textContent))).toEqual(
        changed.map((segment) => segment.after),
      );
      const legend = await page.$$eval('#legend li', (items) =>
        Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset['kind'], Number((item as HTMLElement).dataset['count'])])),
      );
      expect(legend).toEqual(counts);
      // The record follows the preset too.
      expect(await shownRecord(page)).toEqual(expectedParse(WELL_FORMED, { normalize: preset }).record);
    }
    // The search preset strips the sample's diacritics (ّ ً َ) and folds its hamza forms, so it changes more than display.
    expect(countsOf.get('search')?.removed).toBeGreaterThan(0);
    expect(countsOf.get('search')?.letter).toBeGreaterThan(0);
    expect(totals.get('search')).toBeGreaterThan(totals.get('display') ?? 0);

    // The damaged sample shows every part of the page at work: diagnostics, flagged lines, more kinds of change.
    await page.selectOption('#preset', 'search');
    await loadSample(page, 'damaged');
    mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test', 'artifacts', 'playground.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('runs the plain-page example against the same bundle', async () => {
    await page.goto(`${server.url}examples/browser/`);
    await page.waitForFunction(() => (document.getElementById('record')?.textContent ?? '') !== '');
    const raw = await page.inputValue('#raw');
    const expected = expectedParse(raw).record as { title: string; caption: string; paragraphs: string[] };
    expect(JSON.parse((await page.locator('#record').textContent()) ?? '')).toEqual({
      title: expected.title,
      caption: expected.caption,
      paragraphs: expected.paragraphs,
    });
    const { text: searchTitle } = normalizeArabicWithMap(expected.title, 'search');
    expect(await page.locator('#search-title').textContent()).toBe(searchTitle);
    expect(pageErrors).toEqual([]);
  });
});
