/**
 * The two test tiers. `npm test` runs every `*.test.ts` except
 * `*.deep.test.ts`, quickly; `npm run test:deep` runs only the
 * `*.deep.test.ts` files (vitest.deep.config.ts), which sets
 * `KHABAR_TEST_TIER=deep`. A deep file may import a main-tier file to run its
 * properties again at their full run counts.
 */

/** Whether this is the deep tier (`npm run test:deep`). */
export const DEEP_TIER = process.env['KHABAR_TEST_TIER'] === 'deep';

/**
 * Run count of a property: `full` in the deep tier, a tenth of it (at least
 * 10) in `npm test`. `FC_NUM_RUNS` overrides both, to run longer by hand.
 */
export function propertyRuns(full: number): number {
  const forced = Number(process.env['FC_NUM_RUNS']);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return DEEP_TIER ? full : Math.max(10, Math.ceil(full / 10));
}
