import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: every test file except *.deep.test.ts, which only
// `npm run test:deep` runs (vitest.deep.config.ts). Property run counts are
// a tenth of the deep tier's (test/helpers/tier.ts).
export default defineConfig({
  test: {
    // Vitest's default leaves one core idle; on a two-core machine that
    // runs the files one at a time.
    maxWorkers: availableParallelism(),
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.deep.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
