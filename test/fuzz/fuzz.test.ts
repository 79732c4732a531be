/**
 * The fuzz properties on a short budget (`FUZZ_RUNS`, default 1,000 runs per
 * cheap property in the deep tier, 100 in `npm test`), every kept failure replayed, and a check that every
 * public function is fuzzed. `npm run fuzz` runs the same properties long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import * as schemas from '../../src/schema/index';
import { loadFixtures, type FuzzFixture } from './fixtures';
import { FUZZ_PROPERTIES, NOT_FUZZED } from './properties';
import { runsFor, toFastCheck } from './run';
import { propertyRuns } from '../helpers/tier';

/** 1,000 runs per cheap property in the deep tier (fuzz.deep.test.ts), a tenth in `npm test`. */
const BASE_RUNS = Number(process.env['FUZZ_RUNS']) || propertyRuns(1000);

describe('fuzz properties', () => {
  it.each(FUZZ_PROPERTIES.map((property) => [property.name, property] as const))('%s holds', async (_name, property) => {
    await fc.assert(toFastCheck(property), { numRuns: runsFor(property, BASE_RUNS) });
  });
});

describe('kept failures', () => {
  const fixtures: Array<[string, FuzzFixture | undefined]> = loadFixtures().map(({ file, fixture }) => [file, fixture]);
  if (fixtures.length === 0) fixtures.push(['(none kept)', undefined]);
  it.each(fixtures)(
    '%s passes now',
    async (_file, fixture) => {
      if (!fixture) return;
      const property = FUZZ_PROPERTIES.find((candidate) => candidate.name === fixture.property);
      expect(property, `no property named ${fixture.property}`).toBeDefined();
      await (property!.check as (...args: unknown[]) => void | Promise<void>)(...fixture.args);
    },
  );
});

describe('coverage', () => {
  it('fuzzes every public function and class of both entries, and names only real exports', () => {
    const covered = new Set(FUZZ_PROPERTIES.flatMap((property) => property.covers));
    const exports = { ...api, ...schemas } as Record<string, unknown>;
    for (const name of covered) expect(exports, `${name} is not an export`).toHaveProperty(name);
    const functions = Object.keys(exports).filter((name) => typeof exports[name] === 'function');
    const missing = functions.filter((name) => !covered.has(name) && !(name in NOT_FUZZED));
    expect(missing, 'public functions without a fuzz property').toEqual([]);
  });
});
