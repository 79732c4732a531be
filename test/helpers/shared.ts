/**
 * Access to the third-party corpora kept beside the repository in `../shared`.
 * Their text is never copied into the repo: tests read it from there. When the
 * folder is absent a test reports itself skipped with the reason — unless `CI`
 * is set, where a missing corpus is a failure, so CI always runs these tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Absolute path of the `shared` folder beside the repository; `KHABAR_SHARED_DIR` points elsewhere (a missing folder, to see the suites skip). */
export const SHARED_DIR = process.env['KHABAR_SHARED_DIR'] ? resolve(process.env['KHABAR_SHARED_DIR']) : resolve(here, '../../../shared');

/** Whether `../shared` is present. */
export const hasShared = existsSync(join(SHARED_DIR, 'FORMAT.md'));

/** Why tests needing `../shared` are skipped. */
export const SHARED_SKIP_REASON = `skipped: ${SHARED_DIR} is absent (it holds the third-party corpora, which are not copied into the repo)`;

/**
 * `describe` for suites that need `../shared`: skipped with the reason when the
 * folder is absent, and failing loudly under `CI` instead of skipping.
 *
 * A skipped suite never runs `body`: vitest would run it to collect the tests,
 * and a body that reads the corpus at collection time would then fail on a
 * fresh clone. It reports one skipped test with the reason instead.
 */
export function describeWithShared(name: string, body: () => void): void {
  if (hasShared) {
    describe(name, body);
    return;
  }
  if (process.env['CI']) {
    describe(name, () => {
      it('has ../shared to read', () => {
        throw new Error(`${SHARED_SKIP_REASON}; CI must run this suite`);
      });
    });
    return;
  }
  describe(name, () => {
    it.skip(SHARED_SKIP_REASON, () => {});
  });
}

/** Reads a file under `../shared` as UTF-8 text. */
export function readShared(relativePath: string): string {
  return readFileSync(join(SHARED_DIR, relativePath), 'utf8');
}

/** One article of `corpus/news.jsonl`. */
export interface NewsRecord {
  id: string;
  source: string;
  title: string;
  paragraphs: string[];
}

/** One verse or sentence of `corpus/diacritised.jsonl`. */
export interface DiacritisedRecord {
  id: string;
  source: string;
  text: string;
}

function readJsonl<T>(relativePath: string): T[] {
  return readShared(relativePath)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** All articles of `corpus/news.jsonl`. */
export function readNewsCorpus(): NewsRecord[] {
  return readJsonl<NewsRecord>('corpus/news.jsonl');
}

/** All records of `corpus/diacritised.jsonl`. */
export function readDiacritisedCorpus(): DiacritisedRecord[] {
  return readJsonl<DiacritisedRecord>('corpus/diacritised.jsonl');
}

/** The specimen article in `seeds/`. */
export function readSpecimen(): string {
  return readShared('seeds/000_7e7b13f37a42b062.txt');
}
